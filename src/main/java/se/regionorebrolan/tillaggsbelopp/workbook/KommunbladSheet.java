package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricBasis;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;

/**
 * Kommunblad: one printed page per municipality, the letter an officer sends it: the four
 * components and the total, how each was derived from the county total (the
 * municipality's key, its share, the index factor), the change from the previous year,
 * the run, and where the figures come from. Every figure is a formula into Beräkning,
 * Sammanställning and Körinformation, so the page cannot disagree with the workbook; each
 * page checks that its components add up to Sammanställning's total, and Kontroller
 * counts the pages that do not.
 */
final class KommunbladSheet {

	static final String NAME = "Kommunblad";

	/** The rows of one municipality's page, the same for every municipality. */
	static final int PAGE_ROWS = 47;

	/** Where on its page the amounts of the four components start, then the total. */
	static final int FIRST_AMOUNT = 5;

	static final int TOTAL = FIRST_AMOUNT + 4;

	/** The column of the figures, and of the page's check (OK or FEL). */
	static final int VALUE = 1;

	static final int CHECK = 2;

	private static final String[] KEYS = { "uppräknat tidigare belopp", "invånare 65 år och äldre",
			"patienter i vårdkategorin", "invånare 65+, över avståndsgränsen" };

	private static final int COUNTY = 2;

	private static final int NOTE = 3;

	private final SheetWriter sheet;

	private final Styles styles;

	private final WorkbookContent content;

	private final CalculationSheet.Layout layout;

	private int row;

	private KommunbladSheet(SheetWriter sheet, WorkbookContent content, CalculationSheet.Layout layout) {
		this.sheet = sheet;
		this.styles = sheet.styles();
		this.content = content;
		this.layout = layout;
	}

	/** The row of a municipality's figure, {@code offset} rows into its page. */
	static int row(int municipality, int offset) {
		return municipality * PAGE_ROWS + offset;
	}

	/** The range of every page's check, for Kontroller to count FEL in. */
	static String checks(int municipalities) {
		return SheetWriter.quoted(NAME) + "!" + SheetWriter.abs(0, CHECK) + ":"
				+ SheetWriter.abs(municipalities * PAGE_ROWS - 1, CHECK);
	}

	static void write(SheetWriter sheet, WorkbookContent content, CalculationSheet.Layout layout) {
		KommunbladSheet writer = new KommunbladSheet(sheet, content, layout);
		List<Municipality> municipalities = content.calculation().municipalities();
		String sources = sources(content);
		for (int i = 0; i < municipalities.size(); i++) {
			writer.page(i, municipalities.get(i), sources);
			if (i < municipalities.size() - 1) {
				sheet.sheet().setRowBreak(row(i, PAGE_ROWS - 1));
			}
		}
		sheet.widths(46, 17, 17, 34);
		sheet.print(-1);
		sheet.sheet().getPrintSetup().setLandscape(false);
		sheet.protect();
	}

	private void page(int i, Municipality municipality, String sources) {
		int summaryRow = SummarySheet.HEADER_ROW + 1 + i;
		this.row = row(i, 0);
		heading(municipality);
		amounts(i, summaryRow);
		this.sheet.text(this.row++, 0, "Så har beloppen räknats fram", this.styles.section);
		this.sheet.headers(this.row, 1, "", "Kommunen", "Länet", "");
		this.sheet.text(this.row, VALUE, "Kommunen", this.styles.numberHeader);
		this.sheet.text(this.row++, COUNTY, "Länet", this.styles.numberHeader);
		somatic(i);
		psychiatric(i, (PsychiatricBasis) this.content.calculation().component(Component.PSYCHIATRIC).basis());
		advanced(i);
		distance(i);
		change(i, summaryRow);
		this.sheet.text(this.row, 0, "Underlag: " + sources, this.styles.wrapped);
		wide(5);
		if (this.row > row(i + 1, 0)) {
			throw new IllegalStateException("a Kommunblad page has more than " + PAGE_ROWS + " rows");
		}
	}

	/**
	 * The municipality, the agreement, and the run's status, version, identity and time.
	 */
	private void heading(Municipality municipality) {
		this.sheet.text(this.row++, 0,
				"Tilläggsbelopp " + this.content.budgetYear() + " · " + municipality.code() + " " + municipality.name(),
				this.styles.title);
		this.sheet.text(this.row, 0,
				"Hälso- och sjukvård i hemmet, primärvårdsnivå: ekonomisk reglering enligt "
						+ "avsnitt 4 i överenskommelsen mellan Region Örebro län och länets kommuner.",
				this.styles.wrappedNote);
		wide(2);
		this.sheet.formula(this.row++, 0, RunSheet.summary(), this.styles.subtitle);
		this.row++;
	}

