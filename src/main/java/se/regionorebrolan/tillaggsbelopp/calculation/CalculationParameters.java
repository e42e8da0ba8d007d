package se.regionorebrolan.tillaggsbelopp.calculation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The effective parameters of one calculation (spec §7), every default already resolved.
 */
public record CalculationParameters(int budgetYear, LocalDate populationReferenceDate,
		PsychiatricParameters psychiatric, AdvancedParameters advanced, DistanceParameters distance) {

	public CalculationParameters {
		Objects.requireNonNull(populationReferenceDate, "populationReferenceDate is required");
		Objects.requireNonNull(psychiatric, "psychiatric parameters are required");
		Objects.requireNonNull(advanced, "advanced parameters are required");
		Objects.requireNonNull(distance, "distance parameters are required");
		if (IntStream.of(psychiatric.priceLevelYear(), advanced.priceLevelYear()).anyMatch(y -> y > budgetYear)) {
			throw new IllegalArgumentException("price level years " + psychiatric.priceLevelYear() + " and "
					+ advanced.priceLevelYear() + " must not be after the budget year " + budgetYear);
		}
	}

	/** The same parameters for another budget year. */
	public CalculationParameters withBudgetYear(int otherBudgetYear) {
		return new CalculationParameters(otherBudgetYear, this.populationReferenceDate, this.psychiatric, this.advanced,
				this.distance);
	}

}
