package se.regionorebrolan.tillaggsbelopp.input;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The column names a header may use: the English name of spec §6 and its Swedish aliases,
 * as the tables' descriptions give them (the same table is in docs/inputs.md). Names are
 * compared normalised: case, Unicode composition and spaces versus underscores do not
 * matter.
 */
final class ColumnNames {

	/** English name → Swedish aliases, already normalised. */
	private static final Map<String, List<String>> ALIASES = aliases();

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F_]+");

	private static final Pattern EDGES = Pattern.compile("^_|_$");

	private ColumnNames() {
	}

	/**
	 * The names of every described column; a column of the same English name in two
	 * tables has the same Swedish names.
	 */
	private static Map<String, List<String>> aliases() {
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		InputTables.ALL.stream().flatMap(table -> table.columns().stream()).forEach(column -> {
			List<String> earlier = aliases.putIfAbsent(column.name(), column.swedishNames());
			if (earlier != null && !earlier.equals(column.swedishNames())) {
				throw new IllegalStateException(column.name() + " has other Swedish names in another table");
			}
		});
		return aliases;
	}

	/**
	 * A written name as it is compared: lower case, composed (an ä typed on a Mac is one
	 * character), each run of spaces (also no-break ones) or underscores one underscore,
	 * and none at either end.
	 */
	static String normalise(String written) {
		String composed = Normalizer.normalize(written, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return EDGES.matcher(SEPARATORS.matcher(composed).replaceAll("_")).replaceAll("");
	}

	/** The English name a normalised name stands for, if it is one of the table's. */
	static Optional<String> english(String normalised) {
		if (ALIASES.containsKey(normalised)) {
			return Optional.of(normalised);
		}
		return ALIASES.entrySet()
			.stream()
			.filter(entry -> entry.getValue().contains(normalised))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** The English name and then its aliases. */
	static List<String> namesOf(String english) {
		return Stream.concat(Stream.of(english), ALIASES.getOrDefault(english, List.of()).stream()).toList();
	}

	/**
	 * The known name closest to a normalised unknown one among the names of
	 * {@code columns} (English names), if it is near enough to be a typing mistake: at
	 * most one edit from a name of up to four characters, two from a longer one. On a tie
	 * the earlier column wins, and a column's English name before its aliases.
	 */
	static Optional<String> closest(String unknown, List<String> columns) {
		return EditDistance.closest(unknown, columns.stream().flatMap(column -> namesOf(column).stream()).toList());
	}

	/**
	 * The alias table as README rows ({@code | english | alias, alias |}), so that a test
	 * can hold the README to the code.
	 */
	static List<String> readmeRows() {
		return ALIASES.entrySet()
			.stream()
			.map(entry -> "| `" + entry.getKey() + "` | `" + String.join("`, `", entry.getValue()) + "` |")
			.toList();
	}

}
