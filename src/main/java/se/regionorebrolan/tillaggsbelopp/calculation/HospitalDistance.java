package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Avstånd till sjukhus: road distance from a municipality's central town to the nearest
 * hospital (agreement 4.2).
 */
public record HospitalDistance(String municipalityCode, String nearestHospital, BigDecimal roadDistanceKm) {

	public HospitalDistance {
		Municipality.requireCode(municipalityCode);
		Objects.requireNonNull(nearestHospital, "nearestHospital is required");
		Objects.requireNonNull(roadDistanceKm, "roadDistanceKm is required");
		if (roadDistanceKm.signum() < 0) {
			throw new IllegalArgumentException("distance must not be negative: " + roadDistanceKm);
		}
	}

}
