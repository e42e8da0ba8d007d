package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be used; carries every problem found, in file and line order.
 */
public final class InvalidInputException extends RuntimeException {

	private final List<InputProblem> problems;

	private final List<InputProblem> warnings;

	/**
	 * @param problems what stops the run
	 * @param warnings what was noticed besides, e.g. an unknown column that may be a
	 * misspelt required one
	 */
	public InvalidInputException(List<InputProblem> problems, List<InputProblem> warnings) {
		super(problems.stream().map(InputProblem::toString).collect(Collectors.joining(System.lineSeparator())));
		this.problems = List.copyOf(problems);
		this.warnings = List.copyOf(warnings);
	}

	public List<InputProblem> problems() {
		return this.problems;
	}

	public List<InputProblem> warnings() {
		return this.warnings;
	}

}
