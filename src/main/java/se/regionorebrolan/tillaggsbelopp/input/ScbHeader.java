package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header row of a population export from SCB's Statistikdatabasen, as PxWeb writes it
 * (docs/decisions/0013): the columns region and ålder, kön unless both sexes are summed,
 * tabellinnehåll when the table's content is a column, and the counts either one column
 * per year ({@code 2023}, or {@code Folkmängd 2023} when the content is in the heading)
 * or in a Folkmängd column beside an år column. The columns are named in Swedish, as the
 * Swedish site writes them.
 *
 * @param columns the columns by key: {@link #REGION}, {@link #AGE}, {@link #SEX},
 * {@link #CONTENTS}, {@link #YEAR}, {@link #POPULATION} and, one column per year, the
 * year ({@code "2023"})
 * @param keys the keys of the columns the header has
 * @param yearColumns the keys of the year columns, in file order; empty when the counts
 * are in one {@link #POPULATION} column
 */
record ScbHeader(TableHeader columns, Set<String> keys, List<String> yearColumns) {

	static final String REGION = "region";

	static final String AGE = "ålder";

	static final String SEX = "kön";

	static final String CONTENTS = "tabellinnehåll";

	static final String YEAR = "år";

	static final String POPULATION = "folkmängd";

	static final String EXPECTED = "förväntade kolumner: region, ålder, kön (kan saknas) och ett år per kolumn, "
			+ "t.ex. 2023, eller region, ålder, kön, år och Folkmängd";

	private static final List<String> NAMED = List.of(REGION, AGE, SEX, CONTENTS, YEAR, POPULATION);

	/**
	 * A year column as normalised: {@code 2023}, or with the content before or after it
	 * ({@code Folkmängd 2023}), as PxWeb joins the heading's variables.
	 */
	private static final Pattern YEAR_COLUMN = Pattern.compile("(?:folkmängd_)?(\\d{4})(?:_folkmängd)?");

	/** The header, or empty when it is not an SCB export's (each problem recorded). */
	static Optional<ScbHeader> read(List<String> names, int line, String file, CsvDialect dialect,
			InputProblems problems) {
		Reading reading = new Reading(names, line, file, problems);
		if (!reading.valid) {
			return Optional.empty();
		}
		return Optional.of(
				new ScbHeader(
						TableHeader.of(TablePlace.file(file), dialect.decimalMark(), reading.positions, reading.written,
								names.size()),
						Set.copyOf(reading.positions.keySet()), List.copyOf(reading.yearColumns)));
	}

	boolean has(String key) {
		return this.keys.contains(key);
	}

	/** Whether the counts are in one Folkmängd column beside an år column. */
	boolean countsInOneColumn() {
		return this.yearColumns.isEmpty();
	}

	/**
	 * The names of the header read: each name a column key, then whether together they
	 * are one of the two layouts.
	 */
	private static final class Reading {

		private final String file;

		private final int line;

		private final InputProblems problems;

		private final Map<String, Integer> positions = new LinkedHashMap<>();

		private final Map<String, String> written = new HashMap<>();

		private final List<String> yearColumns = new ArrayList<>();

		private boolean valid = true;

		Reading(List<String> names, int line, String file, InputProblems problems) {
			this.file = file;
			this.line = line;
			this.problems = problems;
			List<String> normalised = names.stream().map(ColumnNames::normalise).toList();
			if (!normalised.contains(REGION) || !normalised.contains(AGE)) {
				invalid(InputProblem.ofLine(file, line, "rubrikraden är inte en export av folkmängden från SCB:s "
						+ "Statistikdatabasen (kolumnerna region och ålder saknas); " + EXPECTED));
				return;
			}
			for (int index = 0; index < names.size(); index++) {
				column(index, names.get(index), normalised.get(index));
			}
			checkLayout();
		}

		private void column(int index, String name, String normalised) {
			Matcher year = YEAR_COLUMN.matcher(normalised);
			String key = NAMED.contains(normalised) ? normalised : (year.matches() ? year.group(1) : null);
			String position = String.valueOf(index + 1);
			if (key == null) {
				invalid(InputProblem.ofField(this.file, this.line, position, name, "okänd kolumn i SCB-exporten; "
						+ EXPECTED + " (välj bara region, ålder, kön och år i Statistikdatabasen)"));
			}
			else if (this.positions.containsKey(key)) {
				invalid(InputProblem.ofField(this.file, this.line, position, name,
						"kolumnen finns redan i rubrikraden (kolumn " + (this.positions.get(key) + 1) + ")"));
			}
			else {
				this.positions.put(key, index);
				this.written.put(key, name);
				if (year.matches()) {
					this.yearColumns.add(key);
				}
			}
		}

		private void checkLayout() {
			boolean yearAndCount = this.positions.containsKey(YEAR) && this.positions.containsKey(POPULATION);
			boolean either = this.positions.containsKey(YEAR) || this.positions.containsKey(POPULATION);
			if (this.valid && (this.yearColumns.isEmpty() ? !yearAndCount : either)) {
				invalid(InputProblem.ofLine(this.file, this.line,
						"rubrikraden ska ha antingen ett år per kolumn eller kolumnerna år och Folkmängd; "
								+ EXPECTED));
			}
		}

		private void invalid(InputProblem problem) {
			this.problems.add(problem);
			this.valid = false;
		}

	}

}
