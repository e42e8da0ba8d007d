package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Uppräkning efter skatteunderlagets procentuella utveckling: the index factor from a
 * price level year to the budget year (spec §2), computed exactly.
 */
public final class IndexSeries {

	private final SortedMap<Integer, TaxBaseGrowth> growthByYear = new TreeMap<>();

	public IndexSeries(Collection<TaxBaseGrowth> growth) {
		for (TaxBaseGrowth year : growth) {
			if (this.growthByYear.put(year.year(), year) != null) {
				throw new IllegalArgumentException("the growth series has year " + year.year() + " twice");
			}
		}
	}

	/** The series in year order. */
	public List<TaxBaseGrowth> growth() {
		return List.copyOf(this.growthByYear.values());
	}

	/** The years in {@code baseYear+1 .. budgetYear} that the series lacks. */
	public List<Integer> missingYears(int baseYear, int budgetYear) {
		return IntStream.rangeClosed(baseYear + 1, budgetYear)
			.filter(year -> !this.growthByYear.containsKey(year))
			.boxed()
			.toList();
	}

	/**
	 * {@code I(b → Y) = Π_{t=b+1..Y} (1 + g_t / 100)}, exactly; 1 when {@code b = Y}.
	 * @throws IllegalArgumentException when {@code b > Y} or a year is missing: callers
	 * check first and report those as input problems
	 */
	public BigDecimal factor(int baseYear, int budgetYear) {
		if (baseYear > budgetYear) {
			throw new IllegalArgumentException("price level year " + baseYear + " is after budget year " + budgetYear);
		}
		List<Integer> missing = missingYears(baseYear, budgetYear);
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("the growth series lacks the years " + missing);
		}
		BigDecimal factor = BigDecimal.ONE;
		for (int year = baseYear + 1; year <= budgetYear; year++) {
			factor = factor.multiply(this.growthByYear.get(year).factor());
		}
		return factor;
	}

}
