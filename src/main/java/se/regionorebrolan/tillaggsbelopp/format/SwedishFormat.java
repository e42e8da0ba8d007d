package se.regionorebrolan.tillaggsbelopp.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, times and months as Swedish readers write them, independent of the machine's
 * locale: a space between thousands and a decimal comma ({@code 1 234 567},
 * {@code 1,068120}), {@code 2027-01-15 06:00}, {@code januari 2027}.
 */
public final class SwedishFormat {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy",
			Locale.forLanguageTag("sv"));

	private SwedishFormat() {
	}

	/** Whole kronor with spaces between thousands: {@code 15 041 639}. */
	public static String kronor(BigDecimal amount) {
		return format(amount, "#,##0");
	}

	/** A count with spaces between thousands: {@code 1 048 576}. */
	public static String count(long count) {
		return format(BigDecimal.valueOf(count), "#,##0");
	}

	/** A number with exactly {@code decimals} decimals and a decimal comma. */
	public static String decimal(BigDecimal number, int decimals) {
		return format(number, "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""));
	}

	/** A time to the minute, {@code 2027-01-15 06:00}. */
	public static String minute(ZonedDateTime time) {
		return MINUTE.format(time);
	}

	/** A month as Swedish text, {@code januari 2027}. */
	public static String month(YearMonth month) {
		return MONTH.format(month);
	}

	private static String format(BigDecimal number, String pattern) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(' ');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('−');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format.format(number);
	}

}
