package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Psykiatrisk hemsjukvård (agreement 4.2: "fakturerade belopp för psykiatrisk hemsjukvård
 * i genomsnitt för perioden 2021–2022. Fördelning av denna del sker efter andel 65 år och
 * äldre"): {@code P = round(mean_t(Σ_k invoiced_{k,t}) × I(psyYear → Y))}, allocated by
 * inhabitants 65+ (spec §3.2).
 */
final class PsychiatricComponent {

	private PsychiatricComponent() {
	}

	static PsychiatricBasis basis(List<PsychiatricInvoice> invoices, PsychiatricParameters parameters,
			IndexSeries index, int budgetYear, List<Weight> aged65Plus) {
		SortedMap<Integer, BigDecimal> countySumByYear = new TreeMap<>();
		parameters.averageYears().forEach(year -> countySumByYear.put(year, BigDecimal.ZERO));
		invoices.stream()
			.filter(invoice -> countySumByYear.containsKey(invoice.year()))
			.forEach(invoice -> countySumByYear.merge(invoice.year(), invoice.amountSek(), BigDecimal::add));
		BigDecimal sumOfYears = countySumByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal factor = index.factor(parameters.priceLevelYear(), budgetYear);
		// Divide last so that a mean over three years is not rounded before it is
		// indexed.
		BigDecimal countyTotal = Kronor.roundQuotient(sumOfYears.multiply(factor),
				BigDecimal.valueOf(countySumByYear.size()));
		List<PsychiatricInvoice> ignored = invoices.stream()
			.filter(invoice -> !countySumByYear.containsKey(invoice.year()))
			.toList();
		return new PsychiatricBasis(parameters.priceLevelYear(), countySumByYear, factor, countyTotal, aged65Plus,
				ignored);
	}

}
