package se.regionorebrolan.tillaggsbelopp.workbook;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.calculation.OtherYear;

/**
 * Sammanställning: per municipality the four components (taken from Beräkning), the
 * total, kronor per inhabitant and per inhabitant 65+, and the change against the
 * previous budget year; the county total; and a stacked bar chart of the components.
 */
final class SummarySheet {

	static final String NAME = "Sammanställning";

	static final int HEADER_ROW = 4;

	static final int FIRST_COMPONENT = 2;

	static final int TOTAL = FIRST_COMPONENT + Component.values().length;

	static final int INHABITANTS = TOTAL + 1;

	static final int PREVIOUS = TOTAL + 5;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private SummarySheet() {
	}

	/** Writes the sheet and returns the cells that must equal the engine's totals. */
	static List<CheckedCell> write(SheetWriter sheet, WorkbookContent content, CalculationSheet.Layout layout) {
		Calculation calculation = content.calculation();
		int year = content.budgetYear();
		int previousYear = year - 1;
		sheet.title("Tilläggsbelopp för budgetåret " + year + " – " + content.run().versionAndStatus(),
				"Hälso- och sjukvård i hemmet, primärvårdsnivå: ekonomisk reglering enligt avsnitt 4 i "
						+ "överenskommelsen mellan Region Örebro län och länets kommuner.");
		sheet.text(2, 0, "Beräknat " + TIME.format(content.run().calculatedAt()) + " · körnings-id "
				+ content.run().shortIdentity() + " · belopp i hela kronor", sheet.styles().subtitle);
		headings(sheet, previousYear);
		List<MunicipalityAmounts> amounts = calculation.amounts();
		List<CheckedCell> checks = new ArrayList<>();
		for (int i = 0; i < amounts.size(); i++) {
			int row = HEADER_ROW + 1 + i;
			municipalityRow(sheet, row, i, amounts.get(i).municipality(), layout, content.previousYear());
			checks.add(CheckedCell.kronor(
					"Totalt, " + amounts.get(i).municipality().code() + " " + amounts.get(i).municipality().name(),
					NAME, row, TOTAL, amounts.get(i).total()));
		}
		int countyRow = HEADER_ROW + 1 + amounts.size();
		countyRow(sheet, countyRow, content.previousYear().calculation().isPresent());
		checks.add(CheckedCell.kronor("Totalt, länet", NAME, countyRow, TOTAL, calculation.countyTotal()));
		int notesRow = notes(sheet, countyRow + 2, content, previousYear);
		SummaryChart.draw(sheet, HEADER_ROW + 1, countyRow - 1, notesRow + 1);
		sheet.sheet().createFreezePane(2, HEADER_ROW + 1);
		sheet.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, countyRow - 1, 0, PREVIOUS + 2));
		sheet.widths(8, 16, 15, 15, 15, 21, 15, 12, 12, 12, 12, 15, 14, 11);
		sheet.print(HEADER_ROW);
		sheet.protect();
		return checks;
	}

	private static void headings(SheetWriter sheet, int previousYear) {
		sheet.headers(HEADER_ROW, 3, headings(previousYear).toArray(String[]::new));
	}

	/** The column headings, also of the compact workbook's summary. */
	static List<String> headings(int previousYear) {
		List<String> headings = new ArrayList<>(List.of("Kod", "Kommun"));
		for (Component component : Component.values()) {
			headings.add(component.swedishLabel());
		}
		headings.addAll(List.of("Totalt", "Invånare", "Kr per invånare", "Invånare 65+", "Kr per invånare 65+",
				"Totalt " + previousYear, "Förändring (kr)", "Förändring (%)"));
		return headings;
	}

	private static void municipalityRow(SheetWriter sheet, int row, int index, Municipality municipality,
			CalculationSheet.Layout layout, OtherYear previous) {
		Styles styles = sheet.styles();
		sheet.text(row, 0, municipality.code(), styles.text);
		sheet.text(row, 1, municipality.name(), styles.text);
		for (Component component : Component.values()) {
			sheet.formula(row, FIRST_COMPONENT + component.ordinal(),
					layout.block(component).cell(index, CalculationSheet.ALLOCATED), styles.kronor);
		}
		sheet.formula(row, TOTAL,
				"SUM(" + SheetWriter.ref(row, FIRST_COMPONENT) + ":" + SheetWriter.ref(row, TOTAL - 1) + ")",
				styles.kronor);
		sheet.formula(row, INHABITANTS, layout.input().populationTotal(municipality.code()), styles.integer);
		sheet.formula(row, INHABITANTS + 1, perInhabitant(row, INHABITANTS), styles.kronor);
		sheet.formula(row, INHABITANTS + 2, layout.input().aged65Plus(municipality.code()), styles.integer);
		sheet.formula(row, INHABITANTS + 3, perInhabitant(row, INHABITANTS + 2), styles.kronor);
		previous.calculation()
			.ifPresent(calculation -> sheet.number(row, PREVIOUS, calculation.amountsAt(index).total(), styles.kronor));
		change(sheet, row, previous.calculation().isPresent(), styles.kronor);
	}

	private static void countyRow(SheetWriter sheet, int row, boolean hasPrevious) {
		Styles styles = sheet.styles();
		sheet.text(row, 0, "Länet", styles.totalLabel);
		sheet.text(row, 1, "Summa", styles.totalLabel);
		List<Integer> summed = new ArrayList<>(List.of(2, 3, 4, 5, TOTAL, INHABITANTS, INHABITANTS + 2));
		if (hasPrevious) {
			summed.add(PREVIOUS);
		}
		for (int column : summed) {
			sheet.formula(row, column,
					"SUM(" + SheetWriter.ref(HEADER_ROW + 1, column) + ":" + SheetWriter.ref(row - 1, column) + ")",
					(column == INHABITANTS || column == INHABITANTS + 2) ? styles.totalInteger : styles.totalKronor);
		}
		sheet.formula(row, INHABITANTS + 1, perInhabitant(row, INHABITANTS), styles.totalKronor);
		sheet.formula(row, INHABITANTS + 3, perInhabitant(row, INHABITANTS + 2), styles.totalKronor);
		change(sheet, row, hasPrevious, styles.totalKronor);
	}

	private static void change(SheetWriter sheet, int row, boolean hasPrevious, CellStyle kronor) {
		if (!hasPrevious) {
			return;
		}
		String previous = SheetWriter.ref(row, PREVIOUS);
		sheet.formula(row, PREVIOUS + 1,
				"IF(" + previous + "=\"\",\"\"," + SheetWriter.ref(row, TOTAL) + "-" + previous + ")", kronor);
		sheet.formula(row, PREVIOUS + 2, "IF(OR(" + previous + "=\"\"," + previous + "=0),\"\","
				+ SheetWriter.ref(row, PREVIOUS + 1) + "/" + previous + ")", sheet.styles().percent);
	}

	private static String perInhabitant(int row, int inhabitantsColumn) {
		String inhabitants = SheetWriter.ref(row, inhabitantsColumn);
		return "IF(" + inhabitants + "=0,0," + SheetWriter.ref(row, TOTAL) + "/" + inhabitants + ")";
	}

	/** The notes under the table; returns the row after them. */
	private static int notes(SheetWriter sheet, int firstRow, WorkbookContent content, int previousYear) {
		Styles styles = sheet.styles();
		List<String> notes = new ArrayList<>();
		notes.add("Varje komponent fördelas i hela kronor med största-rest-metoden, så att kommunernas belopp "
				+ "summerar exakt till länets belopp (se bladen Beräkning och Kontroller).");
		notes.add("Invånare och invånare 65+ avser " + content.calculation().parameters().populationReferenceDate()
				+ " (population.csv).");
		OtherYear previous = content.previousYear();
		notes.add(previous.calculation().isPresent()
				? "Totalt " + previousYear
						+ " är beräknat av programmet med samma indata och parametrar, med budgetåret " + previousYear
						+ ", för att visa förändringen; det är inte det belopp som beslutades för " + previousYear + "."
				: "Jämförelse med " + previousYear + " saknas: " + String.join("; ", previous.reasons()) + ".");
		List<String> forecasts = content.calculation()
			.forecastYearsUsed()
			.stream()
			.map(growth -> String.valueOf(growth.year()))
			.toList();
		if (!forecasts.isEmpty()) {
			notes.add("Uppräkningen bygger på prognos, inte utfall, för " + String.join(", ", forecasts)
					+ " (bladet Index).");
		}
		notes.addAll(content.calculation().notices());
		for (int i = 0; i < notes.size(); i++) {
			sheet.text(firstRow + i, 0, notes.get(i), styles.note);
		}
		return firstRow + notes.size();
	}

}
