package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * Förändring av ett belopp: one municipality's amount of one component, or its total,
 * before and after a rerun.
 *
 * @param municipality the municipality
 * @param component the component; empty for the municipality's total
 * @param before the amount in the earlier version, 0 when the municipality was not in it
 * @param after the amount in the later version, 0 when the municipality is not in it
 */
public record AmountChange(Municipality municipality, Optional<Component> component, BigDecimal before,
		BigDecimal after) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public AmountChange {
		Objects.requireNonNull(municipality, "municipality is required");
		Objects.requireNonNull(component, "component is required (empty for the total)");
		Objects.requireNonNull(before, "before is required");
		Objects.requireNonNull(after, "after is required");
	}

	/** {@code after − before}. */
	public BigDecimal difference() {
		return this.after.subtract(this.before);
	}

	/**
	 * The difference in percent of the amount before, with one decimal (half up); empty
	 * when the amount before is 0.
	 */
	public Optional<BigDecimal> percent() {
		if (this.before.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(difference().multiply(HUNDRED).divide(this.before, 1, RoundingMode.HALF_UP));
	}

	/** Whether the amount differs (by value: 5 and 5.00 are equal). */
	public boolean changed() {
		return this.before.compareTo(this.after) != 0;
	}

	/** Whether this is the municipality's total rather than one component. */
	public boolean isTotal() {
		return this.component.isEmpty();
	}

}
