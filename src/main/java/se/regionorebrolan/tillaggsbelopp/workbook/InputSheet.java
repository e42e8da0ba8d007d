package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;

import se.regionorebrolan.tillaggsbelopp.calculation.HomeCareMeasurement;
import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;
import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;

/**
 * Indata: every input file as read, one table each with the file name, the number of
 * rows, the SHA-256 of its bytes, the line of each row in the file and its source. The
 * columns the formulas use are defined names ({@code Bef_65}, {@code Mat_patienter}, …).
 */
final class InputSheet {

	static final String NAME = "Indata";

	static final String POPULATION_CODE = "Bef_kod";

	static final String POPULATION_DATE = "Bef_datum";

	static final String POPULATION_TOTAL = "Bef_totalt";

	static final String POPULATION_65 = "Bef_65";

	static final String DISTANCE_CODE = "Avst_kod";

	static final String DISTANCE_KM = "Avst_km";

	static final String SOMATIC_CODE = "Som_kod";

	static final String SOMATIC_YEAR = "Som_prisniva";

	static final String SOMATIC_AMOUNT = "Som_belopp";

	static final String INVOICE_YEAR = "Psyk_ar";

	static final String INVOICE_AMOUNT = "Psyk_belopp";

	static final String MEASUREMENT_CODE = "Mat_kod";

	static final String MEASUREMENT_DATE = "Mat_datum";

	static final String MEASUREMENT_CATEGORY = "Mat_kategori";

	static final String MEASUREMENT_PATIENTS = "Mat_patienter";

	private final SheetWriter sheet;

	private final Map<Integer, String> growthCells = new HashMap<>();

	private int row = 3;

	private InputSheet(SheetWriter sheet) {
		this.sheet = sheet;
	}

	/**
	 * Writes the tables and returns the cell of each year's growth, for the Index sheet.
	 */
	static Map<Integer, String> write(SheetWriter sheet, InputSet input) {
		InputSheet tables = new InputSheet(sheet);
		sheet.heading(NAME, "Indatafilerna som de lästes: varje rad med sitt radnummer i filen och sin källa (source). "
				+ "SHA-256 identifierar filens exakta innehåll.");
		tables.table(input.municipalities(),
				List.of(text("municipality_code", Municipality::code, null),
						text("municipality_name", Municipality::name, null),
						text("central_town", Municipality::centralTown, null)));
		tables.table(input.population(),
				List.of(text("municipality_code", PopulationCount::municipalityCode, POPULATION_CODE),
						date("reference_date", PopulationCount::referenceDate, POPULATION_DATE),
						count("population_total", PopulationCount::total, POPULATION_TOTAL),
						count("population_65_plus", PopulationCount::aged65Plus, POPULATION_65)));
		tables.table(input.distances(),
				List.of(text("municipality_code", HospitalDistance::municipalityCode, DISTANCE_CODE),
						text("nearest_hospital", HospitalDistance::nearestHospital, null),
						decimal("road_distance_km", HospitalDistance::roadDistanceKm, DISTANCE_KM)));
		tables.growth(input.taxBaseGrowth());
		tables.table(input.somaticBases(),
				List.of(text("municipality_code", SomaticBase::municipalityCode, SOMATIC_CODE),
						year("price_level_year", SomaticBase::priceLevelYear, SOMATIC_YEAR),
						kronor("amount_sek", SomaticBase::amountSek, SOMATIC_AMOUNT)));
		tables.table(input.psychiatricInvoices(),
				List.of(text("municipality_code", PsychiatricInvoice::municipalityCode, null),
						year("year", PsychiatricInvoice::year, INVOICE_YEAR),
						kronor("amount_sek", PsychiatricInvoice::amountSek, INVOICE_AMOUNT)));
		tables.table(input.measurements(),
				List.of(text("municipality_code", HomeCareMeasurement::municipalityCode, MEASUREMENT_CODE),
						date("measurement_date", HomeCareMeasurement::measurementDate, MEASUREMENT_DATE),
						year("category", m -> m.category(), MEASUREMENT_CATEGORY),
						count("patients", HomeCareMeasurement::patients, MEASUREMENT_PATIENTS)));
		sheet.widths(10, 18, 26, 22, 18, 20, 60);
		sheet.print(-1);
		sheet.protect();
		return tables.growthCells;
	}

