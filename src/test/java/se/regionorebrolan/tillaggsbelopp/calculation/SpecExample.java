package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The worked example of spec §5 (shared/spec/example) as domain records, so the core can
 * be tested without reading files.
 */
final class SpecExample {

	static final LocalDate MEASUREMENT_2022 = LocalDate.of(2022, 11, 15);

	static final LocalDate REMEASUREMENT_2025 = LocalDate.of(2025, 11, 14);

	private SpecExample() {
	}

	static CalculationInput input() {
		return new CalculationInput(
				List.of(municipality("9001", "Alfa"), municipality("9002", "Beta"), municipality("9003", "Gamma"),
						municipality("9004", "Delta")),
				List.of(population("9001", 2025, 52000, 10000), population("9002", 2025, 17000, 4000),
						population("9003", 2025, 9500, 2500), population("9004", 2025, 15000, 3500),
						population("9001", 2024, 51000, 9800), population("9002", 2024, 17100, 3950),
						population("9003", 2024, 9600, 2450), population("9004", 2024, 14900, 3400)),
				List.of(distance("9001", "4"), distance("9002", "48"), distance("9003", "36.5"),
						distance("9004", "35")),
				List.of(growth(2022, "4.0", GrowthKind.OUTCOME), growth(2023, "5.0", GrowthKind.OUTCOME),
						growth(2024, "4.0", GrowthKind.OUTCOME), growth(2025, "3.0", GrowthKind.OUTCOME),
						growth(2026, "3.5", GrowthKind.FORECAST), growth(2027, "3.2", GrowthKind.FORECAST)),
				List.of(somatic("9001", "5000000"), somatic("9002", "2000000"), somatic("9003", "1500000"),
						somatic("9004", "1800000")),
				List.of(invoice("9001", 2021, "400000"), invoice("9001", 2022, "500000"),
						invoice("9002", 2021, "100000"), invoice("9002", 2022, "120000"),
						invoice("9003", 2021, "50000"), invoice("9003", 2022, "30000"), invoice("9004", 2022, "90000"),
						invoice("9001", 2020, "999999")),
				List.of(category4("9001", MEASUREMENT_2022, 40), category4("9002", MEASUREMENT_2022, 12),
						category4("9003", MEASUREMENT_2022, 7), category4("9004", MEASUREMENT_2022, 9),
						new HomeCareMeasurement("9001", MEASUREMENT_2022, 1, 310),
						category4("9001", REMEASUREMENT_2025, 46), category4("9002", REMEASUREMENT_2025, 11),
						category4("9003", REMEASUREMENT_2025, 9), category4("9004", REMEASUREMENT_2025, 10)));
	}

	static CalculationParameters parameters() {
		return parameters(2027, MEASUREMENT_2022);
	}

	static CalculationParameters parameters(int budgetYear, LocalDate measurementDate) {
		return new CalculationParameters(budgetYear, LocalDate.of(2025, 12, 31),
				new PsychiatricParameters(List.of(2021, 2022), 2022),
				new AdvancedParameters(measurementDate, 4, new BigDecimal("0.05"), new BigDecimal("600000"), 2021),
				new DistanceParameters(new BigDecimal("35"), new BigDecimal("0.05")));
	}

	static Municipality municipality(String code, String name) {
		return new Municipality(code, name, name + "by");
	}

	static PopulationCount population(String code, int year, long total, long aged65Plus) {
		return new PopulationCount(code, LocalDate.of(year, 12, 31), total, aged65Plus);
	}

	static HospitalDistance distance(String code, String km) {
		return new HospitalDistance(code, "Alfa sjukhus", new BigDecimal(km));
	}

	static TaxBaseGrowth growth(int year, String percent, GrowthKind kind) {
		return new TaxBaseGrowth(year, new BigDecimal(percent), kind);
	}

	static SomaticBase somatic(String code, String amount) {
		return new SomaticBase(code, 2025, new BigDecimal(amount));
	}

	static PsychiatricInvoice invoice(String code, int year, String amount) {
		return new PsychiatricInvoice(code, year, new BigDecimal(amount));
	}

	static HomeCareMeasurement category4(String code, LocalDate date, long patients) {
		return new HomeCareMeasurement(code, date, 4, patients);
	}

}
