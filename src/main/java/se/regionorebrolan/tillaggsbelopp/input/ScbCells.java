package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Understands the rows of an SCB file, whatever its format: each value by its code, its
 * text or both ({@code 1 - män}), the Folkmängd counts kept and Folkökning left out with
 * a warning. Every value that cannot be understood is a problem at its place.
 */
final class ScbCells {

	private static final Pattern REGION = Pattern.compile("(\\d{4}|\\d{2})(?:\\s+\\S.*)?");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern WHOLE = Pattern.compile("\\d{1,15}");

	/** SCB's data symbols for a figure it does not give: "..", ".", "-", "*". */
	private static final Pattern SYMBOL = Pattern.compile("[.\\-*]+");

	private static final String MISSING = "uppgiften saknas hos SCB (\"%s\"); förväntat ett antal invånare, ett heltal ≥ 0";

	private static final Map<String, String> SEXES = Map.of("1", ScbCell.MEN, "män", ScbCell.MEN, "2", ScbCell.WOMEN,
			"kvinnor", ScbCell.WOMEN, "totsa", ScbCell.TOTAL, "totalt, samtliga män och kvinnor", ScbCell.TOTAL,
			"totalt", ScbCell.TOTAL);

	private static final Map<String, String> CIVILSTAND = Map.ofEntries(Map.entry("og", "OG"),
			Map.entry("ogifta", "OG"), Map.entry("g", "G"), Map.entry("gifta", "G"), Map.entry("sk", "SK"),
			Map.entry("skilda", "SK"), Map.entry("änkl", "ÄNKL"), Map.entry("änkor/änklingar", "ÄNKL"),
			Map.entry("sc", ScbCell.TOTAL), Map.entry("totalt, samtliga civilstånd", ScbCell.TOTAL),
			Map.entry("totalt", ScbCell.TOTAL));

	private static final Set<String> FOLKMANGD = Set.of("be0101n1", "000007me", "folkmängd");

	private static final Set<String> FOLKOKNING = Set.of("be0101n2", "000007mg", "folkökning");

	private final ScbData data;

	private final InputProblems problems;

	private final Set<String> otherContents = new LinkedHashSet<>();

	private boolean increaseLeftOut;

	private boolean folkmangd;

	private ScbCells(ScbData data, InputProblems problems) {
		this.data = data;
		this.problems = problems;
	}

	/**
	 * The Folkmängd counts of the file, or none when it has none (each problem recorded).
	 */
	static List<ScbCell> of(ScbData data, InputProblems problems) {
		ScbCells reading = new ScbCells(data, problems);
		List<ScbCell> cells = new ArrayList<>();
		data.rows().forEach(row -> reading.read(row, cells));
		reading.checkContents();
		if (cells.isEmpty() && problems.isEmpty()) {
			problems.add(InputProblem.ofFile(data.file(),
					"filen har inga värden under rubrikraden, så den är ofullständig; ladda ner den igen"));
		}
		return cells;
	}

	private void read(ScbRow row, List<ScbCell> cells) {
		Map<ScbVariable, String> understood = understand(row.place(), row.values(), "");
		boolean valid = understood.size() == row.values().size();
		for (ScbRow.Count count : row.counts()) {
			Map<ScbVariable, String> ofColumn = understand(row.place(), count.values(), count.column());
			Map<ScbVariable, String> values = new EnumMap<>(understood);
			values.putAll(ofColumn);
			if (valid && ofColumn.size() == count.values().size() && wanted(values)) {
				count(row, count, values).ifPresent(cells::add);
			}
		}
	}

	/** Folkmängd, or no content variable at all (the older downloads). */
	private boolean wanted(Map<ScbVariable, String> values) {
		String content = values.getOrDefault(ScbVariable.CONTENT, "folkmängd");
		this.folkmangd |= content.equals("folkmängd");
		this.increaseLeftOut |= content.equals("folkökning");
		return content.equals("folkmängd");
	}

	private Optional<ScbCell> count(ScbRow row, ScbRow.Count count, Map<ScbVariable, String> values) {
		String written = count.written().strip();
		if (!WHOLE.matcher(written).matches()) {
			this.problems.add(row.place()
				.problem(count.column(), written,
						SYMBOL.matcher(written).matches() ? MISSING.formatted(written) : Expectations.COUNT));
			return Optional.empty();
		}
		ScbAge age = ScbAge.of(values.get(ScbVariable.AGE)).orElseThrow();
		return Optional.of(new ScbCell(row.place(), values.get(ScbVariable.REGION),
				regionText(row.values().getOrDefault(ScbVariable.REGION, "")),
				Integer.parseInt(values.get(ScbVariable.YEAR)), age, values.getOrDefault(ScbVariable.SEX, ""),
				values.getOrDefault(ScbVariable.CIVILSTAND, ""), Long.parseLong(written)));
	}

