package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component: how its county total was reached and its whole-krona allocation, one
 * line per municipality in kommunkod order.
 */
public record ComponentResult(ComponentBasis basis, List<AllocationLine> allocation) {

	public ComponentResult {
		allocation = List.copyOf(allocation);
	}

	public Component component() {
		return this.basis.component();
	}

	public BigDecimal countyTotal() {
		return this.basis.countyTotal();
	}

}
