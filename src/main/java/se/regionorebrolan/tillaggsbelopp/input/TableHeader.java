package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of an input table (a CSV file or a sheet): which column holds which of
 * the layout's columns, named in English or Swedish ({@link ColumnNames}), where the
 * table is and the decimal mark its numbers are written with. Messages name a column as
 * the header writes it. A header with problems yields no columns, so the rows are not
 * read against a wrong layout.
 */
final class TableHeader {

	private final TablePlace place;

	private final DecimalMark decimalMark;

	/** English name → position in the row. */
	private final Map<String, Integer> positions;

	/** English name → the name as the header writes it. */
	private final Map<String, String> written;

	private final int size;

	private TableHeader(TablePlace place, DecimalMark decimalMark, Map<String, Integer> positions,
			Map<String, String> written, int size) {
		this.place = place;
		this.decimalMark = decimalMark;
		this.positions = positions;
		this.written = written;
		this.size = size;
	}

	/**
	 * The header, or empty when it has problems (each recorded with its column).
	 * @param names the header's names, the first column's first
	 * @param line the header's line in the file or row in the sheet
	 */
	static Optional<TableHeader> read(List<String> names, int line, TableDescription<?> layout, TablePlace place,
			DecimalMark decimalMark, InputProblems problems) {
		HeaderReading reading = new HeaderReading(layout, place, line, names, problems);
		if (!reading.valid()) {
			return Optional.empty();
		}
		return Optional.of(new TableHeader(place, decimalMark, reading.positions, reading.written, names.size()));
	}

	/**
	 * A header whose columns were recognised by another reader (an SCB export's columns
	 * are not a {@link TableDescription}), so that its rows are read as every input row
	 * is.
	 * @param positions column key → position in the row
	 * @param written column key → the name as the header writes it
	 */
	static TableHeader of(TablePlace place, DecimalMark decimalMark, Map<String, Integer> positions,
			Map<String, String> written, int size) {
		return new TableHeader(place, decimalMark, Map.copyOf(positions), Map.copyOf(written), size);
	}

	TablePlace place() {
		return this.place;
	}

	DecimalMark decimalMark() {
		return this.decimalMark;
	}

	/** How many columns the header row has, which every row of a file must have too. */
	int size() {
		return this.size;
	}

	/** Where each of the layout's columns is (0 for the first), by English name. */
	Map<String, Integer> positions() {
		return Map.copyOf(this.positions);
	}

	/**
	 * A row's values by English column name, without the spaces and no-break spaces
	 * around them that Excel may write.
	 * @param fields the row's values, the first column's first
	 */
	Map<String, String> values(List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		this.positions.forEach((column, index) -> values.put(column, trimmed(fields.get(index))));
		return values;
	}

	/** A value without white space or no-break spaces around it. */
	static String trimmed(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && isSpace(value.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || NumberText.SPACES.indexOf(c) >= 0;
	}

	/** A column's name as the header writes it, for messages. */
	String written(String column) {
		return this.written.getOrDefault(column, column);
	}

	/** A problem with a row's value in {@code column}. */
	InputProblem problem(int line, String column, String value, String message) {
		return this.place.field(line, this.positions.getOrDefault(column, 0), written(column), value, message);
	}

	/**
	 * The header's names read: first where each known column is (its first occurrence),
	 * then every problem in column order, an unknown name that is a typing mistake away
	 * from an absent column with "menade du …?".
	 */
	private static final class HeaderReading {

		private final TableDescription<?> layout;

		private final TablePlace place;

		private final int line;

		private final InputProblems problems;

		private final Map<String, Integer> positions = new LinkedHashMap<>();

		private final Map<String, String> written = new HashMap<>();

		/** Absent columns an unknown name was taken for, so each is suggested once. */
		private final List<String> suggested = new ArrayList<>();

		private boolean valid = true;

		HeaderReading(TableDescription<?> layout, TablePlace place, int line, List<String> names,
				InputProblems problems) {
			this.layout = layout;
			this.place = place;
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
					this.problems.add(place.line(line, "kolumnen " + column
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
			int position = index;
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

		private void unknown(int position, String name, String normalised) {
			List<String> absent = this.layout.columnNames()
				.stream()
				.filter(column -> !this.positions.containsKey(column) && !this.suggested.contains(column))
				.toList();
			Optional<String> closest = ColumnNames.closest(normalised, absent);
			if (closest.isEmpty()) {
				this.problems.warn(this.place.header(this.line, position, name,
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
				this.problems
					.warn(this.place.header(this.line, position, name, "okänd kolumn, används inte; " + meant));
			}
		}

		private void error(int position, String value, String message) {
			this.problems.add(this.place.header(this.line, position, value, message));
			this.valid = false;
		}

	}

}
