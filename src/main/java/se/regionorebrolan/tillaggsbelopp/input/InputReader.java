package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the seven input files of spec §6 from the input folder and checks every row; a
 * code that is not in municipalities.csv is a problem in any other file.
 */
public final class InputReader {

	static final CsvLayout MUNICIPALITIES = MunicipalitiesCsv.LAYOUT;

	private InputReader() {
	}

	/**
	 * Reads and checks all files.
	 * @throws InvalidInputException with every problem (and warning) found in any file
	 */
	public static InputSet read(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new InvalidInputException(List.of(InputProblem.ofFile(directory.toString(),
					"indatamappen finns inte (" + directory.toAbsolutePath().normalize() + ")")), List.of());
		}
		InputProblems problems = new InputProblems();
		MunicipalitiesCsv.Listed municipalities = MunicipalitiesCsv.read(directory, problems);
		KnownCodes codes = municipalities.codes();
		InputSet input = new InputSet(municipalities.file(), PopulationCsv.read(directory, codes, problems),
				DistancesCsv.read(directory, codes, problems), TaxBaseGrowthCsv.read(directory, problems),
				SomaticBaseCsv.read(directory, codes, problems),
				PsychiatricInvoicedCsv.read(directory, codes, problems),
				HomeCareMeasurementCsv.read(directory, codes, problems), problems.warnings());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.problems(), problems.warnings());
		}
		return input;
	}

}