	/**
	 * The four components from Beräkning and the total from Sammanställning, with the
	 * check that they add up.
	 */
	private void amounts(int i, int summaryRow) {
		this.sheet.headers(this.row++, 1, "Komponent", "Belopp " + this.content.budgetYear(), "", "Fördelas efter");
		for (Component component : Component.values()) {
			this.sheet.text(this.row, 0, component.swedishLabel(), this.styles.text);
			this.sheet.formula(this.row, VALUE, block(component).cell(i, CalculationSheet.ALLOCATED),
					this.styles.kronor);
			this.sheet.text(this.row++, NOTE, KEYS[component.ordinal()], this.styles.text);
		}
		this.sheet.text(this.row, 0, "Totalt", this.styles.totalLabel);
		this.sheet.formula(this.row, VALUE, summary(summaryRow, SummarySheet.TOTAL), this.styles.totalKronor);
		String components = SheetWriter.ref(row(i, FIRST_AMOUNT), VALUE) + ":"
				+ SheetWriter.ref(row(i, TOTAL - 1), VALUE);
		this.sheet.formula(this.row, CHECK,
				"IF(SUM(" + components + ")=" + SheetWriter.ref(this.row, VALUE) + ",\"OK\",\"FEL\")",
				this.styles.flag);
		this.sheet.text(this.row++, NOTE, "OK: komponenterna summerar till totalen", this.styles.note);
		this.row++;
	}

	private void somatic(int i) {
		CalculationSheet.Block block = block(Component.SOMATIC);
		component(Component.SOMATIC,
				"Länets belopp S är summan av kommunernas uppräknade belopp, avrundad till " + "hela kronor.");
		line("Tidigare tilläggsbelopp för somatisk vård", block.cell(i, 2), "", this.styles.kronorDecimals);
		line("Dess prisnivåår", block.cell(i, 3), "", this.styles.year);
		line("× uppräkningsfaktor till budgetåret (bladet Index)", block.cell(i, 4), "", this.styles.factor);
		allocation(i, block, "= uppräknat belopp, fördelningsnyckeln", this.styles.kronorDecimals);
	}

	private void psychiatric(int i, PsychiatricBasis basis) {
		CalculationSheet.Block block = block(Component.PSYCHIATRIC);
		List<Integer> years = new ArrayList<>(basis.countySumByYear().keySet());
		component(Component.PSYCHIATRIC, "Länets belopp P är medelvärdet av länets fakturerade belopp " + years.get(0)
				+ "–" + years.get(years.size() - 1) + ", uppräknat från " + basis.priceLevelYear() + " och avrundat.");
		line("Uppräkningsfaktor från " + basis.priceLevelYear() + " (bladet Index)", "",
				IndexSheet.factorName(basis.priceLevelYear()), this.styles.factor);
		allocation(i, block, "Invånare 65 år och äldre, fördelningsnyckeln", this.styles.integer);
	}

	private void advanced(int i) {
		CalculationSheet.Block block = block(Component.ADVANCED);
		int priceLevel = this.content.calculation().parameters().advanced().priceLevelYear();
		component(Component.ADVANCED, "Länets belopp A är förskjutningen × länets patienter i kategorin × "
				+ "kostnaden per patient, uppräknad från " + priceLevel + " och avrundad (bladet Parametrar).");
		line("Uppräkningsfaktor från " + priceLevel + " (bladet Index)", "", IndexSheet.factorName(priceLevel),
				this.styles.factor);
		allocation(i, block, "Patienter i vårdkategorin vid mätningen, fördelningsnyckeln", this.styles.integer);
	}

	private void distance(int i) {
		CalculationSheet.Block block = block(Component.DISTANCE);
		component(Component.DISTANCE, "Länets belopp D är en andel av S + P + A, avrundad; det fördelas på "
				+ "kommunerna vars centralort ligger mer än gränsen från närmaste sjukhus.");
		line("Avstånd till närmaste sjukhus, km (länet: gränsen)", block.cell(i, 2), ParametersSheet.THRESHOLD_KM,
				this.styles.decimal);
		this.sheet.text(this.row, 0, "Mer än gränsen", this.styles.text);
		this.sheet.formula(this.row++, VALUE, block.cell(i, 3), this.styles.flag);
		allocation(i, block, "Invånare 65+ om mer än gränsen, fördelningsnyckeln", this.styles.integer);
	}

