package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;

/**
 * A formula cell whose value must equal the engine's: kronor exactly, factors and shares
 * within a tolerance that only the binary arithmetic of spreadsheets needs. The same list
 * drives the Kontroller sheet and the check the job makes before it writes the workbook.
 *
 * @param what what the cell holds, in Swedish, e.g. "Somatisk grund, 1880 Örebro:
 * tilldelat"
 * @param sheet the sheet name
 * @param row the row (0-based)
 * @param column the column (0-based)
 * @param expected the engine's value
 * @param kind how exactly it must match, and how it is shown
 */
record CheckedCell(String what, String sheet, int row, int column, BigDecimal expected, Kind kind) {

	private static final BigDecimal DOUBLE_PRECISION = new BigDecimal("1E-13");

	private static final MathContext ONE_DIGIT_UP = new MathContext(1, RoundingMode.UP);

	/**
	 * What a checked value is: whole kronor, an index factor, or a share or weight with
	 * decimals.
	 */
	enum Kind {

		KRONOR(BigDecimal.ZERO), FACTOR(new BigDecimal("1E-12")), SHARE(new BigDecimal("1E-6"));

		private final BigDecimal tolerance;

		Kind(BigDecimal tolerance) {
			this.tolerance = tolerance;
		}

		BigDecimal tolerance() {
			return this.tolerance;
		}

		CellStyle style(Styles styles) {
			return switch (this) {
				case KRONOR -> styles.kronor;
				case FACTOR -> styles.preciseFactor;
				case SHARE -> styles.precise;
			};
		}

	}

	static CheckedCell kronor(String what, String sheet, int row, int column, BigDecimal expected) {
		return new CheckedCell(what, sheet, row, column, expected, Kind.KRONOR);
	}

	static CheckedCell factor(String what, String sheet, int row, int column, BigDecimal expected) {
		return new CheckedCell(what, sheet, row, column, expected, Kind.FACTOR);
	}

	/**
	 * An exact share in kronor or a weight with decimals, computed in binary by the
	 * spreadsheet.
	 */
	static CheckedCell share(String what, String sheet, int row, int column, BigDecimal expected) {
		return new CheckedCell(what, sheet, row, column, expected, Kind.SHARE);
	}

	/**
	 * The kind's tolerance, widened for a share beyond some ten million kronor or a
	 * factor beyond ten to the digits a binary double cannot hold (10⁻¹³ of the value,
	 * e.g. 0.002 kr for 15 billion): a growth series the agreement allows may index by a
	 * factor of thousands (docs/decisions/0025).
	 */
	BigDecimal tolerance() {
		if (this.kind == Kind.KRONOR) {
			return this.kind.tolerance();
		}
		return this.kind.tolerance().max(this.expected.abs().multiply(DOUBLE_PRECISION).round(ONE_DIGIT_UP));
	}

	/** The tolerance as a reader sees it: "exakt" or "± 0,000001". */
	String shownTolerance() {
		BigDecimal tolerance = tolerance();
		return (tolerance.signum() == 0) ? "exakt" : "± " + tolerance.toPlainString().replace('.', ',');
	}

	boolean matches(double value) {
		return BigDecimal.valueOf(value).subtract(this.expected).abs().compareTo(tolerance()) <= 0;
	}

	/** The cell as Excel names it, e.g. {@code Sammanställning!G10}. */
	String reference() {
		return this.sheet + "!" + new CellReference(this.row, this.column).formatAsString();
	}

	/** The cell as a formula refers to it from another sheet. */
	String formulaReference() {
		return SheetWriter.quoted(this.sheet) + "!" + SheetWriter.abs(this.row, this.column);
	}

}
