package se.regionorebrolan.tillaggsbelopp.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.workbook.RunInfo;
import se.regionorebrolan.tillaggsbelopp.workbook.TillaggsbeloppWorkbook;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;

/**
 * The files of one run in a folder of their own, {@code <output>/<year>/<time>-<id>/}.
 * They are written in a hidden temporary folder that is moved into place in one step, so
 * a run that fails leaves no half-written folder, and an earlier run is never
 * overwritten.
 *
 * @param folder the run's folder
 * @param resultsCsv the machine-readable results
 * @param workbook the workbook for reviewers
 */
public record RunFolder(Path folder, Path resultsCsv, Path workbook) {

	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/**
	 * Writes the results file and the workbook of a calculation into a new run folder.
	 */
	public static RunFolder write(Path outputDirectory, WorkbookContent content) throws IOException {
		Calculation calculation = content.calculation();
		RunInfo run = content.run();
		int year = calculation.parameters().budgetYear();
		Path yearFolder = Files.createDirectories(outputDirectory.resolve(String.valueOf(year)));
		Path target = yearFolder.resolve(FOLDER_TIME.format(run.calculatedAt()) + "-" + run.shortIdentity());
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString(), null, "a run folder is never overwritten");
		}
		String baseName = "tillaggsbelopp-" + year + "-" + run.shortIdentity();
		Path temporary = Files.createTempDirectory(yearFolder, ".ofullstandig-");
		try {
			ResultsCsv.write(calculation, temporary.resolve(baseName + ".csv"));
			TillaggsbeloppWorkbook.write(content, temporary.resolve(baseName + ".xlsx"));
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			deleteRecursively(temporary);
			throw ex;
		}
		return new RunFolder(target, target.resolve(baseName + ".csv"), target.resolve(baseName + ".xlsx"));
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
