package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Tidigare tilläggsbelopp för somatisk vård: a municipality's previous somatic amount at
 * a price level year, the base of the somatic component (agreement 4.2).
 */
public record SomaticBase(String municipalityCode, int priceLevelYear, BigDecimal amountSek) {

	public SomaticBase {
		Municipality.requireCode(municipalityCode);
		Objects.requireNonNull(amountSek, "amountSek is required");
		if (amountSek.signum() < 0) {
			throw new IllegalArgumentException("somatic amount must not be negative: " + amountSek);
		}
	}

}
