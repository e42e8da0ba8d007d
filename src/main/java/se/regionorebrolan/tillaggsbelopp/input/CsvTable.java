package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV input file read strictly: UTF-8 or Windows-1252 ({@link CsvText}), comma- or
 * semicolon-separated ({@link CsvDialect}), the header row first, blank lines skipped.
 * Every problem is recorded with its file, line and column; a file that cannot be read as
 * a table (missing, no readable text, broken quoting, a wrong header) yields no rows.
 */
final class CsvTable {

	private final CsvLayout layout;

	private final String sha256;

	private final String readAs;

	private final Optional<List<CsvRow>> rows;

	private CsvTable(CsvLayout layout, String sha256, String readAs, Optional<List<CsvRow>> rows) {
		this.layout = layout;
		this.sha256 = sha256;
		this.readAs = readAs;
		this.rows = rows;
	}

	/**
	 * Reads {@code layout.fileName()} from the directory, recording every problem found.
	 */
	static CsvTable read(Path directory, CsvLayout layout, InputProblems problems) {
		Path path = directory.resolve(layout.fileName());
		if (!Files.isRegularFile(path)) {
			problems.add(InputProblem.ofFile(layout.fileName(), "filen saknas i "
					+ directory.toAbsolutePath().normalize() + "; förväntad rubrikrad: " + layout.expectedHeader()));
			return new CsvTable(layout, "", "", Optional.empty());
		}
		byte[] bytes = readBytes(path);
		Optional<CsvText> text = CsvText.decode(bytes, layout.fileName(), problems);
		Optional<CsvDialect> dialect = text.flatMap(t -> CsvDialect.detect(t.text(), layout.fileName(), problems));
		Optional<List<CsvRow>> rows = dialect.flatMap(d -> parse(text.get().text(), d, layout, problems));
		String readAs = dialect.map(d -> text.get().encoding() + ", " + d.description()).orElse("");
		return new CsvTable(layout, Sha256.hex(bytes), readAs, rows);
	}

	/**
	 * Whether the file could be read as a table: it exists, is text in an encoding and
	 * dialect it may have, and its header is right.
	 */
	boolean readable() {
		return this.rows.isPresent();
	}

	/** The data rows; none when the file is not {@link #readable()}. */
	List<CsvRow> rows() {
		return this.rows.orElse(List.of());
	}

	/**
	 * Maps each row to a record with {@code mapper}, which rejects a bad row through the
	 * row (and then returns null); only the valid rows are kept.
	 */
	<T> InputFile<T> toInputFile(Function<CsvRow, T> mapper) {
		List<InputRow<T>> mapped = new ArrayList<>();
		for (CsvRow row : rows()) {
			T value = mapper.apply(row);
			if (row.valid()) {
				mapped.add(new InputRow<>(row.line(), value, row.source()));
			}
		}
		return new InputFile<>(this.layout.fileName(), this.sha256, this.readAs, mapped);
	}

	/**
	 * As {@link #toInputFile(Function)}, and refuses a second row with the same
	 * {@code key}.
	 * @param duplicateRule what the key means, e.g. "en rad per kommun och
	 * reference_date"
	 */
	<T> InputFile<T> toInputFile(Function<CsvRow, T> mapper, Function<T, Object> key, String duplicateRule) {
		Map<Object, Integer> firstLineByKey = new HashMap<>();
		return toInputFile(row -> {
			T value = mapper.apply(row);
			if (row.valid()) {
				Integer firstLine = firstLineByKey.putIfAbsent(key.apply(value), row.line());
				if (firstLine != null) {
					row.rejectRow("samma nyckel som rad " + firstLine + "; " + duplicateRule);
				}
			}
			return value;
		});
	}

	static byte[] readBytes(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
	}

	private static Optional<List<CsvRow>> parse(String text, CsvDialect dialect, CsvLayout layout,
			InputProblems problems) {
		LineIndex lines = new LineIndex(text);
		List<CSVRecord> records = records(text, dialect, lines, layout.fileName(), problems).orElse(null);
		if (records == null) {
			return Optional.empty();
		}
		if (records.isEmpty()) {
			problems.add(InputProblem.ofFile(layout.fileName(),
					"filen är tom; första raden ska vara rubrikraden " + layout.expectedHeader()));
			return Optional.empty();
		}
		CSVRecord header = records.get(0);
		return CsvHeader.read(header, lineOf(header, lines), layout, dialect, problems)
			.map(columns -> records.subList(1, records.size())
				.stream()
				.map(csvRecord -> toRow(csvRecord, columns, lines, problems))
				.filter(Objects::nonNull)
				.toList());
	}

	/**
	 * The records that hold more than white space, or empty (and a located problem) when
	 * the text is not well-formed CSV.
	 */
	static Optional<List<CSVRecord>> records(String text, CsvDialect dialect, LineIndex lines, String fileName,
			InputProblems problems) {
		List<CSVRecord> records = new ArrayList<>();
		long linesConsumed = 0;
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(text))
			.setFormat(dialect.format())
			.get()) {
			for (CSVRecord csvRecord : parser) {
				if (csvRecord.stream().anyMatch(value -> !value.isBlank())) {
					records.add(csvRecord);
				}
				linesConsumed = parser.getCurrentLineNumber();
			}
			return Optional.of(records);
		}
		catch (IOException | UncheckedIOException ex) {
			// The bad record starts on the first non-blank line after the last good one.
			problems.add(InputProblem.ofLine(fileName, lines.firstNonBlankLineFrom((int) linesConsumed + 1),
					"raden kan inte läsas som CSV; kontrollera citattecknen (\") från denna rad och framåt"));
			return Optional.empty();
		}
	}

	private static CsvRow toRow(CSVRecord csvRecord, CsvHeader header, LineIndex lines, InputProblems problems) {
		int line = lineOf(csvRecord, lines);
		if (csvRecord.size() != header.size()) {
			problems.add(InputProblem.ofLine(header.file(), line, "raden har " + csvRecord.size()
					+ " fält men rubrikraden har " + header.size() + "; " + fieldCountHint(csvRecord, header)));
			return null;
		}
		return new CsvRow(header, line, header.values(csvRecord), problems);
	}

	/**
	 * What to check in a row with the wrong number of fields: a row of one field that the
	 * other separator would split into the header's columns is written in the other
	 * dialect.
	 */
	private static String fieldCountHint(CSVRecord csvRecord, CsvHeader header) {
		CsvDialect dialect = header.dialect();
		CsvDialect other = (dialect == CsvDialect.COMMA) ? CsvDialect.SEMICOLON : CsvDialect.COMMA;
		if (csvRecord.size() == 1
				&& csvRecord.get(0).split(Pattern.quote(String.valueOf(other.delimiter())), -1).length == header
					.size()) {
			return "raden är avgränsad med " + other.separator() + " men rubrikraden med " + dialect.separator();
		}
		return "kontrollera " + dialect.delimiterName() + " och citattecken";
	}

	static int lineOf(CSVRecord csvRecord, LineIndex lines) {
		return lines.lineAfterBreaks((int) csvRecord.getCharacterPosition());
	}

}
