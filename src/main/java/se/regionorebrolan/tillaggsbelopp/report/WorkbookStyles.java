package se.regionorebrolan.tillaggsbelopp.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, each created once and reused (a workbook holds a
 * limited number of styles). Number formats are locale-neutral: Swedish Excel shows
 * {@code #,##0} as {@code 1 234 567}.
 */
final class WorkbookStyles {

	static final String KRONOR_FORMAT = "#,##0 \"kr\"";

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle header;

	final CellStyle text;

	final CellStyle kronor;

	final CellStyle totalLabel;

	final CellStyle totalKronor;

	WorkbookStyles(XSSFWorkbook workbook) {
		this.title = style(workbook, font(workbook, true, false, 14));
		this.subtitle = style(workbook, font(workbook, false, true, 10));
		this.header = style(workbook, font(workbook, true, false, 10));
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.BOTTOM);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.text = style(workbook, font(workbook, false, false, 10));
		this.kronor = style(workbook, font(workbook, false, false, 10));
		this.kronor.setDataFormat(workbook.createDataFormat().getFormat(KRONOR_FORMAT));
		this.totalLabel = style(workbook, font(workbook, true, false, 10));
		this.totalLabel.setBorderTop(BorderStyle.THIN);
		this.totalKronor = style(workbook, font(workbook, true, false, 10));
		this.totalKronor.setDataFormat(this.kronor.getDataFormat());
		this.totalKronor.setBorderTop(BorderStyle.THIN);
		this.header.setAlignment(HorizontalAlignment.LEFT);
	}

	private static CellStyle style(XSSFWorkbook workbook, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
		Font font = workbook.createFont();
		font.setFontName("Calibri");
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		font.setItalic(italic);
		if (italic) {
			font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		}
		return font;
	}

}
