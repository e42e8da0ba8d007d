package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.input.ColumnKind;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;

/**
 * How the workbooks write a value of an input column (the Indata sheet of the results and
 * the input workbook template): its cell style by what the column holds, and the value as
 * a typed cell.
 */
final class InputColumns {

	private InputColumns() {
	}

	static CellStyle style(ColumnKind kind, Styles styles) {
		return switch (kind) {
			case CODE, TEXT, GROWTH_KIND, SOURCE -> styles.text;
			case DATE -> styles.date;
			case COUNT -> styles.integer;
			case YEAR, CATEGORY -> styles.year;
			case KILOMETRES, PERCENT -> styles.decimal;
			case KRONOR -> styles.kronorDecimals;
		};
	}

	/**
	 * Writes the row's value of the column; a kind of growth as {@code kindWord} says
	 * (outcome as the files write it, utfall as the template does).
	 */
	static <T> Cell write(SheetWriter sheet, int row, int column, InputColumn<T> described, InputRow<T> inputRow,
			Function<GrowthKind, String> kindWord) {
		Object value = described.valueOf(inputRow);
		CellStyle style = style(described.kind(), sheet.styles());
		if (value instanceof LocalDate date) {
			return sheet.date(row, column, date, style);
		}
		if (value instanceof BigDecimal number) {
			return sheet.number(row, column, number, style);
		}
		if (value instanceof Number number) {
			return sheet.number(row, column, number.longValue(), style);
		}
		if (value instanceof GrowthKind kind) {
			return sheet.text(row, column, kindWord.apply(kind), style);
		}
		return sheet.text(row, column, (String) value, style);
	}

}
