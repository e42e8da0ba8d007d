package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;
import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;

/**
 * The differences in psychiatric_invoiced.csv: its rows for one municipality and year add
 * up (spec §6), so what is compared is their sum, e.g.
 * {@code 1880, år 2022: summa 5 138 973,00 → 5 200 000,00 kr}.
 */
final class PsychiatricSums {

	private PsychiatricSums() {
	}

	/**
	 * One line per municipality and year whose sum differs, in the order they first
	 * appear (earlier file first); a sum with no row is {@code (saknas)}.
	 */
	static List<String> between(InputFile<PsychiatricInvoice> before, InputFile<PsychiatricInvoice> after) {
		Map<String, BigDecimal> was = sums(before);
		Map<String, BigDecimal> is = sums(after);
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

	private static Map<String, BigDecimal> sums(InputFile<PsychiatricInvoice> file) {
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		file.values()
			.forEach(invoice -> sums.merge(invoice.municipalityCode() + ", år " + invoice.year(), invoice.amountSek(),
					BigDecimal::add));
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
