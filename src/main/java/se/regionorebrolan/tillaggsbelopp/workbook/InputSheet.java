package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.input.DistancesCsv;
import se.regionorebrolan.tillaggsbelopp.input.HomeCareMeasurementCsv;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.MunicipalitiesCsv;
import se.regionorebrolan.tillaggsbelopp.input.PopulationCsv;
import se.regionorebrolan.tillaggsbelopp.input.PsychiatricInvoicedCsv;
import se.regionorebrolan.tillaggsbelopp.input.SomaticBaseCsv;
import se.regionorebrolan.tillaggsbelopp.input.TableDescription;
import se.regionorebrolan.tillaggsbelopp.input.TaxBaseGrowthCsv;

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

	/**
	 * The invoices add up: their years and amounts are named ranges for the county sums.
	 */
	private static final Map<InputColumn<?>, String> DEFINED_NAMES = Map.of(PsychiatricInvoicedCsv.YEAR, INVOICE_YEAR,
			PsychiatricInvoicedCsv.AMOUNT, INVOICE_AMOUNT);

	private final SheetWriter sheet;

	/** What the row numbers count: lines of a file or rows of a sheet. */
	private final String lineHeading;

	private final InputCells cells = new InputCells();

	/** The row of the first table's title (0-based). */
	static final int FIRST_TABLE_ROW = 3;

	private int row = FIRST_TABLE_ROW;

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
		tables.table(MunicipalitiesCsv.TABLE, input, (municipality, row) -> {
		});
		tables.table(PopulationCsv.TABLE, input, (count, row) -> {
			if (count.referenceDate().equals(parameters.populationReferenceDate())) {
				cells.populationRows.put(count.municipalityCode(), row);
			}
		});
		tables.table(DistancesCsv.TABLE, input,
				(distance, row) -> cells.distanceRows.put(distance.municipalityCode(), row));
		tables.table(TaxBaseGrowthCsv.TABLE, input, (growth, row) -> cells.growthRows.put(growth.year(), row));
		tables.table(SomaticBaseCsv.TABLE, input, (base, row) -> cells.somaticRows.put(base.municipalityCode(), row));
		tables.table(PsychiatricInvoicedCsv.TABLE, input, (invoice, row) -> {
		});
		AdvancedParameters advanced = parameters.advanced();
		tables.table(HomeCareMeasurementCsv.TABLE, input, (measurement, row) -> {
			if (measurement.measurementDate().equals(advanced.measurementDate())
					&& measurement.category() == advanced.category()) {
				cells.measurementRows.put(measurement.municipalityCode(), row);
			}
		});
		sheet.widths(10, 18, 26, 22, 18, 20, 60);
		// rows of one line of 10-point text: a file of four rows per municipality (48
		// lines)
		// then prints on one page with its heading
		sheet.sheet().setDefaultRowHeightInPoints(13.5f);
		sheet.print(-1);
		sheet.protect();
		return cells;
	}

	/** Writes one file's table; {@code written} learns the sheet row of each record. */
	private <T> void table(TableDescription<T> table, InputSet input, BiConsumer<T, Integer> written) {
		InputFile<T> file = table.in(input);
		List<InputColumn<T>> columns = table.columns();
		Styles styles = this.sheet.styles();
		if (this.row > 3) {
			this.sheet.newPage(this.row);
		}
		this.sheet.text(this.row, 0, file.name(), styles.section);
		this.sheet.text(this.row, 2, file.rows().size() + " rader", styles.note);
		this.sheet.text(this.row, 3, "SHA-256 " + file.sha256() + " · läst som " + file.readAs(), styles.note);
		List<String> headings = new ArrayList<>(List.of(this.lineHeading));
		// Swedish for the reader, the file's own column name under it for whoever
		// compares with the CSV file
		columns.forEach(column -> headings.add(column.heading() + "\n" + column.name()));
		this.sheet.headers(this.row + 1, 2, headings.toArray(String[]::new));
		int first = firstDataRow(this.row);
		for (int r = 0; r < file.rows().size(); r++) {
			InputRow<T> inputRow = file.rows().get(r);
			this.sheet.number(first + r, 0, inputRow.line(), styles.lineNumber);
			for (InputColumn<T> column : columns) {
				InputColumns.write(this.sheet, first + r, InputCells.column(table, column), column, inputRow,
						GrowthKind::swedishLabel);
			}
			written.accept(inputRow.value(), first + r);
		}
		int last = first + file.rows().size() - 1;
		if (last >= first) {
			for (InputColumn<T> column : columns) {
				String definedName = DEFINED_NAMES.get(column);
				if (definedName != null) {
					ParametersSheet.define(this.sheet.sheet().getWorkbook(), definedName,
							this.sheet.qualifiedRange(first, last, InputCells.column(table, column)));
				}
			}
		}
		this.row = nextTable(this.row, file.rows().size());
	}

	/**
	 * The first data row of a table whose title is in {@code tableRow}: under its header.
	 */
	static int firstDataRow(int tableRow) {
		return tableRow + 2;
	}

	/**
	 * The title row of the table after one of {@code rows} rows whose title is in
	 * {@code tableRow}: after its title, header and rows, and two empty rows.
	 */
	static int nextTable(int tableRow, int rows) {
		return firstDataRow(tableRow) + rows + 2;
	}

}
