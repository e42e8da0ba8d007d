package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English column names of spec §6 and their Swedish aliases: how a written name is
 * matched, what "menade du …?" suggests, and that the README shows the same table.
 */
class ColumnNamesTests {

	private static final List<String> POPULATION = PopulationCsv.TABLE.columnNames();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			municipality_code       | municipality_code  | the English name
			Municipality_Code       | municipality_code  | in any case
			municipality code       | municipality_code  | a space for the underscore
			' kommunkod '           | municipality_code  | spaces around
			KOMMUNKOD               | municipality_code  | a Swedish name in capitals
			Folkmängd               | population_total   | with a Swedish letter
			Folkma\u0308ngd         | population_total   | ä decomposed, as a Mac may write it
			Antal 65+               | population_65_plus | with a plus sign
			antal 65 och äldre      | population_65_plus | in words
			Antal  patienter        | patients           | two spaces
			\u00A0Källa\u00A0       | source             | no-break spaces around
			Prisnivå år             | price_level_year   | two Swedish words
			""")
	void matchesAWrittenNameToItsEnglishName(String written, String english, String why) {
		assertThat(ColumnNames.english(ColumnNames.normalise(written))).as(why).contains(english);
	}

	@Test
	void knowsNoOtherNames() {
		assertThat(ColumnNames.english("invånare")).isEmpty();
		assertThat(ColumnNames.english("municipality-code")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			populaton_total  | population_total | one letter left out
			population_totl  | population_total | one letter left out at the end
			folkmangd        | folkmängd        | a Swedish name without its dots
			refernece_date   | reference_date   | two letters swapped
			municipalty_cod  | municipality_code| two mistakes in a long name
			referens_datum   | referensdatum    | an underscore too many
			antal_65         | antal_65+        | the plus left out
			""")
	void suggestsTheClosestNameOfAnAbsentColumn(String unknown, String suggestion, String why) {
		assertThat(ColumnNames.closest(unknown, POPULATION)).as(why).contains(suggestion);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			invånare         | another word
			pop_total        | an abbreviation
			municipalitycd   | three mistakes
			kod              | two mistakes from a name of up to four characters (typ, år)
			""")
	void suggestsNothingWhenNoNameIsNearEnough(String unknown, String why) {
		assertThat(ColumnNames.closest(unknown, POPULATION)).as(why).isEmpty();
	}

	@Test
	void allowsOneMistakeInAShortName() {
		List<String> growth = TaxBaseGrowthCsv.TABLE.columnNames();

		assertThat(ColumnNames.closest("ar", growth)).contains("år");
		assertThat(ColumnNames.closest("knd", growth)).contains("kind");
		assertThat(ColumnNames.closest("kd", growth)).isEqualTo(Optional.empty());
	}

	@Test
	void suggestsOnlyAmongTheColumnsItIsGiven() {
		// year is known, but not a column of population.csv
		assertThat(ColumnNames.closest("yeat", POPULATION)).isEmpty();
	}

	@Test
	void holdsEachAliasNormalisedAndForOneColumnOnly() {
		for (String english : List.of("municipality_code", "municipality_name", "central_town", "reference_date",
				"population_total", "population_65_plus", "nearest_hospital", "road_distance_km", "year",
				"growth_percent", "kind", "source", "price_level_year", "amount_sek", "measurement_date", "category",
				"patients")) {
			assertThat(ColumnNames.namesOf(english)).as(english)
				.allSatisfy(name -> assertThat(ColumnNames.normalise(name)).isEqualTo(name))
				.allSatisfy(name -> assertThat(ColumnNames.english(name)).contains(english));
		}
	}

	@Test
	void isTheTableInTheInputsGuide() throws IOException {
		String guide = Files.readString(Path.of("docs/inputs.md"), StandardCharsets.UTF_8);

		assertThat(guide).contains(String.join("\n", ColumnNames.readmeRows()));
	}

}
