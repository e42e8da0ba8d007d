package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.input.InputWorkbook;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.report.ResultsCsv;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;
import se.regionorebrolan.tillaggsbelopp.version.RunStatus;
import se.regionorebrolan.tillaggsbelopp.workbook.RunInfo;
import se.regionorebrolan.tillaggsbelopp.workbook.TillaggsbeloppWorkbook;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;

/**
 * The folder of one version, {@code <output>/<year>/v<N>-<run id>/}: the results file and
 * the workbook, named with year, version and status; manifest.json; and a copy of the
 * input files (or the input workbook) in indata/. A new folder is written in a hidden
 * temporary folder and moved into place in one step, so a run that fails leaves nothing
 * half-written, and an existing folder is never replaced.
 *
 * @param folder the run's folder
 * @param resultsCsv the machine-readable results
 * @param workbook the workbook for reviewers
 */
public record RunFolder(Path folder, Path resultsCsv, Path workbook) {

	/**
	 * Writes a new version's folder: results, workbook, manifest and archived input (the
	 * CSV files or the input workbook, from {@code inputFolder}), which must still be the
	 * bytes that were validated.
	 */
	public static RunFolder write(Path outputDirectory, WorkbookContent content, RunStatus status, Path inputFolder)
			throws IOException {
		RunInfo run = content.run();
		int year = content.calculation().parameters().budgetYear();
		Path target = new OutputFolder(outputDirectory).version(year, run.version(), run.identity());
		String base = baseName(year, run.version(), status);
		AtomicFolder.write(target, temporary -> {
			archiveInput(content, inputFolder, temporary.resolve(ArchivedRun.INPUT_FOLDER));
			ResultsCsv.write(content.calculation(), temporary.resolve(base + ".csv"));
			TillaggsbeloppWorkbook.write(content, temporary.resolve(base + ".xlsx"));
			manifest(content, status, base + ".csv", Sha256.hex(Files.readAllBytes(temporary.resolve(base + ".csv"))))
				.write(temporary.resolve(RunManifest.FILE_NAME));
		});
		return new RunFolder(target, target.resolve(base + ".csv"), target.resolve(base + ".xlsx"));
	}

	/**
	 * Removes the folder's mark of an unregistered folder once the registry's transaction
	 * has committed its row, or now when there is no transaction.
	 */
	public void registeredOnCommit() throws IOException {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			Unregistered.clear(this.folder);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					Unregistered.clear(RunFolder.this.folder);
				}
				catch (IOException ex) {
					// The mark stays; the next start sees the row and clears it.
				}
			}
		});
	}

	/**
	 * Gives a version's files a new status: the workbook is written again (from content
	 * calculated anew from the archive), the results file is renamed, the manifest
	 * records the change. Each file is written under a temporary name and moved into
	 * place; the files of the old status are removed last.
	 */
	public static RunFolder restatus(ArchivedRun archived, WorkbookContent content, RunStatus status,
			List<RunManifest.StatusEntry> history) throws IOException {
		Path folder = archived.folder();
		RunManifest manifest = archived.manifest();
		String base = baseName(manifest.budgetYear(), manifest.version(), status);
		Path oldResults = folder.resolve(manifest.results().file());
		Path oldWorkbook = folder.resolve(manifest.results().file().replace(".csv", ".xlsx"));
		requireUnchanged(oldResults, manifest.results().sha256());
		Path workbook = moveIntoPlace(folder, base + ".xlsx", file -> TillaggsbeloppWorkbook.write(content, file));
		Path results = moveIntoPlace(folder, base + ".csv", file -> Files.copy(oldResults, file));
		moveIntoPlace(folder, RunManifest.FILE_NAME,
				file -> manifest.withStatus(status.label(), history, base + ".csv").write(file));
		for (Path old : List.of(oldResults, oldWorkbook)) {
			if (!old.equals(results) && !old.equals(workbook)) {
				Files.deleteIfExists(old);
			}
		}
		return new RunFolder(folder, results, workbook);
	}

	/** The results file is copied under its new name only if it is what the run wrote. */
	static void requireUnchanged(Path results, String sha256) throws IOException {
		String found = Files.isRegularFile(results) ? Sha256.hex(Files.readAllBytes(results)) : "(saknas)";
		if (!found.equals(sha256)) {
			throw new ArchiveException(results + " är inte resultatfilen som körningen skrev (SHA-256 " + found
					+ ", manifestet anger " + sha256 + "); inget ändrades i mappen. Kontrollera versionen med verify");
		}
	}

	/**
	 * {@code tillaggsbelopp-2027-v2-slutlig}: year, version and status in every file
	 * name.
	 */
	static String baseName(int budgetYear, int version, RunStatus status) {
		return "tillaggsbelopp-" + budgetYear + "-v" + version + "-" + status.fileWord();
	}

	private static void archiveInput(WorkbookContent content, Path inputFolder, Path archive) throws IOException {
		Files.createDirectories(archive);
		for (Map.Entry<String, String> file : content.input().sourceFiles().entrySet()) {
			Path copy = archive.resolve(file.getKey());
			Files.copy(inputFolder.resolve(file.getKey()), copy);
			// The file may have changed since it was validated; the archive must hold
			// what was used.
			if (!Sha256.hex(Files.readAllBytes(copy)).equals(file.getValue())) {
				throw new IllegalStateException(file.getKey() + " changed after it was read; run again");
			}
		}
	}

	private static RunManifest manifest(WorkbookContent content, RunStatus status, String resultsFile,
			String resultsSha256) {
		RunInfo run = content.run();
		Calculation calculation = content.calculation();
		List<RunManifest.Input> inputs = content.input()
			.files()
			.stream()
			.map(file -> new RunManifest.Input(file.name(), file.sha256(), file.rows().size()))
			.toList();
		return new RunManifest(RunManifest.FORMAT, calculation.parameters().budgetYear(), run.version(), run.identity(),
				status.label(), run.calculatedAt().toOffsetDateTime().toString(), run.softwareVersion(),
				content.comparedWithVersion().orElse(null), inputs,
				content.input().workbook().map(InputWorkbook::name).orElse(null), content.parameters(),
				new RunManifest.Results(resultsFile, resultsSha256, calculation.countyTotal()),
				List.of(new RunManifest.StatusEntry(status.label(), run.calculatedAt().toOffsetDateTime().toString(),
						"")));
	}

	/** Writes a file under a temporary name in the folder and moves it to its name. */
	private static Path moveIntoPlace(Path folder, String name, AtomicFolder.Contents writer) throws IOException {
		Path temporary = folder.resolve(".ofullstandig-" + name);
		Files.deleteIfExists(temporary);
		try {
			writer.write(temporary);
			return Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
