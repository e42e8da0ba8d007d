package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

/**
 * The header row of an input file: which column holds which of the layout's columns,
 * named in English or Swedish ({@link ColumnNames}), and the dialect the file is written
 * in. Messages name a column as the header writes it. A header with problems yields no
 * columns, so the rows are not read against a wrong layout.
 */
final class CsvHeader {

	private final String file;

	private final CsvDialect dialect;

	/** English name → position in the row. */
	private final Map<String, Integer> positions;

	/** English name → the name as the header writes it. */
	private final Map<String, String> written;

	private final int size;

	private CsvHeader(String file, CsvDialect dialect, Map<String, Integer> positions, Map<String, String> written,
			int size) {
		this.file = file;
		this.dialect = dialect;
		this.positions = positions;
		this.written = written;
		this.size = size;
	}

	/** The header, or empty when it has problems (each recorded with its column). */
	static Optional<CsvHeader> read(CSVRecord header, int line, CsvLayout layout, CsvDialect dialect,
			InputProblems problems) {
		List<String> names = header.toList();
		HeaderReading reading = new HeaderReading(layout, line, names, problems);
		if (!reading.valid()) {
			return Optional.empty();
		}
		return Optional.of(new CsvHeader(layout.fileName(), dialect, reading.positions, reading.written, names.size()));
	}

	/**
	 * A header whose columns were recognised by another reader (an SCB export's columns
	 * are not a {@link CsvLayout}), so that its rows are read as every input row is.
	 * @param positions column key → position in the row
	 * @param written column key → the name as the header writes it
	 */
	static CsvHeader of(String file, CsvDialect dialect, Map<String, Integer> positions, Map<String, String> written,
			int size) {
		return new CsvHeader(file, dialect, Map.copyOf(positions), Map.copyOf(written), size);
	}

	String file() {
		return this.file;
	}

	CsvDialect dialect() {
		return this.dialect;
	}

	/** How many fields the header row has, which every row must have too. */
	int size() {
		return this.size;
	}

	/**
	 * A row's values by English column name, without the no-break spaces around them that
	 * Excel may write (Commons CSV trims only the ordinary ones).
	 */
	Map<String, String> values(CSVRecord row) {
		Map<String, String> values = new LinkedHashMap<>();
		this.positions.forEach((column, index) -> values.put(column, trimmed(row.get(index))));
		return values;
	}

	private static String trimmed(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && NumberText.SPACES.indexOf(value.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && NumberText.SPACES.indexOf(value.charAt(end - 1)) >= 0) {
			end--;
		}
		return value.substring(start, end);
	}

	/** A column's name as the header writes it, for messages. */
	String written(String column) {
		return this.written.getOrDefault(column, column);
	}

	/**
	 * The header's names read: first where each known column is (its first occurrence),
	 * then every problem in column order, an unknown name that is a typing mistake away
	 * from an absent column with "menade du …?".
	 */
	private static final class HeaderReading {

		private final CsvLayout layout;

		private final String file;

		private final int line;

		private final InputProblems problems;

		private final Map<String, Integer> positions = new LinkedHashMap<>();

		private final Map<String, String> written = new HashMap<>();

		/** Absent columns an unknown name was taken for, so each is suggested once. */
		private final List<String> suggested = new ArrayList<>();

		private boolean valid = true;

		HeaderReading(CsvLayout layout, int line, List<String> names, InputProblems problems) {
			this.layout = layout;
			this.file = layout.fileName();
			this.line = line;
			this.problems = problems;
			for (int index = 0; index < names.size(); index++) {
				Optional<String> column = english(names.get(index));
				if (column.isPresent() && !this.positions.containsKey(column.get())) {
					this.positions.put(column.get(), index);
					this.written.put(column.get(), names.get(index));
				}
			}
			Map<String, Integer> seen = new HashMap<>();
			for (int index = 0; index < names.size(); index++) {
				check(index, names.get(index), seen);
			}
			for (String column : layout.required()) {
				if (!this.positions.containsKey(column) && !this.suggested.contains(column)) {
					this.problems.add(InputProblem.ofLine(this.file, line, "kolumnen " + column
							+ " saknas i rubrikraden; förväntad rubrikrad: " + layout.expectedHeader()));
					this.valid = false;
				}
			}
		}

		boolean valid() {
			return this.valid;
		}

		private Optional<String> english(String name) {
			return ColumnNames.english(ColumnNames.normalise(name)).filter(this.layout::isKnown);
		}

		private void check(int index, String name, Map<String, Integer> seen) {
			String normalised = ColumnNames.normalise(name);
			String position = String.valueOf(index + 1);
			Optional<String> english = english(name);
			Integer earlier = seen.putIfAbsent(normalised, index);
			if (normalised.isEmpty()) {
				error(position, "", "kolumnnamn saknas i rubrikraden");
			}
			else if (earlier != null) {
				error(position, name, "kolumnen finns redan i rubrikraden (kolumn " + (earlier + 1) + ")");
			}
			else if (english.isPresent() && this.positions.get(english.get()) != index) {
				String first = this.written.get(english.get());
				error(position, name,
						"kolumnen finns redan i rubrikraden som \"" + first + "\" (kolumn "
								+ (this.positions.get(english.get()) + 1) + "); " + name + " och " + first
								+ " är samma kolumn");
			}
			else if (english.isEmpty()) {
				unknown(position, name, normalised);
			}
		}

		private void unknown(String position, String name, String normalised) {
			List<String> absent = this.layout.columns()
				.stream()
				.filter(column -> !this.positions.containsKey(column) && !this.suggested.contains(column))
				.toList();
			Optional<String> closest = ColumnNames.closest(normalised, absent);
			if (closest.isEmpty()) {
				this.problems.warn(InputProblem.ofField(this.file, this.line, position, name,
						"okänd kolumn, används inte (kända kolumner: " + this.layout.knownColumns() + ")"));
				return;
			}
			String column = ColumnNames.english(closest.get()).orElseThrow();
			String meant = "menade du " + closest.get() + (closest.get().equals(column) ? "" : " (= " + column + ")")
					+ "?";
			this.suggested.add(column);
			if (this.layout.required().contains(column)) {
				error(position, name, "okänd kolumn; " + meant + " Kolumnen " + column + " saknas i rubrikraden");
			}
			else {
				this.problems.warn(InputProblem.ofField(this.file, this.line, position, name,
						"okänd kolumn, används inte; " + meant));
			}
		}

		private void error(String position, String value, String message) {
			this.problems.add(InputProblem.ofField(this.file, this.line, position, value, message));
			this.valid = false;
		}

	}

}
