package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;

import se.regionorebrolan.tillaggsbelopp.calculation.AllocationLine;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricBasis;

/**
 * Beräkning: one block per component with its county total as a formula, and per
 * municipality the distribution key, share, exact amount, whole-krona floor, remainder,
 * remainder rank and allocated kronor (spec §4). Everything but the rank is a formula
 * over Indata, Index and Parametrar; the rank is the engine's exact one, with a check
 * beside it that the extra kronor went to the largest remainders (spreadsheets compare
 * remainders in binary, so near-ties are left to the engine).
 */
final class CalculationSheet {

	static final String NAME = "Beräkning";

	static final int WEIGHT = 5;

	static final int SHARE = 6;

	static final int EXACT = 7;

	static final int FLOOR = 8;

	static final int REMAINDER = 9;

	static final int RANK = 10;

	static final int ALLOCATED = 11;

	static final int DEVIATION = 12;

	static final int WITHIN_ONE_KRONA = 13;

	static final int RANK_CHECK = 14;

	private static final int TOTAL_COLUMN = 2;

	private static final int THRESHOLD_COLUMN = 5;

	/** Spreadsheets compare remainders in binary; near-ties are left to the engine. */
	private static final String TOLERANCE = "0.000001";

	private static final String[] COMMON_HEADINGS = { "Vikt", "Andel", "Exakt belopp (kr)", "Golv (hela kr)", "Rest",
			"Rang efter rest", "Tilldelat (kr)", "Avvikelse från exakt (kr)", "Inom 1 kr",
			"Extra krona följer resten" };

	private final SheetWriter sheet;

	private final Styles styles;

	private final Calculation calculation;

	private final InputCells input;

	private final List<CheckedCell> checks = new ArrayList<>();

	private final Map<Component, Block> blocks = new EnumMap<>(Component.class);

	private int row = 3;

	private int totalRow;

	private CalculationSheet(SheetWriter sheet, Calculation calculation, InputCells input) {
		this.sheet = sheet;
		this.styles = sheet.styles();
		this.calculation = calculation;
		this.input = input;
	}

	/**
	 * Where each component's cells and the input cells they use are, and the cells that
	 * must equal the engine's values.
	 */
	record Layout(Map<Component, Block> blocks, InputCells input, List<CheckedCell> checks) {

		Block block(Component component) {
			return this.blocks.get(component);
		}

	}

	/**
	 * One component's block: the row of its county total (the leftover is the row below)
	 * and the rows of its municipalities, in kommunkod order.
	 */
	record Block(Component component, int countyTotalRow, int firstRow, int lastRow) {

		int sumRow() {
			return this.lastRow + 1;
		}

		String countyTotal() {
			return reference(this.countyTotalRow, TOTAL_COLUMN);
		}

		/** The county's sum of a column. */
		String sum(int column) {
			return reference(sumRow(), column);
		}

		String cell(int municipality, int column) {
			return reference(this.firstRow + municipality, column);
		}

		String range(int column) {
			return SheetWriter.quoted(NAME) + "!" + localRange(column);
		}

		String localRange(int column) {
			return SheetWriter.abs(this.firstRow, column) + ":" + SheetWriter.abs(this.lastRow, column);
		}

		private static String reference(int row, int column) {
			return SheetWriter.quoted(NAME) + "!" + SheetWriter.abs(row, column);
		}

	}

	static Layout write(SheetWriter sheet, Calculation calculation, InputCells input) {
		CalculationSheet writer = new CalculationSheet(sheet, calculation, input);
		sheet.heading(NAME, "Varje komponents länsbelopp och dess fördelning i hela kronor med största-rest-metoden. "
				+ "Formlerna hämtar indata från bladen Indata, Index och Parametrar.");
		writer.somatic();
		writer.psychiatric();
		writer.advanced();
		writer.distance();
		sheet.widths(16, 18, 16, 14, 17, 16, 11, 18, 15, 11, 12, 15, 14, 10, 13);
		sheet.print(-1);
		sheet.protect();
		return new Layout(writer.blocks, input, writer.checks);
	}

