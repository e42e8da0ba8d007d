package se.regionorebrolan.tillaggsbelopp.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.ComponentResult;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;

/**
 * The summary table printed at the end of a run: one line per municipality with the four
 * components and the total, and the county total, in kronor.
 */
public final class ConsoleSummary {

	private static final String[] HEADINGS = { "Somatisk grund", "Psykiatrisk", "Avancerad", "Avstånd", "Totalt" };

	/** Wide enough for the longest heading and for amounts up to 9 999 999 999 kr. */
	private static final String AMOUNT_COLUMN = "%16s";

	private ConsoleSummary() {
	}

	/** The table as lines without trailing newline. */
	public static List<String> lines(Calculation calculation) {
		int nameWidth = Math.max(14,
				calculation.municipalities()
					.stream()
					.mapToInt(m -> m.code().length() + 1 + m.name().length())
					.max()
					.orElse(0));
		List<String> lines = new ArrayList<>();
		lines.add("Tilläggsbelopp för budgetåret " + calculation.parameters().budgetYear() + ", kronor");
		lines.add(row(nameWidth, "Kommun", HEADINGS));
		for (MunicipalityAmounts amounts : calculation.amounts()) {
			lines.add(row(nameWidth, amounts.municipality().code() + " " + amounts.municipality().name(),
					amountCells(amounts.amounts().values().stream().toList(), amounts.total())));
		}
		List<BigDecimal> countyTotals = calculation.components().stream().map(ComponentResult::countyTotal).toList();
		lines.add(row(nameWidth, "Länet", amountCells(countyTotals, calculation.countyTotal())));
		return lines;
	}

	private static String[] amountCells(List<BigDecimal> components, BigDecimal total) {
		String[] cells = new String[Component.values().length + 1];
		for (int i = 0; i < components.size(); i++) {
			cells[i] = SwedishFormat.kronor(components.get(i));
		}
		cells[cells.length - 1] = SwedishFormat.kronor(total);
		return cells;
	}

	private static String row(int nameWidth, String name, String[] cells) {
		StringBuilder line = new StringBuilder(String.format("%-" + nameWidth + "s", name));
		for (String cell : cells) {
			line.append(String.format(AMOUNT_COLUMN, cell));
		}
		return line.toString();
	}

}
