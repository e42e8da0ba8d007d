package se.regionorebrolan.tillaggsbelopp.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;

/**
 * The differences between two versions of an input file whose rows have a unique key:
 * changed values, new rows and removed rows, one Swedish line each, in file order.
 *
 * @param key the row's key as it is written in a message, e.g. {@code 1880, 2023-12-31}
 * @param columns the compared columns other than the key
 */
record RowDifferences<T>(Function<InputRow<T>, String> key, List<Column<T>> columns) {

	RowDifferences {
		Objects.requireNonNull(key, "key is required");
		columns = List.copyOf(columns);
	}

	/**
	 * Changed and removed rows in the earlier file's order, then new rows in the later
	 * file's order.
	 */
	List<String> between(InputFile<T> before, InputFile<T> after) {
		Map<String, InputRow<T>> was = byKey(before);
		Map<String, InputRow<T>> is = byKey(after);
		List<String> lines = new ArrayList<>();
		was.forEach((key, row) -> {
			InputRow<T> current = is.get(key);
			if (current == null) {
				lines.add(after.name() + ": borttagen rad " + key + description(row));
			}
			else {
				changes(row, current).forEach(change -> lines.add(after.name() + ": " + key + ": " + change));
			}
		});
		is.forEach((key, row) -> {
			if (!was.containsKey(key)) {
				lines.add(after.name() + ": ny rad " + key + description(row));
			}
		});
		return lines;
	}

	private List<String> changes(InputRow<T> before, InputRow<T> after) {
		List<String> changes = new ArrayList<>();
		for (Column<T> column : this.columns) {
			Object old = column.valueOf(before);
			Object current = column.valueOf(after);
			if (!old.equals(current)) {
				changes.add(column.change(old, current));
			}
		}
		return changes;
	}

	private String description(InputRow<T> row) {
		String values = this.columns.stream()
			.map(column -> column.describe(column.valueOf(row)))
			.flatMap(Optional::stream)
			.collect(Collectors.joining(", "));
		return values.isEmpty() ? "" : " (" + values + ")";
	}

	private Map<String, InputRow<T>> byKey(InputFile<T> file) {
		Map<String, InputRow<T>> byKey = new LinkedHashMap<>();
		for (InputRow<T> row : file.rows()) {
			String key = this.key.apply(row);
			if (byKey.put(key, row) != null) {
				throw new IllegalArgumentException(file.name() + " has two rows for " + key);
			}
		}
		return byKey;
	}

}
