package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Parameters of the distance compensation: "5 % av ovanstående", to municipalities whose
 * central town lies more than 35 km from the nearest hospital (agreement 4.2).
 */
public record DistanceParameters(BigDecimal thresholdKm, BigDecimal shareRate) {

	public DistanceParameters {
		Objects.requireNonNull(thresholdKm, "thresholdKm is required");
		Objects.requireNonNull(shareRate, "shareRate is required");
		if (thresholdKm.signum() < 0 || shareRate.signum() < 0) {
			throw new IllegalArgumentException(
					"distance threshold and share must not be negative: " + thresholdKm + ", " + shareRate);
		}
	}

	/** Strictly greater than the threshold qualifies: 35.0 km does not. */
	public boolean qualifies(BigDecimal roadDistanceKm) {
		return roadDistanceKm.compareTo(this.thresholdKm) > 0;
	}

}
