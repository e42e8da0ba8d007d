package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * population.csv (spec §6): one row per municipality and date; 0 ≤ 65+ ≤ total.
 */
class PopulationCsvTests {

	private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

	@TempDir
	Path folder;

	private final InputProblems problems = new InputProblems();

	@Test
	void readsTheExampleCounts() {
		InputFile<PopulationCount> file = read(ExampleInputFolder.POPULATION);

		assertThat(file.values()).hasSize(8)
			.startsWith(new PopulationCount("9001", END_OF_2025, 52000, 10000),
					new PopulationCount("9002", END_OF_2025, 17000, 4000))
			.endsWith(new PopulationCount("9004", LocalDate.of(2024, 12, 31), 14900, 3400));
		assertThat(problems()).isEmpty();
	}

	@Test
	void readsTheColumnsInAnyOrder() {
		InputFile<PopulationCount> file = read("""
				population_65_plus,population_total,reference_date,municipality_code
				10000,52000,2025-12-31,9001
				""");

		assertThat(file.values()).containsExactly(new PopulationCount("9001", END_OF_2025, 52000, 10000));
		assertThat(problems()).isEmpty();
	}

	@Test
	void acceptsTheBoundsOfTheElderlyCount() {
		// 0 ≤ 65+ ≤ total, both bounds included
		InputFile<PopulationCount> file = read(ExampleInputFolder.POPULATION + """
				9001,2023-12-31,8000,8000
				9002,2023-12-31,0,0
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).hasSize(10)
			.endsWith(new PopulationCount("9001", LocalDate.of(2023, 12, 31), 8000, 8000),
					new PopulationCount("9002", LocalDate.of(2023, 12, 31), 0, 0));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					9009,2023-12-31,8000,900   | population.csv rad 10, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv                     | code not in municipalities.csv
					901,2023-12-31,8000,900    | population.csv rad 10, kolumn municipality_code: värdet "901" – förväntat en kommunkod med fyra siffror, t.ex. 1880                | code of three digits
					9001,31/12/2023,8000,900   | population.csv rad 10, kolumn reference_date: värdet "31/12/2023" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31       | day first with slashes
					9001,2023-02-30,8000,900   | population.csv rad 10, kolumn reference_date: värdet "2023-02-30" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31       | 30 February does not exist
					9001,20231231,8000,900     | population.csv rad 10, kolumn reference_date: värdet "20231231" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31         | without dashes
					9001,2023-12-1,8000,900    | population.csv rad 10, kolumn reference_date: värdet "2023-12-1" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31        | day of one digit
					9001,,8000,900             | population.csv rad 10, kolumn reference_date: värde saknas – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31               | no date
					9001,2023-12-31,-1,0       | population.csv rad 10, kolumn population_total: värdet "-1" – förväntat ett heltal ≥ 0, t.ex. 1523                                 | negative total
					9001,2023-12-31,8000.5,900 | population.csv rad 10, kolumn population_total: värdet "8000.5" – förväntat ett heltal ≥ 0, t.ex. 1523                             | total not whole
					9001,2023-12-31,,900       | population.csv rad 10, kolumn population_total: värde saknas – förväntat ett heltal ≥ 0, t.ex. 1523                                | no total
					9001,2023-12-31,8000,-5    | population.csv rad 10, kolumn population_65_plus: värdet "-5" – förväntat ett heltal ≥ 0, t.ex. 1523                               | negative 65+
					9001,2023-12-31,8000,1.5   | population.csv rad 10, kolumn population_65_plus: värdet "1.5" – förväntat ett heltal ≥ 0, t.ex. 1523                              | 65+ not whole
					9001,2023-12-31,8000,9000  | population.csv rad 10, kolumn population_65_plus: värdet "9000" – får inte vara större än population_total (8000)                  | more aged 65+ than inhabitants
					9001,2023-12-31,8000,8001  | population.csv rad 10, kolumn population_65_plus: värdet "8001" – får inte vara större än population_total (8000)                  | one more than the total
					9001,2023-12-31,99999999999999999999,1 | population.csv rad 10, kolumn population_total: värdet "99999999999999999999" – för stort tal; högst 12 siffror före decimaltecknet, så att arbetsboken räknar exakt | too large for any count
					9001,2023-12-31 12:00,8000,900 | population.csv rad 10, kolumn reference_date: värdet "2023-12-31 12:00" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31 | a time of day would be lost
					9001,31.12.2023,8000,900   | population.csv rad 10, kolumn reference_date: värdet "31.12.2023" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31       | day first with dots
					""")
	void refusesABadValue(String row, String expected, String why) {
		InputFile<PopulationCount> file = read(ExampleInputFolder.POPULATION + row + "\n");

		assertThat(problems()).as(why).containsExactly(expected);
		assertThat(file.values()).as(why).hasSize(8);
	}

	@Test
	void acceptsThousandsSeparatorsAsSwedishExcelWritesThem() {
		// space, no-break space (U+00A0) and narrow no-break space (U+202F)
		InputFile<PopulationCount> file = read(ExampleInputFolder.POPULATION + """
				9001,2023-12-31,8 000,900
				9002,2023-12-31,17\u00A0000,4\u202F000
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).endsWith(new PopulationCount("9001", LocalDate.of(2023, 12, 31), 8000, 900),
				new PopulationCount("9002", LocalDate.of(2023, 12, 31), 17000, 4000));
	}

	@Test
	void acceptsADateAtMidnightAsExcelWritesADateCellWithATimeFormat() {
		InputFile<PopulationCount> file = read(ExampleInputFolder.POPULATION + """
				9001,2023-12-31 00:00,8000,900
				9002,2023-12-31 00:00:00,17000,4000
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).extracting(PopulationCount::referenceDate)
			.endsWith(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31));
	}

