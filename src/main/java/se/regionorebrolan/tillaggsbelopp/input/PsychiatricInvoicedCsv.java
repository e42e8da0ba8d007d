package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;

import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;

/**
 * psychiatric_invoiced.csv: invoiced psychiatric home care per municipality and year.
 * Several rows may add up and a row may be negative (a credit note); the rules on each
 * averaged year's sum are checked by the calculation.
 */
final class PsychiatricInvoicedCsv {

	static final CsvLayout LAYOUT = new CsvLayout("psychiatric_invoiced.csv", "Psykiatri", "municipality_code", "year",
			"amount_sek");

	private PsychiatricInvoicedCsv() {
	}

	static InputFile<PsychiatricInvoice> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		// Rows may repeat a municipality and year: they add up, so there is no unique
		// key.
		return tables.read(LAYOUT, problems).toInputFile(row -> invoice(row, knownCodes));
	}

	private static PsychiatricInvoice invoice(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode("municipality_code", knownCodes);
		int year = row.year("year");
		BigDecimal amount = row.decimal("amount_sek", Expectations.ORE, Expectations.SIGNED_AMOUNT);
		return row.valid() ? new PsychiatricInvoice(code, year, amount) : null;
	}

}
