package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Tilläggsbelopp för en kommun: the four allocated components of one municipality and
 * their total (spec §3.5).
 */
public record MunicipalityAmounts(Municipality municipality, Map<Component, BigDecimal> amounts) {

	public MunicipalityAmounts {
		amounts = new EnumMap<>(amounts);
		if (amounts.size() != Component.values().length) {
			throw new IllegalArgumentException("every component needs an amount: " + amounts.keySet());
		}
	}

	public BigDecimal amount(Component component) {
		return this.amounts.get(component);
	}

	/** The sum of the four components. */
	public BigDecimal total() {
		return this.amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
