package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * somatic_base.csv (spec §6): one row per municipality; amount ≥ 0 with at most two
 * decimals (öre).
 */
class SomaticBaseCsvTests {

	@TempDir
	Path folder;

	private final InputProblems problems = new InputProblems();

	@Test
	void readsTheExampleAmounts() {
		InputFile<SomaticBase> file = read(ExampleInputFolder.SOMATIC_BASE);

		assertThat(file.values()).containsExactly(base("9001", "5000000"), base("9002", "2000000"),
				base("9003", "1500000"), base("9004", "1800000"));
		assertThat(problems()).isEmpty();
	}

	@Test
	void acceptsOreAndZero() {
		InputFile<SomaticBase> file = read("""
				municipality_code,price_level_year,amount_sek
				9001,2025,1882000.50
				9002,2025,0.5
				9003,2025,0
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).containsExactly(base("9001", "1882000.50"), base("9002", "0.5"), base("9003", "0"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					9001,2025,-1           | somatic_base.csv rad 6, kolumn amount_sek: värdet "-1" – förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50          | negative
					9001,2025,-0.01        | somatic_base.csv rad 6, kolumn amount_sek: värdet "-0.01" – förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50       | one öre below zero
					9001,2025,1882000.505  | somatic_base.csv rad 6, kolumn amount_sek: värdet "1882000.505" – förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50 | three decimals
					9001,2025,"1882000,50" | somatic_base.csv rad 6, kolumn amount_sek: värdet "1882000,50" – förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50  | decimal comma
					9001,2025,1 88 2000    | somatic_base.csv rad 6, kolumn amount_sek: värdet "1 88 2000" – förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50   | spaces not between thousands
					9001,2025,1000000000000 | somatic_base.csv rad 6, kolumn amount_sek: värdet "1000000000000" – för stort tal; högst 12 siffror före decimaltecknet, så att arbetsboken räknar exakt | a thousand billion kronor is more than the workbook holds to the öre
					9001,2025,1.882E6      | somatic_base.csv rad 6, kolumn amount_sek: värdet "1.882E6" – förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50     | scientific notation
					9001,2025,1882000 kr   | somatic_base.csv rad 6, kolumn amount_sek: värdet "1882000 kr" – förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50  | with the unit
					9001,2025,             | somatic_base.csv rad 6, kolumn amount_sek: värde saknas – förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50          | no amount
					9001,25,1000           | somatic_base.csv rad 6, kolumn price_level_year: värdet "25" – förväntat ett årtal med fyra siffror, t.ex. 2022                                                                              | year of two digits
					9009,2025,1000         | somatic_base.csv rad 6, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv                                                                                | code not in municipalities.csv
					""")
	void refusesABadValue(String row, String expected, String why) {
		InputFile<SomaticBase> file = read(ExampleInputFolder.SOMATIC_BASE + row + "\n");

		assertThat(problems()).as(why).containsExactly(expected);
		assertThat(file.values()).as(why).hasSize(4);
	}

	@Test
	void acceptsThousandsSeparatorsAndTheLargestAmount() {
		InputFile<SomaticBase> file = read("""
				municipality_code,price_level_year,amount_sek
				9001,2025,1 882 000
				9002,2025,1\u00A0882\u00A0000.50
				9003,2025,999999999999.99
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).containsExactly(base("9001", "1882000"), base("9002", "1882000.50"),
				base("9003", "999999999999.99"));
	}

	@Test
	void readsDecimalCommaInASemicolonFile() {
		InputFile<SomaticBase> file = read("""
				kommunkod;prisnivå_år;belopp_kr
				9001;2025;1 882 000,50
				9002;2025;0,5
				9003;2025;1882000.50
				""");

		assertThat(file.values()).containsExactly(base("9001", "1882000.50"), base("9002", "0.5"));
		assertThat(problems()).containsExactly(
				"somatic_base.csv rad 4, kolumn belopp_kr: värdet \"1882000.50\" – förväntat ett belopp i kronor ≥ 0 med komma som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000,50");
	}

	@Test
	void refusesASecondRowForAMunicipality() {
		// even at another price level year: one row per municipality
		read(ExampleInputFolder.SOMATIC_BASE + "9003,2024,1400000\n");

		assertThat(problems()).containsExactly("somatic_base.csv rad 6: samma nyckel som rad 4; en rad per kommun");
	}

	private static SomaticBase base(String code, String amount) {
		return new SomaticBase(code, 2025, new BigDecimal(amount));
	}

	private InputFile<SomaticBase> read(String content) {
		ExampleInputFolder.writeString(this.folder.resolve("somatic_base.csv"), content);
		return SomaticBaseCsv.read(Tables.folder(this.folder), ExampleInputFolder.CODES, this.problems);
	}

	private List<String> problems() {
		return ExampleInputFolder.texts(this.problems);
	}

}
