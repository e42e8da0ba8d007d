package se.regionorebrolan.tillaggsbelopp.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * Sums SCB files per municipality and year into folkmängd on 31 December: all
 * inhabitants, and those aged 65 or over, over the classes of each file's
 * {@link ScbGrid}. municipalities.csv decides which regions are kept; each of its
 * municipalities needs every class in every year of the files, once, and some
 * inhabitants. A municipality and year come from one file, so that files of different
 * tables are never added together.
 */
final class ScbTally {

	/** The kept cells by municipality code, then year. */
	private final Map<String, Map<Integer, List<ScbCell>>> kept = new LinkedHashMap<>();

	/** Each file's grid, by file name; a file without one cannot be summed. */
	private final Map<String, ScbGrid> grids = new LinkedHashMap<>();

	/** The municipality codes the files have, summable or not. */
	private final Set<String> present = new HashSet<>();

	private final Set<String> skipped = new LinkedHashSet<>();

	private final SortedSet<Integer> years = new TreeSet<>();

	private final String files;

	/** The places already refused as a second value, so that a row is named once. */
	private final Set<ScbPlace> twice = new HashSet<>();

	/**
	 * @param files the files' names
	 * @param grids the grids of the files that can be summed
	 * @param cells the cells of every file
	 * @param municipalityCodes the codes of municipalities.csv
	 */
	ScbTally(List<String> files, List<ScbGrid> grids, List<ScbCell> cells, Set<String> municipalityCodes) {
		grids.forEach(grid -> this.grids.put(grid.file(), grid));
		this.files = String.join(", ", files);
		for (ScbCell cell : cells) {
			ScbGrid grid = this.grids.get(cell.place().file());
			if (!municipalityCodes.contains(cell.region())) {
				this.skipped.add(cell.regionText());
				continue;
			}
			this.present.add(cell.region());
			if (grid != null && grid.holds(cell)) {
				this.years.add(cell.year());
				this.kept.computeIfAbsent(cell.region(), code -> new LinkedHashMap<>())
					.computeIfAbsent(cell.year(), year -> new ArrayList<>())
					.add(cell);
			}
		}
	}

	/**
	 * The regions of the files that are not in municipalities.csv, e.g. 18 Örebro län.
	 */
	List<String> skipped() {
		return List.copyOf(this.skipped);
	}

	/**
	 * The counts by year, then in the order of {@code municipalities}, each with the file
	 * it was summed from; none when a municipality, a year or a class is missing or twice
	 * (each problem recorded).
	 */
	Map<PopulationCount, String> counts(List<Municipality> municipalities, InputProblems problems) {
		if (this.present.isEmpty()) {
			problems.add(InputProblem.ofFile(this.files,
					"ingen av kommunerna i municipalities.csv finns i filen, som har regionen "
							+ ScbGrid.shortList(List.copyOf(this.skipped)) + "; välj kommunerna under region"));
			return Map.of();
		}
		municipalities.stream()
			.filter(municipality -> !this.present.contains(municipality.code()))
			.forEach(municipality -> problems
				.add(InputProblem.ofFile(this.files, "kommunen " + municipality.code() + " " + municipality.name()
						+ " i municipalities.csv saknas i exporten; välj den under region i Statistikdatabasen")));
		Map<PopulationCount, String> counts = new LinkedHashMap<>();
		if (!problems.isEmpty()) {
			return Map.of();
		}
		for (int year : this.years) {
			for (Municipality municipality : municipalities) {
				Map<Integer, List<ScbCell>> byYear = this.kept.get(municipality.code());
				if (byYear != null) {
					sum(municipality, year, byYear, problems).ifPresent(sum -> counts.put(sum, file(byYear, year)));
				}
			}
		}
		return problems.isEmpty() ? counts : Map.of();
	}

	private Optional<PopulationCount> sum(Municipality municipality, int year, Map<Integer, List<ScbCell>> byYear,
			InputProblems problems) {
		String region = byYear.values().iterator().next().get(0).regionText();
		List<ScbCell> cells = byYear.get(year);
		if (cells == null) {
			problems.add(InputProblem.ofFile(this.files,
					region + " saknas för år " + year + "; välj samma år för alla regioner"));
			return Optional.empty();
		}
		Optional<ScbGrid> grid = grid(region, year, cells, problems);
		if (grid.isEmpty() || !once(grid.get(), cells, problems)
				|| !complete(grid.get(), region, year, cells, problems)) {
			return Optional.empty();
		}
		long total = cells.stream().mapToLong(ScbCell::count).sum();
		long aged = cells.stream().filter(cell -> cell.age().aged()).mapToLong(ScbCell::count).sum();
		if (total == 0) {
			problems.add(InputProblem.ofFile(grid.get().file(), region + " har 0 invånare år " + year + " i filen, "
					+ "så kommunen fanns troligen inte då (SCB skriver 0 för åren före en ny kommun); välj år då "
					+ "kommunen fanns, eller ta bort den ur municipalities.csv"));
			return Optional.empty();
		}
		return Optional.of(new PopulationCount(municipality.code(), LocalDate.of(year, 12, 31), total, aged));
	}

	/**
	 * The grid of the one file a municipality's year comes from; two files would add up
	 * two tables.
	 */
	private Optional<ScbGrid> grid(String region, int year, List<ScbCell> cells, InputProblems problems) {
		Set<String> files = new LinkedHashSet<>(cells.stream().map(cell -> cell.place().file()).toList());
		if (files.size() > 1) {
			problems.add(InputProblem.ofFile(String.join(", ", files),
					region + " år " + year + " finns i flera filer; importera varje år från en fil"));
			return Optional.empty();
		}
		return Optional.of(this.grids.get(files.iterator().next()));
	}

	/**
	 * Refuses a second value of the same region, year and class, naming a row once
	 * however many years it has.
	 */
	private boolean once(ScbGrid grid, List<ScbCell> cells, InputProblems problems) {
		Map<String, ScbCell> first = new HashMap<>();
		boolean once = true;
		for (ScbCell cell : cells) {
			ScbCell earlier = first.putIfAbsent(grid.label(cell), cell);
			if (earlier != null && this.twice.add(cell.place())) {
				problems.add(cell.place()
					.problem("samma region, ålder, kön och år som " + earlier.place().within()
							+ "; varje rad får finnas en gång"));
			}
			once &= earlier == null;
		}
		return once;
	}

	private static boolean complete(ScbGrid grid, String region, int year, List<ScbCell> cells,
			InputProblems problems) {
		Set<String> missing = new LinkedHashSet<>(grid.labels());
		cells.forEach(cell -> missing.remove(grid.label(cell)));
		if (!missing.isEmpty()) {
			problems.add(InputProblem.ofFile(grid.file(),
					region + " år " + year + ": " + missing.size() + " av " + grid.size() + " " + grid.dimensions()
							+ " saknas (" + ScbGrid.shortList(List.copyOf(missing)) + "); välj " + grid.advice()));
		}
		return missing.isEmpty();
	}

	private static String file(Map<Integer, List<ScbCell>> byYear, int year) {
		return byYear.get(year).get(0).place().file();
	}

}
