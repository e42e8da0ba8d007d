package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.ADVANCED;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.SOMATIC;

/**
 * The helpers of a comparison, on a hand-made one of two municipalities and two amounts
 * each.
 */
class ComparisonTests {

	private static final Municipality ALFA = new Municipality("9001", "Alfa", "Alfaby");

	private static final Municipality BETA = new Municipality("9002", "Beta", "Betaby");

	private final Comparison comparison = new Comparison(2027, 1, 2,
			List.of(change(ALFA, SOMATIC, "100", "100"), change(ALFA, ADVANCED, "50", "80"),
					change(BETA, SOMATIC, "200", "200"), change(BETA, ADVANCED, "70", "40")),
			List.of(), List.of("tillagg.advanced.measurement-date: 2022-11-15 → 2025-11-14"));

	@Test
	void keepsOnlyTheChangedAmountsInOrder() {
		assertThat(this.comparison.changedAmounts()).extracting(ComparisonsTests::line)
			.containsExactly("Alfa ADVANCED 50 → 80", "Beta ADVANCED 70 → 40");
	}

	@Test
	void namesTheComponentsThatChanged() {
		assertThat(this.comparison.changedComponents()).containsExactly(ADVANCED);
	}

	@Test
	void addsUpTheCountyDifferenceOfOneComponent() {
		// (80 − 50) + (40 − 70)
		assertThat(this.comparison.countyDifference(Optional.of(ADVANCED))).isZero();
		assertThat(this.comparison.countyDifference(Optional.of(SOMATIC))).isZero();
		// no total in this hand-made comparison
		assertThat(this.comparison.countyDifference(Optional.empty())).isZero();
	}

	@Test
	void addsUpTheCountyDifferenceOfTheTotals() {
		Comparison totals = new Comparison(2027, 1, 2,
				List.of(new AmountChange(ALFA, Optional.empty(), new BigDecimal("150"), new BigDecimal("180")),
						new AmountChange(BETA, Optional.empty(), new BigDecimal("270"), new BigDecimal("250"))),
				List.of(), List.of());

		// (180 − 150) + (250 − 270)
		assertThat(totals.countyDifference(Optional.empty())).isEqualByComparingTo("10");
	}

	@Test
	void cannotBeChangedAfterwards() {
		assertThat(this.comparison.amounts()).isUnmodifiable();
		assertThat(this.comparison.changedComponents()).isUnmodifiable();
	}

	private static AmountChange change(Municipality municipality, Component component, String before, String after) {
		return new AmountChange(municipality, Optional.of(component), new BigDecimal(before), new BigDecimal(after));
	}

}
