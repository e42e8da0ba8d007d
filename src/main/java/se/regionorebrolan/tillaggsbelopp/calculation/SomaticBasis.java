package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * Somatisk grund: each municipality's previous somatic amount indexed to the budget year;
 * the county total is their rounded sum and each municipality's weight is its own indexed
 * amount.
 *
 * @param indexFactors the factor from each price level year in use to the budget year
 * @param weights the indexed amounts {@code s_k}, exact
 * @param countyTotal {@code S = round(Σ s_k)}
 */
public record SomaticBasis(SortedMap<Integer, BigDecimal> indexFactors, List<Weight> weights,
		BigDecimal countyTotal) implements ComponentBasis {

	@Override
	public Component component() {
		return Component.SOMATIC;
	}

	@Override
	public List<Integer> priceLevelYears() {
		return List.copyOf(this.indexFactors.keySet());
	}

}
