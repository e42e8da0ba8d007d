package se.regionorebrolan.tillaggsbelopp.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Refuses command-line arguments that would otherwise be ignored silently: a parameter
 * without {@code --}, or an option outside {@code tillagg.*}, {@code spring.*} and
 * {@code logging.*} (e.g. {@code --budget-year=2027} instead of
 * {@code --tillagg.budget-year=2027}).
 */
final class CommandLineArguments {

	private static final List<String> KNOWN_PREFIXES = List.of("tillagg.", "spring.", "logging.");

	private CommandLineArguments() {
	}

	static List<InputProblem> problems(ApplicationArguments arguments) {
		List<InputProblem> problems = new ArrayList<>();
		for (String argument : arguments.getNonOptionArgs()) {
			problems.add(InputProblem.ofFile("kommandoraden", "\"" + argument
					+ "\" är inget känt argument; parametrar skrivs --tillagg.<namn>=<värde>, t.ex. --tillagg.budget-year=2027"));
		}
		for (String option : arguments.getOptionNames()) {
			if (KNOWN_PREFIXES.stream().noneMatch(option::startsWith)) {
				problems.add(InputProblem.ofFile("kommandoraden", "--" + option
						+ " är ingen känd parameter; parametrarna heter --tillagg.<namn>, t.ex. --tillagg.budget-year=2027"));
			}
		}
		return problems;
	}

}
