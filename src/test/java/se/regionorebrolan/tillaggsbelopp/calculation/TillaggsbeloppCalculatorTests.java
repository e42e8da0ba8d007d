package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.ADVANCED;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.DISTANCE;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.PSYCHIATRIC;
import static se.regionorebrolan.tillaggsbelopp.calculation.Component.SOMATIC;

class TillaggsbeloppCalculatorTests {

	@Test
	void reproducesTheWorkedExampleOfSpecSection5() {
		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(), SpecExample.parameters());

		assertThat(column(calculation, SOMATIC)).containsExactly(5_340_600L, 2_136_240L, 1_602_180L, 1_922_616L);
		assertThat(column(calculation, PSYCHIATRIC)).containsExactly(387_444L, 154_978L, 96_861L, 135_606L);
		assertThat(column(calculation, ADVANCED)).containsExactly(1_499_321L, 449_796L, 262_381L, 337_347L);
		assertThat(column(calculation, DISTANCE)).containsExactly(0L, 440_781L, 275_488L, 0L);
		assertThat(totals(calculation)).containsExactly(7_227_365L, 3_181_795L, 2_236_910L, 2_395_569L);
		assertThat(countyTotals(calculation)).containsExactly(11_001_636L, 774_889L, 2_548_845L, 716_269L);
		assertThat(calculation.countyTotal()).isEqualByComparingTo("15041639");
	}

	@Test
	void showsTheIntermediateValuesOfTheWorkedExample() {
		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(), SpecExample.parameters());
		SomaticBasis somatic = (SomaticBasis) calculation.component(SOMATIC).basis();
		PsychiatricBasis psychiatric = (PsychiatricBasis) calculation.component(PSYCHIATRIC).basis();
		AdvancedBasis advanced = (AdvancedBasis) calculation.component(ADVANCED).basis();
		DistanceBasis distance = (DistanceBasis) calculation.component(DISTANCE).basis();

		// I(2025→2027) = 1.035 × 1.032
		assertThat(somatic.indexFactors().get(2025)).isEqualByComparingTo("1.06812");
		// I(2022→2027) = 1.05 × 1.04 × 1.03 × 1.035 × 1.032
		assertThat(psychiatric.indexFactor()).isEqualByComparingTo("1.2013786512");
		// 2021: 400 000 + 100 000 + 50 000; 2022: 500 000 + 120 000 + 30 000 + 90 000
		assertThat(psychiatric.countySumByYear()).containsOnlyKeys(2021, 2022);
		assertThat(psychiatric.mean()).isEqualByComparingTo("645000");
		assertThat(psychiatric.ignoredInvoices()).containsExactly(SpecExample.invoice("9001", 2020, "999999"));
		// I(2021→2027) = 1.2013786512 × 1.04
		assertThat(advanced.indexFactor()).isEqualByComparingTo("1.249433797248");
		assertThat(advanced.patients()).isEqualTo(68);
		// Delta lies exactly 35 km away: strictly greater is required
		assertThat(distance.eligibleCodes()).containsExactly("9002", "9003");
		assertThat(distance.base()).isEqualByComparingTo("14325370");
		assertThat(calculation.notices()).isEmpty();
	}

	@Test
	void reproducesTheRemeasurementVariant() {
		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(),
				SpecExample.parameters(2027, SpecExample.REMEASUREMENT_2025));

		assertThat(column(calculation, ADVANCED)).containsExactly(1_724_219L, 412_313L, 337_347L, 374_830L);
		assertThat(calculation.component(ADVANCED).countyTotal()).isEqualByComparingTo("2848709");
		assertThat(column(calculation, DISTANCE)).containsExactly(0L, 450_007L, 281_255L, 0L);
		assertThat(calculation.component(DISTANCE).countyTotal()).isEqualByComparingTo("731262");
		assertThat(totals(calculation)).containsExactly(7_452_263L, 3_153_538L, 2_317_643L, 2_433_052L);
	}

	@Test
	void reproducesTheBudgetYear2026Variant() {
		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(),
				SpecExample.parameters(2026, SpecExample.MEASUREMENT_2022));

		assertThat(totals(calculation)).containsExactly(7_003_261L, 3_083_134L, 2_167_549L, 2_321_288L);
		assertThat(calculation.countyTotal()).isEqualByComparingTo("14575232");
	}

	@Test
	void givesNoDistanceCompensationWhenNoMunicipalityIsFarEnoughAway() {
		CalculationParameters parameters = withDistance(SpecExample.parameters(), "48");

		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(), parameters);

		assertThat(column(calculation, DISTANCE)).containsOnly(0L);
		assertThat(calculation.notices()).containsExactly(
				"Ingen kommuns centralort ligger mer än 48 km från närmaste sjukhus: avståndskompensationen är 0 kr.");
		// the other components are unchanged
		assertThat(calculation.countyTotal()).isEqualByComparingTo("14325370");
	}

	@Test
	void averagesOverThreeYearsWithoutRoundingTheMeanFirst() {
		// 2020: 999 999; 2021: 550 000; 2022: 740 000 → mean 763 333.0, exactly ...0 (no
		// rounding before
		// indexing): P = round(2 289 999 × 1.2013786512 / 3) = round(917 052.267...) =
		// 917 052
		CalculationParameters base = SpecExample.parameters();
		CalculationParameters parameters = new CalculationParameters(2027, base.populationReferenceDate(),
				new PsychiatricParameters(List.of(2022, 2020, 2021), 2022), base.advanced(), base.distance());

		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(), parameters);

		assertThat(calculation.component(PSYCHIATRIC).countyTotal()).isEqualByComparingTo("917052");
		assertThat(((PsychiatricBasis) calculation.component(PSYCHIATRIC).basis()).ignoredInvoices()).isEmpty();
	}

	@Test
	void usesThePopulationOfTheReferenceDate() {
		CalculationParameters base = SpecExample.parameters();
		CalculationParameters parameters = new CalculationParameters(2027, LocalDate.of(2024, 12, 31),
				base.psychiatric(), base.advanced(), base.distance());

		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(), parameters);

		// 65+ on 2024-12-31: 9 800, 3 950, 2 450, 3 400 (Σ 19 600). Exact shares of 774
		// 889:
		// 387 444.500, 156 163.855, 96 861.125, 134 419.520; floors sum to 774 887, so
		// the
		// two leftover kronor go to the largest remainders: Beta (.855) and Delta (.520).
		assertThat(column(calculation, PSYCHIATRIC)).containsExactly(387_444L, 156_164L, 96_861L, 134_420L);
	}

	@Test
	void listsEveryMissingRowAndIndexYearAtOnce() {
		CalculationInput complete = SpecExample.input();
		CalculationInput input = new CalculationInput(complete.municipalities(),
				complete.population().subList(1, complete.population().size()), complete.distances().subList(0, 3),
				complete.taxBaseGrowth().subList(0, 4), complete.somaticBases(), complete.psychiatricInvoices(),
				complete.measurements());

		assertThatThrownBy(() -> TillaggsbeloppCalculator.calculate(input, SpecExample.parameters()))
			.isInstanceOfSatisfying(CalculationException.class, e -> assertThat(e.problems())
				.extracting(CalculationProblem::message)
				.containsExactly("9001 Alfa: ingen rad med reference_date 2025-12-31 (befolkningens referensdatum)",
						"9004 Delta: ingen rad med avstånd",
						"åren 2026, 2027 saknas; behövs för uppräkning från 2021 till budgetåret 2027 (Avancerad hemsjukvård)",
						"åren 2026, 2027 saknas; behövs för uppräkning från 2022 till budgetåret 2027 (Psykiatrisk hemsjukvård)",
						"åren 2026, 2027 saknas; behövs för uppräkning från 2025 till budgetåret 2027 (Somatisk grund)"));
	}

	@Test
	void namesTheTableAndMunicipalityOfEachProblem() {
		CalculationInput complete = SpecExample.input();
		CalculationInput input = new CalculationInput(complete.municipalities(), complete.population(),
				complete.distances(), complete.taxBaseGrowth(), complete.somaticBases().subList(1, 4),
				complete.psychiatricInvoices(), complete.measurements().subList(1, complete.measurements().size()));

		assertThatThrownBy(() -> TillaggsbeloppCalculator.calculate(input, SpecExample.parameters()))
			.isInstanceOfSatisfying(CalculationException.class,
					e -> assertThat(e.problems()).containsExactly(
							new CalculationProblem(InputTable.SOMATIC_BASE, java.util.Optional.of("9001"),
									"9001 Alfa: ingen rad med somatisk grund"),
							new CalculationProblem(InputTable.HOME_CARE_MEASUREMENT, java.util.Optional.of("9001"),
									"9001 Alfa: ingen rad med measurement_date 2022-11-15 och category 4 "
											+ "(finns inga patienter ska raden ha patients 0)")));
	}

	@Test
	void refusesASomaticPriceLevelAfterTheBudgetYear() {
		CalculationInput complete = SpecExample.input();
		// 9002 at the budget year itself is fine (factor 1); 9001 after it is not
		List<SomaticBase> bases = List.of(new SomaticBase("9001", 2028, new BigDecimal("5000000")),
				new SomaticBase("9002", 2027, new BigDecimal("2000000")), SpecExample.somatic("9003", "1500000"),
				SpecExample.somatic("9004", "1800000"));
		CalculationInput input = new CalculationInput(complete.municipalities(), complete.population(),
				complete.distances(), complete.taxBaseGrowth(), bases, complete.psychiatricInvoices(),
				complete.measurements());

		assertThatThrownBy(() -> TillaggsbeloppCalculator.calculate(input, SpecExample.parameters()))
			.isInstanceOfSatisfying(CalculationException.class,
					e -> assertThat(e.problems()).extracting(CalculationProblem::message)
						.containsExactly("9001 Alfa: price_level_year 2028 ligger efter budgetåret 2027"));
	}

	@Test
	void refusesAnAveragedYearWithoutRowsOrWithANegativeSum() {
		CalculationInput complete = SpecExample.input();
		List<PsychiatricInvoice> invoices = List.of(SpecExample.invoice("9001", 2022, "500000"),
				SpecExample.invoice("9002", 2022, "-500000.50"));
		CalculationInput input = new CalculationInput(complete.municipalities(), complete.population(),
				complete.distances(), complete.taxBaseGrowth(), complete.somaticBases(), invoices,
				complete.measurements());

		assertThatThrownBy(() -> TillaggsbeloppCalculator.calculate(input, SpecExample.parameters()))
			.isInstanceOfSatisfying(CalculationException.class, e -> assertThat(e.problems())
				.extracting(CalculationProblem::message)
				.containsExactly("inga rader för år 2021, som ingår i medelvärdet (åren 2021, 2022)",
						"länets summa för år 2022 är -0.50 kr; summan för ett år i medelvärdet får inte vara negativ"));
	}

	@Test
	void refusesANonZeroTotalOverAKeyThatIsZeroEverywhere() {
		CalculationInput complete = SpecExample.input();
		List<PopulationCount> population = complete.population()
			.stream()
			.map(count -> new PopulationCount(count.municipalityCode(), count.referenceDate(), count.total(), 0))
			.toList();
		CalculationInput input = new CalculationInput(complete.municipalities(), population, complete.distances(),
				complete.taxBaseGrowth(), complete.somaticBases(), complete.psychiatricInvoices(),
				complete.measurements());

		assertThatThrownBy(() -> TillaggsbeloppCalculator.calculate(input, SpecExample.parameters()))
			.isInstanceOfSatisfying(CalculationException.class, e -> assertThat(e.problems())
				.extracting(CalculationProblem::table, CalculationProblem::message)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple(InputTable.POPULATION,
								"Psykiatrisk hemsjukvård: länsbeloppet 774889 kr kan inte fördelas eftersom alla "
										+ "kommuner i fördelningsnyckeln har 0 invånare 65+ per 2025-12-31"),
						org.assertj.core.groups.Tuple.tuple(InputTable.POPULATION,
								"Avståndskompensation: länsbeloppet 716269 kr kan inte fördelas eftersom alla "
										+ "kommuner i fördelningsnyckeln har 0 invånare 65+ per 2025-12-31")));
	}

	@Test
	void allocatesNothingWhenNoMunicipalityHasAdvancedPatients() {
		CalculationInput complete = SpecExample.input();
		List<HomeCareMeasurement> none = complete.municipalities()
			.stream()
			.map(m -> SpecExample.category4(m.code(), SpecExample.MEASUREMENT_2022, 0))
			.toList();
		CalculationInput input = new CalculationInput(complete.municipalities(), complete.population(),
				complete.distances(), complete.taxBaseGrowth(), complete.somaticBases(), complete.psychiatricInvoices(),
				none);

		Calculation calculation = TillaggsbeloppCalculator.calculate(input, SpecExample.parameters());

		assertThat(column(calculation, ADVANCED)).containsOnly(0L);
		// D = round(0.05 × (11 001 636 + 774 889)) = round(588 826.25)
		assertThat(calculation.component(DISTANCE).countyTotal()).isEqualByComparingTo("588826");
	}

	@Test
	void acceptsAnAveragedYearWhoseSumIsExactlyZero() {
		// 2021: 400 000 and a credit note of −400 000 → 0; mean (0 + 740 000) / 2 = 370
		// 000
		CalculationInput complete = SpecExample.input();
		List<PsychiatricInvoice> invoices = List.of(SpecExample.invoice("9001", 2021, "400000"),
				SpecExample.invoice("9002", 2021, "-400000"), SpecExample.invoice("9001", 2022, "740000"));
		CalculationInput input = new CalculationInput(complete.municipalities(), complete.population(),
				complete.distances(), complete.taxBaseGrowth(), complete.somaticBases(), invoices,
				complete.measurements());

		Calculation calculation = TillaggsbeloppCalculator.calculate(input, SpecExample.parameters());

		// round(370 000 × 1.2013786512) = round(444 510.10)
		assertThat(calculation.component(PSYCHIATRIC).countyTotal()).isEqualByComparingTo("444510");
	}

	@Test
	void needsNoIndexYearsWhenThePriceLevelIsTheBudgetYear() {
		// the series is empty, and every price level year is the budget year 2025: all
		// factors are 1
		CalculationInput complete = SpecExample.input();
		CalculationInput input = new CalculationInput(complete.municipalities(), complete.population(),
				complete.distances(), List.of(), complete.somaticBases(), complete.psychiatricInvoices(),
				complete.measurements());
		CalculationParameters base = SpecExample.parameters();
		CalculationParameters parameters = new CalculationParameters(2025, base.populationReferenceDate(),
				new PsychiatricParameters(List.of(2021, 2022), 2025),
				new AdvancedParameters(SpecExample.MEASUREMENT_2022, 4, new BigDecimal("0.05"),
						new BigDecimal("600000"), 2025),
				base.distance());

		Calculation calculation = TillaggsbeloppCalculator.calculate(input, parameters);

		// S = 10 300 000; P = 645 000; A = 0.05 × 68 × 600 000 = 2 040 000
		assertThat(countyTotals(calculation)).startsWith(10_300_000L, 645_000L, 2_040_000L);
		assertThat(calculation.forecastYearsUsed()).isEmpty();
	}

	@Test
	void namesTheForecastYearsTheIndexUses() {
		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(), SpecExample.parameters());

		// the earliest price level is 2021; of 2022–2027, 2026 and 2027 are forecasts
		assertThat(calculation.forecastYearsUsed()).extracting(TaxBaseGrowth::year).containsExactly(2026, 2027);
	}

	@ParameterizedTest(name = "forecast {0}, price levels somatic {1} psychiatric {2} advanced {3} → used: {4}")
	@CsvSource(textBlock = """
			2022, 2025, 2022, 2021, true,  only the advanced index (from 2021) runs through 2022
			2022, 2025, 2021, 2023, true,  only the psychiatric index (from 2021) runs through 2022
			2022, 2021, 2025, 2023, true,  only the somatic index (from 2021) runs through 2022
			2022, 2025, 2022, 2022, false, an index from 2022 starts after 2022
			2027, 2027, 2027, 2027, false, every index starts at the budget year
			""")
	void namesAForecastYearOnlyWhenAnIndexRunsThroughIt(int forecastYear, int somaticYear, int psychiatricYear,
			int advancedYear, boolean used, String why) {
		CalculationInput complete = SpecExample.input();
		List<TaxBaseGrowth> series = java.util.stream.IntStream.rangeClosed(2021, 2027)
			.mapToObj(year -> SpecExample.growth(year, "3.0",
					year == forecastYear ? GrowthKind.FORECAST : GrowthKind.OUTCOME))
			.toList();
		List<SomaticBase> bases = complete.somaticBases()
			.stream()
			.map(base -> new SomaticBase(base.municipalityCode(), somaticYear, base.amountSek()))
			.toList();
		CalculationInput input = new CalculationInput(complete.municipalities(), complete.population(),
				complete.distances(), series, bases, complete.psychiatricInvoices(), complete.measurements());
		CalculationParameters example = SpecExample.parameters();
		CalculationParameters parameters = new CalculationParameters(2027, example.populationReferenceDate(),
				new PsychiatricParameters(List.of(2021, 2022), psychiatricYear),
				new AdvancedParameters(SpecExample.MEASUREMENT_2022, 4, new BigDecimal("0.05"),
						new BigDecimal("600000"), advancedYear),
				example.distance());

		Calculation calculation = TillaggsbeloppCalculator.calculate(input, parameters);

		assertThat(calculation.forecastYearsUsed()).as(why)
			.extracting(TaxBaseGrowth::year)
			.isEqualTo(used ? List.of(forecastYear) : List.of());
	}

	@Test
	void listsTheProblemsWithoutThrowing() {
		CalculationInput complete = SpecExample.input();
		CalculationInput input = new CalculationInput(complete.municipalities(), complete.population(),
				complete.distances().subList(1, 4), complete.taxBaseGrowth(), complete.somaticBases(),
				complete.psychiatricInvoices(), complete.measurements());

		assertThat(TillaggsbeloppCalculator.problems(input, SpecExample.parameters()))
			.containsExactly(new CalculationProblem(InputTable.DISTANCES, java.util.Optional.of("9001"),
					"9001 Alfa: ingen rad med avstånd"));
		assertThat(TillaggsbeloppCalculator.problems(SpecExample.input(), SpecExample.parameters())).isEmpty();
	}

	@Test
	void everyMunicipalityTotalIsTheSumOfItsComponents() {
		Calculation calculation = TillaggsbeloppCalculator.calculate(SpecExample.input(), SpecExample.parameters());

		for (MunicipalityAmounts amounts : calculation.amounts()) {
			BigDecimal sum = List.of(Component.values())
				.stream()
				.map(amounts::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(amounts.total()).isEqualByComparingTo(sum);
		}
		BigDecimal sumOfTotals = calculation.amounts()
			.stream()
			.map(MunicipalityAmounts::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sumOfTotals).isEqualByComparingTo(calculation.countyTotal());
	}

	private static CalculationParameters withDistance(CalculationParameters parameters, String thresholdKm) {
		return new CalculationParameters(parameters.budgetYear(), parameters.populationReferenceDate(),
				parameters.psychiatric(), parameters.advanced(),
				new DistanceParameters(new BigDecimal(thresholdKm), parameters.distance().shareRate()));
	}

	static List<Long> column(Calculation calculation, Component component) {
		return calculation.amounts().stream().map(amounts -> amounts.amount(component).longValueExact()).toList();
	}

	static List<Long> totals(Calculation calculation) {
		return longs(calculation.amounts(), MunicipalityAmounts::total);
	}

	static List<Long> countyTotals(Calculation calculation) {
		return longs(calculation.components(), ComponentResult::countyTotal);
	}

	private static <T> List<Long> longs(List<T> rows, Function<T, BigDecimal> amount) {
		return rows.stream().map(amount).map(BigDecimal::longValueExact).toList();
	}

}
