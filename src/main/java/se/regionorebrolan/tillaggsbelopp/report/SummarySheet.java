package se.regionorebrolan.tillaggsbelopp.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;

/**
 * Sammanställning: one row per municipality with the four components and the total, and
 * the county total. Totals are formulas over the amounts, so a reviewer can see how they
 * add up.
 */
final class SummarySheet {

	static final String NAME = "Sammanställning";

	/** Row index (0-based) of the column headings. */
	static final int HEADER_ROW = 4;

	private static final int FIRST_AMOUNT_COLUMN = 2;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final XSSFSheet sheet;

	private final WorkbookStyles styles;

	private SummarySheet(XSSFSheet sheet, WorkbookStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	/**
	 * Writes the sheet and returns the cells that must equal the engine's county totals.
	 */
	static List<CheckedCell> write(XSSFWorkbook workbook, WorkbookStyles styles, Calculation calculation, RunInfo run) {
		SummarySheet summary = new SummarySheet(workbook.createSheet(NAME), styles);
		summary.heading(calculation, run);
		List<MunicipalityAmounts> rows = calculation.amounts();
		for (int i = 0; i < rows.size(); i++) {
			summary.municipalityRow(HEADER_ROW + 1 + i, rows.get(i));
		}
		int totalRow = HEADER_ROW + 1 + rows.size();
		List<CheckedCell> checks = summary.countyRow(totalRow, rows.size(), calculation);
		summary.notes(totalRow + 2, calculation.notices());
		summary.layout();
		return checks;
	}

	private void heading(Calculation calculation, RunInfo run) {
		text(row(0), 0, "Tilläggsbelopp för budgetåret " + calculation.parameters().budgetYear(), this.styles.title);
		text(row(1), 0, "Hälso- och sjukvård i hemmet, primärvårdsnivå – ekonomisk reglering enligt avsnitt 4 i "
				+ "överenskommelsen mellan Region Örebro län och länets kommuner", this.styles.subtitle);
		text(row(2), 0, "Beräknat " + TIME.format(run.calculatedAt()) + " · körnings-id " + run.shortIdentity(),
				this.styles.subtitle);
		Row header = row(HEADER_ROW);
		text(header, 0, "Kommunkod", this.styles.header);
		text(header, 1, "Kommun", this.styles.header);
		for (Component component : Component.values()) {
			text(header, FIRST_AMOUNT_COLUMN + component.ordinal(), component.swedishLabel(), this.styles.header);
		}
		text(header, totalColumn(), "Totalt", this.styles.header);
	}

	private void municipalityRow(int rowIndex, MunicipalityAmounts amounts) {
		Row row = row(rowIndex);
		text(row, 0, amounts.municipality().code(), this.styles.text);
		text(row, 1, amounts.municipality().name(), this.styles.text);
		for (Component component : Component.values()) {
			kronor(row, FIRST_AMOUNT_COLUMN + component.ordinal(), amounts.amount(component), this.styles.kronor);
		}
		formula(row, totalColumn(),
				"SUM(" + ref(rowIndex, FIRST_AMOUNT_COLUMN) + ":" + ref(rowIndex, totalColumn() - 1) + ")",
				this.styles.kronor);
	}

	private List<CheckedCell> countyRow(int rowIndex, int municipalityCount, Calculation calculation) {
		Row row = row(rowIndex);
		text(row, 0, "Länet", this.styles.totalLabel);
		text(row, 1, "Summa", this.styles.totalLabel);
		List<CheckedCell> checks = new java.util.ArrayList<>();
		for (int column = FIRST_AMOUNT_COLUMN; column <= totalColumn(); column++) {
			formula(row, column, "SUM(" + ref(HEADER_ROW + 1, column) + ":" + ref(rowIndex - 1, column) + ")",
					this.styles.totalKronor);
			BigDecimal expected = (column == totalColumn()) ? calculation.countyTotal()
					: calculation.component(Component.values()[column - FIRST_AMOUNT_COLUMN]).countyTotal();
			checks.add(new CheckedCell(NAME, rowIndex, column, expected));
		}
		return checks;
	}

	private void notes(int firstRow, List<String> notices) {
		text(row(firstRow), 0, "Beloppen är hela kronor. Varje komponent fördelas med största-rest-metoden, så "
				+ "att kommunernas belopp summerar exakt till länets belopp.", this.styles.subtitle);
		for (int i = 0; i < notices.size(); i++) {
			text(row(firstRow + 1 + i), 0, notices.get(i), this.styles.subtitle);
		}
	}

	private void layout() {
		this.sheet.createFreezePane(0, HEADER_ROW + 1);
		this.sheet.setColumnWidth(0, 12 * 256);
		this.sheet.setColumnWidth(1, 20 * 256);
		for (int column = FIRST_AMOUNT_COLUMN; column <= totalColumn(); column++) {
			this.sheet.setColumnWidth(column, 17 * 256);
		}
	}

	private static int totalColumn() {
		return FIRST_AMOUNT_COLUMN + Component.values().length;
	}

	private Row row(int index) {
		Row row = this.sheet.getRow(index);
		return (row != null) ? row : this.sheet.createRow(index);
	}

	/**
	 * Text from the input is always a string cell, never a formula, whatever it starts
	 * with.
	 */
	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void kronor(Row row, int column, BigDecimal amount, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(amount.doubleValue());
		cell.setCellStyle(style);
	}

	private static void formula(Row row, int column, String formula, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellFormula(formula);
		cell.setCellStyle(style);
	}

	private static String ref(int row, int column) {
		return new CellReference(row, column).formatAsString();
	}

}
