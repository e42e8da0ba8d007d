package se.regionorebrolan.tillaggsbelopp.input;

import java.time.LocalDate;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.HomeCareMeasurement;
import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;

/**
 * home_care_measurement.csv: home-care patients per municipality, measurement date and
 * care category; one row per municipality, date and category; patients a whole number ≥
 * 0.
 */
public final class HomeCareMeasurementCsv {

	static final InputColumn<HomeCareMeasurement> CODE = InputColumn.code(HomeCareMeasurement::municipalityCode);

	static final InputColumn<HomeCareMeasurement> DATE = InputColumn
		.of("measurement_date", List.of("mätdatum"), ColumnKind.DATE, HomeCareMeasurement::measurementDate,
				"Dagen mätningen gjordes", "Datum, t.ex. 2022-11-15")
		.asKey();

	static final InputColumn<HomeCareMeasurement> CATEGORY = InputColumn
		.of("category", List.of("kategori", "vårdkategori"), ColumnKind.CATEGORY, HomeCareMeasurement::category,
				"Vårdkategori; 4 är avancerad hemsjukvård", "Välj 1–4 i listan")
		.asKey()
		.withChoices("1", "2", "3", "4");

	/** The patients of the category. */
	public static final InputColumn<HomeCareMeasurement> PATIENTS = InputColumn.of("patients",
			List.of("antal_patienter"), ColumnKind.COUNT, HomeCareMeasurement::patients, "Antal patienter",
			"Heltal ≥ 0");

	public static final TableDescription<HomeCareMeasurement> TABLE = new TableDescription<>(
			InputTable.HOME_CARE_MEASUREMENT, "home_care_measurement.csv", "Mätning",
			List.of(CODE, DATE, CATEGORY, PATIENTS, InputColumn.source()),
			"Antalet patienter i hemsjukvården per kommun, mätdatum och vårdkategori; en rad per kommun, datum och "
					+ "kategori. Varje kommun behöver en rad för kategori 4 vid mätdatumet som används "
					+ "(skriv 0, lämna inte tomt).",
			"Hemsjukvårdsmätningen i november.", false, InputSet::measurements);

	private HomeCareMeasurementCsv() {
	}

	static InputFile<HomeCareMeasurement> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		return tables.read(TABLE, problems)
			.toInputFile(row -> measurement(row, knownCodes),
					m -> List.of(m.municipalityCode(), m.measurementDate(), m.category()),
					"en rad per kommun, measurement_date och category");
	}

	private static HomeCareMeasurement measurement(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode(CODE.name(), knownCodes);
		LocalDate date = row.date(DATE.name());
		long category = row.integer(CATEGORY.name(), 1, Integer.MAX_VALUE,
				"förväntat en vårdkategori, ett heltal ≥ 1, t.ex. 4");
		long patients = row.integer(PATIENTS.name(), 0, "förväntat ett antal patienter, ett heltal ≥ 0, t.ex. 12");
		return row.valid() ? new HomeCareMeasurement(code, date, Math.toIntExact(category), patients) : null;
	}

}
