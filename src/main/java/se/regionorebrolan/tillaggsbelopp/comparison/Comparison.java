package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;

/**
 * Jämförelse: what changed between two versions of one budget year, in the amounts and in
 * their causes (input files and parameters).
 *
 * @param budgetYear the budget year both versions are for
 * @param beforeVersion the earlier version's number
 * @param afterVersion the later version's number
 * @param amounts every municipality's components and total, in kommunkod order, changed
 * or not
 * @param inputChanges one Swedish line per changed value of the input files
 * @param parameterChanges one Swedish line per changed parameter
 */
public record Comparison(int budgetYear, int beforeVersion, int afterVersion, List<AmountChange> amounts,
		List<String> inputChanges, List<String> parameterChanges) {

	public Comparison {
		amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts is required"));
		inputChanges = List.copyOf(Objects.requireNonNull(inputChanges, "inputChanges is required"));
		parameterChanges = List.copyOf(Objects.requireNonNull(parameterChanges, "parameterChanges is required"));
	}

	/** The amounts that differ, in the order of {@link #amounts()}. */
	public List<AmountChange> changedAmounts() {
		return this.amounts.stream().filter(AmountChange::changed).toList();
	}

	/** The components whose amount changed for at least one municipality. */
	public Set<Component> changedComponents() {
		Set<Component> components = EnumSet.noneOf(Component.class);
		changedAmounts().forEach(change -> change.component().ifPresent(components::add));
		return Collections.unmodifiableSet(components);
	}

	/**
	 * The change of the county's amount of one component, or of the county total when the
	 * component is empty.
	 */
	public BigDecimal countyDifference(Optional<Component> component) {
		Objects.requireNonNull(component, "component is required (empty for the total)");
		return this.amounts.stream()
			.filter(change -> change.component().equals(component))
			.map(AmountChange::difference)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