	/**
	 * Each written value as a code the tally compares: the region's code, the age class
	 * as written, 1, 2 or totalt for kön, …; a value that is none of its variable's is a
	 * problem and left out.
	 */
	private Map<ScbVariable, String> understand(ScbPlace place, Map<ScbVariable, String> written, String column) {
		Map<ScbVariable, String> understood = new EnumMap<>(ScbVariable.class);
		written.forEach((variable, value) -> {
			Optional<String> code = code(variable, value);
			if (code.isPresent()) {
				understood.put(variable, code.get());
			}
			else {
				this.problems.add(place.problem(column.isEmpty() ? this.data.name(variable) : column, value,
						expectation(variable)));
			}
		});
		return understood;
	}

	private Optional<String> code(ScbVariable variable, String written) {
		List<String> parts = List.of(written.strip().split(" - ", 2));
		return parts.stream().map(part -> codeOf(variable, part)).flatMap(Optional::stream).findFirst();
	}

	private Optional<String> codeOf(ScbVariable variable, String part) {
		String normalised = ScbVariable.normalise(part);
		return switch (variable) {
			case REGION -> Optional.of(part.strip())
				.filter(region -> REGION.matcher(region).matches())
				.map(region -> region.split("\\s+", 2)[0]);
			case AGE -> ScbAge.of(part).map(ScbAge::code);
			case SEX -> Optional.ofNullable(SEXES.get(normalised));
			case CIVILSTAND -> Optional.ofNullable(CIVILSTAND.get(normalised));
			case YEAR -> Optional.of(part.strip()).filter(year -> YEAR.matcher(year).matches());
			case CONTENT -> Optional.of(content(normalised, part));
		};
	}

	/** folkmängd, folkökning, or another content, remembered for its problem. */
	private String content(String normalised, String written) {
		if (FOLKMANGD.contains(normalised)) {
			return "folkmängd";
		}
		if (FOLKOKNING.contains(normalised)) {
			return "folkökning";
		}
		this.otherContents.add(written.strip());
		return "annat";
	}

	private static String expectation(ScbVariable variable) {
		return switch (variable) {
			case REGION -> "förväntat en region med sin kod, t.ex. 1880 Örebro eller 1880";
			case AGE -> "förväntat en åldersklass, t.ex. 65 år, 65-69 år, 100+ år eller koden 65";
			case SEX -> "förväntat män eller kvinnor (välj båda, eller inget kön så att SCB summerar dem)";
			case CIVILSTAND -> "förväntat ogifta, gifta, skilda, änkor/änklingar eller totalt";
			case YEAR -> "förväntat ett år med fyra siffror, t.ex. 2023: folkmängden den 31 december; "
					+ "en månad eller ett kvartal är en annan tabell";
			case CONTENT -> "förväntat Folkmängd";
		};
	}

	/**
	 * The region as the file writes it: the text of "code - text", e.g. 1814 Lekeberg.
	 */
	private static String regionText(String written) {
		String[] parts = written.strip().split(" - ", 2);
		return parts[parts.length - 1];
	}

	/**
	 * Another content than Folkmängd or Folkökning means another table; Folkökning beside
	 * Folkmängd is left out with a warning, and alone is refused.
	 */
	private void checkContents() {
		String file = this.data.file();
		if (!this.otherContents.isEmpty()) {
			this.problems.add(InputProblem.ofFile(file,
					"filen har tabellinnehållet \"" + String.join("\", \"", this.otherContents)
							+ "\", inte Folkmängd: den är en annan tabell från SCB; " + ScbFile.INSTEAD));
		}
		else if (this.increaseLeftOut && !this.folkmangd) {
			this.problems.add(InputProblem.ofFile(file, "filen har Folkökning (förändringen under året), inte "
					+ "Folkmängd (invånarna den 31 december); välj tabellinnehållet Folkmängd"));
		}
		else if (this.increaseLeftOut) {
			this.problems.warn(InputProblem.ofFile(file,
					"filen har också Folkökning; den lämnades utanför och bara Folkmängd importerades"));
		}
	}

}
