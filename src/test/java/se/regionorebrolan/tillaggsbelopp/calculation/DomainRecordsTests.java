package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The domain records refuse values the calculation cannot use, at the exact boundary.
 */
class DomainRecordsTests {

	private static final LocalDate DATE = LocalDate.of(2025, 12, 31);

	@ParameterizedTest
	@ValueSource(strings = { "188", "18800", "18a0", "", " 188", "１８８０" })
	void refusesAMunicipalityCodeThatIsNotFourDigits(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Municipality(code, "Örebro", "Örebro"))
			.withMessage("municipality code must be four digits: '" + code + "'");
		assertThat(Municipality.isCode(code)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1880", "0114", "0000" })
	void acceptsFourDigitCodesWithLeadingZeros(String code) {
		assertThat(new Municipality(code, "Kommun", "Ort").code()).isEqualTo(code);
		assertThat(Municipality.isCode(code)).isTrue();
	}

	@Test
	void refusesAMalformedCodeInEveryRecordThatCarriesOne() {
		String bad = "188";
		List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> constructors = List.of(
				() -> new PopulationCount(bad, DATE, 10, 1), () -> new HospitalDistance(bad, "USÖ", BigDecimal.ONE),
				() -> new SomaticBase(bad, 2025, BigDecimal.ONE),
				() -> new PsychiatricInvoice(bad, 2021, BigDecimal.ONE), () -> new HomeCareMeasurement(bad, DATE, 4, 1),
				() -> new Weight(bad, BigDecimal.ONE));

		for (org.assertj.core.api.ThrowableAssert.ThrowingCallable constructor : constructors) {
			assertThatIllegalArgumentException().isThrownBy(constructor)
				.withMessage("municipality code must be four digits: '188'");
		}
	}

	@ParameterizedTest(name = "{0} of {1} aged 65+ → accepted: {2}")
	@CsvSource(textBlock = """
			0,    0,    true
			8000, 8000, true
			8001, 8000, false
			-1,   8000, false
			""")
	void keepsInhabitants65PlusBetweenZeroAndTheTotal(long aged65Plus, long total, boolean accepted) {
		if (accepted) {
			assertThat(new PopulationCount("1880", DATE, total, aged65Plus).aged65Plus()).isEqualTo(aged65Plus);
		}
		else {
			assertThatIllegalArgumentException().isThrownBy(() -> new PopulationCount("1880", DATE, total, aged65Plus))
				.withMessage("inhabitants aged 65+ must be between 0 and the total " + total + ": " + aged65Plus);
		}
	}

	@Test
	void acceptsZeroAndRefusesNegativeDistancesAmountsAndWeights() {
		assertThatNoException().isThrownBy(() -> new HospitalDistance("1880", "USÖ", BigDecimal.ZERO));
		assertThatNoException().isThrownBy(() -> new SomaticBase("1880", 2025, BigDecimal.ZERO));
		assertThatNoException().isThrownBy(() -> new Weight("1880", BigDecimal.ZERO));
		BigDecimal negative = new BigDecimal("-0.01");
		assertThatIllegalArgumentException().isThrownBy(() -> new HospitalDistance("1880", "USÖ", negative))
			.withMessage("distance must not be negative: -0.01");
		assertThatIllegalArgumentException().isThrownBy(() -> new SomaticBase("1880", 2025, negative))
			.withMessage("somatic amount must not be negative: -0.01");
		assertThatIllegalArgumentException().isThrownBy(() -> new Weight("1880", negative))
			.withMessage("a weight must not be negative: -0.01");
	}

	@Test
	void acceptsZeroAndRefusesNegativeRatesAndCosts() {
		assertThatNoException().isThrownBy(() -> advanced("0", "0"));
		assertThatNoException().isThrownBy(() -> new DistanceParameters(BigDecimal.ZERO, BigDecimal.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> advanced("-0.01", "600000"))
			.withMessage("shift rate and cost per patient must not be negative: -0.01, 600000");
		assertThatIllegalArgumentException().isThrownBy(() -> advanced("0.05", "-1"))
			.withMessage("shift rate and cost per patient must not be negative: 0.05, -1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DistanceParameters(new BigDecimal("-1"), new BigDecimal("0.05")))
			.withMessage("distance threshold and share must not be negative: -1, 0.05");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DistanceParameters(new BigDecimal("35"), new BigDecimal("-0.05")))
			.withMessage("distance threshold and share must not be negative: 35, -0.05");
	}

	@Test
	void countsADistanceStrictlyAboveTheThresholdOnly() {
		DistanceParameters distance = new DistanceParameters(new BigDecimal("35"), new BigDecimal("0.05"));

		assertThat(distance.qualifies(new BigDecimal("35.0"))).isFalse();
		assertThat(distance.qualifies(new BigDecimal("35.01"))).isTrue();
	}

	@Test
	void refusesCareCategoryZeroAndNegativePatients() {
		assertThatNoException().isThrownBy(() -> new HomeCareMeasurement("1880", DATE, 1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new HomeCareMeasurement("1880", DATE, 0, 5))
			.withMessage("care category must be 1 or more: 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new HomeCareMeasurement("1880", DATE, 4, -1))
			.withMessage("patients must not be negative: -1");
	}

	@Test
	void acceptsPriceLevelYearsUpToTheBudgetYear() {
		assertThatNoException().isThrownBy(() -> parameters(2027, 2027, 2027));
		assertThatIllegalArgumentException().isThrownBy(() -> parameters(2027, 2028, 2021))
			.withMessage("price level years 2028 and 2021 must not be after the budget year 2027");
		assertThatIllegalArgumentException().isThrownBy(() -> parameters(2027, 2022, 2028))
			.withMessage("price level years 2022 and 2028 must not be after the budget year 2027");
	}

	@Test
	void sortsTheAveragedYearsAndRefusesNoneOrRepeats() {
		assertThat(new PsychiatricParameters(List.of(2022, 2021), 2022).averageYears()).containsExactly(2021, 2022);
		assertThatIllegalArgumentException().isThrownBy(() -> new PsychiatricParameters(List.of(), 2022))
			.withMessage("at least one psychiatric average year is required");
		assertThatIllegalArgumentException().isThrownBy(() -> new PsychiatricParameters(List.of(2021, 2021), 2022))
			.withMessage("psychiatric average years repeat a year: [2021, 2021]");
	}

	@Test
	void refusesTheSameMunicipalityTwiceInTheInput() {
		CalculationInput example = SpecExample.input();
		List<Municipality> twice = List.of(SpecExample.municipality("9001", "Alfa"),
				SpecExample.municipality("9001", "Alfa igen"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CalculationInput(twice, example.population(), example.distances(),
					example.taxBaseGrowth(), example.somaticBases(), example.psychiatricInvoices(),
					example.measurements()))
			.withMessage("municipality codes must be unique");
	}

	@Test
	void refusesAnAmountsRowWithoutEveryComponent() {
		Municipality alfa = SpecExample.municipality("9001", "Alfa");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MunicipalityAmounts(alfa, java.util.Map.of(Component.SOMATIC, BigDecimal.ONE)))
			.withMessage("every component needs an amount: [SOMATIC]");
	}

	@Test
	void labelsComponentsAndGrowthKindsInSwedish() {
		assertThat(List.of(Component.values())).extracting(Component::swedishLabel)
			.containsExactly("Somatisk grund", "Psykiatrisk hemsjukvård", "Avancerad hemsjukvård",
					"Avståndskompensation");
		assertThat(GrowthKind.OUTCOME.swedishLabel()).isEqualTo("utfall");
		assertThat(GrowthKind.FORECAST.swedishLabel()).isEqualTo("prognos");
	}

	private static AdvancedParameters advanced(String shiftRate, String cost) {
		return new AdvancedParameters(DATE, 4, new BigDecimal(shiftRate), new BigDecimal(cost), 2021);
	}

	private static CalculationParameters parameters(int budgetYear, int psychiatricYear, int advancedYear) {
		return new CalculationParameters(budgetYear, DATE,
				new PsychiatricParameters(List.of(2021, 2022), psychiatricYear),
				new AdvancedParameters(DATE, 4, new BigDecimal("0.05"), new BigDecimal("600000"), advancedYear),
				new DistanceParameters(new BigDecimal("35"), new BigDecimal("0.05")));
	}

}