	private void somatic() {
		start(Component.SOMATIC, "S är summan av kommunernas uppräknade belopp (tidigare belopp × uppräkningsfaktor), "
				+ "avrundad till hela kronor. Varje kommun får sin andel av S i proportion till sitt uppräknade belopp.",
				IndexSheet.FACTOR_VALUES + " (faktorerna på bladet Index)");
		Block block = table(Component.SOMATIC, List.of("Tidigare belopp (kr)", "Prisnivåår", "Uppräkningsfaktor"),
				(code, r) -> new Key(
						List.of(this.input.somaticAmount(code), this.input.somaticPriceLevel(code),
								"INDEX(" + IndexSheet.FACTOR_VALUES + ",MATCH(" + SheetWriter.ref(r, 3) + ","
										+ IndexSheet.FACTOR_YEARS + ",0))"),
						SheetWriter.ref(r, 2) + "*" + SheetWriter.ref(r, 4)));
		total(block, "ROUND(SUM(" + block.localRange(WEIGHT) + "),0)");
	}

	private void psychiatric() {
		PsychiatricBasis basis = this.calculation.psychiatricBasis();
		String factor = IndexSheet.factorName(basis.priceLevelYear());
		start(Component.PSYCHIATRIC,
				"P är medelvärdet av länets fakturerade belopp för åren nedan, uppräknat från " + basis.priceLevelYear()
						+ " med faktorn på bladet Index och avrundat till hela kronor. Fördelas "
						+ "efter antal invånare 65 år och äldre.",
				factor + " (faktorn), Psyk_ar_1 … (åren i medelvärdet)");
		String sums = averagedYears(basis);
		Block block = table(Component.PSYCHIATRIC, List.of("Invånare 65+"),
				(code, r) -> new Key(List.of(this.input.aged65Plus(code)), SheetWriter.ref(r, 2)));
		total(block, "ROUND(SUM(" + sums + ")*" + factor + "/COUNT(" + sums + "),0)");
	}

	/** The county's invoiced sum of each averaged year; returns their range. */
	private String averagedYears(PsychiatricBasis basis) {
		this.sheet.headers(this.row, 2, "År i medelvärdet", "Länets fakturerade summa (kr)");
		int first = this.row + 1;
		int position = 1;
		for (Integer year : basis.countySumByYear().keySet()) {
			int r = this.row + position;
			this.sheet.formula(r, 0, ParametersSheet.averageYear(position), this.styles.year);
			// the invoices are in öre: rounded, the sum is the same in every spreadsheet
			this.sheet.formula(r, 1, "ROUND(SUMIFS(" + InputSheet.INVOICE_AMOUNT + "," + InputSheet.INVOICE_YEAR + ","
					+ SheetWriter.ref(r, 0) + "),2)", this.styles.kronorDecimals);
			this.checks.add(CheckedCell.share("Psykiatrisk hemsjukvård: länets summa " + year, NAME, r, 1,
					basis.countySumByYear().get(year)));
			position++;
		}
		int last = this.row + position - 1;
		this.row = last + 2;
		return SheetWriter.abs(first, 1) + ":" + SheetWriter.abs(last, 1);
	}

	private void advanced() {
		String factor = IndexSheet.factorName(this.calculation.parameters().advanced().priceLevelYear());
		start(Component.ADVANCED,
				"A är förskjutningen × länets patienter i vårdkategorin × kostnaden per patient, " + "uppräknad från "
						+ this.calculation.parameters().advanced().priceLevelYear() + " och avrundad "
						+ "till hela kronor. Fördelas efter antal patienter i kategorin vid mätningen.",
				ParametersSheet.SHIFT_RATE + ", " + ParametersSheet.COST_PER_PATIENT + " (bladet Parametrar), " + factor
						+ " (bladet Index)");
		Block block = table(Component.ADVANCED, List.of("Patienter i kategorin"),
				(code, r) -> new Key(List.of(this.input.advancedPatients(code)), SheetWriter.ref(r, 2)));
		total(block, "ROUND(" + ParametersSheet.SHIFT_RATE + "*SUM(" + block.localRange(2) + ")*"
				+ ParametersSheet.COST_PER_PATIENT + "*" + factor + ",0)");
	}

