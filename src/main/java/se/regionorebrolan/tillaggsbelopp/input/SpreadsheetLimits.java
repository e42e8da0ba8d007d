package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * What Excel holds, and so what every figure and text of the input may be, so that the
 * workbooks show what the program computed and compute it again the same way
 * (docs/decisions/0025): a number has at most 15 significant digits, the digits of a
 * double, and fewer than 13 digits before the decimal mark, which leaves a double three
 * decimals beyond the krona; a text fits a cell three times over; a table fits a sheet.
 */
public final class SpreadsheetLimits {

	/** Every number is smaller than this: at most 12 digits before the decimal mark. */
	public static final BigDecimal LARGEST = BigDecimal.TEN.pow(12);

	/**
	 * A decimal with at most 15 significant digits is the same number after a trip
	 * through a double, so it compares with another such number as in exact arithmetic.
	 */
	public static final int SIGNIFICANT_DIGITS = 15;

	/** The characters of one cell in Excel. */
	public static final int CELL_CHARACTERS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	/**
	 * The characters of a text: a third of a cell, since the workbook writes up to three
	 * texts into one cell (Kontroller: a municipality, its central town and its
	 * hospital).
	 */
	public static final int TEXT_CHARACTERS = 10_000;

	/** The rows of one sheet in Excel, a header row included. */
	public static final int SHEET_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	private SpreadsheetLimits() {
	}

	/** Whether the number has 13 digits or more before the decimal mark. */
	public static boolean tooLarge(BigDecimal number) {
		return number.abs().compareTo(LARGEST) >= 0;
	}

	/**
	 * Whether the number has more significant digits than a double holds (trailing zeros
	 * after the decimal mark do not count: 36.50 is 36.5).
	 */
	public static boolean tooPrecise(BigDecimal number) {
		return number.stripTrailingZeros().precision() > SIGNIFICANT_DIGITS;
	}

}
