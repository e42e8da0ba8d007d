package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * An SCB export as CSV (docs/decisions/0020): PxWebApi 2.0's CSV with codes
 * ({@code "Region","Alder","Kon","BE0101N1 2018"}), texts ({@code "region";"ålder";
 * "kön";"Folkmängd 2018"}) or both ({@code "Region - region"}), and the older site's
 * downloads ({@code "2018"}); comma, semicolon or tab; the table's title on the lines
 * above the header, quoted or not. The header is the first line that starts with one of
 * the table's variables; the counts are one column per year (and content), or one column
 * per content beside an år column.
 */
final class ScbCsv {

	static final String EXPECTED = "förväntade kolumner: region, ålder, kön (kan saknas) och ett år per kolumn, "
			+ "t.ex. 2023, eller region, ålder, kön, år och Folkmängd";

	private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

	/** Column names of Statistikdatabasen in English. */
	private static final Set<String> ENGLISH = Set.of("age", "sex", "year", "marital status", "observations",
			"population");

	private ScbCsv() {
	}

	/** The export, or empty when it cannot be read (each problem recorded). */
	static Optional<ScbData> read(String file, CsvText text, InputProblems problems) {
		LineIndex lines = new LineIndex(text.text());
		Optional<Integer> header = headerLine(lines, file, problems);
		if (header.isEmpty()) {
			return Optional.empty();
		}
		String line = lines.text(header.get());
		CsvDialect dialect = dialect(line);
		String fromHeader = fromLine(text.text(), lines, header.get());
		LineIndex fromHeaderLines = new LineIndex(fromHeader);
		Optional<List<CSVRecord>> records = CsvTable.records(fromHeader, dialect, fromHeaderLines, file, problems);
		if (records.isEmpty()) {
			return Optional.empty();
		}
		CSVRecord headerRecord = records.get().get(0);
		Optional<Columns> columns = Columns.read(headerRecord.toList(), header.get(), file, problems);
		if (columns.isEmpty()) {
			return Optional.empty();
		}
		List<ScbRow> rows = rows(records.get(), columns.get(), fromHeaderLines, file, text.text(), problems);
		return Optional.of(new ScbData(file, "CSV, " + text.encoding() + ", " + dialect.separator(), Optional.empty(),
				columns.get().variableNames(), rows));
	}

	/**
	 * The first line whose first field is a variable of the table; the lines above it are
	 * the title.
	 */
	private static Optional<Integer> headerLine(LineIndex lines, String file, InputProblems problems) {
		for (int line = 1; line <= lines.count(); line++) {
			String text = lines.text(line).strip();
			if (text.matches("\"[^\"]+\" +\".*")) {
				problems.add(InputProblem.ofLine(file, line, "raden är avgränsad med mellanslag; " + ScbFile.FORMATS));
				return Optional.empty();
			}
			if (!text.isEmpty() && ScbVariable.of(firstField(text)).isPresent()) {
				return Optional.of(line);
			}
		}
		problems.add(InputProblem.ofFile(file, "filen har ingen rubrikrad som börjar med en variabel från SCB "
				+ "(region, ålder, kön, år …), så den är ingen tabell från Statistikdatabasen; " + ScbFile.INSTEAD));
		return Optional.empty();
	}

