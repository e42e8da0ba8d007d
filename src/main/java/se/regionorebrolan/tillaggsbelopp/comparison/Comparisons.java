package se.regionorebrolan.tillaggsbelopp.comparison;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;

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
	public static Comparison compare(int budgetYear, ComparedVersion before, ComparedVersion after) {
		requireYear(budgetYear, before);
		requireYear(budgetYear, after);
		return new Comparison(budgetYear, before.version(), after.version(),
				AmountChanges.between(before.calculation(), after.calculation()),
				InputDifferences.between(before.input(), after.input()),
				ParameterDifferences.between(before.parameters(), after.parameters()));
	}

	private static void requireYear(int budgetYear, ComparedVersion compared) {
		int version = compared.version();
		Calculation calculation = compared.calculation();
		int year = calculation.parameters().budgetYear();
		if (year != budgetYear) {
			throw new IllegalArgumentException(
					"version " + version + " is calculated for budget year " + year + ", not " + budgetYear);
		}
	}

}
