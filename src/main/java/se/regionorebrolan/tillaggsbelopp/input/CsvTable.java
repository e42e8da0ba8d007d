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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV input file read strictly: UTF-8 (a byte-order mark is allowed),
 * comma-separated, the header row first, blank lines skipped. Every problem is recorded
 * with its file, line and column; a file that cannot be read as a table (missing, not
 * UTF-8, broken quoting, a wrong header) yields no rows.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final CsvLayout layout;

	private final String sha256;

	private final Optional<List<CsvRow>> rows;

	private CsvTable(CsvLayout layout, String sha256, Optional<List<CsvRow>> rows) {
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
			return new CsvTable(layout, "", Optional.empty());
		}
		byte[] bytes = readBytes(path);
		Optional<List<CsvRow>> rows = decodeUtf8(bytes, layout.fileName(), problems)
			.flatMap(text -> parse(text, layout, problems));
		return new CsvTable(layout, Sha256.hex(bytes), rows);
	}

	/**
	 * Whether the file could be read as a table: it exists, is UTF-8 CSV and its header
	 * is right.
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

	/**
	 * The text without byte-order mark, or empty (and a located problem) when not UTF-8.
	 */
	private static Optional<String> decodeUtf8(byte[] bytes, String fileName, InputProblems problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			// The bytes before the bad one are valid UTF-8, so their text gives its line.
			String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
			problems.add(InputProblem.ofLine(fileName, new LineIndex(before).lineAt(before.length()),
					String.format("filen är inte sparad som UTF-8 (byte 0x%02X); spara den som \"CSV UTF-8\"",
							bytes[in.position()])));
			return Optional.empty();
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	private static Optional<List<CsvRow>> parse(String text, CsvLayout layout, InputProblems problems) {
		LineIndex lines = new LineIndex(text);
		List<CSVRecord> records = records(text, lines, layout.fileName(), problems).orElse(null);
		if (records == null) {
			return Optional.empty();
		}
		if (records.isEmpty()) {
			problems.add(InputProblem.ofFile(layout.fileName(),
					"filen är tom; första raden ska vara rubrikraden " + layout.expectedHeader()));
			return Optional.empty();
		}
		CSVRecord header = records.get(0);
		return CsvHeader.read(header, lineOf(header, lines), layout, problems)
			.map(columns -> records.subList(1, records.size())
				.stream()
				.map(csvRecord -> toRow(csvRecord, columns, layout, lines, problems))
				.filter(Objects::nonNull)
				.toList());
	}

	/**
	 * The records that hold more than white space, or empty (and a located problem) when
	 * the text is not well-formed CSV.
	 */
	private static Optional<List<CSVRecord>> records(String text, LineIndex lines, String fileName,
			InputProblems problems) {
		List<CSVRecord> records = new ArrayList<>();
		long linesConsumed = 0;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
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

	private static CsvRow toRow(CSVRecord csvRecord, Map<String, Integer> columns, CsvLayout layout, LineIndex lines,
			InputProblems problems) {
		int line = lineOf(csvRecord, lines);
		if (csvRecord.size() != columns.size()) {
			problems.add(InputProblem.ofLine(layout.fileName(), line, "raden har " + csvRecord.size()
					+ " fält men rubrikraden har " + columns.size() + "; kontrollera kommatecken och citattecken"));
			return null;
		}
		Map<String, String> values = new LinkedHashMap<>();
		columns.forEach((column, index) -> values.put(column, csvRecord.get(index)));
		return new CsvRow(layout.fileName(), line, values, problems);
	}

	private static int lineOf(CSVRecord csvRecord, LineIndex lines) {
		return lines.lineAfterBreaks((int) csvRecord.getCharacterPosition());
	}

}
