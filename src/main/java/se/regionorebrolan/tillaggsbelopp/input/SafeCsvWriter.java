package se.regionorebrolan.tillaggsbelopp.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a CSV file that is safe to open in a spreadsheet (docs/decisions/0024, OWASP
 * "CSV injection"): a text that a spreadsheet would take for a formula, one that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, is written
 * with a single quote before it and in double quotes, so that Excel shows it as text and
 * never runs it. Numbers are written as they are, a negative amount too: only texts are
 * guarded. The table readers take the quote off again ({@link #unguarded}), so a file the
 * program writes and reads back gives the same values.
 */
public final class SafeCsvWriter implements Closeable {

	/** What makes a spreadsheet read a cell as a formula (OWASP's list). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final char GUARD = '\'';

	private final Writer out;

	private final CSVFormat format;

	private final CSVFormat quoted;

	/** Whether the next value starts a record. */
	private boolean newRecord = true;

	/**
	 * @param format the dialect: separator, quotes, record separator (a header row is
	 * written with {@link #record} like any other)
	 */
	public SafeCsvWriter(Writer out, CSVFormat format) {
		this.out = out;
		this.format = format;
		this.quoted = CSVFormat.Builder.create(this.format).setQuoteMode(QuoteMode.ALL).get();
	}

	/**
	 * Writes one record: a {@link Number} as it is (a {@link BigDecimal} without
	 * exponent), anything else as text, guarded when it would start a formula.
	 */
	public void record(List<?> values) throws IOException {
		this.newRecord = true;
		for (Object value : values) {
			if (value instanceof Number number) {
				print(this.format,
						(number instanceof BigDecimal decimal) ? decimal.toPlainString() : number.toString());
			}
			else {
				String text = String.valueOf(value);
				print(needsGuard(text) ? this.quoted : this.format, guarded(text));
			}
		}
		this.format.println(this.out);
	}

	public void record(Object... values) throws IOException {
		record(Arrays.asList(values));
	}

	private void print(CSVFormat dialect, String value) throws IOException {
		dialect.print(value, this.out, this.newRecord);
		this.newRecord = false;
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

	/**
	 * The text as a spreadsheet must read it: with a single quote before it when it would
	 * start a formula. A text that starts with quotes before such a character gets one
	 * more, so that {@link #unguarded} gives back exactly what was written.
	 */
	public static String guarded(String text) {
		return needsGuard(text) ? GUARD + text : text;
	}

	/** A text as written by {@link #guarded}, without its guard. */
	public static String unguarded(String text) {
		return (!text.isEmpty() && text.charAt(0) == GUARD && needsGuard(text)) ? text.substring(1) : text;
	}

	/**
	 * Whether the text, after any single quotes it starts with, would start a formula.
	 */
	static boolean needsGuard(String text) {
		int start = 0;
		while (start < text.length() && text.charAt(start) == GUARD) {
			start++;
		}
		return start < text.length() && FORMULA_STARTS.indexOf(text.charAt(start)) >= 0;
	}

}
