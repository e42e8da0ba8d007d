package se.regionorebrolan.tillaggsbelopp.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, each created once and reused (a workbook holds a
 * limited number of styles). Number formats are locale-neutral: Swedish Excel shows
 * {@code #,##0} as {@code 1 234 567} and {@code 0.000000} with a decimal comma.
 */
final class Styles {

	static final String KRONOR = "#,##0 \"kr\"";

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle section;

	final CellStyle header;

	final CellStyle numberHeader;

	final CellStyle centredHeader;

	final CellStyle text;

	final CellStyle wrapped;

	final CellStyle note;

	final CellStyle wrappedNote;

	final CellStyle flag;

	final CellStyle kronor;

	final CellStyle kronorDecimals;

	final CellStyle integer;

	final CellStyle lineNumber;

	final CellStyle year;

	final CellStyle decimal;

	final CellStyle factor;

	final CellStyle share;

	final CellStyle sharePercent;

	final CellStyle precise;

	final CellStyle preciseFactor;

	final CellStyle plainNumber;

	final CellStyle percent;

	final CellStyle date;

	final CellStyle totalLabel;

	final CellStyle totalKronor;

	final CellStyle totalInteger;

	final CellStyle inputYear;

	final CellStyle inputDecimal;

	final CellStyle inputKronor;

	final CellStyle inputDate;

	private final XSSFWorkbook workbook;

	Styles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		Font plain = font(false, false, 10, IndexedColors.BLACK);
		Font bold = font(true, false, 10, IndexedColors.BLACK);
		this.title = style(font(true, false, 14, IndexedColors.DARK_BLUE), null);
		this.subtitle = style(font(false, true, 10, IndexedColors.GREY_50_PERCENT), null);
		this.section = style(font(true, false, 12, IndexedColors.DARK_BLUE), null);
		this.header = style(bold, null);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.BOTTOM);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setAlignment(HorizontalAlignment.LEFT);
		this.header.setIndention((short) 1);
		this.numberHeader = style(bold, null);
		this.numberHeader.cloneStyleFrom(this.header);
		this.numberHeader.setAlignment(HorizontalAlignment.RIGHT);
		this.numberHeader.setIndention((short) 0);
		this.centredHeader = style(bold, null);
		this.centredHeader.cloneStyleFrom(this.header);
		this.centredHeader.setAlignment(HorizontalAlignment.CENTER);
		this.centredHeader.setIndention((short) 0);
		// Text is indented a little so that it never runs into a right-aligned number in
		// the column before it ("1 882 000,00 kr 2025", "2 1814").
		// (an indent needs an explicit left alignment, in Excel and LibreOffice alike).
		this.text = style(plain, null);
		this.text.setAlignment(HorizontalAlignment.LEFT);
		this.text.setIndention((short) 1);
		this.wrapped = style(plain, null);
		this.wrapped.setAlignment(HorizontalAlignment.LEFT);
		this.wrapped.setIndention((short) 1);
		this.wrapped.setWrapText(true);
		this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		Font italic = font(false, true, 10, IndexedColors.GREY_80_PERCENT);
		this.note = style(italic, null);
		this.wrappedNote = style(italic, null);
		this.wrappedNote.setWrapText(true);
		// OK/FEL and Ja/Nej, centred so that they do not run into the numbers beside
		// them.
		this.flag = style(plain, null);
		this.flag.setAlignment(HorizontalAlignment.CENTER);
		this.kronor = style(plain, KRONOR);
		this.kronorDecimals = style(plain, "#,##0.00 \"kr\"");
		this.integer = style(plain, "#,##0");
		// a line number centred, so that it does not read as one number with a code
		// beside it
		this.lineNumber = style(plain, "0");
		this.lineNumber.setAlignment(HorizontalAlignment.CENTER);
		this.year = style(plain, "0");
		this.year.setAlignment(HorizontalAlignment.LEFT);
		this.year.setIndention((short) 1);
		this.decimal = style(plain, "#,##0.0##");
		this.factor = style(plain, "0.000000");
		this.share = style(plain, "0.000000");
		this.sharePercent = style(plain, "0.0000 %");
		this.precise = style(plain, "#,##0.000000");
		this.preciseFactor = style(plain, "0.000000000000");
		this.plainNumber = style(plain, "General");
		this.percent = style(plain, "0.0 %");
		this.date = style(plain, "yyyy-mm-dd");
		this.date.setAlignment(HorizontalAlignment.LEFT);
		this.date.setIndention((short) 1);
		this.totalLabel = style(bold, null);
		this.totalLabel.setBorderTop(BorderStyle.THIN);
		this.totalKronor = style(bold, KRONOR);
		this.totalKronor.setBorderTop(BorderStyle.THIN);
		this.totalInteger = style(bold, "#,##0");
		this.totalInteger.setBorderTop(BorderStyle.THIN);
		// Parameter values stand out: they are what every formula depends on.
		this.inputYear = input(bold, "0");
		this.inputDecimal = input(bold, "0.00##");
		this.inputKronor = input(bold, KRONOR);
		this.inputDate = input(bold, "yyyy-mm-dd");
		this.inputDate.setAlignment(HorizontalAlignment.LEFT);
	}

	private CellStyle input(Font font, String format) {
		CellStyle style = style(font, format);
		style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private CellStyle style(Font font, String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		// Rows with wrapped text are taller; every cell of such a row then starts at the
		// top.
		style.setVerticalAlignment(VerticalAlignment.TOP);
		if (format != null) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

	private Font font(boolean bold, boolean italic, int points, IndexedColors color) {
		Font font = this.workbook.createFont();
		font.setFontName("Calibri");
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		font.setItalic(italic);
		font.setColor(color.getIndex());
		return font;
	}

}
