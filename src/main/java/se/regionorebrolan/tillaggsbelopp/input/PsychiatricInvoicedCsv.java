package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;

/**
 * psychiatric_invoiced.csv: invoiced psychiatric home care per municipality and year.
 * Several rows may add up and a row may be negative (a credit note); the rules on each
 * averaged year's sum are checked by the calculation.
 */
public final class PsychiatricInvoicedCsv {

	static final InputColumn<PsychiatricInvoice> CODE = InputColumn.code(PsychiatricInvoice::municipalityCode);

	/** The year invoiced. */
	public static final InputColumn<PsychiatricInvoice> YEAR = InputColumn
		.of("year", List.of("år"), ColumnKind.YEAR, PsychiatricInvoice::year, "Fakturaåret", "Årtal, t.ex. 2022")
		.asKey();

	/** The amount invoiced; negative for a credit note. */
	public static final InputColumn<PsychiatricInvoice> AMOUNT = InputColumn.of("amount_sek",
			List.of("belopp_kr", "belopp_sek"), ColumnKind.KRONOR, PsychiatricInvoice::amountSek, "Fakturerat belopp",
			"Kronor, högst två decimaler; negativt för en kreditfaktura");

	public static final TableDescription<PsychiatricInvoice> TABLE = new TableDescription<>(
			InputTable.PSYCHIATRIC_INVOICED, "psychiatric_invoiced.csv", "Psykiatri",
			List.of(CODE, YEAR, AMOUNT, InputColumn.source()),
			"Fakturerad psykiatrisk hemsjukvård per kommun och år. Flera rader för samma kommun och år läggs ihop; "
					+ "en kreditfaktura skrivs som ett negativt belopp.",
			"Regionens fakturering (ekonomisystemet).", true, InputSet::psychiatricInvoices);

	private PsychiatricInvoicedCsv() {
	}

	static InputFile<PsychiatricInvoice> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		// Rows may repeat a municipality and year: they add up, so there is no unique
		// key.
		return tables.read(TABLE, problems).toInputFile(row -> invoice(row, knownCodes));
	}

	private static PsychiatricInvoice invoice(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode(CODE.name(), knownCodes);
		int year = row.year(YEAR.name());
		BigDecimal amount = row.decimal(AMOUNT.name(), Expectations.ORE, Expectations.SIGNED_AMOUNT);
		return row.valid() ? new PsychiatricInvoice(code, year, amount) : null;
	}

}
