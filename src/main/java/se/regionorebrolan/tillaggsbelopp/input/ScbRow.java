package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.Map;

/**
 * A row of an SCB file as written, before its values are understood: the values of the
 * variables that head the row (region, ålder, kön, …) and its counts, each with the
 * values of the variables its column stands for (år, tabellinnehåll). A CSV line is a
 * row, a PX data line is one, and each JSON-stat value is one of its own.
 *
 * @param place where the row is
 * @param values the row's variables as written: a code ({@code 1814}, {@code 100+1}), a
 * text ({@code 1814 Lekeberg}, {@code 100+ år}) or both ({@code 1814 - 1814 Lekeberg})
 * @param counts the counts of the row
 */
record ScbRow(ScbPlace place, Map<ScbVariable, String> values, List<Count> counts) {

	ScbRow {
		values = Map.copyOf(values);
		counts = List.copyOf(counts);
	}

	/**
	 * One count as written, e.g. {@code 1858} or {@code ..}.
	 *
	 * @param column its column as the file names it, for messages
	 * @param values the variables the column stands for, e.g. år 2023
	 * @param written the count as written
	 */
	record Count(String column, Map<ScbVariable, String> values, String written) {

		Count {
			values = Map.copyOf(values);
		}

	}

}
