package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Kronor: the one place where amounts are rounded to whole kronor, half up (spec §3).
 */
public final class Kronor {

	/** Excel's ROUND rounds half away from zero, which is HALF_UP for BigDecimal. */
	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	private Kronor() {
	}

	/** Rounds an exact amount to whole kronor. */
	public static BigDecimal round(BigDecimal amount) {
		return amount.setScale(0, ROUNDING);
	}

	/**
	 * Rounds the exact quotient {@code dividend / divisor} to whole kronor without
	 * rounding the quotient first (a mean over three years has no finite decimal
	 * expansion).
	 */
	public static BigDecimal roundQuotient(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, 0, ROUNDING);
	}

}
