package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.program.ClockConfiguration;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookDump;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.fileEndingWith;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * Versions, publication, comparison and verification of a budget year, as the finance
 * officers go through them between the December calculation and a remeasurement in the
 * spring.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditTrailTests {

	private static final Clock DECEMBER_10 = Clock.fixed(Instant.parse("2026-12-10T09:00:00Z"),
			ClockConfiguration.SWEDEN);

	private static final Clock MARCH_2 = Clock.fixed(Instant.parse("2027-03-02T09:00:00Z"), ClockConfiguration.SWEDEN);

	private static final Clock MARCH_9 = Clock.fixed(Instant.parse("2027-03-09T09:00:00Z"), ClockConfiguration.SWEDEN);

	@TempDir
	Path folder;

	@Test
	void publishesRecalculatesAfterARemeasurementAndSupersedesTheFirstVersion(CapturedOutput console)
			throws IOException {
		Path output = this.folder.resolve("output");

		decemberRunPublicationAndRemeasurement(output);
		// a second final version needs a reason
		assertThat(run(MARCH_9, command(output, "publish", "--tillagg.version=2"))).isEqualTo(2);
		assertThat(run(MARCH_9,
				command(output, "publish", "--tillagg.version=2", "--tillagg.reason=Ny mätning 2025-11-14")))
			.isZero();

		assertThat(run(MARCH_9, command(output, "verify", "--tillagg.version=1"))).isZero();
		assertThat(run(MARCH_9, command(output, "verify", "--tillagg.version=2"))).isZero();
		assertThat(run(MARCH_9, command(output, "list"))).isZero();
		assertThat(console.getOut())
			.contains("Version 1 av budgetåret 2027 är SLUTLIG.", "Version 2 av budgetåret 2027 är SLUTLIG.",
					"Version 1 är ERSATT av version 2 (skäl: Ny mätning 2025-11-14).")
			.containsPattern("v1 +ERSATT +2026-11-22 10:15 +15 041 639 kr +85e563aeeaf1 +ERSATT 2027-03-09 10:00: "
					+ "ersatt av version 2: Ny mätning 2025-11-14")
			.containsPattern("v2 +SLUTLIG +2027-03-02 10:00 +15 356 496 kr");
		assertThat(console.getErr()).contains("Version 1 av budgetåret 2027 är redan SLUTLIG.");
		List<Path> versions = runFolders(output, 2027);
		assertThat(versions).extracting(path -> path.getFileName().toString())
			.hasSize(2)
			.allMatch(name -> name.matches("v[12]-[0-9a-f]{12}"));
		assertThat(fileEndingWith(versions.get(0), ".xlsx").getFileName())
			.hasToString("tillaggsbelopp-2027-v1-ersatt.xlsx");
		assertThat(fileEndingWith(versions.get(1), ".csv").getFileName())
			.hasToString("tillaggsbelopp-2027-v2-slutlig.csv");
		List<String> v1 = WorkbookDump.of(fileEndingWith(versions.get(0), ".xlsx"));
		assertThat(WorkbookDump.value(v1, "Sammanställning!A1"))
			.isEqualTo("Tilläggsbelopp för budgetåret 2027 – version 1 – ERSATT");
	}

	@Test
	void comparesTheRemeasurementWithThePublishedVersionAndFindsOnlyItsEffects(CapturedOutput console)
			throws IOException {
		Path output = this.folder.resolve("output");

		decemberRunPublicationAndRemeasurement(output);

		List<String> v2 = WorkbookDump.of(fileEndingWith(runFolders(output, 2027).get(1), ".xlsx"));
		assertThat(WorkbookDump.cells(v2, "Jämförelse", "A"))
			.anyMatch(line -> line.contains("| tillagg.advanced.measurement-date: 2022-11-15 → 2025-11-14 |"))
			.anyMatch(line -> line.contains("| Ingen indata har ändrats. |"));
		// Each row: component in column C, difference in column F. Only the advanced and
		// distance
		// components (and so the totals) change.
		List<String> changed = new ArrayList<>();
		for (String line : WorkbookDump.cells(v2, "Jämförelse", "F")) {
			String cell = line.split(" \\| ")[0];
			String row = cell.substring(cell.indexOf('F') + 1);
			String difference = line.split(" \\| ")[2];
			if (row.matches("\\d+") && !difference.equals("0") && !difference.startsWith("Skillnad")) {
				changed.add(WorkbookDump.value(v2, "Jämförelse!A" + row) + " "
						+ WorkbookDump.value(v2, "Jämförelse!C" + row) + " " + difference);
			}
		}
		// spec §5: remeasurement variant minus the worked example
		assertThat(changed).containsExactly("9001 Avancerad hemsjukvård 224898", "9001 Totalt 224898",
				"9002 Avancerad hemsjukvård -37483", "9002 Avståndskompensation 9226", "9002 Totalt -28257",
				"9003 Avancerad hemsjukvård 74966", "9003 Avståndskompensation 5767", "9003 Totalt 80733",
				"9004 Avancerad hemsjukvård 37483", "9004 Totalt 37483");
		assertThat(console.getOut()).contains("Jämfört med version 1:",
				"tillagg.advanced.measurement-date: 2022-11-15 → 2025-11-14", "Ändrad indata: inga");
	}

	@Test
	void comparesAnyTwoVersionsOnDemand(CapturedOutput console) throws IOException {
		Path input = specExampleInput(this.folder);
		Path output = this.folder.resolve("output");
		assertThat(run(NOVEMBER_2026, specExample(input, output))).isZero();
		assertThat(run(MARCH_2, specExample(input, output, "--tillagg.advanced.measurement-date=2025-11-14"))).isZero();

		int exitCode = run(MARCH_9, command(output, "compare", "--tillagg.version=1", "--tillagg.compare-with=2"));

		assertThat(exitCode).isZero();
		Path workbook = output.resolve("2027/tillaggsbelopp-2027-v1-jamford-med-v2.xlsx");
		assertThat(WorkbookDump.value(WorkbookDump.of(workbook), "Jämförelse!A1"))
			.isEqualTo("Jämförelse med version 2 · Tilläggsbelopp 2027 – version 1 – PRELIMINÄR");
		assertThat(console.getOut()).contains("tillagg.advanced.measurement-date: 2025-11-14 → 2022-11-15");
	}

	@Test
	void refusesToPublishAVersionThatDoesNotExistOrWithoutNamingIt(CapturedOutput console) {
		Path output = this.folder.resolve("output");
		assertThat(run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output))).isZero();
		List<String> before = snapshot(output);

		assertThat(run(DECEMBER_10, command(output, "publish", "--tillagg.version=3"))).isEqualTo(2);
		assertThat(run(DECEMBER_10, "publish", "--tillagg.output-dir=" + output)).isEqualTo(2);

		assertThat(console.getErr()).contains(
				"Budgetåret 2027 har ingen version 3; kommandot list --tillagg.budget-year=2027 visar versionerna.",
				"Kommandot publish behöver budgetåret och versionen");
		assertThat(snapshot(output.resolve("2027"))).isEqualTo(snapshot(output.resolve("2027")));
		assertThat(before).isNotEmpty();
	}

	@Test
	void publishingTheFinalVersionAgainChangesNothing() {
		Path output = this.folder.resolve("output");
		assertThat(run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output))).isZero();
		assertThat(run(DECEMBER_10, command(output, "publish", "--tillagg.version=1"))).isZero();
		List<String> published = snapshot(output.resolve("2027"));

		assertThat(run(MARCH_2, command(output, "publish", "--tillagg.version=1"))).isZero();

		assertThat(snapshot(output.resolve("2027"))).isEqualTo(published);
	}

	@Test
	void verifyNamesEveryDifferenceAfterAFileWasChanged(CapturedOutput console) throws IOException {
		Path output = this.folder.resolve("output");
		assertThat(run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output))).isZero();
		Path results = fileEndingWith(runFolders(output, 2027).get(0), ".csv");
		Files.writeString(results, Files.readString(results).replace("7227365", "7227366"));

		int exitCode = run(DECEMBER_10, command(output, "verify", "--tillagg.version=1"));

		assertThat(exitCode).isEqualTo(4);
		assertThat(console.getErr()).contains("stämmer inte (1 skillnad):",
				"tillaggsbelopp-2027-v1-preliminar.csv saknas eller har ändrats sedan körningen");
	}

	@Test
	void verifiesARunFolderOnItsOwnWithoutTheRegistry(CapturedOutput console) throws IOException {
		Path copy = runFolderCopiedElsewhere();
		Path noRegistry = this.folder.resolve("no-registry");

		int exitCode = run(DECEMBER_10, "verify", "--tillagg.output-dir=" + noRegistry, "--tillagg.run-folder=" + copy);

		assertThat(exitCode).isZero();
		assertThat(noRegistry).doesNotExist();
		assertThat(console.getOut()).contains("Version 1 av budgetåret 2027 (PRELIMINÄR, " + copy + ") är verifierad");
	}

	@Test
	void namesTheArchivedFileOfARunFolderThatWasChanged(CapturedOutput console) throws IOException {
		Path copy = runFolderCopiedElsewhere();
		Files.writeString(copy.resolve("indata/distances.csv"), "\n", StandardOpenOption.APPEND);

		int exitCode = run(DECEMBER_10, "verify", "--tillagg.output-dir=" + this.folder.resolve("no-registry"),
				"--tillagg.run-folder=" + copy);

		assertThat(exitCode).isEqualTo(4);
		assertThat(console.getErr()).contains(
				"Version 1 av budgetåret 2027 (PRELIMINÄR, " + copy + ") stämmer inte (1 skillnad):", "distances.csv");
	}

	@Test
	void numbersNoVersionAgainWhenTheRegistryIsLostAndBuildsItAgainFromTheFolders(CapturedOutput console)
			throws IOException {
		Path output = this.folder.resolve("output");
		String[] arguments = specExample(specExampleInput(this.folder), output);
		assertThat(run(NOVEMBER_2026, arguments)).isZero();
		assertThat(run(DECEMBER_10, command(output, "publish", "--tillagg.version=1"))).isZero();
		List<String> written = snapshot(output.resolve("2027"));
		deleteFolder(output.resolve("registry"));

		assertThat(run(DECEMBER_10, specExample(specExampleInput(this.folder.resolve("changed")), output,
				"--tillagg.advanced.measurement-date=2025-11-14")))
			.isEqualTo(1);
		assertThat(console.getErr()).contains("Registret känner inte till 1 mapp i utmatningsmappen",
				"  - " + runFolders(output, 2027).get(0) + " (version 1 av budgetåret 2027)");
		assertThat(snapshot(output.resolve("2027"))).isEqualTo(written);

		assertThat(run(DECEMBER_10, "rebuild-registry", "--tillagg.output-dir=" + output)).isZero();
		assertThat(run(DECEMBER_10, arguments)).isZero();
		assertThat(run(DECEMBER_10, command(output, "verify", "--tillagg.version=1"))).isZero();
		assertThat(run(DECEMBER_10, command(output, "list"))).isZero();
		assertThat(console.getOut())
			.contains(
					"Registret byggdes upp igen ur utmatningsmappen " + output
							+ ": 1 version och 0 utbetalningsunderlag.",
					"Budgetåret 2027 är redan beräknat med exakt samma indata och parametrar: version 1 (SLUTLIG)")
			.containsPattern("v1 +SLUTLIG");
		assertThat(snapshot(output.resolve("2027"))).isEqualTo(written);
	}

	/**
	 * The spec example's version 1, its folder copied away from output/ and its registry.
	 */
	private Path runFolderCopiedElsewhere() throws IOException {
		Path output = this.folder.resolve("output");
		assertThat(run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output))).isZero();
		Path copy = this.folder.resolve("elsewhere/2027/" + runFolders(output, 2027).get(0).getFileName());
		copyFolder(runFolders(output, 2027).get(0), copy);
		return copy;
	}

	/**
	 * Version 1 in November, published in December; version 2 after the remeasurement in
	 * March.
	 */
	private void decemberRunPublicationAndRemeasurement(Path output) {
		Path input = specExampleInput(this.folder);
		assertThat(run(NOVEMBER_2026, specExample(input, output))).isZero();
		assertThat(run(DECEMBER_10, command(output, "publish", "--tillagg.version=1"))).isZero();
		assertThat(run(MARCH_2, specExample(input, output, "--tillagg.advanced.measurement-date=2025-11-14"))).isZero();
	}

	private static String[] command(Path output, String command, String... options) {
		List<String> arguments = new ArrayList<>(
				List.of(command, "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"));
		arguments.addAll(List.of(options));
		return arguments.toArray(String[]::new);
	}

	private static void copyFolder(Path source, Path target) throws IOException {
		try (var paths = Files.walk(source)) {
			for (Path path : paths.toList()) {
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(path, copy);
				}
			}
		}
	}

	private static void deleteFolder(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
