package se.regionorebrolan.tillaggsbelopp.report;

import java.math.BigDecimal;

import org.apache.poi.ss.util.CellReference;

/**
 * A formula cell whose evaluated value must equal the engine's value, to the krona.
 */
record CheckedCell(String sheet, int row, int column, BigDecimal expected) {

	/** The cell as Excel names it, e.g. {@code Sammanställning!G10}. */
	String reference() {
		return this.sheet + "!" + new CellReference(this.row, this.column).formatAsString();
	}

}
