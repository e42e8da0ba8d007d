package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
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

	/** The run's identity and time, at the foot of every page. */
	private final String runDetail;

	/** The columns given a width: the printed width. */
	private int columns;

	/** The rows of table headings, aligned to their columns' values when printed. */
	private final List<Integer> headingRows = new ArrayList<>();

	/**
	 * @param runLine the year, version and status every sheet shows in its title and on
	 * every printed page, e.g. "Tilläggsbelopp 2027 – version 2 – SLUTLIG"
	 * @param runDetail the run's identity and time on every printed page, e.g.
	 * "körnings-id 85e563aeeaf1 · beräknad 2026-11-22 10:15", or empty
	 */
	SheetWriter(XSSFSheet sheet, Styles styles, String runLine) {
		this(sheet, sheet, styles, runLine, "");
	}

	SheetWriter(XSSFSheet sheet, Styles styles, String runLine, String runDetail) {
		this(sheet, sheet, styles, runLine, runDetail);
	}

	private SheetWriter(XSSFSheet sheet, Sheet rows, Styles styles, String runLine, String runDetail) {
		this.sheet = sheet;
		this.rows = rows;
		this.styles = styles;
		this.runLine = runLine;
		this.runDetail = runDetail;
	}

	/**
	 * A writer whose rows are streamed to disk: rows must be written top-down, and only
	 * the last hundred can still be changed.
	 */
	static SheetWriter streamed(SXSSFWorkbook workbook, String name, Styles styles, String runLine, String runDetail) {
		SXSSFSheet rows = workbook.createSheet(name);
		return new SheetWriter(workbook.getXSSFWorkbook().getSheet(name), rows, styles, runLine, runDetail);
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
		this.headingRows.add(row);
	}

	/** Gives a row room for {@code lines} lines of wrapped text. */
	void lines(int row, int lines) {
		this.rows.getRow(row).setHeightInPoints(LINE_HEIGHT * lines + 2);
	}

	/** Starts a new printed page at a row (not the first). */
	void newPage(int row) {
		if (row > 0) {
			this.sheet.setRowBreak(row - 1);
		}
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
		this.columns = characters.length;
		for (int column = 0; column < characters.length; column++) {
			this.sheet.setColumnWidth(column, characters[column] * 256);
		}
	}

	/**
	 * A4 landscape, one page wide, the given row repeated on every page, and the year,
	 * status, run and page number in the header and footer. The subtitle wraps within the
	 * printed width, and headings stand over their values: right-aligned over numbers,
	 * centred over OK and FEL.
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
		this.sheet.getFooter().setLeft(this.runDetail);
		this.sheet.getFooter().setRight("Sida &P av &N");
		wrapSubtitle();
		this.headingRows.forEach(this::alignHeadings);
	}

	/**
	 * The subtitle (row 2) over the printed width, on as many lines as it needs there, so
	 * that the end of a long one is not cut off at the edge of the page.
	 */
	private void wrapSubtitle() {
		Row row = this.rows.getRow(1);
		Cell subtitle = (row != null) ? row.getCell(0) : null;
		boolean merged = this.sheet.getMergedRegions().stream().anyMatch(region -> region.isInRange(1, 0));
		if (subtitle == null || subtitle.getCellType() != CellType.STRING || this.columns < 2 || merged) {
			return;
		}
		int width = 0;
		for (int column = 0; column < this.columns; column++) {
			width += this.sheet.getColumnWidth(column) / 256;
		}
		subtitle.setCellStyle(this.styles.wrappedNote);
		this.sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, this.columns - 1));
		// italic text is about a tenth wider than the widths count
		lines(1, subtitle.getStringCellValue().length() * 11 / (width * 10) + 1);
	}

	private void alignHeadings(int headingRow) {
		Row headings = this.rows.getRow(headingRow);
		Row values = this.rows.getRow(headingRow + 1);
		if (headings == null || values == null) {
			return;
		}
		for (Cell heading : headings) {
			Cell value = values.getCell(heading.getColumnIndex());
			if (value != null && numeric(value.getCellStyle())) {
				heading.setCellStyle(this.styles.numberHeader);
			}
			else if (value != null && value.getCellStyle().getAlignment() == HorizontalAlignment.CENTER) {
				heading.setCellStyle(this.styles.centredHeader);
			}
		}
	}

	/** Whether a style shows a number right-aligned: a number format, no alignment. */
	private static boolean numeric(CellStyle style) {
		String format = style.getDataFormatString();
		return style.getAlignment() == HorizontalAlignment.GENERAL && format != null && !"General".equals(format)
				&& !"@".equals(format);
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
