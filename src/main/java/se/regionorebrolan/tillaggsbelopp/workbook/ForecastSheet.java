package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.ArrayList;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.OtherYear;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;

/**
 * Flerårsprognos: each municipality's total for the budget year and the two years after,
 * from the same input, where the growth series reaches them. The coming years are
 * forecasts on forecast indices and say so.
 */
final class ForecastSheet {

	static final String NAME = "Flerårsprognos";

	private static final int HEADER_ROW = 5;

	private ForecastSheet() {
	}

	/** Writes the sheet and returns the county totals that must equal the engine's. */
	static List<CheckedCell> write(SheetWriter sheet, WorkbookContent content) {
		Styles styles = sheet.styles();
		int year = content.budgetYear();
		sheet.heading(NAME, "PROGNOS: beloppen för " + (year + 1) + " och " + (year + 2) + " är beräknade med samma "
				+ "indata och parametrar och bygger på prognoser för skatteunderlagets utveckling. De är inte beslutade.");
		List<OtherYear> years = content.comingYears();
		List<String> headings = new ArrayList<>(List.of("Kod", "Kommun", year + " (budgetår)"));
		years.forEach(other -> headings
			.add(other.budgetYear() + (other.calculation().isPresent() ? " (prognos)" : " (kan inte beräknas)")));
		sheet.headers(HEADER_ROW, 2, headings.toArray(String[]::new));
		for (int column = 2; column < headings.size(); column++) {
			// amounts, also in a year that cannot be calculated
			sheet.text(HEADER_ROW, column, headings.get(column), styles.numberHeader);
		}
		List<Municipality> municipalities = content.calculation().municipalities();
		for (int m = 0; m < municipalities.size(); m++) {
			int row = HEADER_ROW + 1 + m;
			sheet.text(row, 0, municipalities.get(m).code(), styles.text);
			sheet.text(row, 1, municipalities.get(m).name(), styles.text);
			sheet.formula(row, 2, SheetWriter.quoted(SummarySheet.NAME) + "!"
					+ SheetWriter.abs(SummarySheet.HEADER_ROW + 1 + m, SummarySheet.TOTAL), styles.kronor);
			for (int i = 0; i < years.size(); i++) {
				int index = m;
				int column = 3 + i;
				years.get(i)
					.calculation()
					.ifPresent(other -> sheet.number(row, column, other.amountsAt(index).total(), styles.kronor));
			}
		}
		int countyRow = HEADER_ROW + 1 + municipalities.size();
		List<CheckedCell> checks = countyRow(sheet, countyRow, years);
		notes(sheet, countyRow + 2, years);
		sheet.sheet().createFreezePane(2, HEADER_ROW + 1);
		sheet.widths(8, 18, 18, 22, 22);
		sheet.print(HEADER_ROW);
		sheet.protect();
		return checks;
	}

	private static List<CheckedCell> countyRow(SheetWriter sheet, int row, List<OtherYear> years) {
		Styles styles = sheet.styles();
		sheet.text(row, 0, "Länet", styles.totalLabel);
		sheet.text(row, 1, "Summa", styles.totalLabel);
		List<CheckedCell> checks = new ArrayList<>();
		for (int column = 2; column < 3 + years.size(); column++) {
			OtherYear other = (column > 2) ? years.get(column - 3) : null;
			if (other != null && other.calculation().isEmpty()) {
				sheet.text(row, column, "–", styles.flag);
				continue;
			}
			sheet.formula(row, column,
					"SUM(" + SheetWriter.ref(HEADER_ROW + 1, column) + ":" + SheetWriter.ref(row - 1, column) + ")",
					styles.totalKronor);
			if (other != null) {
				checks.add(CheckedCell.kronor("Prognos " + other.budgetYear() + ": länets summa", NAME, row, column,
						other.calculation().get().countyTotal()));
			}
		}
		return checks;
	}

	private static void notes(SheetWriter sheet, int firstRow, List<OtherYear> years) {
		int row = firstRow;
		for (OtherYear other : years) {
			String note = other.calculation()
				.map(calculation -> other.budgetYear() + ": prognos, bygger på prognos för "
						+ years(calculation.forecastYearsUsed()) + " i tax_base_growth.csv.")
				.orElse(other.budgetYear() + ": kan inte beräknas – " + String.join("; ", other.reasons()) + ".");
			sheet.text(row++, 0, note, sheet.styles().note);
		}
	}

	private static String years(List<TaxBaseGrowth> forecasts) {
		return forecasts.isEmpty() ? "inga år"
				: String.join(", ", forecasts.stream().map(growth -> String.valueOf(growth.year())).toList());
	}

}
