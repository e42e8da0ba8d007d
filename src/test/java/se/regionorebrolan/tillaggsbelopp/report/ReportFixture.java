package se.regionorebrolan.tillaggsbelopp.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationInput;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.DistanceParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.calculation.HomeCareMeasurement;
import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;
import se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculator;

/**
 * A two-municipality calculation with hand-checked amounts, for the results file and the
 * console.
 */
final class ReportFixture {

	private static final LocalDate DATE = LocalDate.of(2025, 12, 31);

	private static final LocalDate MEASUREMENT = LocalDate.of(2022, 11, 15);

	private ReportFixture() {
	}

	/**
	 * Budget year = every price level year = 2025, so all index factors are 1: S = 1 000
	 * 000 + 500 000; P = (300 000 + 100 000) / 2 = 200 000 split 3:1 by 65+; A = 0.05 × 4
	 * × 500 000 = 100 000 split 3:1; D = 0.05 × 1 800 000 = 90 000, all to the second (40
	 * km).
	 */
	static Calculation calculation(String firstName, String secondName) {
		CalculationInput input = new CalculationInput(
				List.of(new Municipality("1880", firstName, "Ort"), new Municipality("1882", secondName, "Ort")),
				List.of(new PopulationCount("1880", DATE, 1000, 300), new PopulationCount("1882", DATE, 500, 100)),
				List.of(new HospitalDistance("1880", "Sjukhus", BigDecimal.TEN),
						new HospitalDistance("1882", "Sjukhus", new BigDecimal("40"))),
				List.of(new TaxBaseGrowth(2025, new BigDecimal("3"), GrowthKind.FORECAST)),
				List.of(new SomaticBase("1880", 2025, new BigDecimal("1000000")),
						new SomaticBase("1882", 2025, new BigDecimal("500000"))),
				List.of(new PsychiatricInvoice("1880", 2021, new BigDecimal("300000")),
						new PsychiatricInvoice("1882", 2022, new BigDecimal("100000"))),
				List.of(new HomeCareMeasurement("1880", MEASUREMENT, 4, 3),
						new HomeCareMeasurement("1882", MEASUREMENT, 4, 1)));
		CalculationParameters parameters = new CalculationParameters(2025, DATE,
				new PsychiatricParameters(List.of(2021, 2022), 2025),
				new AdvancedParameters(MEASUREMENT, 4, new BigDecimal("0.05"), new BigDecimal("500000"), 2025),
				new DistanceParameters(new BigDecimal("35"), new BigDecimal("0.05")));
		return TillaggsbeloppCalculator.calculate(input, parameters);
	}

}
