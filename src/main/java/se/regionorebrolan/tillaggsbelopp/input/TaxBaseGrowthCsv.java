package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;

/**
 * tax_base_growth.csv: the tax base's growth in percent per year, SKR's outcome or
 * forecast (utfall or prognos), with its source; one row per year; growth above −100.
 */
final class TaxBaseGrowthCsv {

	static final CsvLayout LAYOUT = new CsvLayout("tax_base_growth.csv", "Skatteunderlag",
			List.of("year", "growth_percent", "kind"), true);

	private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

	/** The kinds in English (spec §6) and in Swedish, as SKR's circulars name them. */
	private static final Map<String, GrowthKind> KINDS = Map.of("outcome", GrowthKind.OUTCOME, "utfall",
			GrowthKind.OUTCOME, "forecast", GrowthKind.FORECAST, "prognos", GrowthKind.FORECAST);

	private TaxBaseGrowthCsv() {
	}

	static InputFile<TaxBaseGrowth> read(Tables tables, InputProblems problems) {
		return tables.read(LAYOUT, problems)
			.toInputFile(TaxBaseGrowthCsv::growth, TaxBaseGrowth::year, "en rad per år");
	}

	private static TaxBaseGrowth growth(TableRow row) {
		int year = row.year("year");
		BigDecimal percent = row.decimal("growth_percent", value -> value.compareTo(MINUS_HUNDRED) > 0,
				Expectations.decimal("en procentsats större än -100", "", "3.4"));
		GrowthKind kind = row.oneOf("kind", KINDS, "förväntat outcome (utfall) eller forecast (prognos)");
		row.text(CsvLayout.SOURCE, "förväntat källan till talet, t.ex. SKR cirkulär 22:37");
		return row.valid() ? new TaxBaseGrowth(year, percent, kind) : null;
	}

}
