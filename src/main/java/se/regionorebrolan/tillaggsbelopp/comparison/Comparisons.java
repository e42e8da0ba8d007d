package se.regionorebrolan.tillaggsbelopp.comparison;

import java.util.List;
import java.util.Objects;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * Compares two versions of one budget year's calculation, e.g. before and after a new
 * home-care measurement: the amounts, and the input values and parameters that changed.
 */
public final class Comparisons {

	private Comparisons() {
	}

	/**
	 * The comparison of an earlier and a later version; each version is its input, its
	 * parameter listing ({@code EffectiveParameters.listing}) and its calculation.
	 * @throws IllegalArgumentException when a calculation is not for {@code budgetYear}
	 */
	public static Comparison compare(int budgetYear, int beforeVersion, InputSet beforeInput,
			List<Parameter> beforeParameters, Calculation before, int afterVersion, InputSet afterInput,
			List<Parameter> afterParameters, Calculation after) {
		requireYear(budgetYear, beforeVersion, before);
		requireYear(budgetYear, afterVersion, after);
		return new Comparison(budgetYear, beforeVersion, afterVersion, AmountChanges.between(before, after),
				InputDifferences.between(Objects.requireNonNull(beforeInput, "beforeInput is required"),
						Objects.requireNonNull(afterInput, "afterInput is required")),
				ParameterDifferences.between(beforeParameters, afterParameters));
	}

	private static void requireYear(int budgetYear, int version, Calculation calculation) {
		Objects.requireNonNull(calculation, () -> "the calculation of version " + version + " is required");
		int year = calculation.parameters().budgetYear();
		if (year != budgetYear) {
			throw new IllegalArgumentException(
					"version " + version + " is calculated for budget year " + year + ", not " + budgetYear);
		}
	}

}
