package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values the agreement allows but that are seldom meant are read, with a warning that
 * names the file, the line and the usual range (issue 14, item 10): a growth of 950 % (a
 * slipped decimal), more than 60 % of the inhabitants aged 65+ (swapped columns), a
 * distance of 900 km (metres, or a slipped decimal). Nothing is refused.
 */
class PlausibilityWarningsTests {

	private static final String GROWTH = "ovanlig förändring: skatteunderlaget brukar ändras med mellan −5 och 15 % "
			+ "per år; kontrollera decimaltecknet (950 i stället för 9,50?) och att talet är i procent";

	private static final String DISTANCE = "ovanligt långt: vägavståndet från en svensk centralort till närmaste "
			+ "sjukhus brukar vara under 300 km; kontrollera enheten (km, inte meter) och decimaltecknet";

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0} %")
	@CsvSource(textBlock = """
			950,    a slipped decimal for 9.50
			34,     a slipped decimal for 3.4
			15.01,  just above the usual range
			-5.01,  just below the usual range
			-99.9,  almost all of the tax base gone
			""")
	void warnsAboutAGrowthOutsideTheUsualRange(String percent, String why) {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("tax_base_growth.csv", "2026,3.5,forecast,example", "2026," + percent + ",forecast,example");

		InputSet input = example.read();

		assertThat(warnings(input)).as(why)
			.containsExactly(
					"tax_base_growth.csv rad 6, kolumn growth_percent: värdet \"" + percent + "\" – " + GROWTH);
		assertThat(input.taxBaseGrowth().values()).hasSize(6);
	}

	@ParameterizedTest(name = "{0} %")
	@CsvSource(textBlock = """
			15
			-5
			0
			3.4
			""")
	void readsAGrowthInTheUsualRangeWithoutAWarning(String percent) {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("tax_base_growth.csv", "2026,3.5,forecast,example", "2026," + percent + ",forecast,example");

		assertThat(warnings(example.read())).isEmpty();
	}

	/** 9 001 of 15 000 is 60.007 %; 9 000 is exactly 60 %, still possible. */
	@Test
	void warnsAboutMoreThanSixtyPercentAgedSixtyFiveOrMore() {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("population.csv", "9004,2025-12-31,15000,3500", "9004,2025-12-31,15000,9001")
			.replacing("population.csv", "9003,2025-12-31,9500,2500", "9003,2025-12-31,9500,9500")
			.replacing("population.csv", "9002,2025-12-31,17000,4000", "9002,2025-12-31,15000,9000");

		InputSet input = example.read();

		assertThat(warnings(input)).containsExactly(
				"population.csv rad 4, kolumn population_65_plus: värdet \"9500\" – ovanligt hög andel: 100 % av "
						+ "population_total (9500); i svenska kommuner är högst omkring 35 % 65 år och äldre, och över "
						+ "60 % är osannolikt; kontrollera att kolumnerna inte är förväxlade",
				"population.csv rad 5, kolumn population_65_plus: värdet \"9001\" – ovanligt hög andel: 60 % av "
						+ "population_total (15000); i svenska kommuner är högst omkring 35 % 65 år och äldre, och "
						+ "över 60 % är osannolikt; kontrollera att kolumnerna inte är förväxlade");
		assertThat(input.population().values()).hasSize(8);
	}

	@Test
	void namesTheColumnsAsASwedishHeaderWritesThem() {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder).with("population.csv", """
				kommunkod;referensdatum;folkmängd;antal 65+
				9001;2025-12-31;52 000;10 000
				9002;2025-12-31;17 000;4 000
				9003;2025-12-31;9 500;2 500
				9004;2025-12-31;3 500;3 000
				""");

		assertThat(warnings(example.read())).containsExactly("population.csv rad 5, kolumn antal 65+: värdet \"3 000\" "
				+ "– ovanligt hög andel: 86 % av folkmängd (3500); i svenska kommuner är högst omkring 35 % 65 år och "
				+ "äldre, och över 60 % är osannolikt; kontrollera att kolumnerna inte är förväxlade");
	}

	@ParameterizedTest(name = "{0} km")
	@CsvSource(textBlock = """
			900,    a slipped decimal for 90.0
			35000,  metres
			300.1,  just beyond the usual range
			""")
	void warnsAboutADistanceBeyondTheUsualRange(String km, String why) {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("distances.csv", "9002,Alfa sjukhus,48", "9002,Alfa sjukhus," + km);

		InputSet input = example.read();

		assertThat(warnings(input)).as(why)
			.containsExactly("distances.csv rad 3, kolumn road_distance_km: värdet \"" + km + "\" – " + DISTANCE);
		assertThat(input.distances().values()).hasSize(4);
	}

	@Test
	void readsThreeHundredKilometresWithoutAWarning() {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("distances.csv", "9002,Alfa sjukhus,48", "9002,Alfa sjukhus,300");

		assertThat(warnings(example.read())).isEmpty();
	}

	/** A value that is refused gets no warning besides. */
	@Test
	void warnsNotAboutAValueThatIsRefused() {
		ExampleInputFolder example = ExampleInputFolder.in(this.folder)
			.replacing("distances.csv", "9002,Alfa sjukhus,48", "9002,,900")
			.replacing("tax_base_growth.csv", "2026,3.5,forecast,example", "2026,950,prognoz,example");

		InvalidInputException rejection = example.rejection();

		assertThat(rejection.problems()).hasSize(2);
		assertThat(rejection.warnings()).isEmpty();
	}

	private static List<String> warnings(InputSet input) {
		return input.warnings().stream().map(InputProblem::toString).toList();
	}

}
