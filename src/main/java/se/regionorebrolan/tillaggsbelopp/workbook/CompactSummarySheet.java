package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellRangeAddress;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.calculation.OtherYear;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * Sammanställning of the compact workbook: the same columns as the full one, as values,
 * with the forecast years at the end instead of on a sheet of their own.
 */
final class CompactSummarySheet {

	private static final int INHABITANTS = SummarySheet.TOTAL + 1;

	private static final int PREVIOUS = SummarySheet.TOTAL + 5;

	private static final int FORECAST = PREVIOUS + 3;

	private final SheetWriter sheet;

	private final Styles styles;

	private final WorkbookContent content;

	private final Map<String, PopulationCount> population = new HashMap<>();

	private CompactSummarySheet(SheetWriter sheet, WorkbookContent content) {
		this.sheet = sheet;
		this.styles = sheet.styles();
		this.content = content;
		content.input()
			.population()
			.values()
			.stream()
			.filter(count -> count.referenceDate().equals(content.calculation().parameters().populationReferenceDate()))
			.forEach(count -> this.population.put(count.municipalityCode(), count));
	}

	static void write(SheetWriter sheet, WorkbookContent content) {
		new CompactSummarySheet(sheet, content).write();
	}

	private void write() {
		Calculation calculation = this.content.calculation();
		int year = this.content.budgetYear();
		this.sheet.title("Tilläggsbelopp för budgetåret " + year + " – " + this.content.run().versionAndStatus(),
				"Sammandrag för " + calculation.municipalities().size()
						+ " kommuner: bladen visar värden, inte formler " + "(arbetsboken har formler för högst "
						+ TillaggsbeloppWorkbook.FULL_WORKBOOK_LIMIT
						+ " kommuner). Programmet har kontrollerat varje kommun, se bladet Kontroller.");
		this.sheet.text(2, 0, "Körnings-id " + this.content.run().shortIdentity() + " · belopp i hela kronor",
				this.styles.subtitle);
		headings(year);
		List<MunicipalityAmounts> amounts = calculation.amounts();
		int row = SummarySheet.HEADER_ROW + 1;
		for (int i = 0; i < amounts.size(); i++) {
			municipalityRow(row++, i, amounts.get(i));
		}
		countyRow(row, calculation);
		this.sheet.sheet().createFreezePane(2, SummarySheet.HEADER_ROW + 1);
		this.sheet.sheet().setAutoFilter(new CellRangeAddress(SummarySheet.HEADER_ROW, row - 1, 0, FORECAST + 1));
		this.sheet.widths(8, 16, 15, 15, 15, 21, 15, 12, 12, 12, 12, 15, 14, 11, 15, 15);
		this.sheet.print(SummarySheet.HEADER_ROW);
		this.sheet.protect();
	}

	private void headings(int year) {
		List<String> headings = SummarySheet.headings(year - 1);
		this.content.comingYears().forEach(other -> headings.add(other.budgetYear() + " (prognos)"));
		this.sheet.headers(SummarySheet.HEADER_ROW, 3, headings.toArray(String[]::new));
	}

	private void municipalityRow(int row, int index, MunicipalityAmounts amounts) {
		this.sheet.text(row, 0, amounts.municipality().code(), this.styles.text);
		this.sheet.text(row, 1, amounts.municipality().name(), this.styles.text);
		for (Component component : Component.values()) {
			this.sheet.number(row, SummarySheet.FIRST_COMPONENT + component.ordinal(), amounts.amounts().get(component),
					this.styles.kronor);
		}
		PopulationCount count = this.population.get(amounts.municipality().code());
		amountColumns(row, amounts.total(), count.total(), count.aged65Plus(),
				total(this.content.previousYear(), index), index);
	}

	private void countyRow(int row, Calculation calculation) {
		this.sheet.text(row, 0, "Länet", this.styles.totalLabel);
		this.sheet.text(row, 1, "Summa", this.styles.totalLabel);
		for (Component component : Component.values()) {
			this.sheet.number(row, SummarySheet.FIRST_COMPONENT + component.ordinal(),
					calculation.component(component).countyTotal(), this.styles.totalKronor);
		}
		long inhabitants = this.population.values().stream().mapToLong(PopulationCount::total).sum();
		long aged65Plus = this.population.values().stream().mapToLong(PopulationCount::aged65Plus).sum();
		amountColumns(row, calculation.countyTotal(), inhabitants, aged65Plus,
				this.content.previousYear().calculation().map(Calculation::countyTotal).orElse(null), -1);
	}

	/**
	 * Total, per inhabitant, the previous year and the change, and the forecast;
	 * {@code index} is the municipality's, or −1 for the county.
	 */
	private void amountColumns(int row, BigDecimal total, long inhabitants, long aged65Plus, BigDecimal previous,
			int index) {
		this.sheet.number(row, SummarySheet.TOTAL, total, this.styles.kronor);
		this.sheet.number(row, INHABITANTS, inhabitants, this.styles.integer);
		this.sheet.number(row, INHABITANTS + 1, perInhabitant(total, inhabitants), this.styles.kronor);
		this.sheet.number(row, INHABITANTS + 2, aged65Plus, this.styles.integer);
		this.sheet.number(row, INHABITANTS + 3, perInhabitant(total, aged65Plus), this.styles.kronor);
		if (previous != null) {
			this.sheet.number(row, PREVIOUS, previous, this.styles.kronor);
			this.sheet.number(row, PREVIOUS + 1, total.subtract(previous), this.styles.kronor);
			if (previous.signum() != 0) {
				this.sheet.number(row, PREVIOUS + 2, total.subtract(previous).divide(previous, 6, RoundingMode.HALF_UP),
						this.styles.percent);
			}
		}
		List<OtherYear> coming = this.content.comingYears();
		for (int i = 0; i < coming.size(); i++) {
			BigDecimal forecast = (index < 0) ? coming.get(i).calculation().map(Calculation::countyTotal).orElse(null)
					: total(coming.get(i), index);
			if (forecast != null) {
				this.sheet.number(row, FORECAST + i, forecast, this.styles.kronor);
			}
		}
	}

	private static BigDecimal total(OtherYear other, int index) {
		Optional<Calculation> calculation = other.calculation();
		return calculation.map(c -> c.amountsAt(index).total()).orElse(null);
	}

	private static BigDecimal perInhabitant(BigDecimal total, long inhabitants) {
		return (inhabitants == 0) ? BigDecimal.ZERO
				: total.divide(BigDecimal.valueOf(inhabitants), 2, RoundingMode.HALF_UP);
	}

}
