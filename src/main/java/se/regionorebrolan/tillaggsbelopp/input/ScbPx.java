package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An SCB table as a PX (PC-Axis) file (docs/decisions/0020; PX file format specification
 * 2013): keywords {@code NAME("variable")=value;}, long values wrapped over lines, then
 * {@code DATA=} with one line per combination of the STUB variables, one number per
 * combination of the HEADING variables, the last variable changing fastest, and a closing
 * {@code ;}. The text is read in the file's CODEPAGE (ISO-8859-1 unless it says
 * otherwise).
 */
final class ScbPx {

	private static final Pattern KEYWORD_START = Pattern.compile("^[A-Z][A-Z0-9-]*(\\[[^\\]]*\\])?(\\(.*?\\))?=");

	private static final Pattern KEYWORD = Pattern.compile("([A-Z][A-Z0-9-]*)(\\[[^\\]]*\\])?(?:\\((.*)\\))?");

	private static final Pattern CODEPAGE = Pattern.compile("CODEPAGE=\"([^\"]+)\"");

	/** A number, or a data symbol written quoted (".." for a missing figure). */
	private static final Pattern DATA_TOKEN = Pattern.compile("\"[^\"]*\"|[^\\s,;]+");

	private final String file;

	private final String text;

	private final InputProblems problems;

	/**
	 * The keywords of the default language, by name and arguments, e.g. VALUES(ålder).
	 */
	private final Map<String, List<String>> keywords = new HashMap<>();

	private int position;

	private ScbPx(String file, String text, InputProblems problems) {
		this.file = file;
		this.text = text;
		this.problems = problems;
	}

