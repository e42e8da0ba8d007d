package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * distances.csv (spec §6): one row per municipality; km ≥ 0, decimals allowed.
 */
class DistancesCsvTests {

	@TempDir
	Path folder;

	private final InputProblems problems = new InputProblems();

	@Test
	void readsTheExampleDistancesWithTheirDecimals() {
		InputFile<HospitalDistance> file = read(ExampleInputFolder.DISTANCES);

		assertThat(file.values()).containsExactly(distance("9001", "4"), distance("9002", "48"),
				distance("9003", "36.5"), distance("9004", "35"));
		assertThat(problems()).isEmpty();
	}

	@Test
	void acceptsZeroAndManyDecimals() {
		InputFile<HospitalDistance> file = read("""
				municipality_code,nearest_hospital,road_distance_km
				9001,Alfa sjukhus,0
				9002,Alfa sjukhus,35.001
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).containsExactly(distance("9001", "0"), distance("9002", "35.001"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					9001,Alfa sjukhus,-1     | distances.csv rad 6, kolumn road_distance_km: värdet "-1" – förväntat ett avstånd i km ≥ 0 med punkt som decimaltecken, t.ex. 36.5     | negative
					9001,Alfa sjukhus,-0.5   | distances.csv rad 6, kolumn road_distance_km: värdet "-0.5" – förväntat ett avstånd i km ≥ 0 med punkt som decimaltecken, t.ex. 36.5   | negative with decimals
					9001,Alfa sjukhus,12km   | distances.csv rad 6, kolumn road_distance_km: värdet "12km" – förväntat ett avstånd i km ≥ 0 med punkt som decimaltecken, t.ex. 36.5   | with the unit
					9001,Alfa sjukhus,"36,5" | distances.csv rad 6, kolumn road_distance_km: värdet "36,5" – förväntat ett avstånd i km ≥ 0 med punkt som decimaltecken, t.ex. 36.5   | decimal comma, quoted
					9001,Alfa sjukhus,36,5   | distances.csv rad 6: raden har 4 fält men rubrikraden har 3; kontrollera kommatecken och citattecken                                  | decimal comma, unquoted, splits the field
					9001,Alfa sjukhus,.5     | distances.csv rad 6, kolumn road_distance_km: värdet ".5" – förväntat ett avstånd i km ≥ 0 med punkt som decimaltecken, t.ex. 36.5     | no digit before the point
					9001,Alfa sjukhus,       | distances.csv rad 6, kolumn road_distance_km: värde saknas – förväntat ett avstånd i km ≥ 0 med punkt som decimaltecken, t.ex. 36.5     | no distance
					9001,,4                  | distances.csv rad 6, kolumn nearest_hospital: värde saknas – förväntat en text                                                        | no hospital
					9009,Alfa sjukhus,4      | distances.csv rad 6, kolumn municipality_code: värdet "9009" – kommunkoden finns inte i municipalities.csv                             | code not in municipalities.csv
					""")
	void refusesABadValue(String row, String expected, String why) {
		InputFile<HospitalDistance> file = read(ExampleInputFolder.DISTANCES + row + "\n");

		assertThat(problems()).as(why).containsExactly(expected);
		assertThat(file.values()).as(why).hasSize(4);
	}

	@Test
	void refusesASecondRowForAMunicipality() {
		read(ExampleInputFolder.DISTANCES + "9002,Beta sjukhus,12\n");

		assertThat(problems()).containsExactly("distances.csv rad 6: samma nyckel som rad 3; en rad per kommun");
	}

	private static HospitalDistance distance(String code, String km) {
		return new HospitalDistance(code, "Alfa sjukhus", new BigDecimal(km));
	}

	private InputFile<HospitalDistance> read(String content) {
		ExampleInputFolder.writeString(this.folder.resolve("distances.csv"), content);
		return DistancesCsv.read(Tables.folder(this.folder), ExampleInputFolder.CODES, this.problems);
	}

	private List<String> problems() {
		return ExampleInputFolder.texts(this.problems);
	}

}
