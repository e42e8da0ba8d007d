package se.regionorebrolan.tillaggsbelopp.parameters;

import java.util.List;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Settings that cannot be used, each problem located (file, line and column, or the
 * setting and where it was given) and explained in Swedish; the start stops with exit
 * code 2.
 */
public class SettingsException extends RuntimeException {

	private final List<InputProblem> problems;

	public SettingsException(List<InputProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	SettingsException(InputProblem problem) {
		this(List.of(problem));
	}

	public List<InputProblem> problems() {
		return this.problems;
	}

	/**
	 * A problem at a line and column (from 1) of a settings file:
	 * {@code config/application.yml rad 2, kolumn 1: …}.
	 */
	static InputProblem at(String file, int line, int column, String message) {
		return new InputProblem(file, line, "", String.valueOf(column), Optional.empty(), message);
	}

}
