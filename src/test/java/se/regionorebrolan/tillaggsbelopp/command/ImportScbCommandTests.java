package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;
import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.ScbExportSample;
import se.regionorebrolan.tillaggsbelopp.input.ScbFixtures;
import se.regionorebrolan.tillaggsbelopp.scb.ScbReplayServer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;

/**
 * {@code import-scb} on a copy of the shipped input folder: population.csv from the
 * sample export, replaced only when told, and nothing written from a bad export.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportScbCommandTests {

	private static final String SOURCE = "\"SCB Statistikdatabasen, TAB638_20261122-101500.csv, imported 2026-11-22\"";

	@TempDir
	Path folder;

	private Path input;

	@BeforeEach
	void copyTheShippedInput() throws IOException {
		this.input = Files.createDirectories(this.folder.resolve("input"));
		try (Stream<Path> files = Files.list(Path.of("input"))) {
			for (Path file : files.toList()) {
				Files.copy(file, this.input.resolve(file.getFileName()));
			}
		}
	}

	@Test
	void writesTheShippedPopulationFromTheExportWithItsSource(CapturedOutput console) throws IOException {
		Files.delete(this.input.resolve("population.csv"));

		assertThat(importScb("--tillagg.scb-file=" + ScbExportSample.path())).isZero();

		assertThat(InputReader.read(this.input).population().values())
			.containsExactlyElementsOf(InputReader.read(Path.of("input")).population().values());
		assertThat(this.input.resolve("population-scb/TAB638_20261122-101500.csv"))
			.hasSameBinaryContentAs(ScbExportSample.path());
		assertThat(this.input.resolve("population-scb/sources.json")).content(StandardCharsets.UTF_8)
			.contains("\"file\" : \"TAB638_20261122-101500.csv\"", "\"origin\" : \"" + ScbExportSample.path().toUri(),
					"\"importedAt\" : \"2026-11-22T10:15+01:00\"");
		List<String> lines = Files.readAllLines(this.input.resolve("population.csv"), StandardCharsets.UTF_8);
		assertThat(lines).hasSize(1 + 12 * 4)
			.startsWith("municipality_code,reference_date,population_total,population_65_plus,source",
					"1814,2018-12-31,8116,1722," + SOURCE)
			.endsWith("1885,2023-12-31,23292,6037," + SOURCE);
		assertThat(console.getOut())
			.contains("SCB-exporten TAB638_20261122-101500.csv är läst (CSV, Windows-1252, semikolon (;)).")
			.contains("Regioner som inte finns i municipalities.csv hoppades över (1): 18 Örebro län")
			.contains("(4 referensdatum), källa " + SOURCE + "; SCB:s filer finns i "
					+ this.input.resolve("population-scb") + ".\nSumma för de 12 kommunerna:\n"
					+ "  Referensdatum     Invånare  65 år och äldre\n  2018-12-31         302 252           64 081\n")
			.contains("  2023-12-31         308 116           67 590")
			.doesNotContain("brus");
	}

	@Test
	void replacesAnExistingPopulationCsvOnlyWhenTold(CapturedOutput console) throws IOException {
		List<String> before = snapshot(this.folder);

		assertThat(importScb("--tillagg.scb-file=" + ScbExportSample.path())).isEqualTo(2);
		assertThat(snapshot(this.folder)).isEqualTo(before);
		assertThat(console.getErr()).contains(this.input.resolve("population.csv")
				+ " finns redan och ändrades inte. Kör igen med --tillagg.replace-population=true för att ersätta "
				+ "den med SCB:s 48 rader (kopiera den först om du vill spara den).");

		assertThat(importScb("--tillagg.scb-file=" + ScbExportSample.path(), "--tillagg.replace-population=true"))
			.isZero();
		assertThat(Files.readString(this.input.resolve("population.csv"))).contains(SOURCE)
			.doesNotContain("RegionFakta");
	}

	@Test
	void writesNothingFromABadExportOrWithoutOne(CapturedOutput console) throws IOException {
		Path export = Files.writeString(this.folder.resolve("TAB638.csv"),
				Files.readString(ScbExportSample.path(), ScbExportSample.WINDOWS_1252).replaceFirst(";1858;", ";..;"),
				ScbExportSample.WINDOWS_1252);
		Files.delete(this.input.resolve("population.csv"));
		List<String> before = snapshot(this.folder);

		assertThat(importScb("--tillagg.scb-file=" + export)).isEqualTo(2);
		assertThat(importScb()).isEqualTo(2);

		assertThat(snapshot(this.folder)).isEqualTo(before);
		assertThat(console.getErr()).contains("SCB-exporten kan inte användas – population.csv skrevs inte (1 fel):\n"
				+ "  - TAB638.csv rad 3, kolumn 2018: värdet \"..\" – uppgiften saknas hos SCB (\"..\"); förväntat ett "
				+ "antal invånare, ett heltal ≥ 0")
			.contains("Kommandot import-scb hämtar folkmängden från SCB:s API eller läser en nedladdad fil, men fick "
					+ "ingen av dem: t.ex. import-scb --tillagg.scb-fetch=true --tillagg.scb-years=2024,2025 eller "
					+ "import-scb --tillagg.scb-file=TAB638_20261122-101500.csv (docs/inputs.md: Population from SCB).");
	}

	@Test
	void fetchesFromSCBsApiAndKeepsTheAnswersBesidePopulationCsv(CapturedOutput console) throws IOException {
		Files.delete(this.input.resolve("population.csv"));
		try (ScbReplayServer scb = ScbReplayServer.start()) {
			assertThat(importScb("--tillagg.scb-fetch=true", "--tillagg.scb-years=2018,2020,2022,2023,2025",
					"--tillagg.scb-api-url=" + scb.base()))
				.isZero();

			String url = scb.base() + "/tables/TAB638/data?lang=sv&outputFormat=json-stat2";
			assertThat(this.input.resolve("population-scb/TAB638-1.json"))
				.hasBinaryContent(ScbReplayServer.recorded("api/TAB638_orebro_2018-2023_jsonstat2.json"));
			assertThat(this.input.resolve("population-scb/TAB5557-1.json"))
				.hasBinaryContent(ScbReplayServer.recorded("api/TAB5557_orebro_2025_jsonstat2.json"));
			assertThat(this.input.resolve("population-scb/sources.json")).content(StandardCharsets.UTF_8)
				.contains("\"file\" : \"TAB638-1.json\"", "\"origin\" : \"POST " + url + "\"",
						"\"request\" : \"{\\\"selection\\\":[{\\\"variableCode\\\":\\\"Region\\\"",
						"\"retrieved\" : \"2026-11-22T09:15:00Z\"",
						"\"contentType\" : \"application/json; charset=UTF-8\"");
		}
		List<PopulationCount> expected = new ArrayList<>(InputReader.read(Path.of("input")).population().values());
		expected.addAll(ScbFixtures.expectedPopulation().get("api/TAB5557_orebro_2025_jsonstat2.json"));
		assertThat(InputReader.read(this.input).population().values()).containsExactlyElementsOf(expected);
		assertThat(Files.readAllLines(this.input.resolve("population.csv"), StandardCharsets.UTF_8)).contains(
				"1814,2018-12-31,8116,1722,\"SCB API, population-scb/TAB638-1.json, fetched 2026-11-22\"",
				"1814,2025-12-31,8608,1823,\"SCB API, population-scb/TAB5557-1.json, fetched 2026-11-22\"");
		assertThat(console.getOut()).contains("Hämtade folkmängden från SCB (")
			.contains("): 2 svar, lästa som JSON-stat 2.0, tabell TAB638; JSON-stat 2.0, tabell TAB5557.")
			.contains("  2025-12-31         308 363           67 521")
			.contains("Från 2025 har SCB lagt ett litet slumpmässigt brus på varje cell (röjandeskydd), så summan av "
					+ "åldersklasserna kan skilja några invånare från den total SCB publicerar.");
	}

	@Test
	void saysInOneSentenceThatSCBCannotBeReachedAndWritesNothing(CapturedOutput console) throws IOException {
		String offline;
		try (ServerSocket socket = new ServerSocket(0)) {
			offline = "http://127.0.0.1:" + socket.getLocalPort() + "/api/v2";
		}
		List<String> before = snapshot(this.folder);

		assertThat(importScb("--tillagg.scb-fetch=true", "--tillagg.scb-years=2024", "--tillagg.scb-api-url=" + offline,
				"--tillagg.replace-population=true"))
			.isEqualTo(1);

		assertThat(snapshot(this.folder)).isEqualTo(before);
		assertThat(console.getErr()).isEqualTo("SCB kunde inte nås på " + offline + " (anslutningen nekades eller "
				+ "adressen finns inte); kontrollera nätverket och proxyn (tillagg.scb-proxy) och försök igen – inget "
				+ "skrevs.\n");
		assertThat(console.getOut()).doesNotContain("Exception");
	}

	@Test
	void refusesSourcesAndYearsThatCannotBeMeant(CapturedOutput console) {
		List<String> before = snapshot(this.folder);

		assertThat(importScb("--tillagg.scb-fetch=true", "--tillagg.scb-file=" + ScbExportSample.path())).isEqualTo(2);
		assertThat(importScb("--tillagg.scb-fetch=true")).isEqualTo(2);
		assertThat(importScb("--tillagg.scb-file=" + ScbExportSample.path(), "--tillagg.scb-years=2023")).isEqualTo(2);
		assertThat(importScb("--tillagg.scb-fetch=true", "--tillagg.scb-years=1900,2023")).isEqualTo(2);
		assertThat(importScb("--tillagg.scb-fetch=true", "--tillagg.scb-years=2023",
				"--tillagg.scb-proxy=proxy.regionorebro.se"))
			.isEqualTo(2);

		assertThat(snapshot(this.folder)).isEqualTo(before);
		assertThat(console.getErr())
			.contains("Kommandot import-scb hämtar folkmängden från SCB:s API eller läser en "
					+ "nedladdad fil, inte båda: t.ex.")
			.contains("Ange vilka år som ska hämtas från SCB, t.ex. import-scb --tillagg.scb-fetch=true "
					+ "--tillagg.scb-years=2024,2025")
			.contains("--tillagg.scb-years gäller bara med --tillagg.scb-fetch=true: en nedladdad fil ger sina egna "
					+ "år. Ta bort --tillagg.scb-years.")
			.contains("tillagg.scb-years[0] = \"1900\": förväntat ett år från 1968, SCB:s första år, " + "till 2100")
			.contains("tillagg.scb-proxy = \"proxy.regionorebro.se\" (kommandoraden): förväntat en proxy skriven "
					+ "värd:port, t.ex. proxy.regionorebro.se:8080")
			.doesNotContain("Exception");
	}

	private int importScb(String... options) {
		return run(NOVEMBER_2026,
				Stream.concat(Stream.of("import-scb", "--tillagg.input-dir=" + this.input), Stream.of(options))
					.toArray(String[]::new));
	}

}
