package se.regionorebrolan.tillaggsbelopp.input;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Values the engine would accept but the workbook cannot hold are refused where they
 * stand (issue 14, item 9; docs/decisions/0025): a number with more significant digits
 * than a double holds, a text longer than a cell can show three times, a table longer
 * than a sheet.
 */
class SpreadsheetLimitsTests {

	private static final String TOO_PRECISE = "för många värdesiffror; högst 15, så många som Excel räknar med, annars "
			+ "räknar arbetsboken med ett annat tal än programmet";

	@TempDir
	Path folder;

	/**
	 * 35.000000000000000001 km is more than 35 for the engine and exactly 35 as a double:
	 * the municipality would get distance compensation by the engine and none by the
	 * workbook's check.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					distances.csv            | 9004,Alfa sjukhus,35                 | 9004,Alfa sjukhus,35.000000000000000001 | distances.csv rad 5, kolumn road_distance_km: värdet "35.000000000000000001"
					distances.csv            | 9004,Alfa sjukhus,35                 | 9004,Alfa sjukhus,1234567890.123456     | distances.csv rad 5, kolumn road_distance_km: värdet "1234567890.123456"
					tax_base_growth.csv      | 2027,3.2,forecast,example            | 2027,3.2000000000000001,forecast,example | tax_base_growth.csv rad 7, kolumn growth_percent: värdet "3.2000000000000001"
					population.csv           | 9004,2025-12-31,15000,3500           | 9004,2025-12-31,15000,3500.0000000000000001 | population.csv rad 5, kolumn population_65_plus: värdet "3500.0000000000000001"
					psychiatric_invoiced.csv | 9004,2022,90000                      | 9004,2022,90000.000000000000000000001   | psychiatric_invoiced.csv rad 8, kolumn amount_sek: värdet "90000.000000000000000000001"
					""")
	void refusesANumberWithMoreSignificantDigitsThanADoubleHolds(String file, String line, String replacement,
			String located) {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder);

		assertThat(example.replacing(file, line, replacement).problems())
			.containsExactly(located + " – " + TOO_PRECISE);
	}

	@Test
	void countsTheDigitsOfTheValueNotTheZerosWrittenAfterIt() {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("distances.csv", "9003,Alfa sjukhus,36.5", "9003,Alfa sjukhus,36.500000000000000000")
			.replacing("distances.csv", "9004,Alfa sjukhus,35", "9004,Alfa sjukhus,123456789012.345");

		assertThat(example.read().distances().values()).extracting(distance -> distance.roadDistanceKm())
			.containsExactly(new BigDecimal("4"), new BigDecimal("48"), new BigDecimal("36.500000000000000000"),
					new BigDecimal("123456789012.345"));
	}

	@Test
	void refusesTooManyDigitsInASemicolonFileWithItsDecimalComma() {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder).with("distances.csv", """
				kommunkod;närmaste sjukhus;avstånd km
				9001;Alfa sjukhus;4
				9002;Alfa sjukhus;48
				9003;Alfa sjukhus;36,5
				9004;Alfa sjukhus;35,000000000000000001
				""");

		assertThat(example.problems()).containsExactly(
				"distances.csv rad 5, kolumn avstånd km: värdet \"35,000000000000000001\" – " + TOO_PRECISE);
	}

	/**
	 * A name of five million characters: Excel holds 32 767 in a cell, and the Kontroller
	 * sheet writes a name, its central town and its hospital into one. The message shows
	 * the value's beginning.
	 */
	@Test
	void refusesATextTooLongForTheWorkbookAndShowsItsBeginning() {
		String name = "Alfa" + "a".repeat(4_999_996);
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("municipalities.csv", "9001,Alfa,Alfaby", "9001," + name + ",Alfaby");

		assertThat(example.problems())
			.containsExactly("municipalities.csv rad 2, kolumn municipality_name: värdet \"Alfa" + "a".repeat(56)
					+ "…\" – för lång text: 5 000 000 tecken; högst 10 000, så att arbetsboken kan visa den "
					+ "(en cell i Excel rymmer 32 767 tecken)");
	}

	@Test
	void acceptsTenThousandCharactersAndRefusesOneMoreInAnyTextColumn() {
		String longest = "x".repeat(10_000);
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("distances.csv", "9001,Alfa sjukhus,4", "9001," + longest + ",4")
			.replacing("tax_base_growth.csv", "2022,4.0,outcome,example", "2022,4.0,outcome," + longest + "y");

		assertThat(example.problems()).containsExactly("tax_base_growth.csv rad 2, kolumn source: värdet \""
				+ "x".repeat(60) + "…\" – för lång text: 10 001 tecken; högst 10 000, så att arbetsboken kan visa den "
				+ "(en cell i Excel rymmer 32 767 tecken)");
	}

	/**
	 * 1 050 000 invoice rows: more than a sheet holds under its header. The rows are
	 * counted before they are read one by one, so that the refusal takes seconds, not the
	 * twenty a million rows take to check.
	 */
	@Test
	void refusesATableLongerThanASheetAtItsFirstRowThatDoesNotFit() throws IOException {
		Path input = ExampleInputFolder.in(this.folder).write();
		try (BufferedWriter invoices = Files.newBufferedWriter(input.resolve("psychiatric_invoiced.csv"))) {
			invoices.write("municipality_code,year,amount_sek\n");
			for (int i = 0; i < 1_050_000; i++) {
				invoices.write("900" + (1 + i % 4) + "," + (2021 + i % 2) + ",1\n");
			}
		}

		InvalidInputException rejection = catchThrowableOfType(InvalidInputException.class,
				() -> InputReader.read(input));

		assertThat(rejection.problems()).extracting(InputProblem::toString)
			.containsExactly("psychiatric_invoiced.csv rad 1048577: filen har 1 050 000 rader med data, fler än ett "
					+ "blad i Excel rymmer (1 048 575 under rubrikraden), så arbetsboken kan inte visa dem; den här "
					+ "raden är den första som inte ryms; rader med samma municipality_code och year läggs ihop, så de "
					+ "kan summeras till en rad var");
	}

}
