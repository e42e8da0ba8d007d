package se.regionorebrolan.tillaggsbelopp.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.regionorebrolan.tillaggsbelopp.payment.PaymentBasis;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentLine;

/**
 * The payment basis for the finance system: one row per municipality, whole kronor, UTF-8
 * without byte-order mark, comma-separated, LF line endings, like the results file. Each
 * row names the month and the version, run id and results digest it is paid from, so a
 * row read on its own still says where its amount comes from. The headers are a contract
 * with the systems that read the file.
 */
public final class PaymentBasisCsv {

	static final String[] PAYMENT_HEADER = { "municipality_code", "municipality_name", "amount_sek", "payment_month",
			"budget_year", "version", "run_id", "results_sha256" };

	static final String[] CORRECTION_HEADER = { "municipality_code", "municipality_name", "paid_sek", "final_sek",
			"difference_sek", "payment_month", "budget_year", "paid_version", "version", "run_id", "results_sha256" };

	private PaymentBasisCsv() {
	}

	public static void write(PaymentBasis basis, Path file) throws IOException {
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180)
			.setRecordSeparator('\n')
			.setHeader(basis.isCorrection() ? CORRECTION_HEADER : PAYMENT_HEADER)
			.get();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (PaymentLine line : basis.lines()) {
				printer.printRecord(record(basis, line));
			}
		}
	}

	private static List<String> record(PaymentBasis basis, PaymentLine line) {
		List<String> values = new ArrayList<>(List.of(line.municipalityCode(), line.municipalityName()));
		if (basis.isCorrection()) {
			values.addAll(List.of(kronor(line.paidBefore()), kronor(line.finalAmount()), kronor(line.amount())));
		}
		else {
			values.add(kronor(line.amount()));
		}
		values.addAll(List.of(basis.paymentMonth().toString(), String.valueOf(basis.budgetYear())));
		basis.paidBefore().ifPresent(before -> values.add(String.valueOf(before.version())));
		values.addAll(
				List.of(String.valueOf(basis.paid().version()), basis.paid().runId(), basis.paid().resultsSha256()));
		return values;
	}

	private static String kronor(BigDecimal amount) {
		return amount.toPlainString();
	}

}
