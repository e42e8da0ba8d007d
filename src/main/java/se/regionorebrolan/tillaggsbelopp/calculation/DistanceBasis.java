package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Avståndskompensation: a share of the three other county totals, distributed by
 * inhabitants 65+ among the municipalities whose central town is more than the threshold
 * from the nearest hospital.
 *
 * @param base {@code S + P + A}, the rounded county totals of the other components
 * @param eligibleCodes the kommunkoder of the eligible municipalities (set E)
 * @param countyTotal {@code D = round(shareRate × base)}, or 0 when E is empty
 * @param weights inhabitants 65+ for eligible municipalities, 0 for the others
 */
public record DistanceBasis(BigDecimal base, List<String> eligibleCodes, BigDecimal countyTotal,
		List<Weight> weights) implements ComponentBasis {

	@Override
	public Component component() {
		return Component.DISTANCE;
	}

	@Override
	public List<Integer> priceLevelYears() {
		return List.of();
	}

}