	/** Whether the bytes start as a PX file does, with a keyword such as CHARSET=. */
	static boolean recognises(byte[] bytes) {
		String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1).stripLeading();
		return KEYWORD_START.matcher(start).find();
	}

	/** The file, or empty when it cannot be read (each problem recorded). */
	static Optional<ScbData> read(String file, byte[] bytes, InputProblems problems) {
		Charset charset = charset(bytes);
		ScbPx px = new ScbPx(file, new String(bytes, charset), problems);
		if (!px.readKeywords()) {
			return Optional.empty();
		}
		return px.data(charset);
	}

	private static Charset charset(byte[] bytes) {
		Matcher codepage = CODEPAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
		String name = codepage.find() ? codepage.group(1) : "iso-8859-1";
		if (name.equalsIgnoreCase("utf-8")) {
			return StandardCharsets.UTF_8;
		}
		return name.equalsIgnoreCase("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;
	}

	/** Reads every keyword up to DATA=; false when the file ends before it. */
	private boolean readKeywords() {
		while (true) {
			Optional<String> keyword = until('=');
			if (keyword.isEmpty()) {
				this.problems.add(InputProblem.ofFile(this.file, "PX-filen slutar före sina data (DATA=), så "
						+ "nedladdningen avbröts troligen; ladda ner den igen"));
				return false;
			}
			if (keyword.get().equals("DATA")) {
				return true;
			}
			Optional<String> value = until(';');
			Matcher name = KEYWORD.matcher(keyword.get());
			if (value.isPresent() && name.matches() && name.group(2) == null) {
				String arguments = (name.group(3) != null) ? String.join(",", items(name.group(3))) : "";
				this.keywords.put(name.group(1) + "(" + arguments + ")", items(value.get()));
			}
		}
	}

	/**
	 * The text up to the next {@code stop} outside quotes, stripped, and the position
	 * after it; empty at the end of the file.
	 */
	private Optional<String> until(char stop) {
		boolean quoted = false;
		for (int i = this.position; i < this.text.length(); i++) {
			char c = this.text.charAt(i);
			quoted ^= (c == '"');
			if (!quoted && c == stop) {
				String found = this.text.substring(this.position, i).strip();
				this.position = i + 1;
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	/**
	 * A value's items: split at commas outside quotes, each the concatenation of its
	 * quoted parts (a long text is continued as "…" on the next line), or as written.
	 */
	static List<String> items(String value) {
		List<String> items = new ArrayList<>();
		StringBuilder item = new StringBuilder();
		StringBuilder unquoted = new StringBuilder();
		boolean quoted = false;
		boolean hadQuotes = false;
		for (char c : value.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				hadQuotes = true;
			}
			else if (quoted) {
				item.append(c);
			}
			else if (c == ',') {
				items.add(hadQuotes ? item.toString() : unquoted.toString().strip());
				item.setLength(0);
				unquoted.setLength(0);
				hadQuotes = false;
			}
			else {
				unquoted.append(c);
			}
		}
		items.add(hadQuotes ? item.toString() : unquoted.toString().strip());
		return items;
	}

	private Optional<ScbData> data(Charset charset) {
		List<Variable> stub = variables("STUB");
		List<Variable> heading = variables("HEADING");
		Optional<String> table = first("TABLEID()").or(() -> first("MATRIX()"));
		if (!readable(Stream.concat(stub.stream(), heading.stream()).toList(), table)) {
			return Optional.empty();
		}
		Map<ScbVariable, String> names = new EnumMap<>(ScbVariable.class);
		Stream.concat(stub.stream(), heading.stream())
			.forEach(variable -> names.put(variable.known().get(), variable.name()));
		String readAs = "PX, " + charset.displayName() + table.map(id -> ", tabell " + id).orElse("");
		return tokens(stub, heading)
			.map(tokens -> new ScbData(this.file, readAs, table, names, rows(stub, heading, tokens)));
	}

	/**
	 * Whether the data can be read as the population: not sparse (KEYS), only the table's
	 * variables, and no other table.
	 */
	private boolean readable(List<Variable> variables, Optional<String> table) {
		if (this.keywords.keySet().stream().anyMatch(keyword -> keyword.startsWith("KEYS("))) {
			this.problems.add(InputProblem.ofFile(this.file, "PX-filen har sina data i KEYS-form (bara rader med "
					+ "värden); ladda ner tabellen igen som PX från SCB:s API eller som CSV"));
			return false;
		}
		Optional<Variable> other = variables.stream().filter(variable -> variable.known().isEmpty()).findFirst();
		if (other.isPresent()) {
			this.problems.add(InputProblem.ofFile(this.file, ScbFile.anotherTable(other.get().name())));
			return false;
		}
		return table.isEmpty()
				|| ScbFile.knownTable(this.file, table.get(), first("TITLE()").orElse(""), this.problems);
	}

	private Optional<String> first(String keyword) {
		return Optional.ofNullable(this.keywords.get(keyword))
			.filter(items -> !items.isEmpty())
			.map(items -> items.get(0));
	}

	private List<Variable> variables(String keyword) {
		List<Variable> variables = new ArrayList<>();
		for (String name : this.keywords.getOrDefault(keyword + "()", List.of())) {
			List<String> texts = this.keywords.getOrDefault("VALUES(" + name + ")", List.of());
			List<String> codes = this.keywords.getOrDefault("CODES(" + name + ")", texts);
			String code = first("VARIABLECODE(" + name + ")").orElse(name);
			variables.add(new Variable(name, ScbVariable.of(code).or(() -> ScbVariable.of(name)), codes, texts));
		}
		return variables;
	}

	/**
	 * The data's numbers and symbols with their lines; empty when the file ends before
	 * the closing ; or holds another number of values than its variables give.
	 */
	private Optional<List<Token>> tokens(List<Variable> stub, List<Variable> heading) {
		LineIndex lines = new LineIndex(this.text);
		int start = this.position;
		boolean closed = until(';').isPresent();
		String data = this.text.substring(start, closed ? this.position - 1 : this.text.length());
		long expected = size(stub) * size(heading);
		List<Token> tokens = new ArrayList<>();
		Matcher token = DATA_TOKEN.matcher(data);
		while (token.find()) {
			tokens.add(new Token(token.group().replace("\"", ""), lines.lineAt(start + token.start())));
		}
		if (!closed || tokens.size() != expected) {
			this.problems.add(InputProblem.ofFile(this.file,
					"PX-filen har " + tokens.size() + " av " + expected + " värden"
							+ (closed ? "; filen är skadad, ladda ner den igen" : " och inget avslutande ; efter "
									+ "dem, så nedladdningen avbröts troligen; ladda ner den igen")));
			return Optional.empty();
		}
		return Optional.of(tokens);
	}

	private static long size(List<Variable> variables) {
		return variables.stream().mapToLong(variable -> variable.codes().size()).reduce(1, Math::multiplyExact);
	}

	private List<ScbRow> rows(List<Variable> stub, List<Variable> heading, List<Token> tokens) {
		List<ScbRow> rows = new ArrayList<>();
		int columns = (int) size(heading);
		for (int row = 0; row < tokens.size() / columns; row++) {
			List<ScbRow.Count> counts = new ArrayList<>();
			for (int column = 0; column < columns; column++) {
				Combination of = combination(heading, column);
				counts.add(new ScbRow.Count(of.texts(), of.values(), tokens.get(row * columns + column).text()));
			}
			rows.add(new ScbRow(ScbPlace.line(this.file, tokens.get(row * columns).line()),
					combination(stub, row).values(), counts));
		}
		return rows;
	}

	/**
	 * The values of the variables at an index of their combinations, the last variable
	 * changing fastest: the region as code and text ({@code 1814 Lekeberg}), the others
	 * by code.
	 */
	private static Combination combination(List<Variable> variables, int index) {
		Map<ScbVariable, String> values = new EnumMap<>(ScbVariable.class);
		List<String> texts = new ArrayList<>();
		int rest = index;
		for (int i = variables.size() - 1; i >= 0; i--) {
			Variable variable = variables.get(i);
			int at = rest % variable.codes().size();
			rest /= variable.codes().size();
			String code = variable.codes().get(at);
			String text = (at < variable.texts().size()) ? variable.texts().get(at) : code;
			values.put(variable.known().get(),
					(variable.known().get() == ScbVariable.REGION && !code.equals(text)) ? code + " " + text : code);
			texts.add(0, text);
		}
		return new Combination(values, String.join(" ", texts));
	}

	/** A STUB or HEADING variable: its name, which of the table's it is, codes, texts. */
	private record Variable(String name, Optional<ScbVariable> known, List<String> codes, List<String> texts) {
	}

	private record Combination(Map<ScbVariable, String> values, String texts) {
	}

	private record Token(String text, int line) {
	}

}
