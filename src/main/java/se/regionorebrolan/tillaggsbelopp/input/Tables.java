package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;

/**
 * Where the input tables are read from: the CSV files of a folder, or the sheets of the
 * input workbook ({@link InputWorkbookReader}). The table readers (PopulationCsv, …)
 * check the rows the same way whichever it is.
 */
@FunctionalInterface
interface Tables {

	/** Reads the table of {@code layout}, recording every problem found. */
	Table read(TableDescription<?> layout, InputProblems problems);

	/** The CSV files of a folder. */
	static Tables folder(Path directory) {
		return (layout, problems) -> CsvTable.read(directory, layout, problems);
	}

}
