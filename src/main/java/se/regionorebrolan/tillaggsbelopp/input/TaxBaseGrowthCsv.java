package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;

/**
 * tax_base_growth.csv: the tax base's growth in percent per year, SKR's outcome or
 * forecast (utfall or prognos), with its source; one row per year; growth above −100, and
 * outside −5 to 15 with a warning.
 */
public final class TaxBaseGrowthCsv {

	static final InputColumn<TaxBaseGrowth> YEAR = InputColumn
		.of("year", List.of("år"), ColumnKind.YEAR, TaxBaseGrowth::year, "Året", "Årtal, t.ex. 2024")
		.asKey();

	/** The growth in percent. */
	public static final InputColumn<TaxBaseGrowth> GROWTH = InputColumn.of("growth_percent",
			List.of("förändring_procent"), ColumnKind.PERCENT, TaxBaseGrowth::growthPercent,
			"Förändring mot året före, i procent", "Tal större än −100, t.ex. 3,4 (inte procentformat)");

	static final InputColumn<TaxBaseGrowth> KIND = InputColumn
		.of("kind", List.of("typ"), ColumnKind.GROWTH_KIND, TaxBaseGrowth::kind, "Utfall eller prognos",
				"Välj utfall eller prognos i listan")
		.withChoices(GrowthKind.OUTCOME.swedishLabel(), GrowthKind.FORECAST.swedishLabel());

	public static final TableDescription<TaxBaseGrowth> TABLE = new TableDescription<>(InputTable.TAX_BASE_GROWTH,
			"tax_base_growth.csv", "Skatteunderlag",
			List.of(YEAR, GROWTH, KIND, InputColumn.requiredSource("Varifrån talet kommer, t.ex. SKR cirkulär 22:37")),
			"Skatteunderlagets utveckling per år, utfall eller prognos; en rad per år, från varje prisnivåår till "
					+ "budgetåret.",
			"SKR:s cirkulär om skatteunderlagsprognosen.", false, InputSet::taxBaseGrowth);

	private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

	/**
	 * The tax base's growth in a usual year, in percent: SKR's outcomes and forecasts
	 * since the 1990s lie within it. Outside it is allowed, but more often a slipped
	 * decimal.
	 */
	private static final BigDecimal USUAL_LOWEST = BigDecimal.valueOf(-5);

	private static final BigDecimal USUAL_HIGHEST = BigDecimal.valueOf(15);

	/** The kinds in English (spec §6) and in Swedish, as SKR's circulars name them. */
	private static final Map<String, GrowthKind> KINDS = Map.of("outcome", GrowthKind.OUTCOME, "utfall",
			GrowthKind.OUTCOME, "forecast", GrowthKind.FORECAST, "prognos", GrowthKind.FORECAST);

	private TaxBaseGrowthCsv() {
	}

	static InputFile<TaxBaseGrowth> read(Tables tables, InputProblems problems) {
		return tables.read(TABLE, problems).toInputFile(TaxBaseGrowthCsv::growth, TaxBaseGrowth::year, "en rad per år");
	}

	private static TaxBaseGrowth growth(TableRow row) {
		int year = row.year(YEAR.name());
		BigDecimal percent = row.decimal(GROWTH.name(), value -> value.compareTo(MINUS_HUNDRED) > 0,
				Expectations.decimal("en procentsats större än -100", "", "3.4"));
		GrowthKind kind = row.oneOf(KIND.name(), KINDS, "förväntat outcome (utfall) eller forecast (prognos)");
		row.text(TableDescription.SOURCE, "förväntat källan till talet, t.ex. SKR cirkulär 22:37");
		if (row.valid() && (percent.compareTo(USUAL_LOWEST) < 0 || percent.compareTo(USUAL_HIGHEST) > 0)) {
			row.warn(GROWTH.name(), "ovanlig förändring: skatteunderlaget brukar ändras med mellan −5 och 15 % per år; "
					+ "kontrollera decimaltecknet (950 i stället för 9,50?) och att talet är i procent");
		}
		return row.valid() ? new TaxBaseGrowth(year, percent, kind) : null;
	}

}