	private static String firstField(String line) {
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == ';' || c == ',' || c == '\t')) {
				break;
			}
			else {
				field.append(c);
			}
		}
		return field.toString().strip();
	}

	/** The separator used most often outside quotes in the header. */
	private static CsvDialect dialect(String header) {
		Map<CsvDialect, Integer> counts = new EnumMap<>(CsvDialect.class);
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			quoted ^= (c == '"');
			for (CsvDialect dialect : CsvDialect.values()) {
				if (!quoted && c == dialect.delimiter()) {
					counts.merge(dialect, 1, Integer::sum);
				}
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(CsvDialect.COMMA);
	}

	/**
	 * The text with the lines above the header emptied, so that line numbers stay as the
	 * file has them: a title written without quotes
	 * ({@code Folkmängd efter region, ålder,
	 * kön och år}) has commas that would be taken for fields.
	 */
	private static String fromLine(String text, LineIndex lines, int header) {
		StringBuilder emptied = new StringBuilder();
		int offset = 0;
		for (int line = 1; line < header; line++) {
			String written = lines.text(line);
			emptied.append(written.replaceAll("[^\r\n]", ""));
			offset += written.length();
		}
		return emptied + text.substring(offset);
	}

	private static List<ScbRow> rows(List<CSVRecord> records, Columns columns, LineIndex lines, String file,
			String text, InputProblems problems) {
		List<ScbRow> rows = new ArrayList<>();
		for (CSVRecord csvRecord : records.subList(1, records.size())) {
			int line = CsvTable.lineOf(csvRecord, lines);
			if (csvRecord.size() != columns.size()) {
				boolean cut = csvRecord == records.get(records.size() - 1) && !text.endsWith("\n");
				problems.add(
						InputProblem
							.ofLine(file, line,
									"raden har "
											+ csvRecord.size() + " fält men rubrikraden har " + columns.size() + (cut
													? "; filen slutar mitt i raden, så "
															+ "nedladdningen avbröts troligen – ladda ner den igen"
													: "")));
				continue;
			}
			rows.add(columns.row(ScbPlace.line(file, line), csvRecord.toList()));
		}
		return rows;
	}

	/**
	 * The header's columns: a variable each, or counts of a year, a content or both.
	 */
	private record Columns(Map<Integer, ScbVariable> variables, Map<Integer, CountColumn> counts,
			List<String> written) {

		static Optional<Columns> read(List<String> names, int line, String file, InputProblems problems) {
			Map<Integer, ScbVariable> variables = new HashMap<>();
			Map<Integer, CountColumn> counts = new HashMap<>();
			Map<Object, Integer> seen = new HashMap<>();
			boolean valid = true;
			for (int index = 0; index < names.size(); index++) {
				String name = names.get(index);
				Optional<ScbVariable> variable = ScbVariable.of(name);
				Optional<CountColumn> count = variable.isPresent() ? Optional.empty() : CountColumn.of(name);
				Object key = variable.isPresent() ? variable.get() : count.orElse(null);
				if (key == null) {
					problems.add(unknown(file, line, index, name));
					return Optional.empty();
				}
				Integer earlier = seen.putIfAbsent(key, index);
				if (earlier != null) {
					problems.add(InputProblem.ofField(file, line, String.valueOf(index + 1), name,
							"kolumnen finns redan i rubrikraden (kolumn " + (earlier + 1) + ")"));
					valid = false;
				}
				variable.ifPresent(found -> variables.put(seen.get(found), found));
				count.ifPresent(found -> counts.put(seen.get(found), found));
			}
			Columns columns = new Columns(variables, counts, names);
			return (valid && columns.laidOut(line, file, problems)) ? Optional.of(columns) : Optional.empty();
		}

		private static InputProblem unknown(String file, int line, int index, String name) {
			if (ENGLISH.contains(ScbVariable.normalise(name))) {
				return InputProblem.ofField(file, line, String.valueOf(index + 1), name,
						"filen är sparad från Statistikdatabasen på engelska; ladda ner den på svenska");
			}
			return InputProblem.ofField(file, line, String.valueOf(index + 1), name, ScbFile.anotherTable(name));
		}

		/**
		 * One year per count column or an år column, and a content in the columns or in a
		 * tabellinnehåll column, not both.
		 */
		private boolean laidOut(int line, String file, InputProblems problems) {
			boolean yearColumn = this.variables.containsValue(ScbVariable.YEAR);
			boolean contentColumn = this.variables.containsValue(ScbVariable.CONTENT);
			boolean valid = !this.counts.isEmpty();
			for (CountColumn count : this.counts.values()) {
				valid &= (count.year().isPresent() != yearColumn) && !(count.content().isPresent() && contentColumn);
			}
			if (!valid) {
				problems.add(InputProblem.ofLine(file, line,
						"rubrikraden ska ha antingen ett år per kolumn eller kolumnerna år och Folkmängd; "
								+ EXPECTED));
			}
			return valid;
		}

		int size() {
			return this.written.size();
		}

		Map<ScbVariable, String> variableNames() {
			Map<ScbVariable, String> names = new EnumMap<>(ScbVariable.class);
			this.variables.forEach((index, variable) -> names.put(variable, this.written.get(index)));
			this.counts.values().forEach(count -> {
				count.year().ifPresent(year -> names.putIfAbsent(ScbVariable.YEAR, "år"));
				count.content().ifPresent(content -> names.putIfAbsent(ScbVariable.CONTENT, "tabellinnehåll"));
			});
			return names;
		}

		ScbRow row(ScbPlace place, List<String> fields) {
			Map<ScbVariable, String> values = new EnumMap<>(ScbVariable.class);
			this.variables.forEach((index, variable) -> values.put(variable, fields.get(index)));
			List<ScbRow.Count> rowCounts = new ArrayList<>();
			for (int index = 0; index < fields.size(); index++) {
				CountColumn count = this.counts.get(index);
				if (count != null) {
					rowCounts.add(new ScbRow.Count(this.written.get(index), count.values(), fields.get(index)));
				}
			}
			return new ScbRow(place, values, rowCounts);
		}

	}

	/**
	 * A column of counts, named by its year, its content or both as PxWeb joins the
	 * heading: {@code 2023}, {@code Folkmängd 2023}, {@code BE0101N1 2023},
	 * {@code BE0101N1 - Folkmängd 2023 - 2023}, {@code Folkmängd}.
	 */
	private record CountColumn(Optional<String> year, Optional<String> content) {

		static Optional<CountColumn> of(String name) {
			Matcher years = YEAR.matcher(name);
			Optional<String> year = years.find() ? Optional.of(years.group(1)) : Optional.empty();
			while (years.find()) {
				if (!years.group(1).equals(year.get())) {
					return Optional.empty();
				}
			}
			String rest = YEAR.matcher(name).replaceAll(" ").replaceAll("\\s+-(\\s+|$)", " ").strip();
			List<String> words = rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
			Optional<String> content = words.isEmpty() ? Optional.empty() : Optional.of(content(words));
			if (year.isEmpty() && (content.isEmpty() || words.size() > 2 || !known(content.get()))) {
				return Optional.empty();
			}
			return Optional.of(new CountColumn(year, content));
		}

		/**
		 * The content of a heading's words: the code or text of Folkmängd (or
		 * Folkökning), or the words themselves ("Antal"), which name another table.
		 */
		private static String content(List<String> words) {
			return words.stream().filter(CountColumn::known).findFirst().orElse(String.join(" ", words));
		}

		private static boolean known(String word) {
			return Set.of("folkmängd", "folkökning", "be0101n1", "be0101n2", "000007me", "000007mg")
				.contains(ScbVariable.normalise(word));
		}

		Map<ScbVariable, String> values() {
			Map<ScbVariable, String> values = new EnumMap<>(ScbVariable.class);
			this.year.ifPresent(found -> values.put(ScbVariable.YEAR, found));
			this.content.ifPresent(found -> values.put(ScbVariable.CONTENT, found));
			return values;
		}

	}

}
