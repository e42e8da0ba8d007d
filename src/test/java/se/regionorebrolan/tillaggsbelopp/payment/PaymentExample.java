package se.regionorebrolan.tillaggsbelopp.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.version.RegisteredTotal;

/**
 * The payment bases of the spec example (§5): version 1 paid in January 2027, then
 * version 2 after the remeasurement of 2025-11-14, published in its place in March.
 */
public final class PaymentExample {

	/** Version 1: the totals of the worked example, 15 041 639 kr. */
	public static final List<RegisteredTotal> VERSION_1 = List.of(total("9001", "Alfa", "7227365"),
			total("9002", "Beta", "3181795"), total("9003", "Gamma", "2236910"), total("9004", "Delta", "2395569"));

	/** Version 2, after the remeasurement: 15 356 496 kr. */
	public static final List<RegisteredTotal> VERSION_2 = List.of(total("9001", "Alfa", "7452263"),
			total("9002", "Beta", "3153538"), total("9003", "Gamma", "2317643"), total("9004", "Delta", "2433052"));

	public static final VersionReference V1 = new VersionReference(1, "85e563aeeaf1" + "0".repeat(52), "a".repeat(64));

	public static final VersionReference V2 = new VersionReference(2, "ef1c38217276" + "1".repeat(52), "b".repeat(64));

	private PaymentExample() {
	}

	public static PaymentBasis payment() {
		return PaymentBasis.payment(2027, 1, V1, VERSION_1, swedish("2027-01-15T06:00"), "0.1.0");
	}

	public static PaymentBasis correction() {
		return PaymentBasis.correction(2027, 2, V2, VERSION_2, V1, VERSION_1, swedish("2027-03-09T10:00"), "0.1.0");
	}

	static RegisteredTotal total(String code, String name, String kronor) {
		return new RegisteredTotal(code, name, new BigDecimal(kronor));
	}

	private static ZonedDateTime swedish(String time) {
		return LocalDateTime.parse(time).atZone(ZoneId.of("Europe/Stockholm"));
	}

}
