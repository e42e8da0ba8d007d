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
		return read(Tables.folder(directory));
	}

	private static InputSet read(Tables tables) {
		InputProblems problems = new InputProblems();
		MunicipalitiesCsv.Listed municipalities = MunicipalitiesCsv.read(tables, problems);
		KnownCodes codes = municipalities.codes();
		InputSet input = new InputSet(municipalities.file(), PopulationCsv.read(tables, codes, problems),
				DistancesCsv.read(tables, codes, problems), TaxBaseGrowthCsv.read(tables, problems),
				SomaticBaseCsv.read(tables, codes, problems), PsychiatricInvoicedCsv.read(tables, codes, problems),
				HomeCareMeasurementCsv.read(tables, codes, problems), problems.warnings());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.problems(), problems.warnings());
		}
		return input;
	}

}
