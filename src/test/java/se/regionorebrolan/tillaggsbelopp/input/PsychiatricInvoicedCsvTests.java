package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * psychiatric_invoiced.csv (spec §6): rows add up, a row may be negative (a credit note),
 * amounts have at most two decimals.
 */
class PsychiatricInvoicedCsvTests {

	@TempDir
	Path folder;

	private final InputProblems problems = new InputProblems();

	@Test
	void readsTheExampleInvoicesIncludingYearsNotAveraged() {
		InputFile<PsychiatricInvoice> file = read(ExampleInputFolder.PSYCHIATRIC_INVOICED);

		assertThat(file.values()).hasSize(8)
			.startsWith(invoice("9001", 2021, "400000"))
			.endsWith(invoice("9004", 2022, "90000"), invoice("9001", 2020, "999999"));
		assertThat(problems()).isEmpty();
	}

	@Test
	void acceptsACreditNote() {
		InputFile<PsychiatricInvoice> file = read(ExampleInputFolder.PSYCHIATRIC_INVOICED + "9002,2022,-12500.50\n");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).hasSize(9).last().isEqualTo(invoice("9002", 2022, "-12500.50"));
	}

	@Test
	void keepsEveryRowOfTheSameMunicipalityAndYear() {
		// 9001 in 2021: 400 000 on line 2, then 25 000 and a credit of 5 000
		InputFile<PsychiatricInvoice> file = read(ExampleInputFolder.PSYCHIATRIC_INVOICED + """
				9001,2021,25000
				9001,2021,-5000
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.rows())
			.filteredOn(row -> row.value().municipalityCode().equals("9001") && row.value().year() == 2021)
			.extracting(row -> row.line() + " " + row.value().amountSek())
			.containsExactly("2 400000", "10 25000", "11 -5000");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					9001,2021,1000.005   | psychiatric_invoiced.csv rad 10, kolumn amount_sek: värdet "1000.005" – förväntat ett belopp i kronor med punkt som decimaltecken och högst två decimaler (öre), t.ex. 253877.50; negativt för en kreditfaktura  | three decimals
					9001,2021,-1000.005  | psychiatric_invoiced.csv rad 10, kolumn amount_sek: värdet "-1000.005" – förväntat ett belopp i kronor med punkt som decimaltecken och högst två decimaler (öre), t.ex. 253877.50; negativt för en kreditfaktura | three decimals on a credit note
					9001,2021,"1000,50"  | psychiatric_invoiced.csv rad 10, kolumn amount_sek: värdet "1000,50" – förväntat ett belopp i kronor med punkt som decimaltecken och högst två decimaler (öre), t.ex. 253877.50; negativt för en kreditfaktura   | decimal comma
					9001,2021,−1000      | psychiatric_invoiced.csv rad 10, kolumn amount_sek: värdet "−1000" – förväntat ett belopp i kronor med punkt som decimaltecken och högst två decimaler (öre), t.ex. 253877.50; negativt för en kreditfaktura     | a typographic minus sign
					9001,2021,           | psychiatric_invoiced.csv rad 10, kolumn amount_sek: värde saknas – förväntat ett belopp i kronor med punkt som decimaltecken och högst två decimaler (öre), t.ex. 253877.50; negativt för en kreditfaktura          | no amount
					9001,21,1000         | psychiatric_invoiced.csv rad 10, kolumn year: värdet "21" – förväntat ett årtal med fyra siffror, t.ex. 2022                                                                                                  | year of two digits
					9009,2021,1000       | psychiatric_invoiced.csv rad 10, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv                                                                                        | code not in municipalities.csv
					""")
	void refusesABadValue(String row, String expected, String why) {
		InputFile<PsychiatricInvoice> file = read(ExampleInputFolder.PSYCHIATRIC_INVOICED + row + "\n");

		assertThat(problems()).as(why).containsExactly(expected);
		assertThat(file.values()).as(why).hasSize(8);
	}

	private static PsychiatricInvoice invoice(String code, int year, String amount) {
		return new PsychiatricInvoice(code, year, new BigDecimal(amount));
	}

	private InputFile<PsychiatricInvoice> read(String content) {
		ExampleInputFolder.writeString(this.folder.resolve("psychiatric_invoiced.csv"), content);
		return PsychiatricInvoicedCsv.read(Tables.folder(this.folder), ExampleInputFolder.CODES, this.problems);
	}

	private List<String> problems() {
		return ExampleInputFolder.texts(this.problems);
	}

}
