package se.regionorebrolan.tillaggsbelopp.input;

import java.util.Optional;

import org.apache.commons.csv.CSVFormat;

/**
 * How a CSV file separates its fields and writes decimals: comma-separated with decimal
 * point, or semicolon-separated with decimal comma as Swedish Excel's "CSV
 * (semikolonavgränsad)" saves it. The header line decides (docs/decisions/0010). SCB's
 * exports may also be tab-separated.
 */
enum CsvDialect {

	COMMA(',', DecimalMark.POINT, "komma", "kommatecken"),

	SEMICOLON(';', DecimalMark.COMMA, "semikolon, decimalkomma", "semikolon"),

	/**
	 * Only SCB's exports ({@link ScbCsv}); {@link #detect} refuses it for input files.
	 */
	TAB('\t', DecimalMark.POINT, "tabb", "tabbar");

	private final char delimiter;

	private final DecimalMark decimalMark;

	private final String description;

	private final String delimiterName;

	private final CSVFormat format;

	CsvDialect(char delimiter, DecimalMark decimalMark, String description, String delimiterName) {
		this.delimiter = delimiter;
		this.decimalMark = decimalMark;
		this.description = description;
		this.delimiterName = delimiterName;
		this.format = CSVFormat.Builder.create(CSVFormat.RFC4180)
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
	}

	/**
	 * The dialect of the header line (the first line with more than separators and white
	 * space outside quotes, or with quoted fields between tabs, as SCB's tab-separated
	 * export writes them): the one of comma and semicolon it uses outside quotes. Both,
	 * or a tab and neither, is a located problem; a line with none of them is one column,
	 * read as comma-separated. A file of only empty rows is read in the dialect of its
	 * separators, so that the rows are seen to be empty.
	 */
	static Optional<CsvDialect> detect(String text, String file, InputProblems problems) {
		LineIndex lines = new LineIndex(text);
		for (int line = 1; line <= lines.count(); line++) {
			String header = unquoted(lines.text(line));
			boolean quotedBetweenTabs = header.indexOf('\t') >= 0 && lines.text(line).indexOf('"') >= 0;
			if (quotedBetweenTabs || !header.chars().allMatch(c -> c == ',' || c == ';' || Character.isWhitespace(c))) {
				return of(header, line, file, problems);
			}
		}
		return Optional.of((text.indexOf(';') >= 0) ? SEMICOLON : COMMA);
	}

	private static Optional<CsvDialect> of(String header, int line, String file, InputProblems problems) {
		boolean commas = header.indexOf(',') >= 0;
		boolean semicolons = header.indexOf(';') >= 0;
		if (commas && semicolons) {
			problems.add(InputProblem.ofLine(file, line, "rubrikraden innehåller både komma (,) och semikolon (;); "
					+ "skilj kolumnerna åt med samma tecken i hela filen"));
			return Optional.empty();
		}
		if (!commas && !semicolons && header.indexOf('\t') >= 0) {
			problems.add(InputProblem.ofLine(file, line, "rubrikraden är avgränsad med tabb; spara filen som "
					+ "\"CSV UTF-8 (kommaavgränsad)\" eller \"CSV (semikolonavgränsad)\""));
			return Optional.empty();
		}
		return Optional.of(semicolons ? SEMICOLON : COMMA);
	}

	/** The line without its quoted parts, whose commas and semicolons are text. */
	private static String unquoted(String line) {
		StringBuilder outside = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				outside.append(c);
			}
		}
		return outside.toString();
	}

	CSVFormat format() {
		return this.format;
	}

	char delimiter() {
		return this.delimiter;
	}

	DecimalMark decimalMark() {
		return this.decimalMark;
	}

	/** How the file was read, for the workbook: "komma" or "semikolon, decimalkomma". */
	String description() {
		return this.description;
	}

	/** The separator with its sign, e.g. "semikolon (;)". */
	String separator() {
		return switch (this) {
			case COMMA -> "komma (,)";
			case SEMICOLON -> "semikolon (;)";
			case TAB -> "tabb";
		};
	}

	/** The separator as messages name it, e.g. "kontrollera kommatecken och …". */
	String delimiterName() {
		return this.delimiterName;
	}

}
