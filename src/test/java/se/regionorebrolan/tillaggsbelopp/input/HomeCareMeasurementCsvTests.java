package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.HomeCareMeasurement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * home_care_measurement.csv (spec §6): one row per municipality, date and category;
 * patients a whole number ≥ 0.
 */
class HomeCareMeasurementCsvTests {

	private static final LocalDate NOVEMBER_2022 = LocalDate.of(2022, 11, 15);

	@TempDir
	Path folder;

	private final InputProblems problems = new InputProblems();

	@Test
	void readsTheExampleMeasurements() {
		InputFile<HomeCareMeasurement> file = read(ExampleInputFolder.HOME_CARE_MEASUREMENT);

		assertThat(file.values()).hasSize(20)
			.startsWith(new HomeCareMeasurement("9001", NOVEMBER_2022, 1, 310),
					new HomeCareMeasurement("9001", NOVEMBER_2022, 2, 120))
			.endsWith(new HomeCareMeasurement("9004", LocalDate.of(2025, 11, 14), 4, 10));
		assertThat(problems()).isEmpty();
	}

	@Test
	void acceptsZeroPatients() {
		InputFile<HomeCareMeasurement> file = read(ExampleInputFolder.HOME_CARE_MEASUREMENT + "9001,2022-11-15,5,0\n");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).last().isEqualTo(new HomeCareMeasurement("9001", NOVEMBER_2022, 5, 0));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
							9001,2022-11-15,0,3   | home_care_measurement.csv rad 22, kolumn category: värdet "0" – förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4                | category 0
							9001,2022-11-15,-4,3  | home_care_measurement.csv rad 22, kolumn category: värdet "-4" – förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4               | negative category
							9001,2022-11-15,4.0,3 | home_care_measurement.csv rad 22, kolumn category: värdet "4.0" – förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4              | category with decimals
							9001,2022-11-15,IV,3  | home_care_measurement.csv rad 22, kolumn category: värdet "IV" – förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4               | roman numeral
							9001,2022-11-15,2147483648,3 | home_care_measurement.csv rad 22, kolumn category: värdet "2147483648" – förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4 | beyond any category number
					9001,2022-11-15,,3    | home_care_measurement.csv rad 22, kolumn category: värde saknas – förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4               | no category
							9001,2022-11-15,5,-1  | home_care_measurement.csv rad 22, kolumn patients: värdet "-1" – förväntat ett antal patienter, ett heltal ≥ 0, t.ex. 12           | negative patients
							9001,2022-11-15,5,1.5 | home_care_measurement.csv rad 22, kolumn patients: värdet "1.5" – förväntat ett antal patienter, ett heltal ≥ 0, t.ex. 12          | half a patient
							9001,2022-11-15,5,    | home_care_measurement.csv rad 22, kolumn patients: värde saknas – förväntat ett antal patienter, ett heltal ≥ 0, t.ex. 12           | no count (0 must be written)
							9001,2022-11-31,5,3   | home_care_measurement.csv rad 22, kolumn measurement_date: värdet "2022-11-31" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31 | 31 November does not exist
							9001,15/11/2022,5,3   | home_care_measurement.csv rad 22, kolumn measurement_date: värdet "15/11/2022" – förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31 | day first with slashes
							9009,2022-11-15,5,3   | home_care_measurement.csv rad 22, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv             | code not in municipalities.csv
							""")
	void refusesABadValue(String row, String expected, String why) {
		InputFile<HomeCareMeasurement> file = read(ExampleInputFolder.HOME_CARE_MEASUREMENT + row + "\n");

		assertThat(problems()).as(why).containsExactly(expected);
		assertThat(file.values()).as(why).hasSize(20);
	}

	@Test
	void refusesASecondRowForTheSameMunicipalityDateAndCategory() {
		read(ExampleInputFolder.HOME_CARE_MEASUREMENT + "9002,2022-11-15,4,13\n");

		assertThat(problems()).containsExactly(
				"home_care_measurement.csv rad 22: samma nyckel som rad 9; en rad per kommun, measurement_date och category");
	}

	private InputFile<HomeCareMeasurement> read(String content) {
		ExampleInputFolder.writeString(this.folder.resolve("home_care_measurement.csv"), content);
		return HomeCareMeasurementCsv.read(Tables.folder(this.folder), ExampleInputFolder.CODES, this.problems);
	}

	private List<String> problems() {
		return ExampleInputFolder.texts(this.problems);
	}

}
