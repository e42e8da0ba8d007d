package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fördelningsnyckel: one municipality's weight in a distribution key (inhabitants 65+,
 * category-4 patients or an indexed amount).
 */
public record Weight(String municipalityCode, BigDecimal value) {

	public Weight {
		Municipality.requireCode(municipalityCode);
		Objects.requireNonNull(value, "value is required");
		if (value.signum() < 0) {
			throw new IllegalArgumentException("a weight must not be negative: " + value);
		}
	}

}
