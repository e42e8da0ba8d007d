package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Somatisk grund (agreement 4.2: "Tidigare tilläggsbelopp för somatisk vård uppräknat
 * till 2025 års nivå finns kvar som grund"): {@code s_k = amount_k × I(year_k → Y)},
 * {@code S = round(Σ s_k)}, allocated with the weights {@code s_k} (spec §3.1).
 */
final class SomaticComponent {

	private SomaticComponent() {
	}

	static SomaticBasis basis(List<SomaticBase> bases, IndexSeries index, int budgetYear) {
		SortedMap<Integer, BigDecimal> factors = new TreeMap<>();
		List<Weight> indexedAmounts = bases.stream()
			.map(base -> new Weight(base.municipalityCode(),
					base.amountSek()
						.multiply(factors.computeIfAbsent(base.priceLevelYear(),
								year -> index.factor(year, budgetYear)))))
			.toList();
		BigDecimal exactSum = indexedAmounts.stream().map(Weight::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new SomaticBasis(factors, indexedAmounts, Kronor.round(exactSum));
	}

}