	@Test
	void readsSwedishColumnNamesAndNamesThemInMessages() {
		read("""
				Kommunkod;Referensdatum;Folkmängd;Antal 65+
				9001;2025-12-31;52 000;10 000
				9002;2025-12-31;17 000;40 000
				""");

		assertThat(problems()).containsExactly(
				"population.csv rad 3, kolumn Antal 65+: värdet \"40 000\" – får inte vara större än Folkmängd (17000)");
	}

	@Test
	void refusesASecondRowForTheSameMunicipalityAndDate() {
		read(ExampleInputFolder.POPULATION + "9001,2025-12-31,52001,10001\n");

		assertThat(problems())
			.containsExactly("population.csv rad 10: samma nyckel som rad 2; en rad per kommun och reference_date");
	}

	@Test
	void reportsEveryBadFieldOfARow() {
		read(ExampleInputFolder.POPULATION + "9009,31/12/2023,-1,x\n");

		assertThat(problems()).containsExactly(
				"population.csv rad 10, kolumn municipality_code: värdet \"9009\" – kommunkoden finns inte i municipalities.csv",
				"population.csv rad 10, kolumn reference_date: värdet \"31/12/2023\" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31",
				"population.csv rad 10, kolumn population_total: värdet \"-1\" – förväntat ett heltal ≥ 0, t.ex. 1523",
				"population.csv rad 10, kolumn population_65_plus: värdet \"x\" – förväntat ett heltal ≥ 0, t.ex. 1523");
	}

	/**
	 * import-scb writes population.csv and run reads it: a source that a spreadsheet
	 * would take for a formula is written as quoted text with a single quote before it,
	 * and reads back as it was.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("se.regionorebrolan.tillaggsbelopp.input.SafeCsvWriterTests#payloads")
	void readsBackTheFileItWritesWithAFormulaInTheSource(String source) throws IOException {
		List<PopulationCount> counts = List.of(new PopulationCount("9001", END_OF_2025, 52000, 10000),
				new PopulationCount("9002", END_OF_2025, 17000, 0));

		PopulationCsv.write(this.folder, counts, count -> source);
		InputFile<PopulationCount> file = PopulationCsv.read(Tables.folder(this.folder), ExampleInputFolder.CODES,
				this.problems);

		assertThat(Files.readAllLines(this.folder.resolve("population.csv")).get(1))
			.startsWith("9001,2025-12-31,52000,10000,\"'");
		assertThat(file.values()).isEqualTo(counts);
		assertThat(file.rows()).extracting(InputRow::source).containsOnly(source);
		assertThat(problems()).isEmpty();
	}

	private InputFile<PopulationCount> read(String content) {
		ExampleInputFolder.writeString(this.folder.resolve("population.csv"), content);
		return PopulationCsv.read(Tables.folder(this.folder), ExampleInputFolder.CODES, this.problems);
	}

	private List<String> problems() {
		return ExampleInputFolder.texts(this.problems);
	}

}
