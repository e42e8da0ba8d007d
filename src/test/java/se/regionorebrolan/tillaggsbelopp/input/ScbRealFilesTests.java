package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The files SCB really served (src/test/resources/scb-real, whose README names their
 * sources, and the recorded API responses of scb-fixtures/real-recorded): each either
 * imports, with sums this test counts from the file on its own, or is refused saying what
 * it is. A refused file's figures are still read right: the cells the import reads sum to
 * what this test counts.
 */
class ScbRealFilesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path folder;

	@Test
	void importsSCBsRecordedTAB5557ResponseSummingTheOneYearClasses() throws IOException {
		Path file = ScbFixtures.fixture("real-recorded/TAB5557_0180_2025_all-ages_TotSa.json");
		// Counted here from the value array: the 100 one-year classes 0 … 99 and 100+1 of
		// Stockholm 2025, and of them 65 … 99 and 100+1 — not TotSA, the groups or
		// 100+5/100+10. SCB's own total TotSA is 999 239: cell key perturbation (CKM).
		long total = sumOfAges(file, code -> code.matches("\\d{1,2}|100\\+1"));
		long aged = sumOfAges(file, code -> code.matches("6[5-9]|[7-9]\\d|100\\+1"));

		ImportedPopulation population = ScbPopulationImport.read(file, municipalities("0180,Stockholm,Stockholm"));

		assertThat(population.counts())
			.containsExactly(new PopulationCount("0180", LocalDate.of(2025, 12, 31), total, aged));
		assertThat(total).isEqualTo(999_237);
		assertThat(aged).isEqualTo(166_994);
		assertThat(sumOfAges(file, "TotSA"::equals)).isEqualTo(999_239);
	}

	@Test
	void refusesTheCsvExcerptForWhatIsMissingAndReadsItsFiguresRight() throws IOException {
		Path file = ScbFixtures.real("pxwebapi2-csv-codes-TAB638-excerpt.csv");
		List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
		// 2006 is the fifth column, 2024 the last; the excerpt's 8 lines are Luleå.
		long in2006 = lines.subList(1, lines.size())
			.stream()
			.mapToLong(line -> Long.parseLong(line.split(",")[4]))
			.sum();

		assertThat(problems(file, municipalities("2580,Luleå,Luleå"))).containsExactly(
				"pxwebapi2-csv-codes-TAB638-excerpt.csv: åldersklasserna i filen (0 år, 1 år, 2 år, …) täcker inte "
						+ "0 år … 100+ år: 3–64 år, 66+ år saknas; välj alla åldrar 0 år … 100+ år",
				"pxwebapi2-csv-codes-TAB638-excerpt.csv: filen har bara ogifta; välj alla fyra civilstånd, eller inget, "
						+ "så att SCB summerar dem");
		assertThat(problems(file, Path.of("input"))).contains("pxwebapi2-csv-codes-TAB638-excerpt.csv: ingen av "
				+ "kommunerna i municipalities.csv finns i filen, som har regionen 2580; välj kommunerna under region");
		assertThat(in2006).isEqualTo(2353);
		assertThat(cellSum(file, 2006, "2580")).isEqualTo(in2006);
	}

	@Test
	void refusesThePxFileForWhatItHoldsAndReadsItsFolkmangdRight() throws IOException {
		Path file = ScbFixtures.real("px-TAB638-two-regions.px");
		// DATA: one line per region, civilstånd, age group and sex (8 lines per region);
		// columns Folkmängd 2020, Folkmängd 2021, Folkökning 2020, Folkökning 2021.
		List<String> data = dataLines(file);
		long upplandsVasby2020 = data.subList(0, 8)
			.stream()
			.mapToLong(line -> Long.parseLong(line.split(" ")[0]))
			.sum();

		assertThat(problems(file, Path.of("input"))).containsExactly(
				"px-TAB638-two-regions.px: åldersklasserna i filen (45–54 år, 55–64 år) täcker inte 0 år … 100+ år: "
						+ "0–44 år, 65+ år saknas; välj alla åldrar 0 år … 100+ år",
				"px-TAB638-two-regions.px: filen har bara ogifta, gifta; välj alla fyra civilstånd, eller inget, så att "
						+ "SCB summerar dem",
				"px-TAB638-two-regions.px: ingen av kommunerna i municipalities.csv finns i filen, som har regionen "
						+ "0114 Upplands Väsby, 0115 Vallentuna; välj kommunerna under region");
		assertThat(upplandsVasby2020).isEqualTo(8977);
		assertThat(cellSum(file, 2020, "0114")).isEqualTo(upplandsVasby2020);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					pxwebapi2-jsonstat2-TAB638-trimmed.json           | : filen (JSON-stat 2.0) är folkmängden utan åldersindelning (den har ingen ålder, så SCB har summerat åldrarna), så folkmängden per kommun och 65 år och äldre kan inte räknas;
					web-download-semicolon-no-title-whole-country.csv | : filen (CSV, Windows-1252, semikolon (;)) är folkmängden för hela riket (den har ingen region), så folkmängden per kommun och 65 år och äldre kan inte räknas;
					web-download-tab-separated-whole-country.txt      | : filen (CSV, Windows-1252, tabb) är folkmängden för hela riket utan åldersindelning (den har varken region eller ålder), så folkmängden per kommun och 65 år och äldre kan inte räknas;
					pxwebapi1-csv-other-table-excerpt.csv             | ' rad 1, kolumn 2: värdet "födelseregion" – filen är en annan tabell från SCB (den har variabeln födelseregion), inte folkmängden efter region, ålder och kön;'
					""")
	void refusesWhatIsNoPopulationByMunicipalityAndAgeNamingWhatToGetInstead(String file, String problem) {
		assertThat(problems(ScbFixtures.real(file), Path.of("input")))
			.containsExactly(file + problem + " " + ScbFixtures.INSTEAD);
	}

	@Test
	void refusesTheRecordedTotalsForWantOfAgeClasses() {
		assertThat(problems(ScbFixtures.fixture("real-recorded/TAB638_1443-1490-1814-1880_tot_1992-1997.json"),
				Path.of("input")))
			.startsWith("TAB638_1443-1490-1814-1880_tot_1992-1997.json: filen har bara totalen för alla åldrar "
					+ "(\"tot\"), inga åldersklasser, så 65 år och äldre kan inte räknas; " + ScbFixtures.INSTEAD)
			// Of Örebro län it has only 1814 Lekeberg and 1880 Örebro.
			.hasSize(1 + 10)
			.contains("TAB638_1443-1490-1814-1880_tot_1992-1997.json: kommunen 1860 Laxå i municipalities.csv saknas i "
					+ "exporten; välj den under region i Statistikdatabasen");
	}

	/** The sum of a JSON-stat response's values whose age code passes, counted here. */
	private static long sumOfAges(Path file, Predicate<String> ageCode) throws IOException {
		JsonNode root = JSON.readTree(Files.readString(file));
		JsonNode index = root.path("dimension").path("Alder").path("category").path("index");
		JsonNode values = root.path("value");
		// Stockholm's response has one value per age: every other dimension has size 1.
		return index.properties()
			.stream()
			.filter(entry -> ageCode.test(entry.getKey()))
			.mapToLong(entry -> values.get(entry.getValue().asInt()).asLong())
			.sum();
	}

	private static List<String> dataLines(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
		int data = lines.indexOf("DATA=");
		return lines.subList(data + 1, lines.size()).stream().filter(line -> !line.equals(";")).toList();
	}

	/** The Folkmängd the import reads for a region and year, whatever it then refuses. */
	private static long cellSum(Path file, int year, String region) throws IOException {
		InputProblems problems = new InputProblems();
		ScbData data = ScbFile.read(file.getFileName().toString(), Files.readAllBytes(file), problems).orElseThrow();
		return ScbCells.of(data, problems)
			.stream()
			.filter(cell -> cell.year() == year && cell.region().equals(region))
			.mapToLong(ScbCell::count)
			.sum();
	}

	private List<String> problems(Path file, Path input) {
		return catchThrowableOfType(InvalidInputException.class, () -> ScbPopulationImport.read(file, input)).problems()
			.stream()
			.map(InputProblem::toString)
			.toList();
	}

	private Path municipalities(String row) throws IOException {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		Files.writeString(input.resolve("municipalities.csv"),
				"municipality_code,municipality_name,central_town\n" + row + "\n");
		return input;
	}

}
