package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the cells of one sheet. Text is always a string cell, so a name from the input
 * that starts with {@code =}, {@code +}, {@code -} or {@code @} stays text and never
 * becomes a formula; formulas are only ever built by this program.
 */
final class SheetWriter {

	/** Points per line of 10-point text. */
	private static final float LINE_HEIGHT = 13.5f;

	/** The sheet's settings: print setup, protection, widths, panes, filters. */
	private final XSSFSheet sheet;

	/**
	 * Where the rows go: the sheet itself, or a stream that keeps only a window of rows.
	 */
	private final Sheet rows;

	private final Styles styles;

	private final String runLine;

	/**
	 * @param runLine the year, version and status every sheet shows in its title and on
	 * every printed page, e.g. "Tilläggsbelopp 2027 – version 2 – SLUTLIG"
	 */
	SheetWriter(XSSFSheet sheet, Styles styles, String runLine) {
		this(sheet, sheet, styles, runLine);
	}

	private SheetWriter(XSSFSheet sheet, Sheet rows, Styles styles, String runLine) {
		this.sheet = sheet;
		this.rows = rows;
		this.styles = styles;
		this.runLine = runLine;
	}

	/**
	 * A writer whose rows are streamed to disk: rows must be written top-down, and only
	 * the last hundred can still be changed.
	 */
	static SheetWriter streamed(SXSSFWorkbook workbook, String name, Styles styles, String runLine) {
		SXSSFSheet rows = workbook.createSheet(name);
		return new SheetWriter(workbook.getXSSFWorkbook().getSheet(name), rows, styles, runLine);
	}

	XSSFSheet sheet() {
		return this.sheet;
	}

	Styles styles() {
		return this.styles;
	}

	String name() {
		return this.sheet.getSheetName();
	}

	Cell text(int row, int column, String value, CellStyle style) {
		Cell cell = cell(row, column, style);
		cell.setCellValue(value);
		return cell;
	}

	Cell number(int row, int column, BigDecimal value, CellStyle style) {
		Cell cell = cell(row, column, style);
		cell.setCellValue(value.doubleValue());
		return cell;
	}

	Cell number(int row, int column, long value, CellStyle style) {
		Cell cell = cell(row, column, style);
		cell.setCellValue(value);
		return cell;
	}

	Cell date(int row, int column, LocalDate value, CellStyle style) {
		Cell cell = cell(row, column, style);
		cell.setCellValue(value);
		return cell;
	}

	Cell formula(int row, int column, String formula, CellStyle style) {
		Cell cell = cell(row, column, style);
		cell.setCellFormula(formula);
		return cell;
	}

	/** A table's column headings, with room for {@code lines} lines of wrapped text. */
	void headers(int row, int lines, String... headings) {
		for (int column = 0; column < headings.length; column++) {
			text(row, column, headings[column], this.styles.header);
		}
		lines(row, lines);
	}

	/** Gives a row room for {@code lines} lines of wrapped text. */
	void lines(int row, int lines) {
		this.rows.getRow(row).setHeightInPoints(LINE_HEIGHT * lines + 2);
	}

	/** The sheet's name with the run line as its title, and a subtitle. */
	void heading(String name, String subtitle) {
		title(name + " · " + this.runLine, subtitle);
	}

	/** A title and a subtitle, the first two lines of a sheet. */
	void title(String title, String subtitle) {
		text(0, 0, title, this.styles.title);
		text(1, 0, subtitle, this.styles.subtitle);
	}

	void widths(int... characters) {
		for (int column = 0; column < characters.length; column++) {
			this.sheet.setColumnWidth(column, characters[column] * 256);
		}
	}

	/**
	 * A4 landscape, one page wide, the given row repeated on every page, and the year,
	 * status and page number in the header and footer.
	 */
	void print(int repeatedRow) {
		PrintSetup setup = this.sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setAutobreaks(true);
		if (repeatedRow >= 0) {
			this.sheet.setRepeatingRows(new CellRangeAddress(repeatedRow, repeatedRow, -1, -1));
		}
		this.sheet.getHeader().setLeft(this.runLine);
		this.sheet.getHeader().setRight("&A");
		this.sheet.getFooter().setRight("Sida &P av &N");
	}

	/**
	 * A document of one page, such as a payment basis to sign: A4 portrait, scaled to fit
	 * on the page, with the header and footer of {@link #print}.
	 */
	void printOnOnePage() {
		print(-1);
		PrintSetup setup = this.sheet.getPrintSetup();
		setup.setLandscape(false);
		setup.setFitHeight((short) 1);
	}

	/**
	 * Protects the sheet against accidental edits; filtering, sorting and column widths
	 * stay allowed.
	 */
	void protect() {
		this.sheet.enableLocking();
		this.sheet.lockAutoFilter(false);
		this.sheet.lockSort(false);
		this.sheet.lockFormatColumns(false);
		this.sheet.lockSelectLockedCells(false);
		this.sheet.lockSelectUnlockedCells(false);
	}

	/** A1-style reference within this sheet, e.g. {@code F6}. */
	static String ref(int row, int column) {
		return new CellReference(row, column).formatAsString();
	}

	/** Absolute reference within this sheet, e.g. {@code $F$6}. */
	static String abs(int row, int column) {
		return new CellReference(row, column, true, true).formatAsString();
	}

	/** Absolute reference from another sheet, e.g. {@code 'Beräkning'!$L$8}. */
	String qualified(int row, int column) {
		return quoted(name()) + "!" + abs(row, column);
	}

	/** An absolute column range from another sheet, e.g. {@code 'Indata'!$B$10:$B$57}. */
	String qualifiedRange(int firstRow, int lastRow, int column) {
		return quoted(name()) + "!" + abs(firstRow, column) + ":" + abs(lastRow, column);
	}

	static String quoted(String sheetName) {
		return "'" + sheetName.replace("'", "''") + "'";
	}

	private Cell cell(int row, int column, CellStyle style) {
		Row existing = this.rows.getRow(row);
		Row target = (existing != null) ? existing : this.rows.createRow(row);
		Cell cell = target.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

}
