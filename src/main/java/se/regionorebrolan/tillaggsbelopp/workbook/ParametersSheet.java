package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.DistanceParameters;

/**
 * Parametrar: every parameter with its value, unit, meaning, the agreement's wording and
 * the setting it comes from. Each value is a defined name (Budgetar, Kostnad_patient, …)
 * that the formulas of the other sheets use, so a reader sees which parameter a formula
 * depends on.
 */
final class ParametersSheet {

	static final String NAME = "Parametrar";

	static final String BUDGET_YEAR = "Budgetar";

	static final String REFERENCE_DATE = "Referensdatum";

	static final String PSYCHIATRIC_PRICE_LEVEL = "Psyk_prisniva";

	static final String MEASUREMENT_DATE = "Matdatum";

	static final String CATEGORY = "Kategori";

	static final String SHIFT_RATE = "Forskjutning";

	static final String COST_PER_PATIENT = "Kostnad_patient";

	static final String ADVANCED_PRICE_LEVEL = "Avanc_prisniva";

	static final String THRESHOLD_KM = "Avstandsgrans";

	static final String DISTANCE_SHARE = "Avstandsandel";

	private static final int HEADER_ROW = 3;

	private ParametersSheet() {
	}

	/** The defined name of the n-th averaged psychiatric year (1-based). */
	static String averageYear(int position) {
		return "Psyk_ar_" + position;
	}

	static void write(SheetWriter sheet, CalculationParameters parameters) {
		Styles styles = sheet.styles();
		sheet.heading(NAME, "Parametrarna som beräkningen använder. Gula värden är definierade namn som formlerna "
				+ "i de andra bladen använder; de kommer från config/application.yml eller kommandoraden.");
		sheet.headers(HEADER_ROW, 1, "Parameter", "Värde", "Enhet", "Betydelse", "Överenskommelsen (avsnitt 4.2)",
				"Inställning och namn i formlerna");
		int row = HEADER_ROW + 1;
		for (Line line : lines(parameters)) {
			write(sheet, row++, line);
		}
		sheet.sheet().createFreezePane(0, HEADER_ROW + 1);
		sheet.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, 5));
		sheet.widths(30, 14, 8, 40, 46, 36);
		sheet.print(HEADER_ROW);
		sheet.protect();
	}

	private static void write(SheetWriter sheet, int row, Line line) {
		Styles styles = sheet.styles();
		if (line.value() instanceof LocalDate date) {
			sheet.date(row, 1, date, styles.inputDate);
		}
		else if (line.value() instanceof BigDecimal number) {
			sheet.number(row, 1, number, line.style(styles));
		}
		else {
			sheet.number(row, 1, (Integer) line.value(), styles.inputYear);
		}
		sheet.text(row, 0, line.label(), styles.text);
		sheet.text(row, 2, line.unit(), styles.text);
		sheet.text(row, 3, line.meaning(), styles.wrapped);
		sheet.text(row, 4, line.agreement(), styles.wrapped);
		sheet.text(row, 5, line.property() + "\nnamn i formlerna: " + line.name(), styles.wrapped);
		sheet.lines(row, 3);
		define(sheet.sheet().getWorkbook(), line.name(), sheet.qualified(row, 1));
	}

	static void define(XSSFWorkbook workbook, String name, String reference) {
		XSSFName definedName = workbook.createName();
		definedName.setNameName(name);
		definedName.setRefersToFormula(reference);
	}

	private static List<Line> lines(CalculationParameters parameters) {
		AdvancedParameters advanced = parameters.advanced();
		DistanceParameters distance = parameters.distance();
		List<Line> lines = new ArrayList<>();
		lines.add(new Line("Budgetår", parameters.budgetYear(), "år", "Året beloppen betalas ut för.",
				"\"Beräkning av beloppet per kommun för nästkommande år tas fram och presenteras i december och betalas ut i januari\"",
				"tillagg.budget-year", BUDGET_YEAR));
		lines.add(new Line("Befolkningens referensdatum", parameters.populationReferenceDate(), "datum",
				"Vilken folkmängd (invånare 65 år och äldre) som används.",
				"\"fördelas … efter andel 65 år och äldre\"", "tillagg.population-reference-date", REFERENCE_DATE));
		List<Integer> years = parameters.psychiatric().averageYears();
		for (int i = 0; i < years.size(); i++) {
			lines.add(new Line("Psykiatri: år i medelvärdet (" + (i + 1) + " av " + years.size() + ")", years.get(i),
					"år", "Ett av åren vars fakturerade belopp medelvärdesbildas.",
					"\"fakturerade belopp för psykiatrisk hemsjukvård i genomsnitt för perioden 2021–2022\"",
					"tillagg.psychiatric.average-years", averageYear(i + 1)));
		}
		lines.add(new Line("Psykiatri: prisnivåår", parameters.psychiatric().priceLevelYear(), "år",
				"Det år medelvärdet räknas upp från.",
				"\"Hela beloppet beräknas årligen efter skatteunderlagets procentuella utveckling\"",
				"tillagg.psychiatric.price-level-year", PSYCHIATRIC_PRICE_LEVEL));
		lines.add(new Line("Avancerad: mätdatum", advanced.measurementDate(), "datum",
				"Vilken mätning av hemsjukvården som används.", "\"ursprunglig mätning från november 2022\"",
				"tillagg.advanced.measurement-date", MEASUREMENT_DATE));
		lines.add(new Line("Avancerad: vårdkategori", advanced.category(), "kategori",
				"Vilken vårdkategori som är avancerad hemsjukvård.", "\"kategori 4\"", "tillagg.advanced.category",
				CATEGORY));
		lines.add(new Line("Avancerad: förskjutning", advanced.shiftRate(), "andel",
				"Andelen avancerade patienter som förskjuts till kommunerna.",
				"\"beräknad på 5 % förskjutning av avancerade hemsjukvårdspatienter\"", "tillagg.advanced.shift-rate",
				SHIFT_RATE));
		lines.add(new Line("Avancerad: kostnad per patient", advanced.costPerPatientSek(), "per år",
				"Årskostnaden för en avancerad patient vid prisnivååret nedan.", "(anges inte i avsnitt 4.2)",
				"tillagg.advanced.cost-per-patient-sek", COST_PER_PATIENT));
		lines.add(new Line("Avancerad: prisnivåår", advanced.priceLevelYear(), "år",
				"Det år kostnaden per patient räknas upp från.",
				"\"Beräkningen av belopp görs utifrån skatteunderlagets procentuella utveckling från 2021\"",
				"tillagg.advanced.price-level-year", ADVANCED_PRICE_LEVEL));
		lines.add(new Line("Avstånd: gräns", distance.thresholdKm(), "km",
				"Centralorter mer än så här långt från närmaste sjukhus får avståndskompensation (35,0 km räcker inte).",
				"\"de kommuner vars centralort ligger mer än 35 kilometer från närmaste sjukhus\"",
				"tillagg.distance.threshold-km", THRESHOLD_KM));
		lines.add(new Line("Avstånd: andel", distance.shareRate(), "andel",
				"Avståndskompensationen som andel av de tre andra komponenternas länsbelopp.",
				"\"Kompensation för avstånd utgör 5 % av ovanstående\"", "tillagg.distance.share-rate",
				DISTANCE_SHARE));
		return lines;
	}

	/** One parameter row. */
	private record Line(String label, Object value, String unit, String meaning, String agreement, String property,
			String name) {

		CellStyle style(Styles styles) {
			return "per år".equals(this.unit) ? styles.inputKronor : styles.inputDecimal;
		}

	}

}
