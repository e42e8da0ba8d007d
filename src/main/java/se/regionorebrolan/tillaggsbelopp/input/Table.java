package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One input table as read, from a CSV file ({@link CsvTable}) or a sheet of the input
 * workbook ({@link SheetTable}): its rows of named values, which the table's reader
 * checks and maps to domain records, the SHA-256 of the bytes it was read from and how it
 * was read. A table that cannot be read (missing, no readable text, a wrong header)
 * yields no rows; its problems are recorded already.
 *
 * @param place the file or the sheet
 * @param sha256 the SHA-256 of the file it was read from (for a sheet: the workbook)
 * @param readAs how it was read, e.g. "UTF-8, komma"; empty when it could not be read
 * @param rows the data rows, or empty when the table could not be read
 */
record Table(TablePlace place, String sha256, String readAs, Optional<List<TableRow>> rows) {

	/** A table that could not be read. */
	static Table unreadable(TablePlace place, String sha256) {
		return new Table(place, sha256, "", Optional.empty());
	}

	/**
	 * Whether the table could be read: it exists, is text in an encoding and dialect it
	 * may have (or a sheet), and its header is right.
	 */
	boolean readable() {
		return this.rows.isPresent();
	}

	/** The data rows; none when the table is not {@link #readable()}. */
	List<TableRow> dataRows() {
		return this.rows.orElse(List.of());
	}

	/**
	 * Maps each row to a record with {@code mapper}, which rejects a bad row through the
	 * row (and then returns null); only the valid rows are kept. A value too long for the
	 * workbook is refused first.
	 */
	<T> InputFile<T> toInputFile(Function<TableRow, T> mapper) {
		List<InputRow<T>> mapped = new ArrayList<>();
		for (TableRow row : dataRows()) {
			row.refuseTooLong();
			T value = mapper.apply(row);
			if (row.valid()) {
				mapped.add(new InputRow<>(row.line(), value, row.source()));
			}
		}
		return new InputFile<>(this.place.name(), this.sha256, this.readAs, mapped);
	}

	/**
	 * As {@link #toInputFile(Function)}, and refuses a second row with the same
	 * {@code key}.
	 * @param duplicateRule what the key means, e.g. "en rad per kommun och
	 * reference_date"
	 */
	<T> InputFile<T> toInputFile(Function<TableRow, T> mapper, Function<T, Object> key, String duplicateRule) {
		Map<Object, Integer> firstLineByKey = new HashMap<>();
		return toInputFile(row -> {
			T value = mapper.apply(row);
			if (row.valid()) {
				Integer firstLine = firstLineByKey.putIfAbsent(key.apply(value), row.line());
				if (firstLine != null) {
					row.rejectRow("samma nyckel som rad " + firstLine + "; " + duplicateRule);
				}
			}
			return value;
		});
	}

}
