package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.CalculationProblem;
import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The seven files read together (spec §6 and §8): codes are checked against
 * municipalities.csv, and every problem of every file comes in one exception, in file
 * order and then line order.
 */
class InputReaderTests {

	@TempDir
	Path folder;

	@Test
	void readsTheWorkedExampleWithoutProblems() {
		InputSet input = ExampleInputFolder.in(this.folder).read();

		assertThat(input.files()).extracting(InputFile::name)
			.containsExactly("municipalities.csv", "population.csv", "distances.csv", "tax_base_growth.csv",
					"somatic_base.csv", "psychiatric_invoiced.csv", "home_care_measurement.csv");
		assertThat(input.files()).extracting(file -> file.rows().size()).containsExactly(4, 8, 4, 6, 4, 8, 20);
		assertThat(input.files()).extracting(InputFile::sha256).allSatisfy(sha -> assertThat(sha).hasSize(64));
		assertThat(input.files()).extracting(InputFile::readAs).containsOnly("UTF-8, komma");
		assertThat(input.warnings()).isEmpty();
		assertThat(input.latestPopulationDate()).contains(LocalDate.of(2025, 12, 31));
	}

	@Test
	void passesTheRowsOnToTheCalculation() {
		var calculationInput = ExampleInputFolder.in(this.folder).read().toCalculationInput();

		assertThat(calculationInput.municipalities()).hasSize(4);
		assertThat(calculationInput.population()).hasSize(8);
		assertThat(calculationInput.distances()).hasSize(4);
		assertThat(calculationInput.psychiatricInvoices()).hasSize(8);
		assertThat(calculationInput.somaticBases()).hasSize(4);
		assertThat(calculationInput.measurements()).hasSize(20);
	}

	@Test
	void reportsAnInputFolderThatDoesNotExist() {
		Path missing = this.folder.resolve("indata");

		InvalidInputException rejection = catchThrowableOfType(InvalidInputException.class,
				() -> InputReader.read(missing));

		assertThat(rejection.problems()).extracting(InputProblem::toString)
			.containsExactly(missing + ": indatamappen finns inte (" + missing.toAbsolutePath().normalize() + ")");
		assertThat(rejection.warnings()).isEmpty();
	}