	/** The component's name, and how the county total is made in the other columns. */
	private void component(Component component, String countyTotal) {
		this.sheet.text(this.row, 0, component.swedishLabel(), this.styles.totalLabel);
		this.sheet.text(this.row, VALUE, countyTotal, this.styles.wrappedNote);
		this.sheet.sheet().addMergedRegion(new CellRangeAddress(this.row, this.row, VALUE, NOTE));
		this.sheet.lines(this.row++, 2);
	}

	/**
	 * Text in the first column over the whole width of the page, on {@code lines} lines.
	 */
	private void wide(int lines) {
		this.sheet.sheet().addMergedRegion(new CellRangeAddress(this.row, this.row, 0, NOTE));
		this.sheet.lines(this.row++, lines);
	}

	/**
	 * The key and the county's sum of it, the share, the exact share of the county total
	 * and the whole kronor allocated.
	 */
	private void allocation(int i, CalculationSheet.Block block, String key, CellStyle keyStyle) {
		line(key, block.cell(i, CalculationSheet.WEIGHT), block.sum(CalculationSheet.WEIGHT), keyStyle);
		line("Andel av länet", block.cell(i, CalculationSheet.SHARE), "", this.styles.sharePercent);
		line("Andel × länets belopp = exakt belopp", block.cell(i, CalculationSheet.EXACT), block.countyTotal(),
				this.styles.kronorDecimals);
		this.sheet.text(this.row, 0, "Tilldelat i hela kronor (största-rest-metoden)", this.styles.text);
		this.sheet.formula(this.row++, VALUE, block.cell(i, CalculationSheet.ALLOCATED), this.styles.kronor);
	}

	/** A figure of the municipality and one of the county, either may be empty. */
	private void line(String label, String municipality, String county, CellStyle style) {
		this.sheet.text(this.row, 0, label, this.styles.wrapped);
		if (!municipality.isEmpty()) {
			this.sheet.formula(this.row, VALUE, municipality, style);
		}
		if (!county.isEmpty()) {
			this.sheet.formula(this.row, COUNTY, county, style);
		}
		this.row++;
	}

	private void change(int i, int summaryRow) {
		int previousYear = this.content.budgetYear() - 1;
		this.row++;
		this.sheet.text(this.row++, 0, "Jämfört med " + previousYear, this.styles.section);
		if (this.content.previousYear().calculation().isPresent()) {
			line("Totalt " + previousYear + " (samma indata, budgetåret " + previousYear + ")",
					summary(summaryRow, SummarySheet.PREVIOUS), "", this.styles.kronor);
			line("Förändring (kr)", summary(summaryRow, SummarySheet.PREVIOUS + 1), "", this.styles.kronor);
			line("Förändring (%)", summary(summaryRow, SummarySheet.PREVIOUS + 2), "", this.styles.percent);
		}
		else {
			this.sheet.text(this.row, 0,
					"Jämförelse saknas: " + String.join("; ", this.content.previousYear().reasons()) + ".",
					this.styles.wrapped);
			this.sheet.sheet().addMergedRegion(new CellRangeAddress(this.row, this.row, 0, NOTE));
			this.sheet.lines(this.row, 2);
			this.row += 3;
		}
		int countyRow = SummarySheet.HEADER_ROW + 1 + this.content.calculation().municipalities().size();
		line("Kronor per invånare 65 år och äldre", summary(summaryRow, SummarySheet.INHABITANTS + 3),
				summary(countyRow, SummarySheet.INHABITANTS + 3), this.styles.kronor);
	}

	private CalculationSheet.Block block(Component component) {
		return this.layout.block(component);
	}

	private static String summary(int row, int column) {
		return SheetWriter.quoted(SummarySheet.NAME) + "!" + SheetWriter.abs(row, column);
	}

	/**
	 * The agreement's section and each input file with the sources its rows name.
	 */
	private static String sources(WorkbookContent content) {
		List<String> files = new ArrayList<>();
		for (InputFile<?> file : content.input().files()) {
			List<String> named = file.rows()
				.stream()
				.map(InputRow::source)
				.filter(source -> !source.isBlank())
				.distinct()
				.toList();
			String shown = String.join("; ", named.subList(0, Math.min(2, named.size())))
					+ ((named.size() > 2) ? " m.fl." : "");
			files.add(file.name() + (named.isEmpty() ? "" : " (" + shown + ")"));
		}
		return "avsnitt 4.2 i överenskommelsen (gäller från 2025-03-11); indata " + String.join(", ", files)
				+ "; parametrarna på bladet Parametrar. Hela beräkningen finns i arbetsboken (bladen Beräkning, "
				+ "Index, Indata och Kontroller).";
	}

}
