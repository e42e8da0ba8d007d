package se.regionorebrolan.tillaggsbelopp.calculation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculatorTests.totals;

class OtherYearTests {

	@Test
	void calculatesThePreviousYearFromTheSameInput() {
		// spec §5: the budget year 2026 variant
		OtherYear previous = OtherYear.of(SpecExample.input(), SpecExample.parameters(), 2026);

		assertThat(previous.reasons()).isEmpty();
		assertThat(previous.calculation()).hasValueSatisfying(calculation -> assertThat(totals(calculation))
			.containsExactly(7_003_261L, 3_083_134L, 2_167_549L, 2_321_288L));
	}

	@Test
	void saysWhyAYearBeyondTheSeriesCannotBeCalculated() {
		OtherYear next = OtherYear.of(SpecExample.input(), SpecExample.parameters(), 2028);

		assertThat(next.calculation()).isEmpty();
		assertThat(next.reasons())
			.containsExactly("skatteunderlagets utveckling saknas för 2028 i tax_base_growth.csv");
	}

	@Test
	void saysWhyAYearBeforeAPriceLevelCannotBeCalculated() {
		OtherYear early = OtherYear.of(SpecExample.input(), SpecExample.parameters(), 2021);

		assertThat(early.calculation()).isEmpty();
		assertThat(early.reasons()).containsExactly("prisnivååret 2022 ligger efter budgetåret 2021");
	}

	@Test
	void calculatesAYearEqualToAPriceLevel() {
		// psychiatric price level 2025 = the other year: factor 1, nothing missing
		CalculationParameters example = SpecExample.parameters();
		CalculationParameters parameters = new CalculationParameters(2027, example.populationReferenceDate(),
				new PsychiatricParameters(java.util.List.of(2021, 2022), 2025), example.advanced(), example.distance());

		OtherYear year = OtherYear.of(SpecExample.input(), parameters, 2025);

		assertThat(year.reasons()).isEmpty();
		// P = round(645 000 × 1) = 645 000
		assertThat(year.calculation())
			.hasValueSatisfying(calculation -> assertThat(calculation.component(Component.PSYCHIATRIC).countyTotal())
				.isEqualByComparingTo("645000"));
	}

	@Test
	void saysWhenASomaticPriceLevelIsAfterTheYear() {
		// the psychiatric and advanced price levels (2022, 2021) allow 2024, the somatic
		// (2025) does not
		OtherYear year = OtherYear.of(SpecExample.input(), SpecExample.parameters(), 2024);

		assertThat(year.calculation()).isEmpty();
		assertThat(year.reasons()).contains("9001 Alfa: price_level_year 2025 ligger efter budgetåret 2024");
	}

}