	private void distance() {
		start(Component.DISTANCE, "D är avståndsandelen × (S + P + A), avrundad till hela kronor, när någon "
				+ "centralort ligger mer än avståndsgränsen från närmaste sjukhus, annars 0. Fördelas efter invånare 65+ "
				+ "bland dem.",
				ParametersSheet.DISTANCE_SHARE + ", " + ParametersSheet.THRESHOLD_KM + " (bladet Parametrar)");
		Block block = table(
				Component.DISTANCE, List.of("Avstånd till sjukhus (km)", "Mer än gränsen", "Invånare 65+"), (code,
						r) -> new Key(
								List.of(this.input.distanceKm(code),
										"IF(" + SheetWriter.ref(r, 2) + ">" + ParametersSheet.THRESHOLD_KM
												+ ",\"Ja\",\"Nej\")",
										this.input.aged65Plus(code)),
								"IF(" + SheetWriter.ref(r, 3) + "=\"Ja\"," + SheetWriter.ref(r, 4) + ",0)"));
		String threeOthers = local(Component.SOMATIC) + "+" + local(Component.PSYCHIATRIC) + "+"
				+ local(Component.ADVANCED);
		total(block, "IF(COUNTIF(" + block.localRange(3) + ",\"Ja\")=0,0,ROUND(" + ParametersSheet.DISTANCE_SHARE + "*("
				+ threeOthers + "),0))");
	}

	/**
	 * The block's title on a new page, how its county total is made (in words, and the
	 * names its formulas use on a second line), and the labels of its county total and
	 * leftover.
	 */
	private void start(Component component, String how, String names) {
		if (!this.blocks.isEmpty()) {
			this.sheet.newPage(this.row);
		}
		this.sheet.text(this.row, 0, component.swedishLabel(), this.styles.section);
		this.sheet.text(this.row + 1, 0, how + "\nNamn i formlerna: " + names + ".", this.styles.wrappedNote);
		this.sheet.sheet().addMergedRegion(new CellRangeAddress(this.row + 1, this.row + 1, 0, RANK_CHECK));
		this.sheet.lines(this.row + 1, 3);
		this.totalRow = this.row + 2;
		this.sheet.text(this.totalRow, 0, "Länets belopp", this.styles.totalLabel);
		this.sheet.text(this.totalRow + 1, 0, "Kvar att fördela efter golven", this.styles.text);
		this.row = this.totalRow + 3;
	}

	/**
	 * The municipality table at the current row. {@code formulas} gives, for a kommunkod
	 * and its sheet row, the three key formulas (null for none) and the weight formula.
	 */
	private Block table(Component component, List<String> keyHeadings, BiFunction<String, Integer, Key> keys) {
		int header = this.row;
		List<String> headings = new ArrayList<>(List.of("Kod", "Kommun"));
		headings.addAll(keyHeadings);
		headings.addAll(Collections.nCopies(Key.COLUMNS - keyHeadings.size(), ""));
		headings.addAll(List.of(COMMON_HEADINGS));
		this.sheet.headers(header, 2, headings.toArray(String[]::new));
		List<Municipality> municipalities = this.calculation.municipalities();
		Block block = new Block(component, this.totalRow, header + 1, header + municipalities.size());
		List<AllocationLine> allocation = this.calculation.component(component).allocation();
		for (int i = 0; i < municipalities.size(); i++) {
			int r = block.firstRow() + i;
			this.sheet.text(r, 0, municipalities.get(i).code(), this.styles.text);
			this.sheet.text(r, 1, municipalities.get(i).name(), this.styles.text);
			keys(component, r, keys.apply(municipalities.get(i).code(), r));
			allocationColumns(block, r, allocation.get(i));
			check(block, r, allocation.get(i), municipalities.get(i));
		}
		sumRow(block);
		threshold(block);
		this.blocks.put(component, block);
		this.row = block.lastRow() + 4;
		return block;
	}

