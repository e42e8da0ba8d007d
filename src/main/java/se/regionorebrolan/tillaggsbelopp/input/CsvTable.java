package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;

/**
 * Reads one CSV input file strictly into a {@link Table}: UTF-8 or Windows-1252
 * ({@link CsvText}), comma- or semicolon-separated ({@link CsvDialect}), the header row
 * first, blank lines skipped. Every problem is recorded with its file, line and column; a
 * file that cannot be read as a table (missing, no readable text, broken quoting, a wrong
 * header) yields no rows.
 */
final class CsvTable {

	private CsvTable() {
	}

	/**
	 * Reads {@code layout.fileName()} from the directory, recording every problem found.
	 */
	static Table read(Path directory, TableDescription<?> layout, InputProblems problems) {
		Path path = directory.resolve(layout.fileName());
		if (!Files.isRegularFile(path)) {
			problems.add(InputProblem.ofFile(layout.fileName(), "filen saknas i "
					+ directory.toAbsolutePath().normalize() + "; förväntad rubrikrad: " + layout.expectedHeader()));
			return Table.unreadable(TablePlace.file(layout.fileName()), "");
		}
		byte[] bytes;
		try {
			bytes = readBytes(path, layout.fileName());
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(problems::add);
			return Table.unreadable(TablePlace.file(layout.fileName()), "");
		}
		Optional<CsvText> text = CsvText.decode(bytes, layout.fileName(), problems);
		Optional<CsvDialect> dialect = text.flatMap(t -> CsvDialect.detect(t.text(), layout.fileName(), problems));
		Optional<List<TableRow>> rows = dialect.flatMap(d -> parse(text.get().text(), d, layout, problems));
		String readAs = dialect.map(d -> text.get().encoding() + ", " + d.description()).orElse("");
		return new Table(TablePlace.file(layout.fileName()), Sha256.hex(bytes), readAs, rows);
	}

	/**
	 * The bytes of a file the user gave the program.
	 * @throws InvalidInputException naming the file when it cannot be read
	 */
	static byte[] readBytes(Path path, String name) {
		try {
			return Files.readAllBytes(path);
		}
		catch (AccessDeniedException ex) {
			throw unreadable(name, "den här användaren får inte läsa filen (" + path.toAbsolutePath().normalize()
					+ "); be den som äger filen att ge läsrätt, eller kopiera den till en mapp du får läsa");
		}
		catch (IOException ex) {
			throw unreadable(name, "filen kan inte läsas (" + path.toAbsolutePath().normalize()
					+ "): disken eller nätverksenheten gav ett läsfel; kopiera filen igen och kör om");
		}
	}

	private static InvalidInputException unreadable(String name, String message) {
		return new InvalidInputException(List.of(InputProblem.ofFile(name, message)), List.of());
	}

	private static Optional<List<TableRow>> parse(String text, CsvDialect dialect, TableDescription<?> layout,
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
		if (records.size() > SpreadsheetLimits.SHEET_ROWS) {
			problems
				.add(tooManyRows(layout, records.size() - 1, lineOf(records.get(SpreadsheetLimits.SHEET_ROWS), lines)));
			return Optional.empty();
		}
		return TableHeader
			.read(header.toList(), lineOf(header, lines), layout, TablePlace.file(layout.fileName()),
					dialect.decimalMark(), problems)
			.map(columns -> records.subList(1, records.size())
				.stream()
				.map(csvRecord -> toRow(csvRecord, columns, dialect, lines, problems))
				.filter(Objects::nonNull)
				.toList());
	}

	/**
	 * A file of more data rows than a sheet holds under its header, found before its rows
	 * are read one by one: its first row that does not fit.
	 */
	private static InputProblem tooManyRows(TableDescription<?> layout, int rows, int firstBeyond) {
		String addUp = layout.rowsAddUp() ? "; rader med samma "
				+ String.join(" och ", layout.keyColumns().stream().map(InputColumn::name).toList())
				+ " läggs ihop, så de kan summeras till en rad var" : "";
		return InputProblem.ofLine(layout.fileName(), firstBeyond,
				"filen har " + SwedishFormat.count(rows) + " rader med data, fler än ett blad i Excel rymmer ("
						+ SwedishFormat.count(SpreadsheetLimits.SHEET_ROWS - 1L) + " under rubrikraden), så "
						+ "arbetsboken kan inte visa dem; den här raden är den första som inte ryms" + addUp);
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

	private static TableRow toRow(CSVRecord csvRecord, TableHeader header, CsvDialect dialect, LineIndex lines,
			InputProblems problems) {
		int line = lineOf(csvRecord, lines);
		if (csvRecord.size() != header.size()) {
			problems.add(header.place()
				.line(line, "raden har " + csvRecord.size() + " fält men rubrikraden har " + header.size() + "; "
						+ fieldCountHint(csvRecord, header, dialect)));
			return null;
		}
		return new TableRow(header, line, header.values(csvRecord.toList()), problems);
	}

	/**
	 * What to check in a row with the wrong number of fields: a row of one field that the
	 * other separator would split into the header's columns is written in the other
	 * dialect.
	 */
	private static String fieldCountHint(CSVRecord csvRecord, TableHeader header, CsvDialect dialect) {
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
