package se.regionorebrolan.tillaggsbelopp.command;

import se.regionorebrolan.tillaggsbelopp.job.InputChoice;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Refuses command-line arguments that Spring would otherwise ignore or join silently: a
 * parameter without {@code --}, an option outside {@code tillagg.*}, {@code spring.*} and
 * {@code logging.*} (e.g. {@code --budget-year=2027}), an option given twice (Spring
 * would read {@code 2027,2026}), and both an input folder and an input workbook. Checked
 * before Spring starts.
 */
public final class CommandLineArguments {

	/**
	 * The commands, the first word on the command line; without one the command is run.
	 */
	static final List<String> COMMANDS = List.of("run", "publish", "list", "compare", "verify", "payment", "info",
			"import-scb", "templates");

	private static final List<String> KNOWN_PREFIXES = List.of("tillagg.", "spring.", "logging.");

	private static final String WHERE = "kommandoraden";

	private CommandLineArguments() {
	}

	/** The problems of the arguments as lines for standard error, or none. */
	public static List<String> refusal(String... args) {
		List<InputProblem> problems = problems(new DefaultApplicationArguments(args));
		if (problems.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add("Okända argument – beräkningen startades inte:");
		problems.forEach(problem -> lines.add("  - " + problem));
		return lines;
	}

	static List<InputProblem> problems(ApplicationArguments arguments) {
		List<InputProblem> problems = new ArrayList<>();
		List<String> words = arguments.getNonOptionArgs();
		if (!words.isEmpty() && !COMMANDS.contains(words.get(0))) {
			problems.add(InputProblem.ofFile(WHERE, "\"" + words.get(0) + "\" är inget kommando; kommandona är "
					+ String.join(", ", COMMANDS) + " (utan kommando: run)"));
		}
		for (String argument : words.subList(Math.min(1, words.size()), words.size())) {
			problems.add(InputProblem.ofFile(WHERE, "\"" + argument
					+ "\" är inget känt argument; parametrar skrivs --tillagg.<namn>=<värde>, t.ex. --tillagg.budget-year=2027"));
		}
		for (String option : arguments.getOptionNames()) {
			if (KNOWN_PREFIXES.stream().noneMatch(option::startsWith)) {
				problems.add(InputProblem.ofFile(WHERE, "--" + option
						+ " är ingen känd parameter; parametrarna heter --tillagg.<namn>, t.ex. --tillagg.budget-year=2027"));
			}
			else if (arguments.getOptionValues(option).size() > 1) {
				problems.add(InputProblem.ofFile(WHERE,
						"--" + option + " anges " + arguments.getOptionValues(option).size() + " gånger ("
								+ String.join(", ", arguments.getOptionValues(option))
								+ "); ange den en gång, en lista med kommatecken: --" + option + "=a,b"));
			}
		}
		if (arguments.containsOption(InputChoice.FOLDER) && arguments.containsOption(InputChoice.WORKBOOK)) {
			problems.add(InputProblem.ofFile(WHERE, "--" + InputChoice.FOLDER + " och --" + InputChoice.WORKBOOK
					+ " anges båda; ange en av dem: mappen med de sju CSV-filerna eller indataarbetsboken"));
		}
		return problems;
	}

}
