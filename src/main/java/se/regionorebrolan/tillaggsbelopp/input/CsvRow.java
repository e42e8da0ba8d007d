package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * One data row of a CSV input file. Each reader method returns the typed value, or
 * records a located problem and marks the row invalid (returning null or 0, which the
 * caller must not use: it checks {@link #valid()} before building a record).
 */
final class CsvRow {

	private static final Pattern INTEGER = Pattern.compile("-?\\d+");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final String file;

	private final int line;

	private final Map<String, String> values;

	private final InputProblems problems;

	private boolean valid = true;

	CsvRow(String file, int line, Map<String, String> values, InputProblems problems) {
		this.file = file;
		this.line = line;
		this.values = values;
		this.problems = problems;
	}

	int line() {
		return this.line;
	}

	boolean valid() {
		return this.valid;
	}

	/** The {@code source} column's value, empty when the file has none. */
	String source() {
		return this.values.getOrDefault(CsvLayout.SOURCE, "");
	}

	/** A text that must not be empty. */
	String text(String column) {
		return text(column, "förväntat en text");
	}

	/** A text that must not be empty; {@code expectation} says what belongs there. */
	String text(String column, String expectation) {
		String value = value(column);
		if (value.isEmpty()) {
			reject(column, expectation);
		}
		return value;
	}

	/** A kommunkod: four digits. */
	String code(String column) {
		String value = value(column);
		if (!Municipality.isCode(value)) {
			reject(column, "förväntat en kommunkod med fyra siffror, t.ex. 1880");
			return null;
		}
		return value;
	}

	/** A kommunkod that is listed in municipalities.csv. */
	String knownCode(String column, KnownCodes knownCodes) {
		String code = code(column);
		if (code != null && !knownCodes.contains(code)) {
			reject(column, "kommunkoden finns inte i " + InputReader.MUNICIPALITIES.fileName());
			return null;
		}
		return code;
	}

	LocalDate date(String column) {
		String value = value(column);
		try {
			return LocalDate.parse(value, ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			reject(column, "förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31");
			return null;
		}
	}

	int year(String column) {
		String value = value(column);
		if (!YEAR.matcher(value).matches()) {
			reject(column, "förväntat ett årtal med fyra siffror, t.ex. 2022");
			return 0;
		}
		return Integer.parseInt(value);
	}

	/**
	 * A whole number from {@code minimum} up, e.g. a count of inhabitants or patients.
	 */
	long integer(String column, long minimum, String expectation) {
		return integer(column, minimum, Long.MAX_VALUE, expectation);
	}

	/** A whole number from {@code minimum} to {@code maximum}. */
	long integer(String column, long minimum, long maximum, String expectation) {
		String value = value(column);
		long parsed;
		try {
			parsed = INTEGER.matcher(value).matches() ? Long.parseLong(value) : Long.MIN_VALUE;
		}
		catch (NumberFormatException tooLarge) {
			parsed = Long.MIN_VALUE;
		}
		if (parsed < minimum || parsed > maximum) {
			reject(column, expectation);
			return 0;
		}
		return parsed;
	}

	/**
	 * A decimal number written with a point, accepted by {@code allowed};
	 * {@code expectation} says in Swedish what is accepted.
	 */
	BigDecimal decimal(String column, Predicate<BigDecimal> allowed, String expectation) {
		String value = value(column);
		if (DECIMAL.matcher(value).matches()) {
			BigDecimal parsed = new BigDecimal(value);
			if (allowed.test(parsed)) {
				return parsed;
			}
		}
		reject(column, expectation);
		return null;
	}

	/**
	 * One of the constants of {@code type}, written as its name in any case (outcome,
	 * FORECAST).
	 */
	<E extends Enum<E>> E constant(String column, Class<E> type, String expectation) {
		String value = value(column);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		reject(column, expectation);
		return null;
	}

	/** The value as written, unchecked. */
	String raw(String column) {
		return value(column);
	}

	/** Records a problem with this row's value in {@code column}. */
	void reject(String column, String message) {
		this.problems.add(InputProblem.ofField(this.file, this.line, column, value(column), message));
		this.valid = false;
	}

	/** Records a problem with the whole row. */
	void rejectRow(String message) {
		this.problems.add(InputProblem.ofLine(this.file, this.line, message));
		this.valid = false;
	}

	private String value(String column) {
		return this.values.get(column);
	}

}