	private void keys(Component component, int r, Key key) {
		for (int k = 0; k < key.parts().size(); k++) {
			this.sheet.formula(r, 2 + k, key.parts().get(k), keyStyle(component, k));
		}
		this.sheet.formula(r, WEIGHT, key.weight(),
				(component == Component.SOMATIC) ? this.styles.kronorDecimals : this.styles.integer);
	}

	/**
	 * A municipality's key on Beräkning: the formulas of what it is made of (up to three
	 * columns, the first ones), then the weight the allocation uses.
	 */
	private record Key(List<String> parts, String weight) {

		static final int COLUMNS = 3;

		Key {
			parts = List.copyOf(parts);
			if (parts.size() > COLUMNS) {
				throw new IllegalArgumentException("a key has at most " + COLUMNS + " parts");
			}
		}

	}

	/**
	 * Every formula in a municipality row refers to a fixed number of cells (the block's
	 * sum row, not the whole column), so the sheet grows linearly with the
	 * municipalities.
	 */
	private void allocationColumns(Block block, int r, AllocationLine line) {
		String weights = SheetWriter.abs(block.sumRow(), WEIGHT);
		String total = SheetWriter.abs(block.countyTotalRow(), TOTAL_COLUMN);
		String leftover = SheetWriter.abs(block.countyTotalRow() + 1, TOTAL_COLUMN);
		String threshold = SheetWriter.abs(block.countyTotalRow() + 1, THRESHOLD_COLUMN);
		String weight = SheetWriter.ref(r, WEIGHT);
		String remainder = SheetWriter.ref(r, REMAINDER);
		String rank = SheetWriter.ref(r, RANK);
		this.sheet.formula(r, SHARE, "IF(" + weights + "=0,0," + weight + "/" + weights + ")", this.styles.share);
		this.sheet.formula(r, EXACT, "IF(" + weights + "=0,0," + total + "*" + weight + "/" + weights + ")",
				this.styles.kronorDecimals);
		this.sheet.formula(r, FLOOR, "ROUNDDOWN(" + SheetWriter.ref(r, EXACT) + ",0)", this.styles.kronor);
		this.sheet.formula(r, REMAINDER, SheetWriter.ref(r, EXACT) + "-" + SheetWriter.ref(r, FLOOR),
				this.styles.share);
		this.sheet.number(r, RANK, line.remainderRank(), this.styles.integer);
		this.sheet.formula(r, ALLOCATED,
				SheetWriter.ref(r, FLOOR) + "+IF(" + SheetWriter.ref(r, RANK) + "<=" + leftover + ",1,0)",
				this.styles.kronor);
		this.sheet.formula(r, DEVIATION, "ABS(" + SheetWriter.ref(r, ALLOCATED) + "-" + SheetWriter.ref(r, EXACT) + ")",
				this.styles.kronorDecimals);
		this.sheet.formula(r, WITHIN_ONE_KRONA, "IF(" + SheetWriter.ref(r, DEVIATION) + "<1,\"OK\",\"FEL\")",
				this.styles.flag);
		this.sheet.formula(r, RANK_CHECK,
				"IF(OR(AND(" + rank + "<=" + leftover + "," + remainder + ">=" + threshold + "-" + TOLERANCE + "),AND("
						+ rank + ">" + leftover + "," + remainder + "<=" + threshold + "+" + TOLERANCE
						+ ")),\"OK\",\"FEL\")",
				this.styles.flag);
	}

