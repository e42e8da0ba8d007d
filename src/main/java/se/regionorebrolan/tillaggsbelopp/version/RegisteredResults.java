package se.regionorebrolan.tillaggsbelopp.version;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;

/**
 * A registered version's amounts: kommunkod → component → kronor.
 */
public record RegisteredResults(Map<String, Map<Component, BigDecimal>> amounts) {

	public RegisteredResults {
		amounts = Map.copyOf(amounts);
	}

	public Optional<BigDecimal> amount(String municipalityCode, Component component) {
		return Optional.ofNullable(this.amounts.getOrDefault(municipalityCode, Map.of()).get(component));
	}

}