	private void growth(InputFile<TaxBaseGrowth> file) {
		int firstDataRow = this.row + 2;
		table(file,
				List.of(year("year", TaxBaseGrowth::year, null),
						decimal("growth_percent", TaxBaseGrowth::growthPercent, null),
						text("kind", growth -> growth.kind().name().toLowerCase(Locale.ROOT), null)));
		for (int i = 0; i < file.rows().size(); i++) {
			this.growthCells.put(file.rows().get(i).value().year(), this.sheet.qualified(firstDataRow + i, 2));
		}
	}

	private <T> void table(InputFile<T> file, List<Column<T>> columns) {
		Styles styles = this.sheet.styles();
		this.sheet.text(this.row, 0, file.name(), styles.section);
		this.sheet.text(this.row, 2, file.rows().size() + " rader", styles.note);
		this.sheet.text(this.row, 3, "SHA-256 " + file.sha256(), styles.note);
		int header = this.row + 1;
		List<String> headings = new ArrayList<>(List.of("Rad i filen"));
		columns.forEach(column -> headings.add(column.heading()));
		headings.add("source");
		this.sheet.headers(header, 1, headings.toArray(String[]::new));
		int first = header + 1;
		for (int r = 0; r < file.rows().size(); r++) {
			InputRow<T> inputRow = file.rows().get(r);
			this.sheet.number(first + r, 0, inputRow.line(), styles.integer);
			for (int c = 0; c < columns.size(); c++) {
				columns.get(c).write(this.sheet, first + r, c + 1, inputRow.value());
			}
			this.sheet.text(first + r, columns.size() + 1, inputRow.source(), styles.text);
		}
		int last = first + file.rows().size() - 1;
		if (last >= first) {
			for (int c = 0; c < columns.size(); c++) {
				if (columns.get(c).name() != null) {
					ParametersSheet.define(this.sheet.sheet().getWorkbook(), columns.get(c).name(),
							this.sheet.qualifiedRange(first, last, c + 1));
				}
			}
		}
		this.row = last + 3;
	}

	private static <T> Column<T> text(String heading, Function<T, String> value, String name) {
		return new Column<>(heading, value::apply, styles -> styles.text, name);
	}

	private static <T> Column<T> date(String heading, Function<T, LocalDate> value, String name) {
		return new Column<>(heading, value::apply, styles -> styles.date, name);
	}

	private static <T> Column<T> count(String heading, Function<T, Long> value, String name) {
		return new Column<>(heading, value::apply, styles -> styles.integer, name);
	}

	private static <T> Column<T> year(String heading, Function<T, Integer> value, String name) {
		return new Column<>(heading, t -> value.apply(t).longValue(), styles -> styles.year, name);
	}

	private static <T> Column<T> decimal(String heading, Function<T, BigDecimal> value, String name) {
		return new Column<>(heading, value::apply, styles -> styles.decimal, name);
	}

	private static <T> Column<T> kronor(String heading, Function<T, BigDecimal> value, String name) {
		return new Column<>(heading, value::apply, styles -> styles.kronorDecimals, name);
	}

	/**
	 * One column of a table: heading, value, style and the defined name of its range, if
	 * any.
	 */
	private record Column<T>(String heading, Function<T, Object> value, Function<Styles, CellStyle> style,
			String name) {

		void write(SheetWriter sheet, int row, int column, T record) {
			Object cellValue = this.value.apply(record);
			CellStyle cellStyle = this.style.apply(sheet.styles());
			if (cellValue instanceof LocalDate date) {
				sheet.date(row, column, date, cellStyle);
			}
			else if (cellValue instanceof BigDecimal number) {
				sheet.number(row, column, number, cellStyle);
			}
			else if (cellValue instanceof Long number) {
				sheet.number(row, column, number, cellStyle);
			}
			else {
				sheet.text(row, column, (String) cellValue, cellStyle);
			}
		}

	}

}
