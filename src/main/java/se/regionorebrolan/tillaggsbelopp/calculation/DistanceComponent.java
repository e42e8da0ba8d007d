package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Avståndskompensation (agreement 4.2: "utgör 5 % av ovanstående och fördelas
 * proportionellt mellan de kommuner vars centralort ligger mer än 35 kilometer från
 * närmaste sjukhus proportionellt efter andel 65 år och äldre"):
 * {@code D = round(share × (S + P + A))} when some municipality is eligible, else 0;
 * allocated by inhabitants 65+ over the eligible ones (spec §3.4).
 */
final class DistanceComponent {

	private DistanceComponent() {
	}

	static DistanceBasis basis(BigDecimal base, DistanceParameters parameters, DistributionKeys keys) {
		List<String> eligible = keys.municipalities()
			.stream()
			.map(Municipality::code)
			.filter(code -> parameters.qualifies(keys.distanceKm().get(code)))
			.toList();
		BigDecimal countyTotal = eligible.isEmpty() ? BigDecimal.ZERO
				: Kronor.round(parameters.shareRate().multiply(base));
		Set<String> eligibleSet = Set.copyOf(eligible);
		// A municipality outside E keeps its place in the key with weight 0, so it gets 0
		// kr.
		List<Weight> weights = keys.aged65Plus()
			.stream()
			.map(weight -> eligibleSet.contains(weight.municipalityCode()) ? weight
					: new Weight(weight.municipalityCode(), BigDecimal.ZERO))
			.toList();
		return new DistanceBasis(base, eligible, countyTotal, weights);
	}

}
