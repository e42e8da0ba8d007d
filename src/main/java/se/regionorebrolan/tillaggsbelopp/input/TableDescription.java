package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;

/**
 * One input table described once (spec §6): its file, its sheet in the input workbook,
 * its columns (source last), what it holds and where its figures come from. The table's
 * reader checks its rows by its rules; the readers' headers and messages, the Indata
 * sheet, the templates, the comparison of two versions and the docs' tables are driven by
 * this description. Columns not described are ignored with a warning.
 *
 * @param table which table
 * @param fileName e.g. population.csv
 * @param sheetName its sheet in the input workbook, e.g. Befolkning (the file's base
 * name, population, is accepted too)
 * @param columns every column, the source column last
 * @param content what the table holds, in Swedish, for the template
 * @param origin where its figures come from, in Swedish, for the template
 * @param rowsAddUp whether several rows may have the same key and add up (invoices), so
 * that rows are compared by their sums
 * @param inSet the table's rows in a set of input that was read
 */
public record TableDescription<T>(InputTable table, String fileName, String sheetName, List<InputColumn<T>> columns,
		String content, String origin, boolean rowsAddUp, Function<InputSet, InputFile<T>> inSet) {

	/** The name of the column every table may have: where a figure comes from. */
	public static final String SOURCE = "source";

	public TableDescription {
		Objects.requireNonNull(table, "table is required");
		columns = List.copyOf(columns);
		if (columns.isEmpty() || !columns.get(columns.size() - 1).name().equals(SOURCE)) {
			throw new IllegalArgumentException(fileName + ": the source column comes last");
		}
	}

	/** The file's name without .csv, which may name its sheet too, e.g. population. */
	public String baseName() {
		return this.fileName.substring(0, this.fileName.lastIndexOf('.'));
	}

	/** Its rows in a set of input that was read. */
	public InputFile<T> in(InputSet input) {
		return this.inSet.apply(input);
	}

	/** The columns but source, which the table's records hold. */
	public List<InputColumn<T>> recordColumns() {
		return this.columns.subList(0, this.columns.size() - 1);
	}

	/** The source column. */
	public InputColumn<T> source() {
		return this.columns.get(this.columns.size() - 1);
	}

	/** The columns that identify a row. */
	public List<InputColumn<T>> keyColumns() {
		return this.columns.stream().filter(InputColumn::key).toList();
	}

	/** The columns that do not identify a row, source last. */
	public List<InputColumn<T>> valueColumns() {
		return this.columns.stream().filter(column -> !column.key()).toList();
	}

	/** The position of a column among {@link #columns()}, from 0. */
	public int position(InputColumn<T> column) {
		int position = this.columns.indexOf(column);
		if (position < 0) {
			throw new IllegalArgumentException(column.name() + " is no column of " + this.fileName);
		}
		return position;
	}

	/** The English names of the columns the header must have, source last if required. */
	List<String> required() {
		return this.columns.stream().filter(InputColumn::required).map(InputColumn::name).toList();
	}

	/** The English names of the columns but source. */
	List<String> requiredColumns() {
		return recordColumns().stream().map(InputColumn::name).toList();
	}

	/** Whether the source column is required too. */
	boolean sourceRequired() {
		return source().required();
	}

	/** The English names of every column, source last. */
	List<String> columnNames() {
		return this.columns.stream().map(InputColumn::name).toList();
	}

	/** The header a correct file starts with, for messages. */
	String expectedHeader() {
		return String.join(",", required());
	}

	/** Every column the file may have, for messages. */
	String knownColumns() {
		return String.join(",", columnNames());
	}

	boolean isKnown(String column) {
		return columnNames().contains(column);
	}

}
