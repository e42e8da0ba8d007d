package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A cell of the input workbook as the table readers read it: the text a finance officer
 * sees in Swedish Excel, so that the same checks as for a semicolon CSV file apply. A
 * number is written with a decimal comma and at most Excel's 15 significant digits (what
 * was typed, without the binary noise of a double), a date cell as ÅÅÅÅ-MM-DD (with its
 * time of day when it has one, which the date check refuses), a formula as the value
 * Excel saved with it, once the formula has been worked out again and gives the same
 * value. A cell that holds no usable value is refused with the reason: a formula is never
 * read as 0 because a program saved it without calculating it.
 *
 * @param text the value as text, or what the cell shows when it is refused
 * @param refusal why the cell cannot be used, if it cannot
 */
record SheetCell(String text, Optional<String> refusal) {

	/** Excel keeps 15 significant digits; more are noise of the binary double. */
	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

	private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	private static final String RECALCULATE = "öppna arbetsboken i Excel och spara den, så att värdet räknas ut och sparas";

	/** Relative difference within which a saved value and the recalculated one agree. */
	private static final double AGREEMENT = 1e-9;

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
	 * A formula's value as Excel saved it. Programs that write formulas without
	 * calculating them save no value ({@code <v/>} from openpyxl) or 0 (XlsxWriter), so
	 * the saved value is used only when the formula, worked out again, gives the same; a
	 * formula the program cannot work out is taken at its saved value unless the workbook
	 * itself says its saved values are stale (recalculate on opening).
	 */
	private static SheetCell formula(Cell cell) {
		String formula = "=" + cell.getCellFormula();
		if (!hasSavedValue((XSSFCell) cell)) {
			return refused(formula, "formeln har inget sparat värde; " + RECALCULATE);
		}
		if (cell.getCachedFormulaResultType() == CellType.ERROR) {
			return refused(formula, "formeln ger felvärdet " + FormulaError.forInt(cell.getErrorCellValue()).getString()
					+ "; rätta formeln eller skriv in värdet");
		}
		Optional<CellValue> recalculated = recalculated(cell);
		if (recalculated.isEmpty() && cell.getSheet().getWorkbook().getForceFormulaRecalculation()) {
			return refused(formula, "arbetsboken ska räknas om när den öppnas, så det sparade värdet gäller inte, "
					+ "och programmet kan inte räkna ut formeln; " + RECALCULATE);
		}
		SheetCell saved = value(cell, cell.getCachedFormulaResultType());
		if (recalculated.isPresent() && !agrees(cell, recalculated.get())) {
			return refused(formula, "det sparade värdet " + saved.text() + " är inte vad formeln ger ("
					+ shown(recalculated.get()) + "), så arbetsboken sparades utan att räknas om; " + RECALCULATE);
		}
		return saved;
	}

	/**
	 * A formula string may be empty ({@code =""}); any other empty saved value means none
	 * was saved.
	 */
	private static boolean hasSavedValue(XSSFCell cell) {
		String raw = cell.getRawValue();
		return raw != null && (!raw.isEmpty() || cell.getCachedFormulaResultType() == CellType.STRING);
	}

	/**
	 * The formula worked out again, or empty when POI cannot. Formulas are rare in input,
	 * so each gets an evaluator of its own.
	 */
	private static Optional<CellValue> recalculated(Cell cell) {
		FormulaEvaluator evaluator = cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator();
		try {
			return Optional.of(evaluator.evaluate(cell));
		}
		catch (RuntimeException unsupported) {
			// A function POI does not implement, a link to another workbook, ...
			return Optional.empty();
		}
	}

	private static boolean agrees(Cell cell, CellValue recalculated) {
		CellType saved = cell.getCachedFormulaResultType();
		if (saved != recalculated.getCellType()) {
			return false;
		}
		return switch (saved) {
			case NUMERIC -> closeTo(cell.getNumericCellValue(), recalculated.getNumberValue());
			case STRING -> cell.getStringCellValue().equals(recalculated.getStringValue());
			case BOOLEAN -> cell.getBooleanCellValue() == recalculated.getBooleanValue();
			default -> true;
		};
	}

	/** Equal but for the last of 15 digits, where spreadsheets' arithmetic differs. */
	private static boolean closeTo(double saved, double recalculated) {
		return Math.abs(saved - recalculated) <= AGREEMENT
				* Math.max(1, Math.max(Math.abs(saved), Math.abs(recalculated)));
	}

	private static String shown(CellValue value) {
		return switch (value.getCellType()) {
			case NUMERIC -> DecimalMark.COMMA.write(typed(value.getNumberValue()));
			case STRING -> "\"" + value.getStringValue() + "\"";
			case BOOLEAN -> value.getBooleanValue() ? "SANT" : "FALSKT";
			default -> value.formatAsString();
		};
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
