package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;

/**
 * Kontroller: the workbook proves its own numbers. Each component sums exactly to its
 * county total; each municipality is within 1 kr of its exact share; the remainder ranks
 * follow the remainders; which municipalities are eligible for distance compensation and
 * why; and every formula equals the engine's value. Each check shows OK or FEL, and the
 * first line sums them up. The input's warnings, if any, are listed last.
 */
final class ChecksSheet {

	static final String NAME = "Kontroller";

	static final String ALL_PASSED = "Alla kontroller godkända";

	/** The cell with the overall verdict. */
	static final int VERDICT_ROW = 3;

	static final int STATUS = 5;

	private final SheetWriter sheet;

	private final Styles styles;

	private int row = VERDICT_ROW + 2;

	private int firstStatusRow = -1;

	private int engineHeader = -1;

	private ChecksSheet(SheetWriter sheet) {
		this.sheet = sheet;
		this.styles = sheet.styles();
	}

	static void write(SheetWriter sheet, WorkbookContent content, CalculationSheet.Layout layout,
			List<CheckedCell> checks) {
		ChecksSheet writer = new ChecksSheet(sheet);
		sheet.heading(NAME, "Arbetsboken kontrollerar sina egna tal. Varje rad visar OK eller FEL; raden nedan är "
				+ "OK bara om alla är OK. Samma kontroller görs av programmet innan arbetsboken skrivs.");
		writer.sums(layout);
		writer.perMunicipality(layout, CalculationSheet.WITHIN_ONE_KRONA,
				"Varje kommun ligger mindre än 1 kr från sin exakta andel", "Kommuner med avvikelse ≥ 1 kr");
		writer.perMunicipality(layout, CalculationSheet.RANK_CHECK, "Restkronorna går till de största resterna",
				"Kommuner vars rang inte följer resten");
		writer.eligibility(content.calculation(), content.input(), layout);
		writer.letters(content.calculation().municipalities().size());
		writer.engine(checks);
		writer.verdict();
		warnings(sheet, writer.row + 1, content.input().warnings());
		sheet.widths(50, 24, 20, 20, 20, 10);
		sheet.print(writer.engineHeader);
		sheet.protect();
	}

	private void sums(CalculationSheet.Layout layout) {
		section("Varje komponent summerar exakt till länets belopp", "Komponent", "Summa kommunerna", "Länets belopp",
				"", "", "Status");
		for (Component component : Component.values()) {
			CalculationSheet.Block block = layout.block(component);
			this.sheet.text(this.row, 0, component.swedishLabel(), this.styles.text);
			this.sheet.formula(this.row, 1, "SUM(" + block.range(CalculationSheet.ALLOCATED) + ")", this.styles.kronor);
			this.sheet.formula(this.row, 2, block.countyTotal(), this.styles.kronor);
			status("B" + (this.row + 1) + "=C" + (this.row + 1));
		}
		this.row++;
	}

	private void perMunicipality(CalculationSheet.Layout layout, int column, String title, String counted) {
		section(title, "Komponent", counted, "", "", "", "Status");
		for (Component component : Component.values()) {
			this.sheet.text(this.row, 0, component.swedishLabel(), this.styles.text);
			this.sheet.formula(this.row, 1, "COUNTIF(" + layout.block(component).range(column) + ",\"FEL\")",
					this.styles.integer);
			status("B" + (this.row + 1) + "=0");
		}
		this.row++;
	}

	private void letters(int municipalities) {
		section("Kommunbladens komponenter summerar till Sammanställningens total", "Blad",
				"Kommuner där de inte gör det", "", "", "", "Status");
		this.sheet.text(this.row, 0, KommunbladSheet.NAME, this.styles.text);
		this.sheet.formula(this.row, 1, "COUNTIF(" + KommunbladSheet.checks(municipalities) + ",\"FEL\")",
				this.styles.integer);
		status("B" + (this.row + 1) + "=0");
		this.row++;
	}

