package se.regionorebrolan.tillaggsbelopp.comparison;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The changed parameters between two listings, one line each in listing order.
 */
class ParameterDifferencesTests {

	private static final Parameter BUDGET_YEAR = new Parameter("tillagg.budget-year", "2027");

	private static final Parameter MEASUREMENT = new Parameter("tillagg.advanced.measurement-date", "2022-11-15");

	private static final Parameter SHIFT_RATE = new Parameter("tillagg.advanced.shift-rate", "0.05");

	@Test
	void findsNothingInEqualListings() {
		assertThat(ParameterDifferences.between(List.of(BUDGET_YEAR, MEASUREMENT), List.of(BUDGET_YEAR, MEASUREMENT)))
			.isEmpty();
	}

	@Test
	void writesAChangedValueAsBeforeAndAfter() {
		List<Parameter> after = List.of(BUDGET_YEAR, new Parameter("tillagg.advanced.measurement-date", "2025-11-14"),
				SHIFT_RATE);

		assertThat(ParameterDifferences.between(List.of(BUDGET_YEAR, MEASUREMENT, SHIFT_RATE), after))
			.containsExactly("tillagg.advanced.measurement-date: 2022-11-15 → 2025-11-14");
	}

	@Test
	void keepsTheOrderOfTheListing() {
		List<Parameter> before = List.of(BUDGET_YEAR, MEASUREMENT, SHIFT_RATE);
		List<Parameter> after = List.of(BUDGET_YEAR, new Parameter("tillagg.advanced.measurement-date", "2025-11-14"),
				new Parameter("tillagg.advanced.shift-rate", "0.06"));

		assertThat(ParameterDifferences.between(before, after)).containsExactly(
				"tillagg.advanced.measurement-date: 2022-11-15 → 2025-11-14",
				"tillagg.advanced.shift-rate: 0.05 → 0.06");
	}

	@Test
	void writesAnAddedOrRemovedPropertyAsMissing() {
		Parameter added = new Parameter("tillagg.x", "5");

		assertThat(ParameterDifferences.between(List.of(BUDGET_YEAR), List.of(BUDGET_YEAR, added)))
			.containsExactly("tillagg.x: (saknas) → 5");
		assertThat(ParameterDifferences.between(List.of(added, BUDGET_YEAR), List.of(BUDGET_YEAR)))
			.containsExactly("tillagg.x: 5 → (saknas)");
	}

	@Test
	void refusesAPropertyListedTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ParameterDifferences.between(List.of(BUDGET_YEAR, BUDGET_YEAR), List.of(BUDGET_YEAR)))
			.withMessage("parameter listed twice: tillagg.budget-year");
	}

}
