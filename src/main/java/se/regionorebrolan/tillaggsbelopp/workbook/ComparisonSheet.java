package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.comparison.AmountChange;
import se.regionorebrolan.tillaggsbelopp.comparison.Comparison;

/**
 * Jämförelse: what changed since an earlier version of the same budget year: every
 * changed input row and parameter, and per municipality and component the amount before
 * and after, the difference in kronor and percent. "Efter" refers to Sammanställning;
 * "Före" is the earlier version's amount.
 */
final class ComparisonSheet {

	static final String NAME = "Jämförelse";

	private ComparisonSheet() {
	}

	/**
	 * @param codes the kommunkoder of this version, in the order of Sammanställning's
	 * rows
	 */
	static void write(SheetWriter sheet, Comparison comparison, List<String> codes) {
		Styles styles = sheet.styles();
		sheet.heading(NAME + " med version " + comparison.beforeVersion(),
				"Vad som har ändrats sedan version " + comparison.beforeVersion() + " av budgetåret "
						+ comparison.budgetYear() + ", och vad det betyder för "
						+ "varje kommun. Efter = denna version (bladet Sammanställning).");
		int row = changes(sheet, 3, comparison);
		int header = row + 1;
		sheet.text(row, 0, "Belopp före och efter", styles.section);
		sheet.headers(header, 2, "Kod", "Kommun", "Komponent", "Före (v" + comparison.beforeVersion() + ")",
				"Efter (v" + comparison.afterVersion() + ")", "Skillnad (kr)", "Skillnad (%)");
		List<AmountChange> amounts = comparison.amounts();
		for (int i = 0; i < amounts.size(); i++) {
			amountRow(sheet, header + 1 + i, amounts.get(i), codes.indexOf(amounts.get(i).municipality().code()));
		}
		int last = header + amounts.size();
		sheet.sheet().setAutoFilter(new CellRangeAddress(header, last, 0, 6));
		sheet.sheet().createFreezePane(0, header + 1);
		sheet.widths(8, 16, 26, 16, 16, 15, 12);
		sheet.print(header);
		sheet.protect();
	}

	/** The lists of changed input rows and parameters; returns the row after them. */
	private static int changes(SheetWriter sheet, int firstRow, Comparison comparison) {
		Styles styles = sheet.styles();
		int row = firstRow;
		sheet.text(row++, 0, "Ändrade parametrar", styles.section);
		row = lines(sheet, row, comparison.parameterChanges(), "Inga parametrar har ändrats.");
		sheet.text(++row, 0, "Ändrad indata", styles.section);
		row = lines(sheet, row + 1, comparison.inputChanges(), "Ingen indata har ändrats.");
		return row + 1;
	}

	private static int lines(SheetWriter sheet, int firstRow, List<String> lines, String none) {
		if (lines.isEmpty()) {
			sheet.text(firstRow, 0, none, sheet.styles().note);
			return firstRow + 1;
		}
		for (int i = 0; i < lines.size(); i++) {
			sheet.text(firstRow + i, 0, lines.get(i), sheet.styles().text);
		}
		return firstRow + lines.size();
	}

	/**
	 * @param municipalityIndex the municipality's row on Sammanställning, -1 when it is
	 * not in this version
	 */
	private static void amountRow(SheetWriter sheet, int row, AmountChange change, int municipalityIndex) {
		Styles styles = sheet.styles();
		sheet.text(row, 0, change.municipality().code(), styles.text);
		sheet.text(row, 1, change.municipality().name(), styles.text);
		sheet.text(row, 2, change.component().map(Component::swedishLabel).orElse("Totalt"),
				change.isTotal() ? styles.totalLabel : styles.text);
		sheet.number(row, 3, change.before(), styles.kronor);
		int column = change.component()
			.map(component -> SummarySheet.FIRST_COMPONENT + component.ordinal())
			.orElse(SummarySheet.TOTAL);
		if (municipalityIndex < 0) {
			sheet.number(row, 4, change.after(), styles.kronor);
		}
		else {
			sheet.formula(row, 4, SheetWriter.quoted(SummarySheet.NAME) + "!"
					+ SheetWriter.abs(SummarySheet.HEADER_ROW + 1 + municipalityIndex, column), styles.kronor);
		}
		sheet.formula(row, 5, SheetWriter.ref(row, 4) + "-" + SheetWriter.ref(row, 3), styles.kronor);
		sheet.formula(row, 6, "IF(" + SheetWriter.ref(row, 3) + "=0,\"\"," + SheetWriter.ref(row, 5) + "/"
				+ SheetWriter.ref(row, 3) + ")", styles.percent);
	}

}
