package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * Makes population.csv from SCB's population by region, age and sex (command
 * {@code import-scb}, docs/decisions/0013 and 0020): for each municipality of
 * municipalities.csv and each year of SCB's files, the inhabitants on 31 December in all
 * and aged 65 or over. The files are a download from Statistikdatabasen or the responses
 * of SCB's API, read the same way.
 */
public final class ScbPopulationImport {

	private ScbPopulationImport() {
	}

	/**
	 * Reads a download from Statistikdatabasen, and municipalities.csv from the input
	 * folder, and sums the download.
	 * @throws InvalidInputException with every problem found in either file
	 */
	public static ImportedPopulation read(Path export, Path inputDir) {
		String file = export.getFileName().toString();
		if (!Files.isRegularFile(export)) {
			InputProblems problems = new InputProblems();
			municipalities(inputDir, problems);
			problems.add(InputProblem.ofFile(file, "filen finns inte (" + export.toAbsolutePath().normalize() + ")"));
			throw new InvalidInputException(problems.problems(), problems.warnings());
		}
		return read(List.of(new ScbDownload(file, CsvTable.readBytes(export, file),
				export.toAbsolutePath().toUri().toString(), Optional.empty(), Optional.empty(), modified(export))),
				inputDir);
	}

	/**
	 * Reads SCB's files, and municipalities.csv from the input folder, and sums the
	 * files: each municipality and year from one of them.
	 * @throws InvalidInputException with every problem found
	 */
	public static ImportedPopulation read(List<ScbDownload> downloads, Path inputDir) {
		InputProblems problems = new InputProblems();
		List<Municipality> municipalities = municipalities(inputDir, problems);
		Reading files = Reading.of(downloads, problems);
		Set<String> codes = municipalities.stream().map(Municipality::code).collect(Collectors.toSet());
		ScbTally tally = new ScbTally(downloads.stream().map(ScbDownload::name).toList(), files.grids(), files.cells(),
				codes);
		Map<PopulationCount, String> counts = (files.unreadable() || municipalities.isEmpty()) ? Map.of()
				: tally.counts(municipalities, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.problems(), problems.warnings());
		}
		return new ImportedPopulation(downloads, String.join("; ", files.readAs()), counts, tally.skipped(),
				problems.warnings());
	}

	/**
	 * SCB's files as read: the grid of each file that can be summed, the cells of each
	 * file whose values are understood, how they were read, and whether any could not be
	 * read.
	 */
	private record Reading(List<ScbGrid> grids, List<ScbCell> cells, Set<String> readAs, boolean unreadable) {

		static Reading of(List<ScbDownload> downloads, InputProblems problems) {
			Reading files = new Reading(new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>(), false);
			for (ScbDownload download : downloads) {
				InputProblems ofFile = new InputProblems();
				Optional<ScbData> data = ScbFile.read(download.name(), download.content(), ofFile);
				List<ScbCell> read = data.map(found -> ScbCells.of(found, ofFile)).orElse(List.of());
				if (ofFile.isEmpty()) {
					files.readAs().add(data.get().readAs());
					ScbGrid.of(download.name(), read, ofFile).ifPresent(files.grids()::add);
					files.cells().addAll(read);
				}
				else {
					files = new Reading(files.grids(), files.cells(), files.readAs(), true);
				}
				problems.addAll(ofFile);
			}
			return files;
		}

	}

	/**
	 * The municipalities of municipalities.csv in the input folder.
	 * @throws InvalidInputException when the file has problems or no municipalities
	 */
	public static List<Municipality> municipalities(Path inputDir) {
		InputProblems problems = new InputProblems();
		List<Municipality> municipalities = municipalities(inputDir, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.problems(), problems.warnings());
		}
		return municipalities;
	}

	private static List<Municipality> municipalities(Path inputDir, InputProblems problems) {
		List<Municipality> municipalities = MunicipalitiesCsv.read(Tables.folder(inputDir), problems).file().values();
		if (municipalities.isEmpty() && problems.isEmpty()) {
			problems.add(InputProblem.ofFile(MunicipalitiesCsv.TABLE.fileName(),
					"filen har inga kommuner; importen tar med kommunerna i municipalities.csv"));
		}
		return municipalities;
	}

	/** The file the import writes: population.csv in the input folder. */
	public static Path target(Path inputDir) {
		return inputDir.resolve(PopulationCsv.TABLE.fileName());
	}

	/**
	 * The folder beside it that keeps SCB's files: population-scb in the input folder.
	 */
	public static Path sourcesFolder(Path inputDir) {
		return inputDir.resolve(ScbSources.FOLDER);
	}

	/**
	 * Writes population.csv into the input folder, in place of the file there, and beside
	 * it SCB's files with where and when they were got; each row's source names its file.
	 */
	public static Path write(ImportedPopulation population, Path inputDir, ZonedDateTime importedAt)
			throws IOException {
		LocalDate importedOn = importedAt.toLocalDate();
		ScbSources.writeWith(inputDir, population.downloads(), importedAt, () -> PopulationCsv.write(inputDir,
				population.counts(), count -> source(population, count, importedOn)));
		return target(inputDir);
	}

	/**
	 * A row's source: {@code SCB Statistikdatabasen, TAB638_20261122-101500.csv, imported
	 * 2026-11-22} for a download, {@code SCB API, population-scb/TAB638-1.json, fetched
	 * 2026-11-22} for a response of the API.
	 */
	public static String source(ImportedPopulation population, PopulationCount count, LocalDate importedOn) {
		String name = population.sources().get(count);
		boolean fromApi = population.downloads()
			.stream()
			.anyMatch(download -> download.name().equals(name) && download.fromApi());
		return fromApi ? "SCB API, " + ScbSources.FOLDER + "/" + name + ", fetched " + importedOn
				: "SCB Statistikdatabasen, " + name + ", imported " + importedOn;
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

}
