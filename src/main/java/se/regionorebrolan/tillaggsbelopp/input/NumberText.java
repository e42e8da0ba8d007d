package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a finance officer's file writes it, read without any locale: an optional
 * minus, digits that may be grouped in thousands by a space, a no-break space (U+00A0) or
 * a narrow no-break space (U+202F) as Swedish Excel writes them, and decimals after the
 * file's decimal mark ({@code 1 882 000,50} in a semicolon file, {@code 1882000.50} in a
 * comma file). Anything else (an exponent, a unit, the other decimal mark) is no number.
 */
final class NumberText {

	/** The thousands separators: space, no-break space, narrow no-break space. */
	static final String SPACES = " \u00A0\u202F";

	private static final Pattern SEPARATOR = Pattern.compile("[" + SPACES + "]");

	private static final Pattern WITH_POINT = pattern('.');

	private static final Pattern WITH_COMMA = pattern(',');

	private NumberText() {
	}

	private static Pattern pattern(char decimalMark) {
		return Pattern.compile("(-?(?:\\d{1,3}(?:" + SEPARATOR.pattern() + "\\d{3})+|\\d+))(?:"
				+ Pattern.quote(String.valueOf(decimalMark)) + "(\\d+))?");
	}

	/** The number exactly as written (its scale is the number of decimals written). */
	static Optional<BigDecimal> parse(String written, char decimalMark) {
		Matcher number = ((decimalMark == ',') ? WITH_COMMA : WITH_POINT).matcher(written);
		if (!number.matches()) {
			return Optional.empty();
		}
		String whole = SEPARATOR.matcher(number.group(1)).replaceAll("");
		String decimals = number.group(2);
		return Optional.of(new BigDecimal((decimals == null) ? whole : whole + "." + decimals));
	}

}
