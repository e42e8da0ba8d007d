package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Beräkning av tilläggsbelopp (agreement section 4, spec §3): checks that the input is
 * complete, computes the four county totals and allocates each in whole kronor.
 */
public final class TillaggsbeloppCalculator {

	private TillaggsbeloppCalculator() {
	}

	/**
	 * Calculates the tilläggsbelopp for the budget year of the parameters.
	 * @throws CalculationException listing every problem when the input is incomplete or
	 * a non-zero county total has a key that is zero everywhere
	 */
	public static Calculation calculate(CalculationInput input, CalculationParameters parameters) {
		requireNone(InputCompleteness.problems(input, parameters));
		DistributionKeys keys = DistributionKeys.of(input, parameters);
		IndexSeries index = input.indexSeries();
		int year = parameters.budgetYear();
		SomaticBasis somatic = SomaticComponent.basis(keys.somaticBases(), index, year);
		PsychiatricBasis psychiatric = PsychiatricComponent.basis(input.psychiatricInvoices(), parameters.psychiatric(),
				index, year, keys.aged65Plus());
		AdvancedBasis advanced = AdvancedComponent.basis(keys.advancedPatients(), parameters.advanced(), index, year);
		BigDecimal distanceBase = somatic.countyTotal().add(psychiatric.countyTotal()).add(advanced.countyTotal());
		DistanceBasis distance = DistanceComponent.basis(distanceBase, parameters.distance(), keys);
		List<ComponentBasis> bases = List.of(somatic, psychiatric, advanced, distance);
		requireNone(bases.stream().flatMap(basis -> unallocatable(basis, parameters).stream()).toList());
		List<ComponentResult> components = bases.stream()
			.map(basis -> new ComponentResult(basis, LargestRemainder.allocate(basis.countyTotal(), basis.weights())))
			.toList();
		return new Calculation(parameters, keys.municipalities(), index, components, notices(distance, parameters));
	}

	/**
	 * Every problem that would stop {@link #calculate}, or none: the rules that need all
	 * tables and the parameters together.
	 */
	public static List<CalculationProblem> problems(CalculationInput input, CalculationParameters parameters) {
		try {
			calculate(input, parameters);
			return List.of();
		}
		catch (CalculationException ex) {
			return ex.problems();
		}
	}

	private static void requireNone(List<CalculationProblem> problems) {
		if (!problems.isEmpty()) {
			throw new CalculationException(problems);
		}
	}

	/**
	 * Spec §4.3: a non-zero total over a key that is zero everywhere is an input error.
	 */
	private static Optional<CalculationProblem> unallocatable(ComponentBasis basis, CalculationParameters parameters) {
		boolean keyIsZero = basis.weights().stream().allMatch(weight -> weight.value().signum() == 0);
		if (!keyIsZero || basis.countyTotal().signum() == 0) {
			return Optional.empty();
		}
		// Only the 65+ keys can be zero under a non-zero total: S and A are zero with
		// their keys.
		return Optional.of(CalculationProblem.of(InputTable.POPULATION,
				basis.component().swedishLabel() + ": länsbeloppet " + basis.countyTotal().toPlainString()
						+ " kr kan inte fördelas eftersom alla kommuner i fördelningsnyckeln har 0 invånare 65+ per "
						+ parameters.populationReferenceDate()));
	}

	private static List<String> notices(DistanceBasis distance, CalculationParameters parameters) {
		if (!distance.eligibleCodes().isEmpty()) {
			return List.of();
		}
		return List.of("Ingen kommuns centralort ligger mer än " + parameters.distance().thresholdKm().toPlainString()
				+ " km från närmaste sjukhus: avståndskompensationen är 0 kr.");
	}

}
