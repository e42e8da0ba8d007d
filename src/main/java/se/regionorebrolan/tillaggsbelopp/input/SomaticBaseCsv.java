package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;
import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;

/**
 * somatic_base.csv: each municipality's previous somatic amount and its price level year;
 * one row per municipality; amount ≥ 0 with at most two decimals (öre).
 */
public final class SomaticBaseCsv {

	static final InputColumn<SomaticBase> CODE = InputColumn.code(SomaticBase::municipalityCode);

	/** The price level of the amount. */
	public static final InputColumn<SomaticBase> PRICE_LEVEL_YEAR = InputColumn.of("price_level_year",
			List.of("prisnivå_år"), ColumnKind.YEAR, SomaticBase::priceLevelYear, "Året vars prisnivå beloppet har",
			"Årtal, t.ex. 2025");

	/** The previous amount. */
	public static final InputColumn<SomaticBase> AMOUNT = InputColumn.of("amount_sek",
			List.of("belopp_kr", "belopp_sek"), ColumnKind.KRONOR, SomaticBase::amountSek, "Beloppet",
			"Kronor ≥ 0, högst två decimaler");

	public static final TableDescription<SomaticBase> TABLE = new TableDescription<>(InputTable.SOMATIC_BASE,
			"somatic_base.csv", "Somatik", List.of(CODE, PRICE_LEVEL_YEAR, AMOUNT, InputColumn.source()),
			"Föregående tilläggsbelopp för somatisk vård per kommun och dess prisnivå; en rad per kommun.",
			"Tidigare beslutade tilläggsbelopp (avtalet, avsnitt 4.2).", false, InputSet::somaticBases);

	private SomaticBaseCsv() {
	}

	static InputFile<SomaticBase> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		return tables.read(TABLE, problems)
			.toInputFile(row -> base(row, knownCodes), SomaticBase::municipalityCode, "en rad per kommun");
	}

	private static SomaticBase base(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode(CODE.name(), knownCodes);
		int priceLevelYear = row.year(PRICE_LEVEL_YEAR.name());
		BigDecimal amount = row.decimal(AMOUNT.name(), Expectations.NON_NEGATIVE.and(Expectations.ORE),
				Expectations.AMOUNT);
		return row.valid() ? new SomaticBase(code, priceLevelYear, amount) : null;
	}

}
