package se.regionorebrolan.tillaggsbelopp.calculation;

import java.util.List;

/**
 * Parameters of the psychiatric component: the invoiced years averaged ("i genomsnitt för
 * perioden 2021–2022", agreement 4.2) and the price level year of that mean.
 */
public record PsychiatricParameters(List<Integer> averageYears, int priceLevelYear) {

	public PsychiatricParameters {
		if (averageYears.isEmpty()) {
			throw new IllegalArgumentException("at least one psychiatric average year is required");
		}
		if (averageYears.stream().distinct().count() != averageYears.size()) {
			throw new IllegalArgumentException("psychiatric average years repeat a year: " + averageYears);
		}
		averageYears = averageYears.stream().sorted().toList();
	}

}