	@Test
	void reportsAMissingFileAndReadsTheOthers() {
		List<String> problems = ExampleInputFolder.in(this.folder).without("distances.csv").problems();

		assertThat(problems).containsExactly("distances.csv: filen saknas i " + this.folder.toAbsolutePath().normalize()
				+ "; förväntad rubrikrad: municipality_code,nearest_hospital,road_distance_km");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					population.csv            | 9009,2025-12-31,100,10 | population.csv rad 10, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv
					distances.csv             | 9009,Alfa sjukhus,40   | distances.csv rad 6, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv
					somatic_base.csv          | 9009,2025,1000         | somatic_base.csv rad 6, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv
					psychiatric_invoiced.csv  | 9009,2021,1000         | psychiatric_invoiced.csv rad 10, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv
					home_care_measurement.csv | 9009,2022-11-15,4,1    | home_care_measurement.csv rad 22, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv
					""")
	void refusesACodeThatIsNotInMunicipalities(String file, String row, String expected) {
		List<String> problems = ExampleInputFolder.in(this.folder).withRow(file, row).problems();

		assertThat(problems).containsExactly(expected);
	}

	@Test
	void collectsEveryProblemOfEveryFileInFileOrderThenLineOrder() {
		ExampleInputFolder input = ExampleInputFolder.in(this.folder)
			.withRow("home_care_measurement.csv", "9001,2022-11-15,0,3")
			.with("tax_base_growth.csv", """
					year,growth_percent,kind,source
					2022,4.0,outcome,SKR
					2023,-100,outcome,SKR
					2024,4.0,estimate,SKR
					""")
			.with("population.csv", """
					municipality_code,reference_date,population_total,population_65_plus
					9001,2025-12-31,8000,9000
					9002,2025-12-31,17000,4000
					9002,2025-12-31,17000,4000
					""")
			.withRow("municipalities.csv", "9005,Epsilon,")
			.without("somatic_base.csv");

		InvalidInputException rejection = input.rejection();

		List<String> expected = List.of(
				"municipalities.csv rad 6, kolumn central_town: värde saknas – förväntat en text",
				"population.csv rad 2, kolumn population_65_plus: värdet \"9000\" – får inte vara större än population_total (8000)",
				"population.csv rad 4: samma nyckel som rad 3; en rad per kommun och reference_date",
				"tax_base_growth.csv rad 3, kolumn growth_percent: värdet \"-100\" – förväntat en procentsats större än -100 med punkt som decimaltecken, t.ex. 3.4",
				"tax_base_growth.csv rad 4, kolumn kind: värdet \"estimate\" – förväntat outcome (utfall) eller forecast (prognos)",
				"somatic_base.csv: filen saknas i " + this.folder.toAbsolutePath().normalize()
						+ "; förväntad rubrikrad: municipality_code,price_level_year,amount_sek",
				"home_care_measurement.csv rad 22, kolumn category: värdet \"0\" – förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4");
		assertThat(rejection.problems()).extracting(InputProblem::toString).containsExactlyElementsOf(expected);
		assertThat(rejection.getMessage()).isEqualTo(String.join(System.lineSeparator(), expected));
	}

	@Test
	void keepsTheProblemsOfOneLineInColumnOrder() {
		List<String> problems = ExampleInputFolder.in(this.folder).with("distances.csv", """
				municipality_code,nearest_hospital,road_distance_km
				9001,Alfa sjukhus,4
				9009,,-3
				9002,Alfa sjukhus,48
				""").problems();

		assertThat(problems).containsExactly(
				"distances.csv rad 3, kolumn municipality_code: värdet \"9009\" – kommunkoden finns inte i municipalities.csv",
				"distances.csv rad 3, kolumn nearest_hospital: värde saknas – förväntat en text",
				"distances.csv rad 3, kolumn road_distance_km: värdet \"-3\" – förväntat ett avstånd i km ≥ 0 med punkt som decimaltecken, t.ex. 36.5");
	}

	@Test
	void carriesTheWarningsWithTheInput() {
		InputSet input = ExampleInputFolder.in(this.folder).with("somatic_base.csv", """
				municipality_code,price_level_year,amount_sek,kommentar
				9001,2025,5000000,
				9002,2025,2000000,
				9003,2025,1500000,
				9004,2025,1800000,höjt 2024
				""").read();

		assertThat(input.warnings()).extracting(InputProblem::toString)
			.containsExactly(
					"somatic_base.csv rad 1, kolumn 4: värdet \"kommentar\" – okänd kolumn, används inte (kända kolumner: municipality_code,price_level_year,amount_sek,source)");
		assertThat(input.somaticBases().rows()).hasSize(4);
	}

	@Test
	void carriesTheWarningsWithTheProblems() {
		InvalidInputException rejection = ExampleInputFolder.in(this.folder)
			.withRow("distances.csv", "9001,Alfa sjukhus,5")
			.with("population.csv", """
					municipality_code,reference_date,population_total,population_65_plus,population_80_plus
					9001,2025-12-31,52000,10000,2500
					""")
			.rejection();

		assertThat(rejection.problems()).extracting(InputProblem::toString)
			.containsExactly("distances.csv rad 6: samma nyckel som rad 2; en rad per kommun");
		assertThat(rejection.warnings()).extracting(InputProblem::toString)
			.containsExactly(
					"population.csv rad 1, kolumn 5: värdet \"population_80_plus\" – okänd kolumn, används inte (kända kolumner: municipality_code,reference_date,population_total,population_65_plus,source)");
	}

	@Test
	void reportsARejectedMunicipalityRowOnlyOnce() {
		List<String> problems = ExampleInputFolder.in(this.folder)
			.with("municipalities.csv", ExampleInputFolder.MUNICIPALITIES.replace("9001,Alfa,Alfaby", "9001,,Alfaby"))
			.problems();

		assertThat(problems)
			.containsExactly("municipalities.csv rad 2, kolumn municipality_name: värde saknas – förväntat en text");
	}

	@Test
	void reportsAnUnreadableMunicipalitiesFileOnlyOnce() {
		List<String> problems = ExampleInputFolder.in(this.folder).without("municipalities.csv").problems();

		assertThat(problems)
			.containsExactly("municipalities.csv: filen saknas i " + this.folder.toAbsolutePath().normalize()
					+ "; förväntad rubrikrad: municipality_code,municipality_name,central_town");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			MUNICIPALITIES,        municipalities.csv
			POPULATION,            population.csv
			DISTANCES,             distances.csv
			TAX_BASE_GROWTH,       tax_base_growth.csv
			SOMATIC_BASE,          somatic_base.csv
			PSYCHIATRIC_INVOICED,  psychiatric_invoiced.csv
			HOME_CARE_MEASUREMENT, home_care_measurement.csv
			""")
	void locatesACalculationProblemInTheFileToCorrect(InputTable table, String fileName) {
		CalculationProblem problem = new CalculationProblem(table, Optional.of("9001"),
				"9001 Alfa: ingen rad för kommunen");

		List<InputProblem> located = ExampleInputFolder.in(this.folder).read().locate(List.of(problem));

		assertThat(located).containsExactly(InputProblem.ofFile(fileName, "9001 Alfa: ingen rad för kommunen"));
		assertThat(located.get(0)).hasToString(fileName + ": 9001 Alfa: ingen rad för kommunen");
	}

}
