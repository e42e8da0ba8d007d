package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * Makes population.csv from a population export of SCB's Statistikdatabasen (command
 * {@code import-scb}, docs/decisions/0013): for each municipality of municipalities.csv
 * and each year of the export, the inhabitants on 31 December in all and aged 65 or over,
 * summed over the one-year age classes and both sexes.
 */
public final class ScbPopulationImport {

	private ScbPopulationImport() {
	}

	/**
	 * Reads the export, and municipalities.csv from the input folder, and sums the
	 * export.
	 * @throws InvalidInputException with every problem found in either file
	 */
	public static ImportedPopulation read(Path export, Path inputDir) {
		InputProblems problems = new InputProblems();
		MunicipalitiesCsv.Listed listed = MunicipalitiesCsv.read(Tables.folder(inputDir), problems);
		List<Municipality> municipalities = listed.file().values();
		if (municipalities.isEmpty() && problems.isEmpty()) {
			problems.add(InputProblem.ofFile(MunicipalitiesCsv.TABLE.fileName(),
					"filen har inga kommuner; importen tar med kommunerna i municipalities.csv"));
		}
		Optional<ScbExport> read = ScbExport.read(export, problems);
		if (read.isEmpty() || !problems.isEmpty()) {
			throw new InvalidInputException(problems.problems(), problems.warnings());
		}
		Set<String> codes = municipalities.stream().map(Municipality::code).collect(Collectors.toSet());
		ScbTally tally = new ScbTally(read.get(), codes);
		ImportedPopulation population = new ImportedPopulation(read.get().file(), read.get().readAs(),
				tally.counts(municipalities, problems), tally.skipped());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.problems(), problems.warnings());
		}
		return population;
	}

	/** The file the import writes: population.csv in the input folder. */
	public static Path target(Path inputDir) {
		return inputDir.resolve(PopulationCsv.TABLE.fileName());
	}

	/**
	 * Writes population.csv into the input folder, in place of the file there.
	 * @param source the text of every row's source column, where the figures come from
	 */
	public static Path write(ImportedPopulation population, Path inputDir, String source) throws IOException {
		return PopulationCsv.write(inputDir, population.counts(), source);
	}

}
