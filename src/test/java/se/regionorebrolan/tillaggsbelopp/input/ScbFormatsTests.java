package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every format SCB serves the population in (docs/decisions/0020), recognised from its
 * content: each accepted fixture gives exactly the rows an independent script counted
 * from it (scb-fixtures/expected), and each fixture that must be refused says what it is
 * and what to get instead.
 */
class ScbFormatsTests {

	private static final Path SHIPPED = Path.of("input");

	static Stream<Arguments> accepted() {
		return ScbFixtures.expectedPopulation()
			.entrySet()
			.stream()
			.map(fixture -> Arguments.of(fixture.getKey(), fixture.getValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void sumsEachAcceptedFormatToTheIndependentlyCountedFigures(String fixture, List<PopulationCount> expected) {
		ImportedPopulation population = ScbPopulationImport.read(ScbFixtures.fixture(fixture), SHIPPED);

		assertThat(population.counts()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			api/TAB638_orebro_2018-2023_jsonstat2.json                          | JSON-stat 2.0, tabell TAB638
			api/TAB5557_orebro_2025_jsonstat2_keys-in-js-order.json             | JSON-stat 2.0, tabell TAB5557
			api/TAB638_orebro_2018-2023.px                                      | PX, ISO-8859-1, tabell TAB638
			api/TAB638_orebro_2018-2023_csv.csv                                 | CSV, UTF-8, komma (,)
			api/TAB638_orebro_2018-2023_csv_UseCodesAndTexts_SeparatorTab.csv   | CSV, Windows-1252, tabb
			web/TAB638_orebro_2018-2023_semicolon_with_title.csv                | CSV, Windows-1252, semikolon (;)
			""")
	void recognisesTheFormatFromTheContent(String fixture, String readAs) {
		assertThat(ScbPopulationImport.read(ScbFixtures.fixture(fixture), SHIPPED).readAs()).isEqualTo(readAs);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					ambiguous/TAB5557_orebro_2025_all-137-ages_TotSa_jsonstat2.json | åldersklasserna TotSA, -4, -9, … lämnades utanför; importen summerar ettårsklasserna 0 år … 100+ år
					ambiguous/TAB638_both-contents_csv_UseTexts.csv                 | filen har också Folkökning; den lämnades utanför och bara Folkmängd importerades
					""")
	void leavesOutTotalsGroupsAndFolkokningWithAWarning(String fixture, String warning) {
		ImportedPopulation population = ScbPopulationImport.read(ScbFixtures.fixture(fixture), SHIPPED);

		assertThat(population.warnings()).extracting(InputProblem::toString)
			.containsExactly(Path.of(fixture).getFileName() + ": " + warning);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					refuse/TAB638_orebro_2023_10yr-straddles-65.px          | TAB638_orebro_2023_10yr-straddles-65.px: åldersgruppen 60–69 år ("60-69") har invånare både under och över 65 år, så 65 år och äldre kan inte räknas; välj ettåriga åldersklasser (0 år … 100+ år) eller femårsklasser
					refuse/TAB5557_orebro_2025_vs_CKMÅlder10årTOT_jsonstat2.json | TAB5557_orebro_2025_vs_CKMÅlder10årTOT_jsonstat2.json: åldersgruppen 60–69 år ("60-69") har invånare både under och över 65 år, så 65 år och äldre kan inte räknas; välj ettåriga åldersklasser (0 år … 100+ år) eller femårsklasser
					refuse/TAB638_folkokning_jsonstat2.json                 | TAB638_folkokning_jsonstat2.json: filen har Folkökning (förändringen under året), inte Folkmängd (invånarna den 31 december); välj tabellinnehållet Folkmängd
					refuse/TAB638_folkokning_csv_UseTexts.csv               | TAB638_folkokning_csv_UseTexts.csv: filen har Folkökning (förändringen under året), inte Folkmängd (invånarna den 31 december); välj tabellinnehållet Folkmängd
					refuse/TAB5557_folkokning_jsonstat2.json                | TAB5557_folkokning_jsonstat2.json: filen har Folkökning (förändringen under året), inte Folkmängd (invånarna den 31 december); välj tabellinnehållet Folkmängd
					refuse/TAB638_20261122-101500.zip                       | TAB638_20261122-101500.zip: filen är ett zip-arkiv med TAB638_20261122-101500.csv; packa upp det och importera filen i det
					refuse/TAB638_truncated.px                              | TAB638_truncated.px: PX-filen har 1212 av 2424 värden och inget avslutande ; efter dem, så nedladdningen avbröts troligen; ladda ner den igen
					refuse/TAB638_truncated_mid-line.csv                    | TAB638_truncated_mid-line.csv rad 1708: raden har 3 fält men rubrikraden har 7; filen slutar mitt i raden, så nedladdningen avbröts troligen – ladda ner den igen
					refuse/TAB638_missing-Lindesberg.csv                    | TAB638_missing-Lindesberg.csv: kommunen 1885 Lindesberg i municipalities.csv saknas i exporten; välj den under region i Statistikdatabasen
					refuse/TAB638_missing-value-dots.px                     | TAB638_missing-value-dots.px rad 64, kolumn Folkmängd 2023: värdet ".." – uppgiften saknas hos SCB (".."); förväntat ett antal invånare, ett heltal ≥ 0
					refuse/TAB638_missing-value-dots_jsonstat2.json         | TAB638_missing-value-dots_jsonstat2.json: värde nr 6 (1814 Lekeberg, 2 år, kvinnor, Folkmängd, 2023): värdet ".." – uppgiften saknas hos SCB (".."); förväntat ett antal invånare, ett heltal ≥ 0
					refuse/TAB638_metadata-not-data.json                    | TAB638_metadata-not-data.json: filen är metadata för tabellen TAB638 (en beskrivning av variablerna, utan siffror), inte data; hämta data med import-scb --tillagg.scb-fetch=true eller ladda ner tabellen
					""")
	void refusesSayingWhatTheFileIs(String fixture, String problem) {
		assertThat(problems(ScbFixtures.fixture(fixture))).containsExactly(problem);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					refuse/TAB5444_other-table_monthly_jsonstat2.json | TAB5444_other-table_monthly_jsonstat2.json: filen är SCB-tabellen TAB5444 ("Folkmängden per månad efter region, ålder, kön och månad"), inte folkmängden den 31 december efter region, ålder och kön;
					refuse/TAB638_truncated_jsonstat2.json            | TAB638_truncated_jsonstat2.json: JSON-texten slutar mitt i (rad 1), så nedladdningen avbröts troligen; ladda ner den igen;
					refuse/problem-response-saved-as-file.json        | problem-response-saved-as-file.json: filen är ett felmeddelande från SCB:s API (400: Too many cells selected), inte data;
					""")
	void refusesAnotherTableOrAnErrorNamingWhatToGetInstead(String fixture, String problem) {
		String advice = fixture.contains("TAB5444") ? ScbFixtures.INSTEAD : ScbFixtures.FORMATS;

		assertThat(problems(ScbFixtures.fixture(fixture))).containsExactly(problem + " " + advice);
	}

	@Test
	void refusesAClassMissingInEveryYear() {
		assertThat(problems(ScbFixtures.fixture("refuse/TAB638_missing-100plus-kvinnor-Lekeberg.csv"))).containsExactly(
				"TAB638_missing-100plus-kvinnor-Lekeberg.csv: 1814 Lekeberg år 2018: 1 av 202 åldersklasser och kön "
						+ "saknas (100+ år kvinnor); välj alla åldrar 0 år … 100+ år och båda könen",
				"TAB638_missing-100plus-kvinnor-Lekeberg.csv: 1814 Lekeberg år 2020: 1 av 202 åldersklasser och kön "
						+ "saknas (100+ år kvinnor); välj alla åldrar 0 år … 100+ år och båda könen",
				"TAB638_missing-100plus-kvinnor-Lekeberg.csv: 1814 Lekeberg år 2022: 1 av 202 åldersklasser och kön "
						+ "saknas (100+ år kvinnor); välj alla åldrar 0 år … 100+ år och båda könen",
				"TAB638_missing-100plus-kvinnor-Lekeberg.csv: 1814 Lekeberg år 2023: 1 av 202 åldersklasser och kön "
						+ "saknas (100+ år kvinnor); välj alla åldrar 0 år … 100+ år och båda könen");
	}

	private static List<String> problems(Path file) {
		return catchThrowableOfType(InvalidInputException.class, () -> ScbPopulationImport.read(file, SHIPPED))
			.problems()
			.stream()
			.map(InputProblem::toString)
			.toList();
	}

}
