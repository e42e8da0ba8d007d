package se.regionorebrolan.tillaggsbelopp.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedBasis;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.ComponentResult;
import se.regionorebrolan.tillaggsbelopp.calculation.DistanceBasis;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricBasis;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;
import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;

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

	/**
	 * The intermediate values a reviewer checks the county totals with: index factors,
	 * forecast years used, the psychiatric mean, the advanced patients, the distance base
	 * and who gets it.
	 */
	public static List<String> basisLines(Calculation calculation) {
		CalculationParameters parameters = calculation.parameters();
		PsychiatricBasis psychiatric = calculation.psychiatricBasis();
		AdvancedBasis advanced = calculation.advancedBasis();
		DistanceBasis distance = calculation.distanceBasis();
		List<String> lines = new ArrayList<>();
		lines.add("Underlag:");
		lines.add("  Uppräkning till " + parameters.budgetYear() + ": " + indexFactors(calculation));
		List<TaxBaseGrowth> forecasts = calculation.forecastYearsUsed();
		if (!forecasts.isEmpty()) {
			lines.add("  Prognos (inte utfall) för " + forecasts.stream()
				.map(g -> g.year() + " (" + SwedishFormat.decimal(g.growthPercent(), 1) + " %)")
				.collect(Collectors.joining(", ")));
		}
		lines.add("  " + Component.PSYCHIATRIC.swedishLabel() + ": medel för "
				+ psychiatric.countySumByYear().keySet().stream().map(String::valueOf).collect(Collectors.joining(", "))
				+ " " + SwedishFormat.decimal(psychiatric.mean(), 2) + " kr × " + factor(psychiatric.indexFactor())
				+ " = " + SwedishFormat.kronor(psychiatric.countyTotal()) + " kr");
		lines.add("  " + Component.ADVANCED.swedishLabel() + ": " + plain(parameters.advanced().shiftRate()) + " × "
				+ advanced.patients() + " patienter i kategori " + parameters.advanced().category() + " (mätning "
				+ parameters.advanced().measurementDate() + ") × "
				+ SwedishFormat.kronor(parameters.advanced().costPerPatientSek()) + " kr × "
				+ factor(advanced.indexFactor()) + " = " + SwedishFormat.kronor(advanced.countyTotal()) + " kr");
		lines.add("  " + Component.DISTANCE.swedishLabel() + ": " + plain(parameters.distance().shareRate()) + " × "
				+ SwedishFormat.kronor(distance.base()) + " kr = " + SwedishFormat.kronor(distance.countyTotal())
				+ " kr, till " + eligible(calculation, distance) + " (mer än "
				+ plain(parameters.distance().thresholdKm()) + " km till sjukhus)");
		if (!psychiatric.ignoredInvoices().isEmpty()) {
			lines.add("  Fakturarader för andra år, som inte ingår i medelvärdet: "
					+ psychiatric.ignoredInvoices().size());
		}
		return lines;
	}

	private static String indexFactors(Calculation calculation) {
		SortedMap<Integer, BigDecimal> factors = new TreeMap<>(calculation.somaticBasis().indexFactors());
		PsychiatricBasis psychiatric = calculation.psychiatricBasis();
		AdvancedBasis advanced = calculation.advancedBasis();
		factors.put(psychiatric.priceLevelYear(), psychiatric.indexFactor());
		factors.put(advanced.priceLevelYear(), advanced.indexFactor());
		return factors.entrySet()
			.stream()
			.map(entry -> "från " + entry.getKey() + " " + factor(entry.getValue()))
			.collect(Collectors.joining(" · "));
	}

	private static String eligible(Calculation calculation, DistanceBasis distance) {
		if (distance.eligibleCodes().isEmpty()) {
			return "ingen kommun";
		}
		Set<String> eligible = Set.copyOf(distance.eligibleCodes());
		return calculation.municipalities()
			.stream()
			.filter(municipality -> eligible.contains(municipality.code()))
			.map(municipality -> municipality.code() + " " + municipality.name())
			.collect(Collectors.joining(", "));
	}

	/** Index factors are shown with six decimals (spec §2). */
	private static String factor(BigDecimal factor) {
		return SwedishFormat.decimal(factor, 6);
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString().replace('.', ',');
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