	private void eligibility(Calculation calculation, InputSet input, CalculationSheet.Layout layout) {
		section("Avståndskompensation: vilka kommuner och varför", "Kommun (centralort → närmaste sjukhus)",
				"Avstånd (km)", "Gräns (km)", "Får (arbetsboken)", "Får (programmet)", "Status");
		CalculationSheet.Block block = layout.block(Component.DISTANCE);
		Set<String> eligible = Set.copyOf(calculation.distanceBasis().eligibleCodes());
		Map<String, String> hospitals = input.distances()
			.values()
			.stream()
			.collect(Collectors.toMap(HospitalDistance::municipalityCode, HospitalDistance::nearestHospital));
		List<Municipality> municipalities = calculation.municipalities();
		for (int i = 0; i < municipalities.size(); i++) {
			Municipality municipality = municipalities.get(i);
			this.sheet.text(this.row, 0, municipality.code() + " " + municipality.name() + " ("
					+ municipality.centralTown() + " → " + hospitals.get(municipality.code()) + ")", this.styles.text);
			this.sheet.formula(this.row, 1, block.cell(i, 2), this.styles.decimal);
			this.sheet.formula(this.row, 2, ParametersSheet.THRESHOLD_KM, this.styles.decimal);
			this.sheet.formula(this.row, 3, block.cell(i, 3), this.styles.flag);
			this.sheet.text(this.row, 4, eligible.contains(municipality.code()) ? "Ja" : "Nej", this.styles.flag);
			status("D" + (this.row + 1) + "=E" + (this.row + 1));
		}
		this.row++;
	}

	/**
	 * Every checked formula beside the engine's value, on pages of their own with the
	 * heading repeated: the longest table of the workbook.
	 */
	private void engine(List<CheckedCell> checks) {
		this.sheet.newPage(this.row);
		section("Arbetsbokens formler ger programmets värden", "Vad", "Cell", "Arbetsboken", "Programmet",
				"Tillåten skillnad", "Status");
		int header = this.row - 1;
		for (CheckedCell check : checks) {
			this.sheet.text(this.row, 0, check.what(), this.styles.text);
			this.sheet.text(this.row, 1, check.reference(), this.styles.text);
			this.sheet.formula(this.row, 2, check.formulaReference(), check.kind().style(this.styles));
			this.sheet.number(this.row, 3, check.expected(), check.kind().style(this.styles));
			this.sheet.text(this.row, 4, check.shownTolerance(), this.styles.flag);
			status("ABS(C" + (this.row + 1) + "-D" + (this.row + 1) + ")<=" + check.tolerance().toPlainString());
		}
		// The longest table: a reviewer filters its Status column for FEL.
		this.sheet.sheet().setAutoFilter(new CellRangeAddress(header, this.row - 1, 0, STATUS));
		this.engineHeader = header;
	}

	private void verdict() {
		String statuses = SheetWriter.abs(this.firstStatusRow, STATUS) + ":" + SheetWriter.abs(this.row - 1, STATUS);
		this.sheet.formula(VERDICT_ROW, 0, "IF(COUNTIF(" + statuses + ",\"FEL\")=0,\"" + ALL_PASSED
				+ "\",\"FEL: \"&COUNTIF(" + statuses + ",\"FEL\")&\" kontroller är inte godkända\")",
				this.styles.section);
		SheetConditionalFormatting formatting = this.sheet.sheet().getSheetConditionalFormatting();
		CellRangeAddress[] regions = { new CellRangeAddress(this.firstStatusRow, this.row - 1, STATUS, STATUS) };
		formatting.addConditionalFormatting(regions, fill(formatting, "\"OK\"", IndexedColors.LIGHT_GREEN),
				fill(formatting, "\"FEL\"", IndexedColors.ROSE));
	}

	/**
	 * Varningar: the input's warnings, one text row each under a title, from {@code row};
	 * none when there are none. They are no checks and do not count in the verdict:
	 * values the agreement allows that are seldom meant (a growth of 950 %), and columns
	 * that were not read.
	 */
	static void warnings(SheetWriter sheet, int row, List<InputProblem> warnings) {
		if (warnings.isEmpty()) {
			return;
		}
		sheet.text(row, 0, "Varningar (" + warnings.size() + "): indata som lästes men bör ses över",
				sheet.styles().section);
		for (int i = 0; i < warnings.size(); i++) {
			sheet.text(row + 1 + i, 0, warnings.get(i).toString(), sheet.styles().text);
		}
	}

	private static ConditionalFormattingRule fill(SheetConditionalFormatting formatting, String value,
			IndexedColors color) {
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, value);
		PatternFormatting pattern = rule.createPatternFormatting();
		pattern.setFillBackgroundColor(color.getIndex());
		pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
		return rule;
	}

	private void section(String title, String... headings) {
		this.sheet.text(this.row, 0, title, this.styles.section);
		this.sheet.headers(this.row + 1, 2, headings);
		this.row += 2;
	}

	private void status(String condition) {
		if (this.firstStatusRow < 0) {
			this.firstStatusRow = this.row;
		}
		this.sheet.formula(this.row, STATUS, "IF(" + condition + ",\"OK\",\"FEL\")", this.styles.flag);
		this.row++;
	}

}
