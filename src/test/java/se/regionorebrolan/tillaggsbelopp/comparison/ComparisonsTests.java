package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.ADVANCED;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.DISTANCE;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.PSYCHIATRIC;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.SOMATIC;

/**
 * Comparing two versions of budget year 2027 of the spec example (spec §5): the amounts
 * and their causes.
 */
class ComparisonsTests {

	@TempDir
	Path folder;

	@Test
	void findsNoChangeBetweenTheSpecExampleAndItself() {
		Comparison comparison = ExampleVersion.specExample().comparedWith(ExampleVersion.specExample());

		// 4 municipalities × (4 components + the total)
		assertThat(comparison.amounts()).hasSize(20).noneMatch(AmountChange::changed);
		assertThat(comparison.changedAmounts()).isEmpty();
		assertThat(comparison.changedComponents()).isEmpty();
		assertThat(comparison.inputChanges()).isEmpty();
		assertThat(comparison.parameterChanges()).isEmpty();
		assertThat(comparison.countyDifference(Optional.empty())).isZero();
	}

	@Test
	void listsEveryMunicipalityWithItsComponentsThenItsTotal() {
		Comparison comparison = ExampleVersion.specExample().comparedWith(ExampleVersion.remeasurement());

		assertThat(comparison.amounts()).extracting(ComparisonsTests::line)
			.startsWith("Alfa SOMATIC 5340600 → 5340600", "Alfa PSYCHIATRIC 387444 → 387444",
					"Alfa ADVANCED 1499321 → 1724219", "Alfa DISTANCE 0 → 0", "Alfa total 7227365 → 7452263",
					"Beta SOMATIC 2136240 → 2136240")
			.endsWith("Delta total 2395569 → 2433052");
		assertThat(comparison.budgetYear()).isEqualTo(2027);
		assertThat(comparison.beforeVersion()).isEqualTo(1);
		assertThat(comparison.afterVersion()).isEqualTo(2);
	}

	@Test
	void showsTheRemeasurementAsAParameterChangeOfAdvancedAndDistance() {
		Comparison comparison = ExampleVersion.specExample().comparedWith(ExampleVersion.remeasurement());

		assertThat(comparison.parameterChanges())
			.containsExactly("tillagg.advanced.measurement-date: 2022-11-15 → 2025-11-14");
		assertThat(comparison.inputChanges()).isEmpty();
		assertThat(comparison.changedComponents()).containsExactlyInAnyOrder(ADVANCED, DISTANCE);
		// spec §5 and its remeasurement variant; Delta keeps DISTANCE 0 (exactly 35 km)
		assertThat(comparison.changedAmounts()).extracting(ComparisonsTests::line)
			.containsExactly("Alfa ADVANCED 1499321 → 1724219", "Alfa total 7227365 → 7452263",
					"Beta ADVANCED 449796 → 412313", "Beta DISTANCE 440781 → 450007", "Beta total 3181795 → 3153538",
					"Gamma ADVANCED 262381 → 337347", "Gamma DISTANCE 275488 → 281255", "Gamma total 2236910 → 2317643",
					"Delta ADVANCED 337347 → 374830", "Delta total 2395569 → 2433052");
	}

	@Test
	void givesTheCountyDifferenceOfTheRemeasurement() {
		Comparison comparison = ExampleVersion.specExample().comparedWith(ExampleVersion.remeasurement());

		assertThat(comparison.countyDifference(Optional.of(SOMATIC))).isZero();
		assertThat(comparison.countyDifference(Optional.of(PSYCHIATRIC))).isZero();
		// 2 848 709 − 2 548 845
		assertThat(comparison.countyDifference(Optional.of(ADVANCED))).isEqualByComparingTo("299864");
		// 731 262 − 716 269
		assertThat(comparison.countyDifference(Optional.of(DISTANCE))).isEqualByComparingTo("14993");
		// 299 864 + 14 993 = 15 356 496 − 15 041 639
		assertThat(comparison.countyDifference(Optional.empty())).isEqualByComparingTo("314857");
	}

	@Test
	void givesThePercentOfAChangedAmount() {
		Comparison comparison = ExampleVersion.specExample().comparedWith(ExampleVersion.remeasurement());

		// Alfa: 224 898 / 1 499 321 = 14.99999 % → 15.0; Beta: −37 483 / 449 796 = −8.333
		// %
		assertThat(amount(comparison, "Alfa", Optional.of(ADVANCED)).percent()).contains(new BigDecimal("15.0"));
		assertThat(amount(comparison, "Beta", Optional.of(ADVANCED)).percent()).contains(new BigDecimal("-8.3"));
		// Alfa gets no distance compensation before or after
		assertThat(amount(comparison, "Alfa", Optional.of(DISTANCE)).percent()).isEmpty();
	}

