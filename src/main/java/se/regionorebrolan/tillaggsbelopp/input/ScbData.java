package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an SCB file holds once its format is read (CSV, PX or JSON-stat), in the same
 * shape whatever the format: the variables it has and its rows as written.
 *
 * @param file the file name
 * @param readAs the format and how it was read, e.g. "PX, ISO-8859-1, tabell TAB638"
 * @param table the table id the file names (TAB638, TAB5557), if it names one
 * @param variables the variables the file has, each with its name as written
 * @param rows the rows
 */
record ScbData(String file, String readAs, Optional<String> table, Map<ScbVariable, String> variables,
		List<ScbRow> rows) {

	ScbData {
		variables = Map.copyOf(variables);
		rows = List.copyOf(rows);
	}

	boolean has(ScbVariable variable) {
		return this.variables.containsKey(variable);
	}

	/** A variable's name as the file writes it, for messages. */
	String name(ScbVariable variable) {
		return this.variables.getOrDefault(variable, variable.text());
	}

}
