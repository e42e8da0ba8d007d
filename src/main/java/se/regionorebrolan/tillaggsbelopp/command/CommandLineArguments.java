package se.regionorebrolan.tillaggsbelopp.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.job.InputChoice;

/**
 * Refuses command-line arguments that Spring would otherwise ignore or join silently. An
 * option given twice is checked before Spring starts, because Spring would read
 * {@code 2027,2026} and fail to bind it; the rest once the commands are known: a first
 * word that is no command, a parameter without {@code --}, an option outside
 * {@code tillagg.*}, {@code spring.*} and {@code logging.*} (e.g.
 * {@code --budget-year=2027}), and both an input folder and an input workbook.
 */
public final class CommandLineArguments {

	private static final List<String> KNOWN_PREFIXES = List.of("tillagg.", "spring.", "logging.");

	/** Spring Boot's switches for more logging, which show a failure's details. */
	private static final List<String> SWITCHES = List.of("debug", "trace");

	private static final String WHERE = "kommandoraden";

	private CommandLineArguments() {
	}

	/** The options given twice, as lines for standard error, or none. */
	public static List<String> refusal(String... args) {
		ApplicationArguments arguments = new DefaultApplicationArguments(args);
		List<InputProblem> problems = new ArrayList<>();
		for (String option : arguments.getOptionNames()) {
			if (arguments.getOptionValues(option).size() > 1) {
				problems.add(InputProblem.ofFile(WHERE,
						"--" + option + " anges " + arguments.getOptionValues(option).size() + " gånger ("
								+ String.join(", ", arguments.getOptionValues(option))
								+ "); ange den en gång, en lista med kommatecken: --" + option + "=a,b"));
			}
		}
		if (problems.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add("Okända argument – beräkningen startades inte:");
		problems.forEach(problem -> lines.add("  - " + problem));
		return lines;
	}

	/**
	 * The problems of the words and options.
	 * @param commands the names of the commands, in the order they are listed
	 */
	static List<InputProblem> problems(ApplicationArguments arguments, Collection<String> commands) {
		List<InputProblem> problems = new ArrayList<>();
		List<String> words = arguments.getNonOptionArgs();
		if (!words.isEmpty() && !commands.contains(words.get(0))) {
			problems.add(InputProblem.ofFile(WHERE, "\"" + words.get(0) + "\" är inget kommando; kommandona är "
					+ String.join(", ", commands) + " (utan kommando: run)"));
		}
		for (String argument : words.subList(Math.min(1, words.size()), words.size())) {
			problems.add(InputProblem.ofFile(WHERE, "\"" + argument
					+ "\" är inget känt argument; parametrar skrivs --tillagg.<namn>=<värde>, t.ex. --tillagg.budget-year=2027"));
		}
		for (String option : arguments.getOptionNames()) {
			if (KNOWN_PREFIXES.stream().noneMatch(option::startsWith) && !SWITCHES.contains(option)) {
				problems.add(InputProblem.ofFile(WHERE, "--" + option
						+ " är ingen känd parameter; parametrarna heter --tillagg.<namn>, t.ex. --tillagg.budget-year=2027"));
			}
		}
		if (arguments.containsOption(InputChoice.FOLDER) && arguments.containsOption(InputChoice.WORKBOOK)) {
			problems.add(InputProblem.ofFile(WHERE, "--" + InputChoice.FOLDER + " och --" + InputChoice.WORKBOOK
					+ " anges båda; ange en av dem: mappen med de sju CSV-filerna eller indataarbetsboken"));
		}
		return problems;
	}

}
