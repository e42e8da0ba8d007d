package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.ScbExportSample;

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
			.contains("(4 referensdatum), källa " + SOURCE + ".\nSumma för de 12 kommunerna:\n"
					+ "  Referensdatum     Invånare  65 år och äldre\n  2018-12-31         302 252           64 081\n")
			.contains("  2023-12-31         308 116           67 590");
	}

	@Test
	void replacesAnExistingPopulationCsvOnlyWhenTold(CapturedOutput console) throws IOException {
		List<String> before = snapshot(this.folder);

		assertThat(importScb("--tillagg.scb-file=" + ScbExportSample.path())).isEqualTo(2);
		assertThat(snapshot(this.folder)).isEqualTo(before);
		assertThat(console.getErr()).contains(this.input.resolve("population.csv")
				+ " finns redan och ändrades inte. Kör igen med --tillagg.replace-population=true för att ersätta "
				+ "den med exportens 48 rader (kopiera den först om du vill spara den).");

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
			.contains("Kommandot import-scb behöver SCB-exporten, t.ex. import-scb "
					+ "--tillagg.scb-file=TAB638_20261122-101500.csv (docs/inputs.md: Population from SCB).");
	}

	private int importScb(String... options) {
		return run(NOVEMBER_2026,
				Stream.concat(Stream.of("import-scb", "--tillagg.input-dir=" + this.input), Stream.of(options))
					.toArray(String[]::new));
	}

}
