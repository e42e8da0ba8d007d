package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A cell of the input workbook as the table readers read it: the text a finance officer
 * sees in Swedish Excel, so that the same checks as for a semicolon CSV file apply. A
 * number is written with a decimal comma and at most Excel's 15 significant digits (what
 * was typed, without the binary noise of a double), a date cell as ÅÅÅÅ-MM-DD (with its
 * time of day when it has one, which the date check refuses), a formula as the value
 * Excel saved with it. A cell that holds no usable value is refused with the reason.
 *
 * @param text the value as text, or what the cell shows when it is refused
 * @param refusal why the cell cannot be used, if it cannot
 */
record SheetCell(String text, Optional<String> refusal) {

	/** Excel keeps 15 significant digits; more are noise of the binary double. */
	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

	private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	private static final String RECALCULATE = "öppna arbetsboken i Excel och spara den, så att värdet räknas ut och sparas";

	static SheetCell of(Cell cell) {
		if (cell == null) {
			return usable("");
		}
		if (cell.getCellType() == CellType.FORMULA) {
			return formula(cell);
		}
		return value(cell, cell.getCellType());
	}

	boolean isBlank() {
		return this.refusal.isEmpty() && this.text.isBlank();
	}

	private static SheetCell usable(String text) {
		return new SheetCell(text, Optional.empty());
	}

	private static SheetCell refused(String shown, String reason) {
		return new SheetCell(shown, Optional.of(reason));
	}

	/**
	 * A formula's value as Excel saved it; a program that writes formulas without
	 * calculating them saves none.
	 */
	private static SheetCell formula(Cell cell) {
		String formula = "=" + cell.getCellFormula();
		if (((XSSFCell) cell).getRawValue() == null) {
			return refused(formula, "formeln har inget sparat värde; " + RECALCULATE);
		}
		if (cell.getCachedFormulaResultType() == CellType.ERROR) {
			return refused(formula, "formeln ger felvärdet " + FormulaError.forInt(cell.getErrorCellValue()).getString()
					+ "; rätta formeln eller skriv in värdet");
		}
		return value(cell, cell.getCachedFormulaResultType());
	}

	private static SheetCell value(Cell cell, CellType type) {
		return switch (type) {
			case STRING -> usable(cell.getStringCellValue());
			case NUMERIC -> number(cell);
			case BOOLEAN -> usable(cell.getBooleanCellValue() ? "SANT" : "FALSKT");
			case ERROR -> refused(FormulaError.forInt(cell.getErrorCellValue()).getString(),
					"cellen innehåller ett felvärde; skriv in värdet");
			default -> usable("");
		};
	}

	private static SheetCell number(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime at = cell.getLocalDateTimeCellValue();
			return usable(at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
					: at.format(DATE_AND_TIME));
		}
		BigDecimal value = typed(cell.getNumericCellValue());
		if (isPercent(cell.getCellStyle().getDataFormatString())) {
			return refused(DecimalMark.COMMA.write(value.movePointRight(2).stripTrailingZeros()) + " %",
					"cellen är formaterad som procent, så Excel sparar talet " + DecimalMark.COMMA.write(value)
							+ "; skriv procentsatsen som ett tal utan procentformat, t.ex. 3,4");
		}
		return usable(DecimalMark.COMMA.write(value));
	}

	/** The number as typed: 15 significant digits, no trailing zeros, no exponent. */
	static BigDecimal typed(double number) {
		BigDecimal value = new BigDecimal(number).round(EXCEL_DIGITS).stripTrailingZeros();
		return (value.scale() < 0) ? value.setScale(0) : value;
	}

	/** Whether a number format shows a percentage: a % outside quoted text. */
	private static boolean isPercent(String format) {
		return format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
	}

}
