package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.program.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.fileEndingWith;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * The versions and payment bases as the registry and the folders keep them, under what an
 * unlucky or hostile user does around them (issue 14, items 5 to 8): another working
 * directory, a tampered manifest, an interrupted publication or payment, a lost registry.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileArchiveTests {

	private static final Clock DECEMBER_20 = Clock.fixed(Instant.parse("2026-12-20T09:00:00Z"),
			ClockConfiguration.SWEDEN);

	@TempDir
	Path folder;

	/**
	 * Item 7: the officer runs in her folder with a relative output folder; a service
	 * (here this JVM, in another working directory) publishes, compares, verifies and
	 * pays with the absolute path.
	 */
	@Test
	void findsTheVersionsOfAnOutputFolderFromAnyWorkingDirectory(CapturedOutput console) throws Exception {
		Path officer = Files.createDirectories(this.folder.resolve("officer"));
		Path input = specExampleInput(officer);
		assertThat(ChildJvm.run(officer, specExample(input, Path.of("out"))).exitCode()).isZero();
		assertThat(ChildJvm
			.run(officer, specExample(input, Path.of("out"), "--tillagg.advanced.measurement-date=2025-11-14"))
			.exitCode()).isZero();
		String output = "--tillagg.output-dir=" + officer.resolve("out");

		assertThat(run(NOVEMBER_2026, "publish", output, "--tillagg.budget-year=2027", "--tillagg.version=1")).isZero();
		assertThat(run(NOVEMBER_2026, "compare", output, "--tillagg.budget-year=2027", "--tillagg.version=2",
				"--tillagg.compare-with=1"))
			.isZero();
		assertThat(run(NOVEMBER_2026, "verify", output, "--tillagg.budget-year=2027", "--tillagg.version=1")).isZero();
		assertThat(run(NOVEMBER_2026, "payment", output, "--tillagg.budget-year=2027")).isZero();

		assertThat(console.getOut()).contains("är verifierad");
		assertThat(officer.resolve("out/2027/utbetalning-1")).isDirectory();
		assertThat(officer.resolve("out/2027/tillaggsbelopp-2027-v2-jamford-med-v1.xlsx")).isRegularFile();
	}

	/**
	 * Item 5: a run and a payment killed while writing leave temporary files, and a
	 * payment folder moved into place but never registered; the next command removes them
	 * and says so, and the payment is written again.
	 */
	@Test
	void undoesWhatAnInterruptedCommandLeftAndSaysSo(CapturedOutput console) throws IOException {
		Path output = published();
		Path runFolder = runFolders(output, 2027).get(0);
		Files.createDirectories(output.resolve("2027/.ofullstandig-6f1c/indata"));
		Files.writeString(output.resolve("2027/.ofullstandig-6f1c/indata/population.csv"), "half");
		Files.writeString(runFolder.resolve(".ofullstandig-tillaggsbelopp-2027-v1-slutlig.xlsx"), "half");
		Path unregistered = Files.createDirectories(output.resolve("2027/utbetalning-1"));
		Files.writeString(unregistered.resolve(".ej-registrerad"), "");
		Files.writeString(unregistered.resolve("utbetalningsunderlag-2027-v1.csv"), "half");

		assertThat(run(DECEMBER_20, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isZero();

		assertThat(console.getOut()).contains(
				"Tog bort 1 ofullständiga fil efter en avbruten körning i " + output.resolve("2027") + ".",
				"Tog bort 1 ofullständiga fil efter en avbruten körning i " + runFolder + ".",
				"Tog bort " + unregistered + ": utbetalningsunderlaget avbröts innan det registrerades och har aldrig "
						+ "använts.");
		assertThat(temporaryFiles(output)).isEmpty();
		assertThat(unregistered.resolve("utbetalningsunderlag-2027-v1.csv")).content().startsWith("municipality_code");
		assertThat(unregistered.resolve("manifest.json")).isRegularFile();
		assertThat(unregistered.resolve(".ej-registrerad")).doesNotExist();
	}

	/**
	 * Item 8: publish stopped after the registry changed and before the files did; the
	 * next command finishes it.
	 */
	@Test
	void finishesAPublicationThatStoppedAfterTheRegistryChanged(CapturedOutput console) throws IOException {
		Path output = calculated();
		Path runFolder = runFolders(output, 2027).get(0);
		Path before = this.folder.resolve("before");
		copyFolder(runFolder, before);
		assertThat(run(DECEMBER_20, publish(output))).isZero();
		deleteFolder(runFolder);
		copyFolder(before, runFolder);

		assertThat(run(DECEMBER_20, "list", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027")).isZero();

		assertThat(console.getOut()).contains("En avbruten publicering av budgetåret 2027 gjordes klar: " + runFolder
				+ " har fått den status registret anger.");
		assertThat(runFolder.resolve("tillaggsbelopp-2027-v1-slutlig.xlsx")).isRegularFile();
		assertThat(runFolder.resolve("tillaggsbelopp-2027-v1-preliminar.xlsx")).doesNotExist();
		assertThat(run(DECEMBER_20, "verify", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027",
				"--tillagg.version=1"))
			.isZero();
	}

	/**
	 * Item 8: a manifest that names a file outside its folder; publish and verify refuse
	 * it and touch nothing outside the output folder.
	 */
	@Test
	void neverUsesAFileOutsideTheRunFolderThatATamperedManifestNames(CapturedOutput console) throws IOException {
		Path output = calculated();
		Path runFolder = runFolders(output, 2027).get(0);
		Path victim = Files.createDirectories(this.folder.resolve("victim"));
		Files.writeString(victim.resolve("keep.csv"), "keep");
		Files.writeString(victim.resolve("keep.xlsx"), "keep");
		Path manifest = runFolder.resolve("manifest.json");
		Files.writeString(manifest, Files.readString(manifest)
			.replace("\"tillaggsbelopp-2027-v1-preliminar.csv\"", "\"../../../victim/keep.csv\""));

		assertThat(run(DECEMBER_20, publish(output))).isEqualTo(1);
		assertThat(run(DECEMBER_20, "verify", "--tillagg.output-dir=" + output, "--tillagg.run-folder=" + runFolder))
			.isEqualTo(4);

		assertThat(console.getErr()).contains("\"../../../victim/keep.csv\" är inget filnamn i körningsmappen");
		assertThat(victim.resolve("keep.csv")).hasContent("keep");
		assertThat(victim.resolve("keep.xlsx")).hasContent("keep");
		assertThat(run(DECEMBER_20, "list", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027")).isZero();
		assertThat(console.getOut()).containsPattern("v1 +PRELIMINÄR");
	}

	/**
	 * Item 8: a results file changed after the run is not published as final, and verify
	 * says it changed.
	 */
	@Test
	void publishesNoResultsFileThatChangedAfterTheRun(CapturedOutput console) throws IOException {
		Path output = calculated();
		Path results = fileEndingWith(runFolders(output, 2027).get(0), ".csv");
		Files.writeString(results, Files.readString(results).replace("7227365", "9227365"));

		assertThat(run(DECEMBER_20, publish(output))).isEqualTo(1);
		assertThat(run(DECEMBER_20, "verify", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027",
				"--tillagg.version=1"))
			.isEqualTo(4);

		assertThat(console.getErr()).contains(results + " är inte resultatfilen som körningen skrev",
				results.getFileName() + " saknas eller har ändrats sedan körningen");
		assertThat(results.getFileName().toString()).contains("preliminar");
	}

	/**
	 * Item 6: a registry overwritten with other bytes cannot be opened; rebuild-registry
	 * keeps it aside and builds the versions, statuses and payments again from the
	 * folders.
	 */
	@Test
	void buildsADamagedRegistryAgainFromTheFolders(CapturedOutput console) throws IOException {
		Path output = published();
		assertThat(run(DECEMBER_20, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isZero();
		Path registry = output.resolve("registry/tillaggsbelopp.mv.db");
		byte[] damaged = new byte[(int) Files.size(registry)];
		new java.util.Random(14).nextBytes(damaged);
		Files.write(registry, damaged);

		assertThat(run(DECEMBER_20, "list", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isEqualTo(1);
		assertThat(run(DECEMBER_20, "rebuild-registry", "--tillagg.output-dir=" + output)).isZero();
		assertThat(run(DECEMBER_20, "list", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027")).isZero();
		assertThat(run(DECEMBER_20, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isZero();

		assertThat(console.getErr()).contains("Registret (" + registry + ") kan inte öppnas");
		assertThat(console.getOut())
			.contains("Registret kunde inte läsas och flyttades undan till " + registry + ".oläsbart-",
					"1 version och 1 utbetalningsunderlag.", "Budgetåret 2027 är redan utbetalt ur version 1")
			.containsPattern("v1 +SLUTLIG")
			.containsPattern("nr 1 +ur v1");
		assertThat(console.getAll()).doesNotContain(HostileCase.JAVA);
	}

	/**
	 * Item 6: a registry emptied to 0 bytes: reading commands say what it does not know,
	 * writing ones are refused until it is built again.
	 */
	@Test
	void refusesToNumberVersionsFromAnEmptiedRegistry(CapturedOutput console) throws IOException {
		Path output = published();
		Files.write(output.resolve("registry/tillaggsbelopp.mv.db"), new byte[0]);
		List<String> before = snapshot(output.resolve("2027"));

		assertThat(run(DECEMBER_20, "list", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027")).isZero();
		assertThat(run(DECEMBER_20, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isEqualTo(1);

		assertThat(console.getErr()).contains("Det som visas är bara det registret känner till",
				"Inget skrevs, och inga versioner eller underlag numreras förrän registret stämmer");
		assertThat(snapshot(output.resolve("2027"))).isEqualTo(before);
		assertThat(run(DECEMBER_20, "rebuild-registry", "--tillagg.output-dir=" + output)).isZero();
		assertThat(run(DECEMBER_20, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isZero();
	}

	/**
	 * Item 13: the folders a run and a payment write follow the umask, like every other
	 * folder.
	 */
	@Test
	void writesFoldersTheOfficersGroupCanOpen() throws IOException {
		Path output = published();
		assertThat(run(DECEMBER_20, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isZero();
		Set<PosixFilePermission> year = Files.getPosixFilePermissions(output.resolve("2027"));

		assertThat(Files.getPosixFilePermissions(runFolders(output, 2027).get(0))).isEqualTo(year);
		assertThat(Files.getPosixFilePermissions(output.resolve("2027/utbetalning-1"))).isEqualTo(year);
	}

	/** The spec example's version 1 in an output folder. */
	private Path calculated() {
		Path output = this.folder.resolve("output");
		assertThat(run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output))).isZero();
		return output;
	}

	/** The spec example's version 1, published. */
	private Path published() {
		Path output = calculated();
		assertThat(run(DECEMBER_20, publish(output))).isZero();
		return output;
	}

	private static String[] publish(Path output) {
		return new String[] { "publish", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027",
				"--tillagg.version=1" };
	}

	private static List<Path> temporaryFiles(Path output) throws IOException {
		try (Stream<Path> paths = Files.walk(output)) {
			return paths.filter(path -> path.getFileName().toString().startsWith(".ofullstandig-")).toList();
		}
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Files.copy(path, to.resolve(from.relativize(path).toString()));
			}
		}
	}

	private static void deleteFolder(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
