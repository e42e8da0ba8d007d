package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.List;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Kontroller of the compact workbook: the program's checks over every municipality and of
 * the index factors, the only formulas. The verdict stands where the full workbook has
 * it; the input's warnings, if any, are listed last.
 */
final class CompactChecksSheet {

	private CompactChecksSheet() {
	}

	static void write(SheetWriter sheet, List<CalculationChecks.Check> checks, List<InputProblem> warnings) {
		Styles styles = sheet.styles();
		sheet.heading(ChecksSheet.NAME, "Programmet har gjort kontrollerna nedan över varje kommun, med exakt "
				+ "aritmetik, innan arbetsboken skrevs. Arbetsboken skrivs inte om någon kontroll inte är godkänd.");
		long failed = checks.stream().filter(check -> !check.passed()).count();
		sheet.text(ChecksSheet.VERDICT_ROW, 0,
				(failed == 0) ? ChecksSheet.ALL_PASSED : "FEL: " + failed + " kontroller är inte godkända",
				styles.section);
		int header = ChecksSheet.VERDICT_ROW + 2;
		int row = header + 1;
		sheet.headers(header, 1, "Kontroll", "Funnet", "", "", "", "Status");
		for (CalculationChecks.Check check : checks) {
			sheet.text(row, 0, check.what(), styles.wrapped);
			sheet.text(row, 1, check.found(), styles.text);
			sheet.text(row, ChecksSheet.STATUS, check.passed() ? "OK" : "FEL", styles.flag);
			sheet.lines(row++, 2);
		}
		ChecksSheet.warnings(sheet, row + 1, warnings);
		sheet.widths(70, 60, 4, 4, 4, 10);
		sheet.print(header);
		sheet.protect();
	}

}
