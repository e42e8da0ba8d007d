package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the seven input tables of spec §6, from the CSV files of the input folder or from
 * the sheets of the input workbook, and checks every row; a code that is not in
 * municipalities.csv is a problem in any other table.
 */
public final class InputReader {

	private InputReader() {
	}

	/**
	 * Reads and checks the seven CSV files of a folder.
	 * @throws InvalidInputException with every problem (and warning) found in any file
	 */
	public static InputSet read(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new InvalidInputException(List.of(InputProblem.ofFile(directory.toString(),
					"indatamappen finns inte (" + directory.toAbsolutePath().normalize() + ")")), List.of());
		}
		return read(Tables.folder(directory), Optional.empty());
	}

	/**
	 * Reads and checks the sheets of an input workbook.
	 * @throws InvalidInputException with every problem (and warning) found in any sheet
	 */
	public static InputSet readWorkbook(Path file) {
		return InputWorkbookReader.read(file);
	}

	static InputSet read(Tables tables, Optional<InputWorkbook> workbook) {
		InputProblems problems = new InputProblems();
		MunicipalitiesCsv.Listed municipalities = MunicipalitiesCsv.read(tables, problems);
		KnownCodes codes = municipalities.codes();
		InputSet input = new InputSet(municipalities.file(), PopulationCsv.read(tables, codes, problems),
				DistancesCsv.read(tables, codes, problems), TaxBaseGrowthCsv.read(tables, problems),
				SomaticBaseCsv.read(tables, codes, problems), PsychiatricInvoicedCsv.read(tables, codes, problems),
				HomeCareMeasurementCsv.read(tables, codes, problems), problems.warnings(), workbook);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.problems(), problems.warnings());
		}
		return input;
	}

}
