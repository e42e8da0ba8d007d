package se.regionorebrolan.tillaggsbelopp.payment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment basis produced for a budget year, as the registry records it.
 *
 * @param budgetYear the budget year paid
 * @param number 1, 2, … in the order the year's bases were produced
 * @param version the final version it pays
 * @param paidBeforeVersion for a correction, the version paid before it; empty for the
 * first, full payment
 * @param paymentMonth the month it is paid in
 * @param producedAt when it was produced
 * @param folder its folder with the CSV file and the workbook
 * @param csvSha256 the SHA-256 of its CSV file's bytes
 * @param amount what it pays in all: the county total, or for a correction the sum of the
 * differences
 */
public record RegisteredPayment(int budgetYear, int number, int version, Optional<Integer> paidBeforeVersion,
		YearMonth paymentMonth, OffsetDateTime producedAt, Path folder, String csvSha256, BigDecimal amount) {

	public RegisteredPayment {
		Objects.requireNonNull(paidBeforeVersion, "paidBeforeVersion is required (may be empty)");
		Objects.requireNonNull(paymentMonth, "paymentMonth is required");
		Objects.requireNonNull(producedAt, "producedAt is required");
		Objects.requireNonNull(folder, "folder is required");
		Objects.requireNonNull(csvSha256, "csvSha256 is required");
		Objects.requireNonNull(amount, "amount is required");
	}

}
