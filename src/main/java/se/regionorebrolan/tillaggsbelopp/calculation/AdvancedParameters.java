package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Parameters of the advanced home-care component: "5 % förskjutning av avancerade
 * hemsjukvårdspatienter (kategori 4 i ursprunglig mätning från november 2022)", indexed
 * "från 2021" (agreement 4.2).
 */
public record AdvancedParameters(LocalDate measurementDate, int category, BigDecimal shiftRate,
		BigDecimal costPerPatientSek, int priceLevelYear) {

	public AdvancedParameters {
		Objects.requireNonNull(measurementDate, "measurementDate is required");
		Objects.requireNonNull(shiftRate, "shiftRate is required");
		Objects.requireNonNull(costPerPatientSek, "costPerPatientSek is required");
		if (shiftRate.signum() < 0 || costPerPatientSek.signum() < 0) {
			throw new IllegalArgumentException(
					"shift rate and cost per patient must not be negative: " + shiftRate + ", " + costPerPatientSek);
		}
	}

}