	/**
	 * The smallest remainder that got an extra krona (1 when none did): a municipality
	 * with a clearly larger remainder must have got one, and one with a clearly smaller
	 * must not.
	 */
	private void threshold(Block block) {
		int r = block.countyTotalRow() + 1;
		String leftover = SheetWriter.abs(r, TOTAL_COLUMN);
		this.sheet.text(r, TOTAL_COLUMN + 1, "Minsta rest med extra krona", this.styles.text);
		this.sheet.formula(r, THRESHOLD_COLUMN, "IF(" + leftover + "=0,1,INDEX(" + block.localRange(REMAINDER)
				+ ",MATCH(" + leftover + "," + block.localRange(RANK) + ",0)))", this.styles.share);
	}

	/**
	 * The allocated kronor, what is paid, must be the engine's; the weights and exact
	 * shares before them are checked by these and by the within-1-kr column (checking
	 * them too tripled the Kontroller sheet, the largest in the workbook).
	 */
	private void check(Block block, int r, AllocationLine line, Municipality municipality) {
		String who = block.component().swedishLabel() + ", " + municipality.code() + " " + municipality.name();
		this.checks.add(CheckedCell.kronor(who + ": tilldelat", NAME, r, ALLOCATED, line.allocated()));
	}

	private void sumRow(Block block) {
		int r = block.sumRow();
		this.sheet.text(r, 0, "Summa", this.styles.totalLabel);
		// LibreOffice sums with compensation, Excel and POI from left to right: a sum of
		// numbers with decimals is the same double in all of them only as a chain of +
		// (the weights, the divisor of every share) or rounded to öre (decision 21).
		boolean decimals = block.component() == Component.SOMATIC;
		this.sheet.formula(r, WEIGHT, decimals ? chain(block, WEIGHT) : "SUM(" + block.localRange(WEIGHT) + ")",
				decimals ? this.styles.totalKronor : this.styles.totalInteger);
		this.sheet.formula(r, EXACT, "ROUND(SUM(" + block.localRange(EXACT) + "),2)", this.styles.totalKronor);
		for (int column : new int[] { FLOOR, ALLOCATED }) {
			this.sheet.formula(r, column, "SUM(" + block.localRange(column) + ")", this.styles.totalKronor);
		}
		this.sheet.formula(block.countyTotalRow() + 1, TOTAL_COLUMN,
				SheetWriter.abs(block.countyTotalRow(), TOTAL_COLUMN) + "-" + SheetWriter.ref(r, FLOOR),
				this.styles.integer);
	}

	/** The cells of a column added one by one, left to right: {@code F10+F11+…}. */
	private static String chain(Block block, int column) {
		StringBuilder sum = new StringBuilder(SheetWriter.ref(block.firstRow(), column));
		for (int row = block.firstRow() + 1; row <= block.lastRow(); row++) {
			sum.append('+').append(SheetWriter.ref(row, column));
		}
		return sum.toString();
	}

	private void total(Block block, String formula) {
		this.sheet.formula(block.countyTotalRow(), TOTAL_COLUMN, formula, this.styles.totalKronor);
		this.checks.add(CheckedCell.kronor(block.component().swedishLabel() + ": länets belopp", NAME,
				block.countyTotalRow(), TOTAL_COLUMN, this.calculation.component(block.component()).countyTotal()));
	}

	/** A county total cell as a formula on this sheet refers to it. */
	private String local(Component component) {
		return SheetWriter.abs(this.blocks.get(component).countyTotalRow(), TOTAL_COLUMN);
	}

	private CellStyle keyStyle(Component component, int key) {
		if (component == Component.SOMATIC) {
			return (key == 0) ? this.styles.kronorDecimals : (key == 1) ? this.styles.year : this.styles.factor;
		}
		if (component == Component.DISTANCE) {
			return (key == 0) ? this.styles.decimal : (key == 1) ? this.styles.flag : this.styles.integer;
		}
		return this.styles.integer;
	}

}
