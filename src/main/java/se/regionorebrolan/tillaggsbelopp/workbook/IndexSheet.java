package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.util.CellRangeAddress;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.ComponentResult;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;

/**
 * Index: the tax base's growth per year (outcome or forecast, with its source) and, as
 * formulas, each year's factor {@code 1 + g/100} and the chain factor from each price
 * level year in use to the budget year. The chain factors are defined names
 * ({@code Faktor_2021}).
 */
final class IndexSheet {

	static final String NAME = "Index";

	/** The price level years of the chain factor table, for INDEX/MATCH. */
	static final String FACTOR_YEARS = "Faktor_ar";

	/** The chain factors of the table, in the order of {@link #FACTOR_YEARS}. */
	static final String FACTOR_VALUES = "Faktor_varde";

	private static final int HEADER_ROW = 3;

	private IndexSheet() {
	}

	/**
	 * The defined name of the chain factor from a price level year to the budget year.
	 */
	static String factorName(int priceLevelYear) {
		return "Faktor_" + priceLevelYear;
	}

	/**
	 * Writes the sheet and returns the chain factor cells that must equal the engine's
	 * factors.
	 * @param input where each year's growth stands on the Indata sheet, if the workbook
	 * has one; without, the growth is written as a value
	 */
	static List<CheckedCell> write(SheetWriter sheet, Calculation calculation, List<InputRow<TaxBaseGrowth>> series,
			Optional<InputCells> input) {
		Styles styles = sheet.styles();
		int budgetYear = calculation.parameters().budgetYear();
		sheet.heading(NAME, "Uppräkning efter skatteunderlagets procentuella utveckling (avsnitt 4.1.2 och 4.2): "
				+ "faktorn från prisnivåår b till budgetår Y är produkten av (1 + utveckling/100) för åren b+1 till Y.");
		sheet.headers(HEADER_ROW, 1, "År", "Utveckling (%)", "Utfall eller prognos", "Källa", "Årsfaktor");
		Map<Integer, Integer> rowOfYear = new TreeMap<>();
		int row = HEADER_ROW + 1;
		for (InputRow<TaxBaseGrowth> growth : series.stream()
			.sorted(Comparator.comparingInt(r -> r.value().year()))
			.toList()) {
			int year = growth.value().year();
			sheet.number(row, 0, year, styles.year);
			if (input.isPresent()) {
				sheet.formula(row, 1, input.get().growth(year), styles.decimal);
			}
			else {
				sheet.number(row, 1, growth.value().growthPercent(), styles.decimal);
			}
			sheet.text(row, 2, growth.value().kind().swedishLabel(), styles.text);
			sheet.text(row, 3, growth.source(), styles.text);
			sheet.formula(row, 4, "1+" + SheetWriter.ref(row, 1) + "/100", styles.factor);
			rowOfYear.put(year, row++);
		}
		if (row > HEADER_ROW + 1) {
			sheet.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, 4));
		}
		List<CheckedCell> checks = chainFactors(sheet, row + 1, calculation, rowOfYear);
		sheet.sheet().createFreezePane(0, HEADER_ROW + 1);
		sheet.widths(10, 15, 20, 56, 14);
		sheet.print(HEADER_ROW);
		sheet.protect();
		return checks;
	}

	private static List<CheckedCell> chainFactors(SheetWriter sheet, int sectionRow, Calculation calculation,
			Map<Integer, Integer> rowOfYear) {
		Styles styles = sheet.styles();
		int budgetYear = calculation.parameters().budgetYear();
		sheet.text(sectionRow, 0, "Uppräkningsfaktorer till budgetåret " + budgetYear, styles.section);
		sheet.headers(sectionRow + 1, 2, "Från prisnivåår", "Till budgetår", "Faktor", "Används för");
		List<CheckedCell> checks = new ArrayList<>();
		int firstRow = sectionRow + 2;
		int row = firstRow;
		for (Map.Entry<Integer, List<String>> base : usersByPriceLevelYear(calculation).entrySet()) {
			int baseYear = base.getKey();
			sheet.number(row, 0, baseYear, styles.year);
			sheet.formula(row, 1, ParametersSheet.BUDGET_YEAR, styles.year);
			if (baseYear == budgetYear) {
				sheet.number(row, 2, BigDecimal.ONE, styles.factor);
			}
			else {
				sheet.formula(row, 2, "PRODUCT(" + SheetWriter.ref(rowOfYear.get(baseYear + 1), 4) + ":"
						+ SheetWriter.ref(rowOfYear.get(budgetYear), 4) + ")", styles.factor);
			}
			sheet.text(row, 3, String.join(", ", base.getValue()), styles.text);
			ParametersSheet.define(sheet.sheet().getWorkbook(), factorName(baseYear), sheet.qualified(row, 2));
			checks.add(CheckedCell.factor("Uppräkningsfaktor från " + baseYear, sheet.name(), row, 2,
					calculation.indexSeries().factor(baseYear, budgetYear)));
			row++;
		}
		ParametersSheet.define(sheet.sheet().getWorkbook(), FACTOR_YEARS, sheet.qualifiedRange(firstRow, row - 1, 0));
		ParametersSheet.define(sheet.sheet().getWorkbook(), FACTOR_VALUES, sheet.qualifiedRange(firstRow, row - 1, 2));
		return checks;
	}

	private static SortedMap<Integer, List<String>> usersByPriceLevelYear(Calculation calculation) {
		SortedMap<Integer, TreeSet<String>> users = new TreeMap<>();
		for (ComponentResult component : calculation.components()) {
			for (int year : component.basis().priceLevelYears()) {
				users.computeIfAbsent(year, y -> new TreeSet<>()).add(component.component().swedishLabel());
			}
		}
		SortedMap<Integer, List<String>> lists = new TreeMap<>();
		users.forEach((year, names) -> lists.put(year, List.copyOf(names)));
		return lists;
	}

}
