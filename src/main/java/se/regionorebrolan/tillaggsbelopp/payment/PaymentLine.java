package se.regionorebrolan.tillaggsbelopp.payment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One municipality on a payment basis: its total in the final version, what was paid to
 * it before for the year (0 on the first payment), and so what is paid now.
 */
public record PaymentLine(String municipalityCode, String municipalityName, BigDecimal paidBefore,
		BigDecimal finalAmount) {

	public PaymentLine {
		Objects.requireNonNull(municipalityCode, "municipalityCode is required");
		Objects.requireNonNull(municipalityName, "municipalityName is required");
		Objects.requireNonNull(paidBefore, "paidBefore is required");
		Objects.requireNonNull(finalAmount, "finalAmount is required");
	}

	/**
	 * What is paid now: the final amount less what was paid before; negative when the
	 * municipality was paid too much.
	 */
	public BigDecimal amount() {
		return this.finalAmount.subtract(this.paidBefore);
	}

}
