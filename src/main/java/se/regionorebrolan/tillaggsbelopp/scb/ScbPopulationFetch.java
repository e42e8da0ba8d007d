package se.regionorebrolan.tillaggsbelopp.scb;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.input.ImportedPopulation;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset;
import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset.Category;
import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset.Codelist;
import se.regionorebrolan.tillaggsbelopp.input.ScbDownload;
import se.regionorebrolan.tillaggsbelopp.input.ScbPopulationImport;

/**
 * Fetches the population of the municipalities of municipalities.csv from SCB's API
 * (import-scb with {@code tillagg.scb-fetch}, docs/decisions/0020): SCB's limits from
 * {@code /config}; each year from the table that has it, TAB638 (to 2024) or TAB5557
 * (from 2025), by its metadata; the data as JSON-stat 2.0, in as many requests as the
 * limits ask for; then the answers are read as any SCB file is, and kept.
 */
@Component
public class ScbPopulationFetch {

	/**
	 * The population tables, oldest first: each year is asked of the first that has it.
	 */
	static final List<String> TABLES = List.of("TAB638", "TAB5557");

	private static final String DATA_QUERY = "lang=sv&outputFormat=json-stat2";

	private final Clock clock;

	private final Waiting waiting;

	@Autowired
	public ScbPopulationFetch(Clock clock) {
		this(clock, Waiting.system());
	}

	ScbPopulationFetch(Clock clock, Waiting waiting) {
		this.clock = clock;
		this.waiting = waiting;
	}

	/**
	 * The population of the years, read from SCB's answers.
	 * @param base the API's address, e.g. https://statistikdatabasen.scb.se/api/v2
	 * @param proxy an HTTP proxy, {@code host:port}
	 * @throws InvalidInputException when municipalities.csv has problems, a year or a
	 * municipality is not in SCB's tables, or SCB's answers cannot be summed
	 * @throws ScbUnavailableException when SCB cannot be reached or refuses
	 */
	public ImportedPopulation fetch(URI base, Optional<String> proxy, Path inputDir, List<Integer> years) {
		List<Municipality> municipalities = ScbPopulationImport.municipalities(inputDir);
		ScbApi api = new ScbApi(base, proxy, this.waiting, this.clock);
		long maxCells = api.configure();
		List<ScbDownload> downloads = new ArrayList<>();
		for (ScbQuery query : queries(api, municipalities, years)) {
			int part = 1;
			for (String body : query.bodies(maxCells)) {
				downloads.add(api
					.post("/tables/" + query.table() + "/data", DATA_QUERY, body, "folkmängden i " + query.table())
					.download(query.table() + "-" + part++ + ".json"));
			}
		}
		return ScbPopulationImport.read(downloads, inputDir);
	}

	/**
	 * A query per table that has some of the years, each year from the first table that
	 * has it; a year none has, or a municipality a table lacks, is refused.
	 */
	private static List<ScbQuery> queries(ScbApi api, List<Municipality> municipalities, List<Integer> years) {
		List<String> left = new ArrayList<>(years.stream().distinct().sorted().map(String::valueOf).toList());
		List<String> tableYears = new ArrayList<>();
		List<ScbQuery> queries = new ArrayList<>();
		List<InputProblem> problems = new ArrayList<>();
		for (String table : TABLES.subList(0, left.isEmpty() ? 0 : TABLES.size())) {
			JsonStatDataset metadata = metadata(api, table);
			List<String> has = codes(metadata, "Tid");
			tableYears.add(table + " har " + span(has));
			List<String> asked = left.stream().filter(has::contains).toList();
			left.removeAll(asked);
			if (!asked.isEmpty()) {
				problems.addAll(missingMunicipalities(table, codes(metadata, "Region"), municipalities));
				queries.add(ScbQuery.of(table, metadata, municipalities.stream().map(Municipality::code).toList(),
						asked, list -> codelist(api, list)));
			}
			if (left.isEmpty()) {
				break;
			}
		}
		left.forEach(year -> problems
			.add(InputProblem.ofField("tillagg.scb-years", 0, "", year, "SCB har ingen folkmängd för " + year + " ("
					+ String.join(", ", tableYears) + "); välj år som SCB har publicerat")));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems, List.of());
		}
		return queries;
	}

	/** The years of a table as a span, e.g. 1968–2024, or 2025. */
	private static String span(List<String> years) {
		if (years.isEmpty()) {
			return "inga år";
		}
		String first = years.get(0);
		String last = years.get(years.size() - 1);
		return first.equals(last) ? first : first + "–" + last;
	}

	private static List<InputProblem> missingMunicipalities(String table, List<String> regions,
			List<Municipality> municipalities) {
		return municipalities.stream()
			.filter(municipality -> !regions.contains(municipality.code()))
			.map(municipality -> InputProblem.ofField("municipalities.csv", 0, "municipality_code", municipality.code(),
					"kommunkoden finns inte bland regionerna i SCB:s tabell " + table
							+ "; kontrollera koden (SCB:s kommunkoder)"))
			.toList();
	}

	private static JsonStatDataset metadata(ScbApi api, String table) {
		byte[] metadata = api.get("/tables/" + table + "/metadata", "lang=sv", "beskrivningen av " + table).content();
		try {
			return JsonStatDataset.read(new String(metadata, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw new ScbUnavailableException("SCB:s beskrivning av tabellen " + table + " kunde inte läsas ("
					+ ex.getMessage() + "); inget skrevs.", ex);
		}
	}

	private static List<String> codes(JsonStatDataset metadata, String dimension) {
		return metadata.dimension(dimension)
			.map(found -> found.categories().stream().map(Category::code).toList())
			.orElse(List.of());
	}

	/** The values of a code list ({@code GET /codelists/{id}}). */
	private static List<Category> codelist(ScbApi api, Codelist codelist) {
		JsonNode values = api
			.getJson("/codelists/" + URLEncoder.encode(codelist.id(), StandardCharsets.UTF_8).replace("+", "%20"),
					"lang=sv", "kodlistan " + codelist.id())
			.path("values");
		List<Category> categories = new ArrayList<>();
		values.forEach(
				value -> categories.add(new Category(value.path("code").asString(), value.path("label").asString())));
		return categories;
	}

}
