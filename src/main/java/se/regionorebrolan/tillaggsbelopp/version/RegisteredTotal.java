package se.regionorebrolan.tillaggsbelopp.version;

import java.math.BigDecimal;

/**
 * A municipality's total of a registered version: the sum of its four components, whole
 * kronor.
 */
public record RegisteredTotal(String municipalityCode, String municipalityName, BigDecimal totalSek) {
}
