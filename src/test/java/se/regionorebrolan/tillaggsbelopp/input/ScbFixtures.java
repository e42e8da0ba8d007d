package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * The recorded and constructed SCB files of src/test/resources/scb-fixtures (its README
 * says which is which) and the real ones of src/test/resources/scb-real, with the figures
 * an independent script counted from them (scb-fixtures/expected).
 */
public final class ScbFixtures {

	/**
	 * What to get instead of a file that is no population by region, age and sex: the
	 * advice every such refusal ends with.
	 */
	public static final String INSTEAD = "hämta i stället folkmängden med import-scb --tillagg.scb-fetch=true, eller "
			+ "ladda ner tabell TAB638 (till och med 2024) eller TAB5557 (från 2025) i Statistikdatabasen med region: "
			+ "kommunerna, ålder: 0 år … 100+ år, kön: män och kvinnor och tabellinnehåll: Folkmängd "
			+ "(docs/inputs.md, Population from SCB)";

	/** The formats the import reads, as a refusal of another format says. */
	public static final String FORMATS = "importen läser SCB:s CSV (med koder, texter eller båda; komma, semikolon "
			+ "eller tabb), PX och JSON-stat 2.0 – ladda ner i något av dem eller hämta med import-scb "
			+ "--tillagg.scb-fetch=true";

	private ScbFixtures() {
	}

	/** A file of scb-fixtures, e.g. {@code api/TAB638_orebro_2018-2023.px}. */
	public static Path fixture(String name) {
		return resource("/scb-fixtures/" + name);
	}

	/** A real file of scb-real, e.g. {@code px-TAB638-two-regions.px}. */
	public static Path real(String name) {
		return resource("/scb-real/" + name);
	}

	private static Path resource(String name) {
		try {
			return Path.of(ScbFixtures.class.getResource(name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The rows each accepted fixture must give with the shipped municipalities.csv, by
	 * fixture, as the independent script counted them (expected-population.csv).
	 */
	public static Map<String, List<PopulationCount>> expectedPopulation() {
		try {
			List<String> lines = Files.readAllLines(fixture("expected/expected-population.csv"),
					StandardCharsets.UTF_8);
			return lines.subList(1, lines.size())
				.stream()
				.map(line -> line.split(","))
				.collect(
						Collectors.groupingBy(fields -> fields[0], LinkedHashMap::new,
								Collectors.mapping(
										fields -> new PopulationCount(fields[1], LocalDate.parse(fields[2]),
												Long.parseLong(fields[3]), Long.parseLong(fields[4])),
										Collectors.toList())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
