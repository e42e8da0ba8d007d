package se.regionorebrolan.tillaggsbelopp.comparison;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changed input values between two versions: the spec example's files against a
 * changed copy, compared row by row by each file's key.
 */
class InputDifferencesTests {

	@TempDir
	Path folder;

	private Path changed;

	@BeforeEach
	void copyTheSpecExample() {
		this.changed = WorkbookFixture.copyOfSpecExampleInput(this.folder);
	}

	@Test
	void findsNothingInTheSameFiles() {
		assertThat(differences()).isEmpty();
	}

	@Test
	void reportsAChangedPatientCount() {
		replace("home_care_measurement.csv", "9001,2022-11-15,4,40", "9001,2022-11-15,4,41");

		assertThat(differences())
			.containsExactly("home_care_measurement.csv: 9001, 2022-11-15, kategori 4: patients 40 → 41");
	}

	@Test
	void reportsEachChangedColumnOfARowOnItsOwnLine() {
		replace("population.csv", "9001,2025-12-31,52000,10000", "9001,2025-12-31,52500,10100");

		assertThat(differences()).containsExactly("population.csv: 9001, 2025-12-31: population_total 52000 → 52500",
				"population.csv: 9001, 2025-12-31: population_65_plus 10000 → 10100");
	}

	@Test
	void reportsAddedAndRemovedRowsWithTheirValues() {
		replace("population.csv", "9004,2024-12-31,14900,3400\n", "");
		append("tax_base_growth.csv", "2028,3.1,forecast,example");
		append("home_care_measurement.csv", "9001,2025-11-14,3,50");

		assertThat(differences()).containsExactly(
				"population.csv: borttagen rad 9004, 2024-12-31 (population_total 14900, population_65_plus 3400)",
				"tax_base_growth.csv: ny rad 2028 (3,1 %, forecast, source \"example\")",
				"home_care_measurement.csv: ny rad 9001, 2025-11-14, kategori 3 (patients 50)");
	}

	@Test
	void writesMoneyDistancesAndPercentagesTheSwedishWay() {
		replace("somatic_base.csv", "9001,2025,5000000", "9001,2025,5100000.50");
		replace("distances.csv", "9003,Alfa sjukhus,36.5", "9003,Alfa sjukhus,34");
		replace("tax_base_growth.csv", "2027,3.2,forecast", "2027,3.25,outcome");

		assertThat(differences()).containsExactly("distances.csv: 9003: road_distance_km 36,5 → 34 km",
				"tax_base_growth.csv: 2027: growth_percent 3,2 → 3,25 %",
				"tax_base_growth.csv: 2027: kind \"forecast\" → \"outcome\"",
				"somatic_base.csv: 9001: amount_sek 5 000 000,00 → 5 100 000,50 kr");
	}

	@Test
	void reportsAChangedSource() {
		replace("tax_base_growth.csv", "2025,3.0,outcome,example", "2025,3.0,outcome,SKR cirkulär 25:12");

		assertThat(differences())
			.containsExactly("tax_base_growth.csv: 2025: source \"example\" → \"SKR cirkulär 25:12\"");
	}

	@Test
	void comparesThePsychiatricSumOfEachMunicipalityAndYear() {
		// 9002 in 2022: 120 000 + 5 000.50 = 125 000.50
		append("psychiatric_invoiced.csv", "9002,2022,5000.50");
		replace("psychiatric_invoiced.csv", "9001,2020,999999\n", "");
		append("psychiatric_invoiced.csv", "9004,2021,10000");

		assertThat(differences()).containsExactly(
				"psychiatric_invoiced.csv: 9002, år 2022: summa 120 000,00 → 125 000,50 kr",
				"psychiatric_invoiced.csv: 9001, år 2020: summa 999 999,00 kr → (saknas)",
				"psychiatric_invoiced.csv: 9004, år 2021: summa (saknas) → 10 000,00 kr");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					psychiatric_invoiced.csv | 9001,2022,500000 | 9001,2022,300000\\n9001,2022,200000 | split into two rows with the same sum
					distances.csv            | 9003,Alfa sjukhus,36.5 | 9003,Alfa sjukhus,36.50      | 36.5 and 36.50 are equal
					somatic_base.csv         | 9001,2025,5000000 | 9001,2025,5000000.00                | whole kronor written with öre
					tax_base_growth.csv      | 2022,4.0,outcome | 2022,4,OUTCOME                       | the same growth and kind written otherwise
					""")
	void tellsWhenAFileChangedButNoValueDid(String file, String old, String replacement, String why) {
		replace(file, old, replacement.replace("\\n", "\n"));

		assertThat(differences()).as(why)
			.containsExactly(file + ": filen har ändrats men inga värden som används i beräkningen");
	}

	@Test
	void tellsWhenOnlyTheOrderOfTheRowsChanged() {
		List<String> lines = new ArrayList<>(List.of(read("population.csv").split("\n")));
		Collections.reverse(lines.subList(1, lines.size()));
		write("population.csv", String.join("\n", lines) + "\n");

		assertThat(differences())
			.containsExactly("population.csv: filen har ändrats men inga värden som används i beräkningen");
	}

	@Test
	void tellsWhenOnlyTheLineEndingsChanged() {
		write("distances.csv", read("distances.csv").replace("\n", "\r\n"));

		assertThat(differences())
			.containsExactly("distances.csv: filen har ändrats men inga värden som används i beräkningen");
	}

	@Test
	void tellsWhenOnlyAnIgnoredColumnChanged() {
		write("municipalities.csv", """
				municipality_code,municipality_name,central_town,comment
				9001,Alfa,Alfaby,
				9002,Beta,Betaby,
				9003,Gamma,Gammaby,ny kommentar
				9004,Delta,Deltaby,
				""");

		assertThat(differences())
			.containsExactly("municipalities.csv: filen har ändrats men inga värden som används i beräkningen");
	}

	@Test
	void listsTheFilesInTheirReadingOrder() {
		replace("home_care_measurement.csv", "9004,2022-11-15,4,9", "9004,2022-11-15,4,10");
		replace("distances.csv", "9002,Alfa sjukhus,48", "9002,Beta lasarett,48");
		replace("municipalities.csv", "9003,Gamma,Gammaby", "9003,Gamma,Gammastad");

		assertThat(differences()).containsExactly("municipalities.csv: 9003: central_town \"Gammaby\" → \"Gammastad\"",
				"distances.csv: 9002: nearest_hospital \"Alfa sjukhus\" → \"Beta lasarett\"",
				"home_care_measurement.csv: 9004, 2022-11-15, kategori 4: patients 9 → 10");
	}

	private List<String> differences() {
		InputSet before = InputReader.read(WorkbookFixture.specExampleInput());
		InputSet after = InputReader.read(this.changed);
		return InputDifferences.between(before, after);
	}

	private void replace(String file, String old, String replacement) {
		ExampleVersion.replace(this.changed.resolve(file), old, replacement);
	}

	private void append(String file, String row) {
		write(file, read(file) + row + "\n");
	}

	private String read(String file) {
		return ExampleVersion.read(this.changed.resolve(file));
	}

	private void write(String file, String content) {
		ExampleVersion.write(this.changed.resolve(file), content);
	}

}
