package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;

/**
 * One municipality's line in a whole-krona allocation (spec §4), with every intermediate
 * value so that a reviewer can follow it.
 *
 * @param municipalityCode the kommunkod
 * @param weight the municipality's weight in the key
 * @param exactShare {@code T × w / Σw}, shown to 10 decimals (the allocation itself is
 * exact)
 * @param floor the whole kronor below the exact share
 * @param remainder {@code exactShare − floor}, shown to 10 decimals
 * @param remainderRank 1 for the largest remainder after the tie rules
 * @param allocated the whole kronor the municipality gets
 */
public record AllocationLine(String municipalityCode, BigDecimal weight, BigDecimal exactShare, BigDecimal floor,
		BigDecimal remainder, int remainderRank, BigDecimal allocated) {

	/** Whether this line got one of the leftover kronor. */
	public boolean gotLeftoverKrona() {
		return this.allocated.compareTo(this.floor) > 0;
	}

}
