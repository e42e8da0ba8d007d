package se.regionorebrolan.tillaggsbelopp.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * The rows of population.csv as summed from an SCB export, and the regions left out.
 *
 * @param export the export's file name
 * @param readAs the encoding and separator the export was read with
 * @param counts by reference date, then in the order of municipalities.csv
 * @param skippedRegions the export's regions that are not in municipalities.csv, as the
 * export writes them (e.g. {@code 18 Örebro län})
 */
public record ImportedPopulation(String export, String readAs, List<PopulationCount> counts,
		List<String> skippedRegions) {

	public ImportedPopulation {
		Objects.requireNonNull(export, "export is required");
		Objects.requireNonNull(readAs, "readAs is required");
		counts = List.copyOf(counts);
		skippedRegions = List.copyOf(skippedRegions);
	}

	/** The reference dates, 31 December of each year of the export, in order. */
	public List<LocalDate> referenceDates() {
		return this.counts.stream().map(PopulationCount::referenceDate).distinct().sorted().toList();
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
		return this.counts.stream().filter(count -> count.referenceDate().equals(referenceDate)).mapToLong(value).sum();
	}

}
