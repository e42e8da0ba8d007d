package se.regionorebrolan.tillaggsbelopp.input;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * The rows of population.csv as summed from SCB's files, where each comes from, and the
 * regions left out.
 *
 * @param downloads the files read, as SCB delivered them
 * @param readAs how they were read, e.g. "JSON-stat 2.0, tabell TAB638"
 * @param sources each row and the name of the download it was summed from, by reference
 * date, then in the order of municipalities.csv
 * @param skippedRegions the regions of the files that are not in municipalities.csv, as
 * the files write them (e.g. {@code 18 Örebro län})
 * @param warnings what was left out of the files, e.g. Folkökning
 */
public record ImportedPopulation(List<ScbDownload> downloads, String readAs, Map<PopulationCount, String> sources,
		List<String> skippedRegions, List<InputProblem> warnings) {

	public ImportedPopulation {
		downloads = List.copyOf(downloads);
		Objects.requireNonNull(readAs, "readAs is required");
		sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
		skippedRegions = List.copyOf(skippedRegions);
		warnings = List.copyOf(warnings);
	}

	/** The rows, by reference date, then in the order of municipalities.csv. */
	public List<PopulationCount> counts() {
		return List.copyOf(this.sources.keySet());
	}

	/** The files' names, e.g. {@code TAB638_20261122-101500.csv}. */
	public String export() {
		return this.downloads.stream().map(ScbDownload::name).collect(Collectors.joining(", "));
	}

	/** Whether the files are responses of SCB's API. */
	public boolean fetched() {
		return this.downloads.stream().anyMatch(ScbDownload::fromApi);
	}

	/** The reference dates, 31 December of each year of the files, in order. */
	public List<LocalDate> referenceDates() {
		return counts().stream().map(PopulationCount::referenceDate).distinct().sorted().toList();
	}

	/** The county's inhabitants on a date: the sum over the municipalities. */
	public long total(LocalDate referenceDate) {
		return sum(referenceDate, PopulationCount::total);
	}

	/** The county's inhabitants aged 65 or over on a date. */
	public long aged65Plus(LocalDate referenceDate) {
		return sum(referenceDate, PopulationCount::aged65Plus);
	}

	private long sum(LocalDate referenceDate, ToLongFunction<PopulationCount> value) {
		return counts().stream().filter(count -> count.referenceDate().equals(referenceDate)).mapToLong(value).sum();
	}

}
