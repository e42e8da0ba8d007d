package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;

/**
 * manifest.json of a payment basis' folder: what the registry records of it, so that a
 * lost registry can be built again from the folders.
 *
 * @param format the manifest format
 * @param budgetYear the budget year paid
 * @param number the basis' number in its year
 * @param version the final version it pays
 * @param paidBeforeVersion for a correction, the version paid before it, else null
 * @param paymentMonth the month it is paid in, ÅÅÅÅ-MM
 * @param producedAt when it was produced (ISO 8601 with offset)
 * @param csvFile the CSV file's name in the folder
 * @param csvSha256 the CSV file's SHA-256
 * @param amount what it pays in all
 */
record PaymentManifest(String format, int budgetYear, int number, int version, Integer paidBeforeVersion,
		String paymentMonth, String producedAt, String csvFile, String csvSha256, BigDecimal amount) {

	static final String FORMAT = "tillaggsbelopp-utbetalning/1";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	static PaymentManifest of(RegisteredPayment payment, String csvFile) {
		return new PaymentManifest(FORMAT, payment.budgetYear(), payment.number(), payment.version(),
				payment.paidBeforeVersion().orElse(null), payment.paymentMonth().toString(),
				payment.producedAt().toString(), csvFile, payment.csvSha256(), payment.amount());
	}

	/** The record of the basis in {@code folder}. */
	RegisteredPayment toRecord(Path folder) {
		return new RegisteredPayment(this.budgetYear, this.number, this.version,
				Optional.ofNullable(this.paidBeforeVersion), YearMonth.parse(this.paymentMonth),
				OffsetDateTime.parse(this.producedAt), folder, this.csvSha256, this.amount);
	}

	void write(Path folder) {
		try {
			Files.writeString(folder.resolve(RunManifest.FILE_NAME), JSON.writeValueAsString(this) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a payment folder's manifest.
	 * @throws ArchiveException when it is missing or cannot be read
	 */
	static PaymentManifest read(Path folder) {
		Path file = folder.resolve(RunManifest.FILE_NAME);
		if (!Files.isRegularFile(file)) {
			throw new ArchiveException(folder + ": " + RunManifest.FILE_NAME + " saknas (underlaget skrevs av en äldre "
					+ "version av programmet)");
		}
		try {
			return JSON.readValue(file.toFile(), PaymentManifest.class);
		}
		catch (JacksonException ex) {
			throw new ArchiveException(file + " kan inte läsas: " + ex.getOriginalMessage());
		}
	}

}
