package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.input.ColumnKind;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;
import se.regionorebrolan.tillaggsbelopp.input.TableDescription;

/**
 * The differences in a table whose rows add up (psychiatric_invoiced.csv: several
 * invoices for one municipality and year, spec §6): what is compared is the sum of the
 * amount per key, e.g. {@code 1880, år 2022: summa 5 138 973,00 → 5 200 000,00 kr}.
 */
final class SumDifferences {

	private SumDifferences() {
	}

	/**
	 * One line per key (municipality and year) whose sum differs, in the order they first
	 * appear (earlier file first); a sum with no row is {@code (saknas)}.
	 */
	static <T> List<String> between(TableDescription<T> table, InputFile<T> before, InputFile<T> after) {
		Map<String, BigDecimal> was = sums(table, before);
		Map<String, BigDecimal> is = sums(table, after);
		Set<String> keys = new LinkedHashSet<>(was.keySet());
		keys.addAll(is.keySet());
		List<String> lines = new ArrayList<>();
		for (String key : keys) {
			BigDecimal old = was.get(key);
			BigDecimal current = is.get(key);
			if (old == null || current == null || old.compareTo(current) != 0) {
				lines.add(after.name() + ": " + key + ": summa " + change(old, current));
			}
		}
		return lines;
	}

	/** The sum of the amount per key, e.g. {@code 9001, år 2022}. */
	private static <T> Map<String, BigDecimal> sums(TableDescription<T> table, InputFile<T> file) {
		InputColumn<T> amount = table.valueColumns()
			.stream()
			.filter(column -> column.kind() == ColumnKind.KRONOR)
			.findFirst()
			.orElseThrow();
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		for (InputRow<T> row : file.rows()) {
			String key = table.keyColumns()
				.stream()
				.map(column -> ((column.kind() == ColumnKind.YEAR) ? "år " : "") + column.valueOf(row))
				.collect(Collectors.joining(", "));
			sums.merge(key, (BigDecimal) amount.valueOf(row), BigDecimal::add);
		}
		return sums;
	}

	/** {@code 1,00 → 2,00 kr}, {@code (saknas) → 2,00 kr}, {@code 1,00 kr → (saknas)}. */
	private static String change(BigDecimal before, BigDecimal after) {
		if (after == null) {
			return kronor(before) + " kr → " + ParameterDifferences.MISSING;
		}
		String old = (before != null) ? kronor(before) : ParameterDifferences.MISSING;
		return old + " → " + kronor(after) + " kr";
	}

	private static String kronor(BigDecimal sum) {
		return SwedishFormat.decimal(sum, 2);
	}

}
