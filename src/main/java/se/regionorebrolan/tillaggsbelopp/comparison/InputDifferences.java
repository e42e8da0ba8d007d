package se.regionorebrolan.tillaggsbelopp.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.input.ColumnKind;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.InputTables;
import se.regionorebrolan.tillaggsbelopp.input.InputWorkbook;
import se.regionorebrolan.tillaggsbelopp.input.TableDescription;

/**
 * Ändrade indata: the differences between two versions of the seven input files (spec
 * §6), one Swedish line per changed value, file by file; a file with the same SHA-256 is
 * not looked into.
 */
final class InputDifferences {

	private InputDifferences() {
	}

	/**
	 * The changed values of a table, row by row: rows are matched by the table's key
	 * columns. Rows that add up (the invoices) are compared as sums per key.
	 */
	private static <T> List<String> differences(TableDescription<T> table, InputFile<T> before, InputFile<T> after) {
		if (table.rowsAddUp()) {
			return SumDifferences.between(table, before, after);
		}
		return new RowDifferences<T>(row -> key(table.keyColumns(), row),
				table.valueColumns().stream().map(Column::of).toList())
			.between(before, after);
	}

	/** {@code 9001, 2022-11-15, kategori 4}. */
	private static <T> String key(List<InputColumn<T>> keys, InputRow<T> row) {
		return keys.stream()
			.map(column -> ((column.kind() == ColumnKind.CATEGORY) ? "kategori " : "") + column.valueOf(row))
			.collect(Collectors.joining(", "));
	}

	/**
	 * The lines of every file, in the order of {@link InputSet#files()}. The sheets of an
	 * input workbook share its digest, so when either version was a workbook a change
	 * that moves no value is said once, for the whole input.
	 */
	static List<String> between(InputSet before, InputSet after) {
		boolean perFile = before.workbook().isEmpty() && after.workbook().isEmpty();
		List<String> lines = new ArrayList<>();
		for (TableDescription<?> table : InputTables.ALL) {
			lines.addAll(of(table, before, after, perFile));
		}
		if (lines.isEmpty() && !perFile && !before.sourceFiles().equals(after.sourceFiles())) {
			lines.add(after.workbook().map(InputWorkbook::name).orElse("indatafilerna")
					+ ": indata har ändrats men inga värden som används i beräkningen");
		}
		return lines;
	}

	/**
	 * Nothing when the bytes are equal; one line when they differ but no value does (rows
	 * reordered, line endings, an ignored column), if {@code perFile}.
	 */
	private static <T> List<String> of(TableDescription<T> table, InputSet beforeSet, InputSet afterSet,
			boolean perFile) {
		InputFile<T> before = table.in(beforeSet);
		InputFile<T> after = table.in(afterSet);
		if (before.sha256().equals(after.sha256())) {
			return List.of();
		}
		List<String> lines = differences(table, before, after);
		return (lines.isEmpty() && perFile)
				? List.of(after.name() + ": filen har ändrats men inga värden som används i beräkningen") : lines;
	}

}
