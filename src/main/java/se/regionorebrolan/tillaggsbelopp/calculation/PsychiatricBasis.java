package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SortedMap;

/**
 * Psykiatrisk hemsjukvård: the mean yearly invoiced amount over the averaged years,
 * indexed, distributed by inhabitants 65+.
 *
 * @param priceLevelYear the price level of the invoiced amounts
 * @param countySumByYear the county's invoiced sum for each averaged year
 * @param indexFactor the factor from the psychiatric price level year to the budget year
 * @param countyTotal {@code P = round(mean × I)}, rounded once from the exact value
 * @param weights inhabitants 65+ of every municipality
 * @param ignoredInvoices invoice rows of years that are not averaged
 */
public record PsychiatricBasis(int priceLevelYear, SortedMap<Integer, BigDecimal> countySumByYear,
		BigDecimal indexFactor, BigDecimal countyTotal, List<Weight> weights,
		List<PsychiatricInvoice> ignoredInvoices) implements ComponentBasis {

	@Override
	public Component component() {
		return Component.PSYCHIATRIC;
	}

	@Override
	public List<Integer> priceLevelYears() {
		return List.of(this.priceLevelYear);
	}

	/** The mean yearly county sum, for display (34 significant digits). */
	public BigDecimal mean() {
		BigDecimal sum = this.countySumByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(this.countySumByYear.size()), MathContext.DECIMAL128);
	}

}
