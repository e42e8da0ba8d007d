package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
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
 * Indata: every input file (or sheet of the input workbook) as read, one table each with
 * its name, the number of rows, the SHA-256 of the file's bytes, the line (or row) of
 * each row and its source. Formulas refer to the very cells they use (see
 * {@link InputCells}); the invoices, which add up, are also defined names for the county
 * sums.
 */
final class InputSheet {

	static final String NAME = "Indata";

	static final String INVOICE_YEAR = "Psyk_ar";

	static final String INVOICE_AMOUNT = "Psyk_belopp";

	private final SheetWriter sheet;

	/** What the row numbers count: lines of a file or rows of a sheet. */
	private final String lineHeading;

	private final InputCells cells = new InputCells();

	private int row = 3;

	private InputSheet(SheetWriter sheet, String lineHeading) {
		this.sheet = sheet;
		this.lineHeading = lineHeading;
	}

	/**
	 * Writes the tables and returns where each figure the calculation uses stands: the
	 * population at the reference date, the measurement of the advanced category, and so
	 * on.
	 */
	static InputCells write(SheetWriter sheet, InputSet input, CalculationParameters parameters) {
		InputSheet tables = new InputSheet(sheet, input.workbook().isPresent() ? "Rad i bladet" : "Rad i filen");
		InputCells cells = tables.cells;
		sheet.heading(NAME, input.workbook()
			.map(workbook -> "Bladen i indataarbetsboken " + workbook.name() + " som de lästes: varje rad med sitt "
					+ "radnummer i bladet och sin källa (source). SHA-256 identifierar arbetsbokens exakta innehåll.")
			.orElse("Indatafilerna som de lästes: varje rad med sitt radnummer i filen och sin källa (source). "
					+ "SHA-256 identifierar filens exakta innehåll."));
		tables.table(input.municipalities(),
				List.of(text("municipality_code", Municipality::code, null),
						text("municipality_name", Municipality::name, null),
						text("central_town", Municipality::centralTown, null)),
				(municipality, row) -> {
				});
		tables.table(input.population(),
				List.of(text("municipality_code", PopulationCount::municipalityCode, null),
						date("reference_date", PopulationCount::referenceDate, null),
						count("population_total", PopulationCount::total, null),
						count("population_65_plus", PopulationCount::aged65Plus, null)),
				(count, row) -> {
					if (count.referenceDate().equals(parameters.populationReferenceDate())) {
						cells.populationRows.put(count.municipalityCode(), row);
					}
				});
		tables.table(input.distances(),
				List.of(text("municipality_code", HospitalDistance::municipalityCode, null),
						text("nearest_hospital", HospitalDistance::nearestHospital, null),
						decimal("road_distance_km", HospitalDistance::roadDistanceKm, null)),
				(distance, row) -> cells.distanceRows.put(distance.municipalityCode(), row));
		tables.table(input.taxBaseGrowth(),
				List.of(year("year", TaxBaseGrowth::year, null),
						decimal("growth_percent", TaxBaseGrowth::growthPercent, null),
						text("kind", growth -> growth.kind().name().toLowerCase(Locale.ROOT), null)),
				(growth, row) -> cells.growthRows.put(growth.year(), row));
		tables.table(input.somaticBases(),
				List.of(text("municipality_code", SomaticBase::municipalityCode, null),
						year("price_level_year", SomaticBase::priceLevelYear, null),
						kronor("amount_sek", SomaticBase::amountSek, null)),
				(base, row) -> cells.somaticRows.put(base.municipalityCode(), row));
		tables.table(input.psychiatricInvoices(),
				List.of(text("municipality_code", PsychiatricInvoice::municipalityCode, null),
						year("year", PsychiatricInvoice::year, INVOICE_YEAR),
						kronor("amount_sek", PsychiatricInvoice::amountSek, INVOICE_AMOUNT)),
				(invoice, row) -> {
				});
		AdvancedParameters advanced = parameters.advanced();
		tables.table(input.measurements(),
				List.of(text("municipality_code", HomeCareMeasurement::municipalityCode, null),
						date("measurement_date", HomeCareMeasurement::measurementDate, null),
						year("category", HomeCareMeasurement::category, null),
						count("patients", HomeCareMeasurement::patients, null)),
				(measurement, row) -> {
					if (measurement.measurementDate().equals(advanced.measurementDate())
							&& measurement.category() == advanced.category()) {
						cells.measurementRows.put(measurement.municipalityCode(), row);
					}
				});
		sheet.widths(10, 18, 26, 22, 18, 20, 60);
		sheet.print(-1);
		sheet.protect();
		return cells;
	}

	/** Writes one file's table; {@code written} learns the sheet row of each record. */
	private <T> void table(InputFile<T> file, List<Column<T>> columns, BiConsumer<T, Integer> written) {
		Styles styles = this.sheet.styles();
		this.sheet.text(this.row, 0, file.name(), styles.section);
		this.sheet.text(this.row, 2, file.rows().size() + " rader", styles.note);
		this.sheet.text(this.row, 3, "SHA-256 " + file.sha256() + " · läst som " + file.readAs(), styles.note);
		int header = this.row + 1;
		List<String> headings = new ArrayList<>(List.of(this.lineHeading));
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
			written.accept(inputRow.value(), first + r);
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
