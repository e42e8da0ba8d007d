package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * A YAML settings file read the way Spring Boot reads it (SnakeYAML, plain values only),
 * but within limits no settings file comes near, so that a hostile file is refused in
 * milliseconds instead of running out of memory: at most {@value #MAX_DEPTH} levels
 * inside each other, at most {@value #MAX_VALUES} names and values once aliases are
 * expanded (a billion laughs is 10⁹), no alias inside its own anchor, no tags. A name
 * given twice, also in another spelling or with dots ({@code tillagg.output-dir} and
 * {@code output-dir} under {@code tillagg}), is refused too: Spring Boot would keep the
 * last one without a word.
 */
final class SettingsYaml {

	static final int MAX_DEPTH = 50;

	static final int MAX_VALUES = 10_000;

	/** Only a backstop: the count of expanded values is what limits aliases. */
	private static final int MAX_ALIASES = 1_000;

	private static final Pattern DASHES = Pattern.compile("-");

	private SettingsYaml() {
	}

	/**
	 * The names and scalar values of the file as Spring Boot will flatten them.
	 * @throws SettingsException with the first problem of the file
	 */
	static List<Value> read(String file, String text) {
		try {
			checkDepth(file, text);
			List<Value> values = new ArrayList<>();
			for (Node document : yaml().composeAll(new StringReader(text))) {
				values.addAll(values(file, document));
			}
			yaml().loadAll(text).forEach(document -> {
			});
			return values;
		}
		catch (MarkedYAMLException ex) {
			throw new SettingsException(YamlMessages.problem(file, ex));
		}
		catch (ReaderException ex) {
			throw new SettingsException(YamlMessages.problem(file, text, ex));
		}
		catch (YAMLException ex) {
			throw new SettingsException(InputProblem.ofFile(file,
					"filen kan inte läsas som inställningar: den har " + "fler än " + MAX_ALIASES
							+ " alias (*namn) eller ett värde med en tagg (!!…) som inte kan "
							+ "läsas; skriv ut värdena och ta bort taggarna"));
		}
	}

	/** A name and value as Spring Boot flattens them, and where the name is written. */
	record Value(String name, String value, Mark mark) {
	}

	/** Refused from the events, before anything deep is built. */
	private static void checkDepth(String file, String text) {
		int depth = 0;
		for (Event event : yaml().parse(new StringReader(text))) {
			if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
				throw refusal(file, event.getStartMark(), "mer än " + MAX_DEPTH + " nivåer inuti varandra; en "
						+ "inställningsfil behöver bara några få");
			}
			if (event instanceof CollectionEndEvent) {
				depth--;
			}
		}
	}

	private static List<Value> values(String file, Node document) {
		if (document instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
			return List.of();
		}
		if (!(document instanceof MappingNode)) {
			throw refusal(file, document.getStartMark(), "här ska det stå inställningar som namn: värde (t.ex. "
					+ "tillagg: med parametrarna indragna under); ta bort texten eller skriv den som ett värde under "
					+ "ett namn");
		}
		count(file, document, new IdentityHashMap<>(), Collections.newSetFromMap(new IdentityHashMap<>()));
		List<Value> values = new ArrayList<>();
		flatten(file, document, "", document.getStartMark(), new HashMap<>(), values);
		return values;
	}

	/** Names and values once aliases are expanded, each shared node counted once. */
	private static long count(String file, Node node, Map<Node, Long> counted, Set<Node> open) {
		Long known = counted.get(node);
		if (known != null) {
			return known;
		}
		if (!open.add(node)) {
			throw refusal(file, node.getStartMark(),
					"blocket innehåller sig självt genom ett alias (*namn inuti " + "&namn); skriv ut värdena");
		}
		long total = 1;
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				total += count(file, tuple.getKeyNode(), counted, open)
						+ count(file, tuple.getValueNode(), counted, open);
			}
		}
		else if (node instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				total += count(file, item, counted, open);
			}
		}
		if (total > MAX_VALUES) {
			throw refusal(file, node.getStartMark(),
					"blocket blir mer än " + String.format(Locale.ROOT, "%,d", MAX_VALUES).replace(',', ' ')
							+ " namn och värden när aliasen (*namn) i det packas upp; skriv ut värdena i stället "
							+ "för att hänvisa till dem");
		}
		open.remove(node);
		counted.put(node, total);
		return total;
	}

	private static void flatten(String file, Node node, String name, Mark mark, Map<String, Value> seen,
			List<Value> values) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				// A merge (<<: *defaults) is overridden by the block's own names, as
				// intended.
				if (tuple.getKeyNode() instanceof ScalarNode key && !Tag.MERGE.equals(key.getTag())) {
					String child = name.isEmpty() ? key.getValue() : name + "." + key.getValue();
					flatten(file, tuple.getValueNode(), child, key.getStartMark(), seen, values);
				}
			}
			return;
		}
		if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
			for (int index = 0; index < sequence.getValue().size(); index++) {
				Node item = sequence.getValue().get(index);
				flatten(file, item, name + "[" + index + "]", item.getStartMark(), seen, values);
			}
			return;
		}
		Value value = new Value(name, (node instanceof ScalarNode scalar) ? scalar.getValue() : "", mark);
		Value earlier = seen.putIfAbsent(uniform(name), value);
		if (earlier != null) {
			throw refusal(file, mark, name + " står redan på rad " + (earlier.mark().getLine() + 1)
					+ "; ta bort den ena (annars gäller den sista utan att det syns)");
		}
		values.add(value);
	}

	/** Spring Boot's relaxed names: case and dashes do not count. */
	private static String uniform(String name) {
		return DASHES.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static SettingsException refusal(String file, Mark mark, String message) {
		return new SettingsException(YamlMessages.at(file, mark, message));
	}

	/** Spring Boot's reading: safe types, no timestamps; here also with limits. */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setAllowRecursiveKeys(false);
		options.setMaxAliasesForCollections(MAX_ALIASES);
		options.setNestingDepthLimit(MAX_DEPTH + 1);
		options.setCodePointLimit((int) (2 * SettingsFile.MAX_BYTES));
		options.setWrappedToRootException(true);
		DumperOptions dumperOptions = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
				new NoTimestamps());
	}

	/** Spring Boot reads a date as text (Spring converts it when it binds). */
	private static final class NoTimestamps extends Resolver {

		@Override
		public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
			if (!Tag.TIMESTAMP.equals(tag)) {
				super.addImplicitResolver(tag, regexp, first, limit);
			}
		}

	}

}
