package se.regionorebrolan.tillaggsbelopp.calculation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Folkmängd: a municipality's inhabitants, in all and aged 65 or over (andel äldre,
 * agreement 4.1.2), on one reference date.
 */
public record PopulationCount(String municipalityCode, LocalDate referenceDate, long total, long aged65Plus) {

	public PopulationCount {
		Municipality.requireCode(municipalityCode);
		Objects.requireNonNull(referenceDate, "referenceDate is required");
		if (aged65Plus < 0 || aged65Plus > total) {
			throw new IllegalArgumentException(
					"inhabitants aged 65+ must be between 0 and the total " + total + ": " + aged65Plus);
		}
	}

}
