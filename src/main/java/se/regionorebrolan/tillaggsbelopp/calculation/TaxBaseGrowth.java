package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Skatteunderlagets procentuella utveckling: the municipal tax base's growth in one year,
 * in percent (agreement 4.1.2 and 4.2).
 *
 * @param year the calendar year the growth applies to
 * @param growthPercent the growth in percent, e.g. 5.3; above −100
 * @param kind outcome or forecast
 */
public record TaxBaseGrowth(int year, BigDecimal growthPercent, GrowthKind kind) {

	private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

	public TaxBaseGrowth {
		Objects.requireNonNull(growthPercent, "growthPercent is required");
		Objects.requireNonNull(kind, "kind is required");
		if (growthPercent.compareTo(MINUS_HUNDRED) <= 0) {
			throw new IllegalArgumentException("growth must be above -100 %: " + growthPercent);
		}
	}

	/** The year's factor {@code 1 + g / 100}, exact. */
	public BigDecimal factor() {
		return BigDecimal.ONE.add(this.growthPercent.movePointLeft(2));
	}

}
