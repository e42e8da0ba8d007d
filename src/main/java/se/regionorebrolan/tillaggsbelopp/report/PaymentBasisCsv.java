package se.regionorebrolan.tillaggsbelopp.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

import se.regionorebrolan.tillaggsbelopp.input.SafeCsvWriter;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentBasis;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentLine;

/**
 * The payment basis for the finance system: one row per municipality, whole kronor, UTF-8
 * without byte-order mark, comma-separated, LF line endings, like the results file. Each
 * row names the month and the version, run id and results digest it is paid from, so a
 * row read on its own still says where its amount comes from. The headers are a contract
 * with the systems that read the file. A name that a spreadsheet would take for a formula
 * is written as text, amounts as numbers, a negative difference too
 * ({@link SafeCsvWriter}).
 */
public final class PaymentBasisCsv {

	static final String[] PAYMENT_HEADER = { "municipality_code", "municipality_name", "amount_sek", "payment_month",
			"budget_year", "version", "run_id", "results_sha256" };

	static final String[] CORRECTION_HEADER = { "municipality_code", "municipality_name", "paid_sek", "final_sek",
			"difference_sek", "payment_month", "budget_year", "paid_version", "version", "run_id", "results_sha256" };

	private PaymentBasisCsv() {
	}

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180).setRecordSeparator('\n').get();

	public static void write(PaymentBasis basis, Path file) throws IOException {
		try (SafeCsvWriter csv = new SafeCsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT)) {
			csv.record((Object[]) (basis.isCorrection() ? CORRECTION_HEADER : PAYMENT_HEADER));
			for (PaymentLine line : basis.lines()) {
				csv.record(record(basis, line));
			}
		}
	}

	private static List<Object> record(PaymentBasis basis, PaymentLine line) {
		List<Object> values = new ArrayList<>(List.of(line.municipalityCode(), line.municipalityName()));
		if (basis.isCorrection()) {
			values.addAll(List.of(line.paidBefore(), line.finalAmount(), line.amount()));
		}
		else {
			values.add(line.amount());
		}
		values.addAll(List.of(basis.paymentMonth().toString(), basis.budgetYear()));
		basis.paidBefore().ifPresent(before -> values.add(before.version()));
		values.addAll(List.of(basis.paid().version(), basis.paid().runId(), basis.paid().resultsSha256()));
		return values;
	}

}
