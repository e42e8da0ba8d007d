package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One column of an input table, described once: its English name (spec §6) and its
 * Swedish names, what it holds, whether it identifies a row, its value in a row that was
 * read, and what the template's instructions say about it. The readers check its values
 * by its rule in the table's reader; everything else that shows or compares the column is
 * driven by this.
 *
 * @param name the English name, e.g. road_distance_km
 * @param swedishNames the Swedish names a header may use instead, normalised (see
 * {@link ColumnNames#normalise}); the first is the template's heading
 * @param kind what it holds
 * @param key whether it identifies a row (with the table's other key columns)
 * @param required whether the header must have it (every column but an optional source)
 * @param value its value in a row: the record's field, or the row's source
 * @param meaning what it holds, in Swedish, for the template
 * @param format how it is written, in Swedish, for the template
 * @param choices the values a template offers in a drop-down list; none for free input
 */
public record InputColumn<T>(String name, List<String> swedishNames, ColumnKind kind, boolean key, boolean required,
		Function<InputRow<T>, Object> value, String meaning, String format, List<String> choices) {

	public InputColumn {
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(kind, "kind is required");
		Objects.requireNonNull(value, "value is required");
		swedishNames = List.copyOf(swedishNames);
		choices = List.copyOf(choices);
		if (swedishNames.isEmpty()) {
			throw new IllegalArgumentException(name + " needs a Swedish name for the templates");
		}
	}

	/** A column whose value is a field of the row's record. */
	static <T> InputColumn<T> of(String name, List<String> swedishNames, ColumnKind kind, Function<T, ?> field,
			String meaning, String format) {
		return new InputColumn<>(name, swedishNames, kind, false, true, row -> field.apply(row.value()), meaning,
				format, List.of());
	}

	/** The same column as one that identifies a row. */
	InputColumn<T> asKey() {
		return new InputColumn<>(this.name, this.swedishNames, this.kind, true, this.required, this.value, this.meaning,
				this.format, this.choices);
	}

	/** The same column with a drop-down list in the template. */
	InputColumn<T> withChoices(String... offered) {
		return new InputColumn<>(this.name, this.swedishNames, this.kind, this.key, this.required, this.value,
				this.meaning, this.format, List.of(offered));
	}

	/** Every municipality's code column: the first of six tables. */
	static <T> InputColumn<T> code(Function<T, String> field) {
		return of("municipality_code", List.of("kommunkod"), ColumnKind.CODE, field, "Kommunens kod",
				"Fyra siffror, t.ex. 1880")
			.asKey();
	}

	/** The source column every table may have: where the figure comes from. */
	static <T> InputColumn<T> source() {
		return new InputColumn<>(TableDescription.SOURCE, List.of("källa"), ColumnKind.SOURCE, false, false,
				InputRow::source, "Varifrån uppgiften kommer; visas i resultatarbetsboken", "Text, frivillig",
				List.of());
	}

	/** The source column of a table that requires it, with its own explanation. */
	static <T> InputColumn<T> requiredSource(String meaning) {
		InputColumn<T> source = source();
		return new InputColumn<>(source.name, source.swedishNames, source.kind, false, true, source.value, meaning,
				"Text, krävs på det här bladet", List.of());
	}

	/** Its value in a row that was read. */
	public Object valueOf(InputRow<T> row) {
		return this.value.apply(row);
	}

	/**
	 * The heading a template writes: its first Swedish name with spaces and a capital,
	 * e.g. "Antal 65 och äldre" for population_65_plus.
	 */
	public String heading() {
		String swedish = this.swedishNames.get(0).replace('_', ' ');
		return swedish.substring(0, 1).toUpperCase(Locale.ROOT) + swedish.substring(1);
	}

	/**
	 * The other names a header may give it: its English name and its other Swedish names.
	 */
	public List<String> otherNames() {
		return Stream.concat(Stream.of(this.name), this.swedishNames.stream().skip(1)).toList();
	}

}
