package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.stream.Stream;

/**
 * The contract of one input table (spec §6): the name of its file, the name of its sheet
 * in the input workbook and the columns it must have, by their English names
 * ({@link ColumnNames} knows the Swedish ones). Every table may also have a
 * {@code source} column; other columns are ignored with a warning.
 *
 * @param fileName e.g. population.csv
 * @param sheetName its sheet in the input workbook, e.g. Befolkning (the file's base
 * name, population, is accepted too)
 * @param requiredColumns the columns that must be in the header
 * @param sourceRequired whether the {@code source} column is required too
 */
record CsvLayout(String fileName, String sheetName, List<String> requiredColumns, boolean sourceRequired) {

	static final String SOURCE = "source";

	CsvLayout(String fileName, String sheetName, String... requiredColumns) {
		this(fileName, sheetName, List.of(requiredColumns), false);
	}

	/** The file's name without .csv, which may name its sheet too, e.g. population. */
	String baseName() {
		return this.fileName.substring(0, this.fileName.lastIndexOf('.'));
	}

	/** The header a correct file starts with, for messages. */
	String expectedHeader() {
		return String.join(",", this.requiredColumns) + (this.sourceRequired ? "," + SOURCE : "");
	}

	/** Every column the file may have, for messages: the required ones and source. */
	String knownColumns() {
		return String.join(",", columns());
	}

	/** Every column the file may have: the required ones, then source. */
	List<String> columns() {
		return Stream.concat(this.requiredColumns.stream(), Stream.of(SOURCE)).toList();
	}

	/** The columns the header must have, source last when it is required. */
	List<String> required() {
		return this.sourceRequired ? columns() : this.requiredColumns;
	}

	boolean isKnown(String column) {
		return this.requiredColumns.contains(column) || SOURCE.equals(column);
	}

}
