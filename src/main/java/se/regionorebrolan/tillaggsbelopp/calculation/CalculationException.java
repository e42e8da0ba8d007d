package se.regionorebrolan.tillaggsbelopp.calculation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be calculated; carries every problem found, not only the first.
 */
public final class CalculationException extends RuntimeException {

	private final List<CalculationProblem> problems;

	public CalculationException(List<CalculationProblem> problems) {
		super(problems.stream().map(CalculationProblem::message).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<CalculationProblem> problems() {
		return this.problems;
	}

}
