package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Avancerad hemsjukvård: shift rate × the county's patients in the advanced category ×
 * cost per patient, indexed; distributed by each municipality's patients in that
 * category.
 *
 * @param priceLevelYear the price level of the cost per patient
 * @param patients the county's patients in the advanced category at the measurement date
 * @param indexFactor the factor from the advanced price level year to the budget year
 * @param countyTotal {@code A = round(shiftRate × patients × cost × I)}
 * @param weights each municipality's patients in the advanced category
 */
public record AdvancedBasis(int priceLevelYear, long patients, BigDecimal indexFactor, BigDecimal countyTotal,
		List<Weight> weights) implements ComponentBasis {

	@Override
	public Component component() {
		return Component.ADVANCED;
	}

	@Override
	public List<Integer> priceLevelYears() {
		return List.of(this.priceLevelYear);
	}

}
