package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV input file read strictly: UTF-8 (a byte-order mark is allowed),
 * comma-separated, the header row first. Header names match without regard to case. Every
 * problem is recorded with its file, line and column; a file with problems in its header
 * yields no rows.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final CsvLayout layout;

	private final String sha256;

	private final List<CsvRow> rows;

	private CsvTable(CsvLayout layout, String sha256, List<CsvRow> rows) {
		this.layout = layout;
		this.sha256 = sha256;
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
			return new CsvTable(layout, "", List.of());
		}
		byte[] bytes = readBytes(path);
		String text = decodeUtf8(bytes, layout.fileName(), problems);
		List<CsvRow> rows = (text == null) ? List.of() : parse(text, layout, problems);
		return new CsvTable(layout, sha256(bytes), rows);
	}

	/**
	 * Maps each row to a record with {@code mapper}, which rejects a bad row through the
	 * row (and then returns null); only the valid rows are kept.
	 */
	<T> InputFile<T> toInputFile(Function<CsvRow, T> mapper) {
		List<InputRow<T>> mapped = new ArrayList<>();
		for (CsvRow row : this.rows) {
			T value = mapper.apply(row);
			if (row.valid()) {
				mapped.add(new InputRow<>(row.line(), value, row.source()));
			}
		}
		return new InputFile<>(this.layout.fileName(), this.sha256, mapped);
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

	private static byte[] readBytes(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/**
	 * The text without byte-order mark, or null (and a located problem) when not UTF-8.
	 */
	private static String decodeUtf8(byte[] bytes, String fileName, InputProblems problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			problems.add(InputProblem.ofLine(fileName, lineOfByte(bytes, offset), String
				.format("filen är inte sparad som UTF-8 (byte 0x%02X); spara den som \"CSV UTF-8\"", bytes[offset])));
			return null;
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static int lineOfByte(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static List<CsvRow> parse(String text, CsvLayout layout, InputProblems problems) {
		List<CSVRecord> records = records(text, layout.fileName(), problems);
		if (records == null) {
			return List.of();
		}
		records.removeIf(CsvTable::isBlank);
		if (records.isEmpty()) {
			problems.add(InputProblem.ofFile(layout.fileName(),
					"filen är tom; första raden ska vara rubrikraden " + layout.expectedHeader()));
			return List.of();
		}
		LineIndex lines = new LineIndex(text);
		Map<String, Integer> header = header(records.get(0), layout, lines, problems);
		if (header == null) {
			return List.of();
		}
		return records.subList(1, records.size())
			.stream()
			.map(csvRecord -> toRow(csvRecord, header, layout, lines, problems))
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * All records, or null (and a located problem) when the text is not well-formed CSV.
	 */
	private static List<CSVRecord> records(String text, String fileName, InputProblems problems) {
		List<CSVRecord> records = new ArrayList<>();
		long linesConsumed = 0;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
			for (CSVRecord csvRecord : parser) {
				records.add(csvRecord);
				linesConsumed = parser.getCurrentLineNumber();
			}
			return records;
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add(InputProblem.ofLine(fileName, (int) linesConsumed + 1,
					"raden kan inte läsas som CSV; kontrollera citattecknen (\") från denna rad och framåt"));
			return null;
		}
	}

	private static boolean isBlank(CSVRecord csvRecord) {
		return csvRecord.stream().allMatch(String::isBlank);
	}

	/** Column name (lower case) → index, or null when the header has problems. */
	private static Map<String, Integer> header(CSVRecord headerRecord, CsvLayout layout, LineIndex lines,
			InputProblems problems) {
		String file = layout.fileName();
		int line = lines.lineOf(headerRecord);
		Map<String, Integer> columns = new LinkedHashMap<>();
		boolean valid = true;
		for (int index = 0; index < headerRecord.size(); index++) {
			String name = headerRecord.get(index).toLowerCase(Locale.ROOT);
			String position = String.valueOf(index + 1);
			if (name.isEmpty()) {
				problems.add(InputProblem.ofField(file, line, position, "", "kolumnnamn saknas i rubrikraden"));
				valid = false;
			}
			else if (columns.putIfAbsent(name, index) != null) {
				problems.add(InputProblem.ofField(file, line, position, name,
						"kolumnen finns redan i rubrikraden (kolumn " + (columns.get(name) + 1) + ")"));
				valid = false;
			}
			else if (!layout.isKnown(name)) {
				problems.warn(InputProblem.ofField(file, line, position, name,
						"okänd kolumn, används inte (kända kolumner: " + layout.expectedHeader() + ")"));
			}
		}
		List<String> required = new ArrayList<>(layout.requiredColumns());
		if (layout.sourceRequired()) {
			required.add(CsvLayout.SOURCE);
		}
		for (String column : required) {
			if (!columns.containsKey(column)) {
				problems.add(InputProblem.ofLine(file, line, "kolumnen " + column
						+ " saknas i rubrikraden; förväntad rubrikrad: " + layout.expectedHeader()));
				valid = false;
			}
		}
		return valid ? columns : null;
	}

	private static CsvRow toRow(CSVRecord csvRecord, Map<String, Integer> header, CsvLayout layout, LineIndex lines,
			InputProblems problems) {
		int line = lines.lineOf(csvRecord);
		if (csvRecord.size() != header.size()) {
			problems.add(InputProblem.ofLine(layout.fileName(), line, "raden har " + csvRecord.size()
					+ " fält men rubrikraden har " + header.size() + "; kontrollera kommatecken och citattecken"));
			return null;
		}
		Map<String, String> values = new LinkedHashMap<>();
		header.forEach((column, index) -> values.put(column, csvRecord.get(index)));
		return new CsvRow(layout.fileName(), line, values, problems);
	}

	/** Maps character positions of the text to line numbers (1-based). */
	private static final class LineIndex {

		private final String text;

		private final List<Integer> lineStarts = new ArrayList<>();

		LineIndex(String text) {
			this.text = text;
			this.lineStarts.add(0);
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					this.lineStarts.add(i + 1);
				}
			}
		}

		/**
		 * The line a record starts on; Commons CSV places it after the blank lines before
		 * it.
		 */
		int lineOf(CSVRecord csvRecord) {
			int position = (int) csvRecord.getCharacterPosition();
			while (position < this.text.length()
					&& (this.text.charAt(position) == '\r' || this.text.charAt(position) == '\n')) {
				position++;
			}
			return lineAt(position);
		}

		int lineAt(int position) {
			int found = Collections.binarySearch(this.lineStarts, position);
			return (found >= 0) ? found + 1 : -found - 1;
		}

	}

}