	@Test
	void reallocatesPsychiatricAndDistanceWhenTheElderlyOfOneMunicipalityChange() {
		Path changed = WorkbookFixture.copyOfSpecExampleInput(this.folder);
		ExampleVersion.replace(changed.resolve("population.csv"), "9002,2025-12-31,17000,4000",
				"9002,2025-12-31,17000,4100");

		Comparison comparison = ExampleVersion.specExample().comparedWith(ExampleVersion.of(changed));

		assertThat(comparison.inputChanges())
			.containsExactly("population.csv: 9002, 2025-12-31: population_65_plus 4000 → 4100");
		assertThat(comparison.changedComponents()).containsExactlyInAnyOrder(PSYCHIATRIC, DISTANCE);
		// PSYCHIATRIC 774 889 over 65+ 10 000 / 4 100 / 2 500 / 3 500 (sum 20 100): exact
		// 385 516.92 / 158 061.94 / 96 379.23 / 134 930.92, floors sum to 774 886, the 3
		// leftover kronor go to the largest remainders (Beta .94, Delta .92, Alfa .92).
		// DISTANCE 716 269 (S + P + A unchanged) over Beta 4 100 and Gamma 2 500 (sum 6
		// 600):
		// 444 954.98 / 271 314.02 → 444 955 / 271 314.
		assertThat(comparison.changedAmounts()).extracting(ComparisonsTests::line)
			.containsExactly("Alfa PSYCHIATRIC 387444 → 385517", "Alfa total 7227365 → 7225438",
					"Beta PSYCHIATRIC 154978 → 158062", "Beta DISTANCE 440781 → 444955", "Beta total 3181795 → 3189053",
					"Gamma PSYCHIATRIC 96861 → 96379", "Gamma DISTANCE 275488 → 271314",
					"Gamma total 2236910 → 2232254", "Delta PSYCHIATRIC 135606 → 134931",
					"Delta total 2395569 → 2394894");
		// a reallocation: the county totals stay
		assertThat(comparison.countyDifference(Optional.of(PSYCHIATRIC))).isZero();
		assertThat(comparison.countyDifference(Optional.of(DISTANCE))).isZero();
		assertThat(comparison.countyDifference(Optional.empty())).isZero();
	}

	@Test
	void countsAMunicipalityMissingFromOneVersionAsZeroThere() {
		ExampleVersion withEpsilon = ExampleVersion.of(withEpsilon());

		Comparison added = ExampleVersion.specExample().comparedWith(withEpsilon);
		Comparison removed = withEpsilon.comparedWith(ExampleVersion.specExample());

		assertThat(added.amounts()).hasSize(25);
		assertThat(added.amounts()).filteredOn(change -> change.municipality().code().equals("9005"))
			.extracting(ComparisonsTests::line)
			.containsExactly(epsilonLines(withEpsilon, true));
		assertThat(removed.amounts()).filteredOn(change -> change.municipality().code().equals("9005"))
			.extracting(ComparisonsTests::line)
			.containsExactly(epsilonLines(withEpsilon, false));
		assertThat(added.inputChanges()).containsExactly("municipalities.csv: ny rad 9005 (Epsilon, Epsilonby)",
				"population.csv: ny rad 9005, 2025-12-31 (population_total 8000, population_65_plus 2000)",
				"distances.csv: ny rad 9005 (Epsilon sjukhus, 3 km)",
				"somatic_base.csv: ny rad 9005 (price_level_year 2025, 1 000 000,00 kr)",
				"home_care_measurement.csv: ny rad 9005, 2022-11-15, kategori 4 (patients 5)");
		assertThat(removed.inputChanges()).contains("distances.csv: borttagen rad 9005 (Epsilon sjukhus, 3 km)");
	}

	@Test
	void refusesACalculationOfAnotherBudgetYear() {
		ExampleVersion example = ExampleVersion.specExample();
		ExampleVersion year2026 = ExampleVersion.of(WorkbookFixture.specExampleInput(),
				WorkbookFixture.parameters(2026));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> Comparisons.compare(2027,
					new ComparedVersion(1, example.input(), example.parameters(), example.calculation()),
					new ComparedVersion(2, year2026.input(), year2026.parameters(), year2026.calculation())))
			.withMessage("version 2 is calculated for budget year 2026, not 2027");
	}

	private Path withEpsilon() {
		Path input = WorkbookFixture.copyOfSpecExampleInput(this.folder);
		append(input.resolve("municipalities.csv"), "9005,Epsilon,Epsilonby");
		append(input.resolve("population.csv"), "9005,2025-12-31,8000,2000");
		append(input.resolve("distances.csv"), "9005,Epsilon sjukhus,3");
		append(input.resolve("somatic_base.csv"), "9005,2025,1000000");
		append(input.resolve("home_care_measurement.csv"), "9005,2022-11-15,4,5");
		return input;
	}

	/**
	 * Epsilon's lines: 0 in the version without it, its calculated amount in the other.
	 */
	private static String[] epsilonLines(ExampleVersion withEpsilon, boolean addedLater) {
		MunicipalityAmounts amounts = withEpsilon.calculation().amounts().get(4);
		assertThat(amounts.municipality().code()).isEqualTo("9005");
		List<String> lines = new ArrayList<>();
		for (Component component : Component.values()) {
			lines.add(epsilonLine(component.name(), amounts.amount(component), addedLater));
		}
		lines.add(epsilonLine("total", amounts.total(), addedLater));
		return lines.toArray(String[]::new);
	}

	private static String epsilonLine(String what, BigDecimal amount, boolean addedLater) {
		String present = amount.toPlainString();
		return "Epsilon " + what + " " + (addedLater ? "0 → " + present : present + " → 0");
	}

	private static void append(Path file, String row) {
		ExampleVersion.write(file, ExampleVersion.read(file) + row + "\n");
	}

	private static AmountChange amount(Comparison comparison, String name, Optional<Component> component) {
		return comparison.amounts()
			.stream()
			.filter(change -> change.municipality().name().equals(name) && change.component().equals(component))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * {@code Alfa ADVANCED 1499321 → 1724219}; {@code total} for the municipality's
	 * total.
	 */
	static String line(AmountChange change) {
		return change.municipality().name() + " " + change.component().map(Component::name).orElse("total") + " "
				+ change.before().toPlainString() + " → " + change.after().toPlainString();
	}

}
