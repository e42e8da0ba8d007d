package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;

import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;

/**
 * somatic_base.csv: each municipality's previous somatic amount and its price level year;
 * one row per municipality; amount ≥ 0 with at most two decimals (öre).
 */
final class SomaticBaseCsv {

	static final CsvLayout LAYOUT = new CsvLayout("somatic_base.csv", "Somatik", "municipality_code",
			"price_level_year", "amount_sek");

	private SomaticBaseCsv() {
	}

	static InputFile<SomaticBase> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		return tables.read(LAYOUT, problems)
			.toInputFile(row -> base(row, knownCodes), SomaticBase::municipalityCode, "en rad per kommun");
	}

	private static SomaticBase base(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode("municipality_code", knownCodes);
		int priceLevelYear = row.year("price_level_year");
		BigDecimal amount = row.decimal("amount_sek", Expectations.NON_NEGATIVE.and(Expectations.ORE),
				Expectations.AMOUNT);
		return row.valid() ? new SomaticBase(code, priceLevelYear, amount) : null;
	}

}
