package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;

/**
 * One data row of an input table (a line of a CSV file or a row of a sheet), its values
 * by English column name. Each reader method returns the typed value, or records a
 * located problem and marks the row invalid (returning null or 0, which the caller must
 * not use: it checks {@link #valid()} before building a record). Numbers are read with
 * the table's decimal mark ({@link NumberText}). A value already refused while the row
 * was read (a sheet's formula without a value) is not judged again.
 */
final class TableRow {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/**
	 * A date, optionally at midnight as Excel writes a date cell with a time format; any
	 * other time of day is refused rather than dropped.
	 */
	private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?: 00:00(?::00)?)?");

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final TableHeader header;

	private final int line;

	private final Map<String, String> values;

	private final InputProblems problems;

	/** The columns whose value has been refused. */
	private final Set<String> refused = new HashSet<>();

	private boolean valid = true;

	TableRow(TableHeader header, int line, Map<String, String> values, InputProblems problems) {
		this.header = header;
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
		return this.values.containsKey(TableDescription.SOURCE) ? textValue(TableDescription.SOURCE) : "";
	}

	/** A text that must not be empty. */
	String text(String column) {
		return text(column, "förväntat en text");
	}

	/** A text that must not be empty; {@code expectation} says what belongs there. */
	String text(String column, String expectation) {
		String value = textValue(column);
		if (value.isEmpty() && !refused(column)) {
			reject(column, expectation);
		}
		return value;
	}

	/** A kommunkod: four digits. */
	String code(String column) {
		String value = value(column);
		if (refused(column)) {
			return null;
		}
		if (!Municipality.isCode(value)) {
			reject(column, "förväntat en kommunkod med fyra siffror, t.ex. 1880");
			return null;
		}
		return value;
	}

	/** A kommunkod that is listed in municipalities.csv (or the sheet Kommuner). */
	String knownCode(String column, KnownCodes knownCodes) {
		String code = code(column);
		if (code != null && !knownCodes.contains(code)) {
			reject(column, "kommunkoden finns inte i " + knownCodes.listing());
			return null;
		}
		return code;
	}

	LocalDate date(String column) {
		if (refused(column)) {
			return null;
		}
		Matcher date = DATE.matcher(value(column));
		try {
			if (date.matches()) {
				return LocalDate.parse(date.group(1), ISO_DATE);
			}
		}
		catch (DateTimeParseException ex) {
			// not a day of the calendar, e.g. 2023-02-30: refused below
		}
		reject(column, "förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31");
		return null;
	}

	int year(String column) {
		String value = value(column);
		if (refused(column)) {
			return 0;
		}
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
		BigDecimal whole = decimal(column,
				value -> value.scale() == 0 && value.compareTo(BigDecimal.valueOf(minimum)) >= 0
						&& value.compareTo(BigDecimal.valueOf(maximum)) <= 0,
				mark -> expectation);
		return (whole != null) ? whole.longValueExact() : 0;
	}

	/**
	 * A decimal number written with the table's decimal mark, accepted by
	 * {@code allowed}; {@code expectation} says in Swedish what is accepted, with that
	 * mark. A number too large for the workbook to hold exactly, or with more significant
	 * digits than it computes with, is refused first, whatever the column.
	 */
	BigDecimal decimal(String column, Predicate<BigDecimal> allowed, Function<DecimalMark, String> expectation) {
		if (refused(column)) {
			return null;
		}
		DecimalMark mark = this.header.decimalMark();
		Optional<BigDecimal> parsed = NumberText.parse(value(column), mark.character());
		if (parsed.isPresent() && SpreadsheetLimits.tooLarge(parsed.get())) {
			reject(column, Expectations.TOO_LARGE);
			return null;
		}
		if (parsed.isPresent() && SpreadsheetLimits.tooPrecise(parsed.get())) {
			reject(column, Expectations.TOO_PRECISE);
			return null;
		}
		if (parsed.isEmpty() || !allowed.test(parsed.get())) {
			reject(column, expectation.apply(mark));
			return null;
		}
		return parsed.get();
	}

	/**
	 * One of the values of {@code choices} (lower case), written in any case, e.g.
	 * outcome, Utfall.
	 */
	<T> T oneOf(String column, Map<String, T> choices, String expectation) {
		T chosen = choices.get(value(column).toLowerCase(Locale.ROOT));
		if (chosen == null && !refused(column)) {
			reject(column, expectation);
		}
		return chosen;
	}

	/** The value as written, unchecked. */
	String raw(String column) {
		return value(column);
	}

	/** A column's name as the table's header writes it, for messages. */
	String name(String column) {
		return this.header.written(column);
	}

	/**
	 * Refuses every value longer than a text may be ({@link SpreadsheetLimits}), before
	 * the row's other checks, which then leave it alone.
	 */
	void refuseTooLong() {
		this.values.forEach((column, value) -> {
			if (value.length() > SpreadsheetLimits.TEXT_CHARACTERS) {
				reject(column,
						"för lång text: " + SwedishFormat.count(value.length()) + " tecken; högst "
								+ SwedishFormat.count(SpreadsheetLimits.TEXT_CHARACTERS)
								+ ", så att arbetsboken kan visa den " + "(en cell i Excel rymmer "
								+ SwedishFormat.count(SpreadsheetLimits.CELL_CHARACTERS) + " tecken)");
			}
		});
	}

	/** Records a problem with this row's value in {@code column}. */
	void reject(String column, String message) {
		this.problems.add(this.header.problem(this.line, column, value(column), message));
		this.refused.add(column);
		this.valid = false;
	}

	/**
	 * Records a warning about this row's value in {@code column}: a value the agreement
	 * allows but that is seldom meant, e.g. a slipped decimal; the row stays valid.
	 */
	void warn(String column, String message) {
		this.problems.warn(this.header.problem(this.line, column, value(column), message));
	}

	/** Records a problem with the whole row. */
	void rejectRow(String message) {
		this.problems.add(this.header.place().line(this.line, message));
		this.valid = false;
	}

	private String value(String column) {
		return this.values.get(column);
	}

	/**
	 * A text as written, but in a CSV file without the quote that guards a text a
	 * spreadsheet would take for a formula, as the program writes it
	 * ({@link SafeCsvWriter}); Excel itself hides that quote in a cell.
	 */
	private String textValue(String column) {
		String value = value(column);
		return this.header.place().sheet() ? value : SafeCsvWriter.unguarded(value);
	}

	private boolean refused(String column) {
		return this.refused.contains(column);
	}

}
