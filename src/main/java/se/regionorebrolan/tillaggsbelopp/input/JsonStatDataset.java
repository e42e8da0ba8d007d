package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-stat 2.0 dataset as SCB's PxWebApi 2.0 writes it: a table's data
 * ({@code /tables/{id}/data}), or its metadata ({@code /tables/{id}/metadata}, the same
 * shape with no values). Positions come from each category's {@code index}, never from
 * the order of keys in the file; {@code value} is row-major over {@code id}, the last
 * dimension changing fastest (json-stat.org/format).
 */
public final class JsonStatDataset {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode root;

	private final List<Dimension> dimensions;

	private JsonStatDataset(JsonNode root, List<Dimension> dimensions) {
		this.root = root;
		this.dimensions = List.copyOf(dimensions);
	}

	/** A category of a dimension: its code and text, e.g. 1814 and Lekeberg. */
	public record Category(String code, String label) {
	}

	/** A code list SCB offers for a dimension, e.g. vs_CKMÅlder1årTOT. */
	public record Codelist(String id, String label) {
	}

	/**
	 * A dimension (variable) of the table.
	 *
	 * @param id its code, e.g. Alder
	 * @param label its Swedish name, e.g. ålder
	 * @param categories its values in the dataset's order
	 * @param eliminable whether a query may leave it out (SCB then sums it)
	 * @param codelists the code lists of its values (metadata only)
	 */
	public record Dimension(String id, String label, List<Category> categories, boolean eliminable,
			List<Codelist> codelists) {
	}

	/**
	 * The dataset in the JSON text.
	 * @throws IllegalArgumentException with the reason in Swedish when the text is not
	 * JSON-stat 2.0, or ends early
	 */
	public static JsonStatDataset read(String json) {
		return of(tree(json));
	}

	/** The JSON tree of a text, or why it is none, in Swedish. */
	static JsonNode tree(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (UnexpectedEndOfInputException ex) {
			throw new IllegalArgumentException("JSON-texten slutar mitt i (rad " + ex.getLocation().getLineNr()
					+ "), så nedladdningen avbröts troligen; ladda ner den igen", ex);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("filen är inte giltig JSON (rad " + ex.getLocation().getLineNr() + ": "
					+ ex.getOriginalMessage() + ")", ex);
		}
	}

	/**
	 * The dataset of a JSON tree.
	 * @throws IllegalArgumentException with the reason in Swedish
	 */
	static JsonStatDataset of(JsonNode root) {
		if (!root.isObject() || !"dataset".equals(root.path("class").asString("")) || !root.has("id")) {
			throw new IllegalArgumentException(what(root));
		}
		if (!"2.0".equals(root.path("version").asString(""))) {
			throw new IllegalArgumentException("filen är JSON-stat version \"" + root.path("version").asString("")
					+ "\", inte 2.0; ladda ner den igen i formatet JSON-stat 2 (json-stat2)");
		}
		List<Dimension> dimensions = new ArrayList<>();
		JsonNode ids = root.path("id");
		JsonNode sizes = root.path("size");
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i).asString();
			Dimension dimension = dimension(id, root.path("dimension").path(id));
			if (dimension.categories().size() != sizes.path(i).asInt(-1)) {
				throw new IllegalArgumentException(
						"dimensionen " + id + " har " + dimension.categories().size() + " värden men size säger "
								+ sizes.path(i).asString() + "; filen är skadad, ladda ner den igen");
			}
			dimensions.add(dimension);
		}
		return new JsonStatDataset(root, dimensions);
	}

	/** What a JSON text that is no dataset is, in words. */
	private static String what(JsonNode root) {
		if (root.has("title") && root.has("status")) {
			return "filen är ett felmeddelande från SCB:s API (" + root.path("status").asString() + ": "
					+ root.path("title").asString() + "), inte data";
		}
		if (root.has("columns") && root.has("data")) {
			return "filen är i formatet json-px";
		}
		return "filen är JSON men inte en JSON-stat 2.0-tabell från SCB";
	}

	private static Dimension dimension(String id, JsonNode node) {
		JsonNode category = node.path("category");
		JsonNode labels = category.path("label");
		List<String> codes = codes(category.path("index"), labels);
		List<Category> categories = codes.stream()
			.map(code -> new Category(code, labels.path(code).asString(code)))
			.toList();
		JsonNode extension = node.path("extension");
		List<Codelist> codelists = new ArrayList<>();
		extension.path("codelists")
			.forEach(codelist -> codelists
				.add(new Codelist(codelist.path("id").asString(), codelist.path("label").asString(""))));
		return new Dimension(id, node.path("label").asString(id), categories,
				extension.path("elimination").asBoolean(false), codelists);
	}

	/**
	 * The codes in the order of their positions: {@code index} as an object (code to
	 * position) or an array, or, for a single category, the label's one key.
	 */
	private static List<String> codes(JsonNode index, JsonNode labels) {
		if (index.isArray()) {
			List<String> codes = new ArrayList<>();
			index.forEach(code -> codes.add(code.asString()));
			return codes;
		}
		JsonNode positions = index.isObject() ? index : labels;
		return positions.properties()
			.stream()
			.sorted(Comparator.comparingInt(entry -> index.isObject() ? entry.getValue().asInt() : 0))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The dataset's title, e.g. "Folkmängd efter region, ålder, kön och år". */
	public String label() {
		return this.root.path("label").asString("");
	}

	/** The table it comes from, e.g. TAB638 ({@code extension.px.tableid}). */
	public Optional<String> tableId() {
		return Optional.of(this.root.path("extension").path("px").path("tableid").asString(""))
			.filter(id -> !id.isEmpty());
	}

	/** The dimensions in the order of {@code id}. */
	public List<Dimension> dimensions() {
		return this.dimensions;
	}

	/** The dimension with this id, e.g. Alder. */
	public Optional<Dimension> dimension(String id) {
		return this.dimensions.stream().filter(dimension -> dimension.id().equals(id)).findFirst();
	}

	/** The number of cells: the product of the dimensions' sizes. */
	long cells() {
		return this.dimensions.stream()
			.mapToLong(dimension -> dimension.categories().size())
			.reduce(1, Math::multiplyExact);
	}

	/** Whether it has values; metadata has none. */
	boolean hasValues() {
		JsonNode values = this.root.path("value");
		return values.isArray() ? !values.isEmpty() : values.isObject();
	}

	/**
	 * The values as written, in the order of the cells: a number as its text, or the
	 * status symbol (e.g. "..") where the value is null or absent.
	 */
	List<String> values() {
		JsonNode values = this.root.path("value");
		List<String> written = new ArrayList<>();
		for (int cell = 0; cell < (values.isArray() ? values.size() : cells()); cell++) {
			JsonNode value = values.isArray() ? values.get(cell) : values.path(String.valueOf(cell));
			written.add((value == null || value.isNull() || value.isMissingNode()) ? status(cell) : value.asString());
		}
		return written;
	}

	private String status(int cell) {
		JsonNode status = this.root.path("status");
		JsonNode symbol = status.isArray() ? status.path(cell)
				: status.isObject() ? status.path(String.valueOf(cell)) : status;
		return symbol.isMissingNode() || symbol.isNull() ? ".." : symbol.asString();
	}

}
