package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one component's county total was reached and the key it is distributed by: one
 * weight per municipality, in municipality order (zero for a municipality that gets
 * nothing).
 */
public sealed interface ComponentBasis permits SomaticBasis, PsychiatricBasis, AdvancedBasis, DistanceBasis {

	Component component();

	/** The county total in whole kronor. */
	BigDecimal countyTotal();

	List<Weight> weights();

	/**
	 * The price level years this component is indexed from; none for a derived component.
	 */
	List<Integer> priceLevelYears();

}
