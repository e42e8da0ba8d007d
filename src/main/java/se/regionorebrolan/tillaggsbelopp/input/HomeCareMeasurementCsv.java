package se.regionorebrolan.tillaggsbelopp.input;

import java.time.LocalDate;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.HomeCareMeasurement;

/**
 * home_care_measurement.csv: home-care patients per municipality, measurement date and
 * care category; one row per municipality, date and category; patients a whole number ≥
 * 0.
 */
final class HomeCareMeasurementCsv {

	static final CsvLayout LAYOUT = new CsvLayout("home_care_measurement.csv", "Mätning", "municipality_code",
			"measurement_date", "category", "patients");

	private HomeCareMeasurementCsv() {
	}

	static InputFile<HomeCareMeasurement> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		return tables.read(LAYOUT, problems)
			.toInputFile(row -> measurement(row, knownCodes),
					m -> List.of(m.municipalityCode(), m.measurementDate(), m.category()),
					"en rad per kommun, measurement_date och category");
	}

	private static HomeCareMeasurement measurement(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode("municipality_code", knownCodes);
		LocalDate date = row.date("measurement_date");
		long category = row.integer("category", 1, Integer.MAX_VALUE,
				"förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4");
		long patients = row.integer("patients", 0, "förväntat ett antal patienter, ett heltal ≥ 0, t.ex. 12");
		return row.valid() ? new HomeCareMeasurement(code, date, Math.toIntExact(category), patients) : null;
	}

}
