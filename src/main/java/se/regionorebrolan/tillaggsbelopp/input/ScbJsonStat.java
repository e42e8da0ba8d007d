package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An SCB table as JSON-stat 2.0, the default output of PxWebApi 2.0
 * (docs/decisions/0020): one {@link ScbRow} per value, each named by its categories for
 * messages ("värde nr 6 (1814 Lekeberg, 2 år, kvinnor, 2023)"), since the file's lines
 * say nothing.
 */
final class ScbJsonStat {

	private ScbJsonStat() {
	}

	/** The table, or empty when the file is not one (each problem recorded). */
	static Optional<ScbData> read(String file, String text, InputProblems problems) {
		Optional<JsonStatDataset> read = dataset(file, text, problems);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		JsonStatDataset dataset = read.get();
		List<String> values = dataset.values();
		if (values.size() != dataset.cells()) {
			problems.add(InputProblem.ofFile(file, "filen har " + values.size() + " värden men dimensionerna ger "
					+ dataset.cells() + ", så den är ofullständig; ladda ner den igen"));
			return Optional.empty();
		}
		return variables(file, dataset, problems).map(variables -> new ScbData(file,
				"JSON-stat 2.0" + dataset.tableId().map(id -> ", tabell " + id).orElse(""), dataset.tableId(),
				names(dataset, variables), rows(file, dataset, variables, values)));
	}

	/** The dataset, if the JSON is one with data of a population table. */
	private static Optional<JsonStatDataset> dataset(String file, String text, InputProblems problems) {
		JsonStatDataset dataset;
		try {
			dataset = JsonStatDataset.of(JsonStatDataset.tree(text));
		}
		catch (IllegalArgumentException ex) {
			problems.add(InputProblem.ofFile(file, ex.getMessage() + "; " + ScbFile.FORMATS));
			return Optional.empty();
		}
		if (!dataset.hasValues()) {
			problems.add(InputProblem.ofFile(file,
					"filen är metadata för tabellen " + dataset.tableId().orElse("")
							+ " (en beskrivning av variablerna, utan siffror), inte data; hämta data med import-scb "
							+ "--tillagg.scb-fetch=true eller ladda ner tabellen"));
			return Optional.empty();
		}
		return dataset.tableId()
			.filter(table -> !ScbFile.knownTable(file, table, dataset.label(), problems))
			.isPresent() ? Optional.empty() : Optional.of(dataset);
	}

	/** Which of the table's variables each dimension is; empty when one is none. */
	private static Optional<List<ScbVariable>> variables(String file, JsonStatDataset dataset, InputProblems problems) {
		List<ScbVariable> variables = new ArrayList<>();
		for (JsonStatDataset.Dimension dimension : dataset.dimensions()) {
			Optional<ScbVariable> variable = ScbVariable.of(dimension.id()).or(() -> ScbVariable.of(dimension.label()));
			if (variable.isEmpty()) {
				problems.add(InputProblem.ofFile(file, ScbFile.anotherTable(dimension.label())));
				return Optional.empty();
			}
			variables.add(variable.get());
		}
		return Optional.of(variables);
	}

	private static Map<ScbVariable, String> names(JsonStatDataset dataset, List<ScbVariable> variables) {
		Map<ScbVariable, String> names = new EnumMap<>(ScbVariable.class);
		for (int i = 0; i < variables.size(); i++) {
			names.put(variables.get(i), dataset.dimensions().get(i).id());
		}
		return names;
	}

	/**
	 * One row per value: the region as code and text ({@code 1814 Lekeberg}), the other
	 * categories by code, the last dimension changing fastest.
	 */
	private static List<ScbRow> rows(String file, JsonStatDataset dataset, List<ScbVariable> variables,
			List<String> values) {
		List<JsonStatDataset.Dimension> dimensions = dataset.dimensions();
		List<ScbRow> rows = new ArrayList<>();
		for (int cell = 0; cell < values.size(); cell++) {
			Map<ScbVariable, String> written = new EnumMap<>(ScbVariable.class);
			List<String> texts = new ArrayList<>();
			int rest = cell;
			for (int i = dimensions.size() - 1; i >= 0; i--) {
				List<JsonStatDataset.Category> categories = dimensions.get(i).categories();
				JsonStatDataset.Category category = categories.get(rest % categories.size());
				rest /= categories.size();
				boolean region = variables.get(i) == ScbVariable.REGION;
				written.put(variables.get(i), region ? category.code() + " " + category.label() : category.code());
				texts.add(0, region ? category.code() + " " + category.label() : category.label());
			}
			ScbPlace place = new ScbPlace(file, 0, "värde nr " + (cell + 1) + " (" + String.join(", ", texts) + ")");
			rows.add(new ScbRow(place, written, List.of(new ScbRow.Count("", Map.of(), values.get(cell)))));
		}
		return rows;
	}

}
