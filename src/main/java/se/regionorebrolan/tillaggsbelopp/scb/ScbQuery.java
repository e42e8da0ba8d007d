package se.regionorebrolan.tillaggsbelopp.scb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset;
import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset.Category;
import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset.Codelist;
import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset.Dimension;

/**
 * What to ask a population table for (docs/decisions/0020), read from its metadata, not
 * guessed: the municipalities and years; the one-year age classes (labels "0 år" … "99
 * år") and the open oldest class that belongs to them (TAB638's single "100+ år"; for
 * TAB5557, with three "100+ år" codes, the one of its 1-year code list); men and women
 * (not the total of both, so that every cell is as SCB publishes it); the content
 * Folkmängd; civilstånd left out when the table lets SCB sum it, else its total. Split
 * into requests of at most SCB's cells per request, by years, and by municipalities when
 * one year is too many.
 */
final class ScbQuery {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ONE_YEAR = Pattern.compile("\\d{1,3} år");

	private static final Pattern OLDEST = Pattern.compile("\\d{1,3}\\+ år");

	private final String table;

	private final List<Selection> selection;

	private final List<String> regions;

	private final List<String> years;

	private final long cellsPerRegionAndYear;

	private ScbQuery(String table, List<Selection> selection, List<String> regions, List<String> years) {
		this.table = table;
		this.selection = selection;
		this.regions = regions;
		this.years = years;
		this.cellsPerRegionAndYear = selection.stream()
			.mapToLong(chosen -> chosen.valueCodes().size())
			.reduce(1, Math::multiplyExact);
	}

	/** One variable's values in a request: the API's VariablesSelection. */
	record Selection(String variableCode, List<String> valueCodes) {
	}

	/** A request's body. */
	record Body(List<Selection> selection) {
	}

	/**
	 * The query of a table for municipalities and years that it has.
	 * @param codelist the values of a code list of the table, fetched when needed
	 * @throws ScbUnavailableException when the metadata lacks what the query needs
	 */
	static ScbQuery of(String table, JsonStatDataset metadata, List<String> regions, List<String> years,
			Function<Codelist, List<Category>> codelist) {
		List<Selection> selection = new ArrayList<>();
		for (Dimension dimension : metadata.dimensions()) {
			switch (dimension.id()) {
				case "Region", "Tid" -> {
					// chosen per request
				}
				case "Alder" -> selection.add(new Selection("Alder", ages(table, dimension, codelist)));
				case "Kon" -> selection.add(new Selection("Kon", notTotals(dimension)));
				case "ContentsCode" ->
					selection.add(new Selection("ContentsCode", List.of(folkmangd(table, dimension))));
				case "Civilstand" -> {
					if (!dimension.eliminable()) {
						selection.add(new Selection("Civilstand", totalOrAll(dimension)));
					}
				}
				default -> {
					if (!dimension.eliminable()) {
						throw new ScbUnavailableException("SCB:s tabell " + table + " har fått variabeln "
								+ dimension.label() + " som måste väljas och som importen inte känner; inget skrevs.");
					}
				}
			}
		}
		return new ScbQuery(table, selection, regions, years);
	}

	/**
	 * The one-year classes and their open oldest class: the only "100+ år" of the table,
	 * or the one of the table's 1-year code list.
	 */
	private static List<String> ages(String table, Dimension ages, Function<Codelist, List<Category>> codelist) {
		List<String> codes = new ArrayList<>(ages.categories()
			.stream()
			.filter(category -> ONE_YEAR.matcher(category.label()).matches())
			.map(Category::code)
			.toList());
		List<String> oldest = oldest(ages.categories());
		if (oldest.size() > 1) {
			List<String> inOneYearList = ages.codelists()
				.stream()
				.filter(list -> list.label().toLowerCase(Locale.ROOT).startsWith("1-års") || list.id().contains("1år"))
				.flatMap(list -> oldest(codelist.apply(list)).stream())
				.filter(oldest::contains)
				.toList();
			oldest = inOneYearList;
		}
		if (codes.isEmpty() || oldest.size() != 1) {
			throw new ScbUnavailableException("SCB:s tabell " + table + " säger inte vilken åldersklass \"100+ år\" "
					+ "som hör till ettårsklasserna (" + String.join(", ", oldest(ages.categories()))
					+ "); importen kan inte fråga efter den – inget skrevs.");
		}
		codes.add(oldest.get(0));
		return codes;
	}

	private static List<String> oldest(List<Category> categories) {
		return categories.stream()
			.filter(category -> OLDEST.matcher(category.label()).matches())
			.map(Category::code)
			.toList();
	}

	/** Every value but SCB's total, e.g. men and women without TotSa. */
	private static List<String> notTotals(Dimension dimension) {
		return dimension.categories()
			.stream()
			.filter(category -> !category.label().toLowerCase(Locale.ROOT).startsWith("totalt"))
			.map(Category::code)
			.toList();
	}

	/** SCB's total (TAB5557's SC, "totalt, samtliga civilstånd"), else every value. */
	private static List<String> totalOrAll(Dimension dimension) {
		List<String> totals = dimension.categories()
			.stream()
			.filter(category -> category.label().toLowerCase(Locale.ROOT).startsWith("totalt"))
			.map(Category::code)
			.toList();
		return (totals.size() == 1) ? totals : dimension.categories().stream().map(Category::code).toList();
	}

	private static String folkmangd(String table, Dimension contents) {
		return contents.categories()
			.stream()
			.filter(category -> category.label().equalsIgnoreCase("Folkmängd"))
			.map(Category::code)
			.findFirst()
			.orElseThrow(() -> new ScbUnavailableException(
					"SCB:s tabell " + table + " har inget tabellinnehåll Folkmängd; inget skrevs."));
	}

	String table() {
		return this.table;
	}

	/**
	 * The bodies of the requests, each of at most {@code maxCells} cells: as many years
	 * as fit, or, when one year of every municipality is too many, as many municipalities
	 * as fit.
	 */
	List<String> bodies(long maxCells) {
		long perYear = this.cellsPerRegionAndYear * this.regions.size();
		List<String> bodies = new ArrayList<>();
		if (perYear <= maxCells) {
			for (List<String> years : chunks(this.years, (int) Math.min(this.years.size(), maxCells / perYear))) {
				bodies.add(body(this.regions, years));
			}
			return bodies;
		}
		int regionsPerRequest = (int) (maxCells / this.cellsPerRegionAndYear);
		if (regionsPerRequest == 0) {
			throw new ScbUnavailableException(
					"SCB tillåter bara " + maxCells + " celler per fråga, färre än en kommuns "
							+ this.cellsPerRegionAndYear + " för ett år i " + this.table + "; inget skrevs.");
		}
		for (String year : this.years) {
			for (List<String> regions : chunks(this.regions, regionsPerRequest)) {
				bodies.add(body(regions, List.of(year)));
			}
		}
		return bodies;
	}

	private String body(List<String> regions, List<String> years) {
		List<Selection> selection = new ArrayList<>();
		selection.add(new Selection("Region", regions));
		selection.addAll(this.selection);
		selection.add(new Selection("Tid", years));
		return JSON.writeValueAsString(new Body(selection));
	}

	private static List<List<String>> chunks(List<String> values, int size) {
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < values.size(); from += size) {
			chunks.add(values.subList(from, Math.min(values.size(), from + size)));
		}
		return chunks;
	}

}
