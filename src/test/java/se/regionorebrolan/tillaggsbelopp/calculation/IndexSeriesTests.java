package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndexSeriesTests {

	private final IndexSeries series = new IndexSeries(SpecExample.input().taxBaseGrowth());

	@ParameterizedTest(name = "I({0} → {1}) = {2}")
	@CsvSource(textBlock = """
			2027, 2027, 1
			2026, 2027, 1.032
			2025, 2027, 1.06812
			2022, 2027, 1.2013786512
			2021, 2027, 1.249433797248
			2021, 2022, 1.04
			""")
	void multipliesTheYearsAfterTheBaseYearUpToTheBudgetYear(int baseYear, int budgetYear, String expected) {
		assertThat(this.series.factor(baseYear, budgetYear)).isEqualByComparingTo(expected);
	}

	@Test
	void keepsTheFactorExactWithoutIntermediateRounding() {
		// 1.05 × 1.04 × 1.03 × 1.035 × 1.032 = 1.2013786512 exactly: nothing rounded on
		// the way
		assertThat(this.series.factor(2022, 2027).stripTrailingZeros().toPlainString()).isEqualTo("1.2013786512");
	}

	@Test
	void needsNoYearWhenTheBaseYearIsTheBudgetYear() {
		IndexSeries empty = new IndexSeries(List.of());

		assertThat(empty.factor(2030, 2030)).isEqualByComparingTo("1");
		assertThat(empty.missingYears(2030, 2030)).isEmpty();
	}

	@Test
	void namesTheMissingYears() {
		assertThat(this.series.missingYears(2019, 2029)).containsExactly(2020, 2021, 2028, 2029);
		assertThatIllegalArgumentException().isThrownBy(() -> this.series.factor(2020, 2027))
			.withMessage("the growth series lacks the years [2021]");
	}

	@Test
	void refusesABaseYearAfterTheBudgetYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.series.factor(2028, 2027))
			.withMessage("price level year 2028 is after budget year 2027");
	}

	@Test
	void refusesAYearTwice() {
		List<TaxBaseGrowth> twice = List.of(SpecExample.growth(2024, "4.0", GrowthKind.OUTCOME),
				SpecExample.growth(2024, "4.1", GrowthKind.FORECAST));

		assertThatIllegalArgumentException().isThrownBy(() -> new IndexSeries(twice))
			.withMessage("the growth series has year 2024 twice");
	}

	@Test
	void handlesNegativeGrowth() {
		IndexSeries falling = new IndexSeries(List.of(SpecExample.growth(2021, "-2.5", GrowthKind.OUTCOME)));

		assertThat(falling.factor(2020, 2021)).isEqualByComparingTo("0.975");
	}

	@Test
	void refusesGrowthOfMinusHundredPercentOrLess() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TaxBaseGrowth(2021, new BigDecimal("-100"), GrowthKind.OUTCOME))
			.withMessage("growth must be above -100 %: -100");
	}

}
