package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;

import se.regionorebrolan.tillaggsbelopp.calculation.AllocationLine;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.ComponentResult;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * Beräkning of the compact workbook: each component's county total and its allocation in
 * whole kronor, one line per municipality with the engine's values (weight, share, exact
 * share, floor, remainder, rank, allocated), written top-down so that it can be streamed.
 */
final class CompactCalculationSheet {

	private static final String[] HEADINGS = { "Kod", "Kommun", "Vikt", "Andel", "Exakt belopp (kr)", "Golv (hela kr)",
			"Rest", "Rang", "Extra krona", "Tilldelat (kr)" };

	private static final String[] KEYS = { "uppräknat tidigare belopp", "antal invånare 65 år och äldre",
			"antal patienter i vårdkategorin", "antal invånare 65 år och äldre i kommunerna över avståndsgränsen" };

	private final SheetWriter sheet;

	private final Styles styles;

	/** The row of the first block's title (0-based). */
	private static final int FIRST_BLOCK_ROW = 3;

	/**
	 * A block's rows above its municipalities: title, note, county total, leftover,
	 * header.
	 */
	private static final int ROWS_ABOVE = 6;

	/** A block's rows below its municipalities: the sum and two empty rows. */
	private static final int ROWS_BELOW = 3;

	private int row = FIRST_BLOCK_ROW;

	private int firstHeader = -1;

	private CompactCalculationSheet(SheetWriter sheet) {
		this.sheet = sheet;
		this.styles = sheet.styles();
	}

	static void write(SheetWriter sheet, Calculation calculation) {
		CompactCalculationSheet writer = new CompactCalculationSheet(sheet);
		sheet.heading(CalculationSheet.NAME, "Varje komponents länsbelopp och dess fördelning i hela kronor med "
				+ "största-rest-metoden, med programmets värden (se bladet Metod).");
		for (ComponentResult result : calculation.components()) {
			writer.block(result, calculation.municipalities());
		}
		sheet.widths(16, 18, 18, 12, 18, 16, 14, 8, 11, 15);
		// every block has the same headings: the first block's are repeated on every page
		sheet.print(writer.firstHeader);
		sheet.protect();
	}

	private void block(ComponentResult result, List<Municipality> municipalities) {
		if (this.firstHeader >= 0) {
			this.sheet.newPage(this.row);
		}
		Component component = result.component();
		List<AllocationLine> lines = result.allocation();
		BigDecimal floors = lines.stream().map(AllocationLine::floor).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal weights = lines.stream().map(AllocationLine::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		int start = this.row;
		this.sheet.text(this.row++, 0, component.swedishLabel(), this.styles.section);
		this.sheet.text(this.row++, 0, "Fördelas efter " + KEYS[component.ordinal()] + ". Andel = vikt / summan av "
				+ "vikterna; exakt belopp = länets belopp × andel; golv = heltalsdelen; de kronor som blir kvar går "
				+ "till rang 1, 2, … (störst rest).", this.styles.note);
		this.sheet.text(this.row, 0, "Länets belopp", this.styles.totalLabel);
		this.sheet.number(this.row++, 2, result.countyTotal(), this.styles.totalKronor);
		this.sheet.text(this.row, 0, "Kvar att fördela efter golven", this.styles.text);
		this.sheet.number(this.row++, 2, result.countyTotal().subtract(floors), this.styles.integer);
		this.sheet.headers(++this.row, 2, HEADINGS);
		if (this.firstHeader < 0) {
			this.firstHeader = this.row;
		}
		this.row = start + ROWS_ABOVE;
		CellStyle weightStyle = (component == Component.SOMATIC) ? this.styles.kronorDecimals : this.styles.integer;
		for (int i = 0; i < lines.size(); i++) {
			line(municipalities.get(i), lines.get(i), weights, weightStyle);
		}
		this.sheet.text(this.row, 0, "Summa", this.styles.totalLabel);
		this.sheet.number(this.row, 2, weights,
				(component == Component.SOMATIC) ? this.styles.totalKronor : this.styles.totalInteger);
		this.sheet.number(this.row, 5, floors, this.styles.totalKronor);
		this.sheet.number(this.row, 9, result.countyTotal(), this.styles.totalKronor);
		this.row = start + ROWS_ABOVE + lines.size() + ROWS_BELOW;
	}

	/**
	 * The rows the sheet takes for {@code municipalities} in each of the four blocks, up
	 * to the last block's sum row.
	 */
	static long rowsNeeded(int municipalities) {
		long blocks = Component.values().length;
		return FIRST_BLOCK_ROW + blocks * (ROWS_ABOVE + municipalities + ROWS_BELOW) - (ROWS_BELOW - 1);
	}

	private void line(Municipality municipality, AllocationLine line, BigDecimal weights, CellStyle weightStyle) {
		int r = this.row++;
		this.sheet.text(r, 0, municipality.code(), this.styles.text);
		this.sheet.text(r, 1, municipality.name(), this.styles.text);
		this.sheet.number(r, 2, line.weight(), weightStyle);
		this.sheet.number(r, 3,
				(weights.signum() == 0) ? BigDecimal.ZERO : line.weight().divide(weights, 10, RoundingMode.HALF_UP),
				this.styles.share);
		this.sheet.number(r, 4, line.exactShare(), this.styles.kronorDecimals);
		this.sheet.number(r, 5, line.floor(), this.styles.kronor);
		this.sheet.number(r, 6, line.remainder(), this.styles.share);
		this.sheet.number(r, 7, line.remainderRank(), this.styles.integer);
		this.sheet.text(r, 8, line.gotLeftoverKrona() ? "Ja" : "Nej", this.styles.flag);
		this.sheet.number(r, 9, line.allocated(), this.styles.kronor);
	}

}
