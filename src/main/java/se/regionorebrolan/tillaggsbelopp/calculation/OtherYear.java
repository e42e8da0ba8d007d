package se.regionorebrolan.tillaggsbelopp.calculation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The same calculation for another budget year, from the same input: the previous year
 * for the change a reviewer looks at, or a coming year as a forecast. It is possible only
 * when the index series and the price levels reach that year; otherwise the reasons say
 * why.
 *
 * @param budgetYear the other budget year
 * @param calculation the calculation, when possible
 * @param reasons why it is not possible, in Swedish; empty when it is
 */
public record OtherYear(int budgetYear, Optional<Calculation> calculation, List<String> reasons) {

	public OtherYear {
		Objects.requireNonNull(calculation, "calculation is required (may be empty)");
		reasons = List.copyOf(reasons);
	}

	/**
	 * Calculates {@code parameters} again for {@code budgetYear}, or says why it cannot.
	 */
	public static OtherYear of(CalculationInput input, CalculationParameters parameters, int budgetYear) {
		int latestPriceLevel = Math.max(parameters.psychiatric().priceLevelYear(),
				parameters.advanced().priceLevelYear());
		if (latestPriceLevel > budgetYear) {
			return new OtherYear(budgetYear, Optional.empty(),
					List.of("prisnivååret " + latestPriceLevel + " ligger efter budgetåret " + budgetYear));
		}
		int earliestPriceLevel = input.somaticBases()
			.stream()
			.mapToInt(SomaticBase::priceLevelYear)
			.reduce(Math.min(parameters.psychiatric().priceLevelYear(), parameters.advanced().priceLevelYear()),
					Math::min);
		List<Integer> missing = input.indexSeries().missingYears(earliestPriceLevel, budgetYear);
		if (!missing.isEmpty()) {
			return new OtherYear(budgetYear, Optional.empty(), List.of("skatteunderlagets utveckling saknas för "
					+ String.join(", ", missing.stream().map(String::valueOf).toList()) + " i tax_base_growth.csv"));
		}
		CalculationParameters other = parameters.withBudgetYear(budgetYear);
		List<CalculationProblem> problems = TillaggsbeloppCalculator.problems(input, other);
		if (!problems.isEmpty()) {
			return new OtherYear(budgetYear, Optional.empty(),
					problems.stream().map(CalculationProblem::message).distinct().toList());
		}
		return new OtherYear(budgetYear, Optional.of(TillaggsbeloppCalculator.calculate(input, other)), List.of());
	}

}
