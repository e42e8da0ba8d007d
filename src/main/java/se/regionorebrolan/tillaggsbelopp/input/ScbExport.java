package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * A population export from SCB's Statistikdatabasen, read strictly (docs/decisions/0013):
 * UTF-8 or Windows-1252 ({@link CsvText}), comma- or semicolon-separated
 * ({@link CsvDialect}), the table's title first when PxWeb wrote one, then the header
 * ({@link ScbHeader}) and one row per region, age and sex ({@link ScbRow}). Every problem
 * is recorded with its line and column.
 *
 * @param file the file name, for messages
 * @param readAs the encoding and separator it was read with, e.g. "Windows-1252,
 * semikolon (;)"
 * @param header its header
 * @param rows its rows, each region, age, sex (and year) once
 */
record ScbExport(String file, String readAs, ScbHeader header, List<ScbRow> rows) {

	private static final Pattern HEADER_LINE = Pattern.compile("^\"?region\"?[;,]",
			Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

	/** The export, or empty when it cannot be read (each problem recorded). */
	static Optional<ScbExport> read(Path path, InputProblems problems) {
		String file = path.getFileName().toString();
		if (!Files.isRegularFile(path)) {
			problems.add(InputProblem.ofFile(file, "filen finns inte (" + path.toAbsolutePath().normalize() + ")"));
			return Optional.empty();
		}
		Optional<CsvText> text = CsvText.decode(CsvTable.readBytes(path), file, problems);
		Optional<String> fromHeader = text.map(t -> fromHeader(t.text()));
		Optional<CsvDialect> dialect = fromHeader.flatMap(t -> CsvDialect.detect(t, file, problems));
		if (dialect.isEmpty()) {
			return Optional.empty();
		}
		LineIndex lines = new LineIndex(fromHeader.get());
		return CsvTable.records(fromHeader.get(), dialect.get(), lines, file, problems)
			.flatMap(records -> table(records, lines, file, dialect.get(), problems))
			.map(table -> new ScbExport(file, text.get().encoding() + ", " + dialect.get().separator(), table.header(),
					table.rows()));
	}

	/**
	 * The text with the lines above the header emptied, so that line numbers stay as the
	 * file has them. They are the table's title, which PxWeb quotes, but a title written
	 * without quotes ({@code Folkmängd efter region, ålder, kön och år}) has commas that
	 * would be taken for the separator or for fields. The header is the first line that
	 * starts with the region variable; without one, the text is left as it is and the
	 * header's check names what is wrong.
	 */
	private static String fromHeader(String text) {
		Matcher header = HEADER_LINE.matcher(text);
		if (!header.find()) {
			return text;
		}
		return text.substring(0, header.start()).replaceAll("[^\r\n]", "") + text.substring(header.start());
	}

	/**
	 * The header and rows after the title: PxWeb writes the title as one quoted field on
	 * the first line (followed by an empty line in its older version), the header is the
	 * first record with more fields.
	 */
	private static Optional<Table> table(List<CSVRecord> records, LineIndex lines, String file, CsvDialect dialect,
			InputProblems problems) {
		int header = titleLines(records);
		if (header == records.size()) {
			problems.add(InputProblem.ofFile(file, "filen har ingen tabell; " + ScbHeader.EXPECTED));
			return Optional.empty();
		}
		CSVRecord headerRecord = records.get(header);
		List<CSVRecord> data = records.subList(header + 1, records.size());
		return ScbHeader.read(headerRecord.toList(), CsvTable.lineOf(headerRecord, lines), file, dialect, problems)
			.map(scbHeader -> new Table(scbHeader, rows(data, scbHeader, lines, problems)));
	}

	/** How many records of one field, the title, come before the header. */
	private static int titleLines(List<CSVRecord> records) {
		int title = 0;
		while (title < records.size() && records.get(title).size() == 1) {
			title++;
		}
		return title;
	}

	private static List<ScbRow> rows(List<CSVRecord> records, ScbHeader header, LineIndex lines,
			InputProblems problems) {
		List<ScbRow> rows = new ArrayList<>();
		Map<List<Object>, Integer> firstLineByKey = new HashMap<>();
		for (CSVRecord csvRecord : records) {
			int line = CsvTable.lineOf(csvRecord, lines);
			if (csvRecord.size() != header.columns().size()) {
				problems.add(header.columns()
					.place()
					.line(line,
							"raden har " + csvRecord.size() + " fält men rubrikraden har " + header.columns().size()));
				continue;
			}
			ScbRow.read(header, csvRecord, line, problems)
				.filter(row -> unique(row, firstLineByKey, header.columns().place().name(), problems))
				.ifPresent(rows::add);
		}
		return rows;
	}

	/** Refuses a second row of the same region, age, sex and years. */
	private static boolean unique(ScbRow row, Map<List<Object>, Integer> firstLineByKey, String file,
			InputProblems problems) {
		List<Object> key = List.of(row.regionCode(), row.age(), row.sex(), row.inhabitants().keySet());
		Integer first = firstLineByKey.putIfAbsent(key, row.line());
		if (first != null) {
			problems.add(InputProblem.ofLine(file, row.line(),
					"samma region, ålder, kön och år som rad " + first + "; varje rad får finnas en gång"));
		}
		return first == null;
	}

	private record Table(ScbHeader header, List<ScbRow> rows) {
	}

}
