package se.regionorebrolan.tillaggsbelopp.calculation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Mätning av hemsjukvård: the number of home-care patients of one care category in one
 * municipality on one measurement date (agreement 4.2: "kategori 4 i ursprunglig mätning
 * från november 2022").
 */
public record HomeCareMeasurement(String municipalityCode, LocalDate measurementDate, int category, long patients) {

	public HomeCareMeasurement {
		Municipality.requireCode(municipalityCode);
		Objects.requireNonNull(measurementDate, "measurementDate is required");
		if (category < 1) {
			throw new IllegalArgumentException("care category must be 1 or more: " + category);
		}
		if (patients < 0) {
			throw new IllegalArgumentException("patients must not be negative: " + patients);
		}
	}

}
