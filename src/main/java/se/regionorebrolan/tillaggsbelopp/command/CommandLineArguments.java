package se.regionorebrolan.tillaggsbelopp.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

import se.regionorebrolan.tillaggsbelopp.input.EditDistance;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.job.InputChoice;
import se.regionorebrolan.tillaggsbelopp.parameters.ParameterNames;

/**
 * Refuses command-line arguments that Spring would otherwise ignore or join silently. An
 * option given twice is checked before Spring starts, because Spring would read
 * {@code 2027,2026} and fail to bind it; the rest once the commands are known: a first
 * word that is no command, a parameter without {@code --}, an option outside
 * {@code tillagg.*}, {@code spring.*} and {@code logging.*} (e.g.
 * {@code --budget-year=2027}), and both an input folder and an input workbook.
 */
public final class CommandLineArguments {

	/** {@code --help}: what the commands and the main parameters are. */
	public static final String HELP = "help";

	/** {@code -h} and a first word {@code help} ask for help as {@code --help} does. */
	private static final List<String> HELP_WORDS = List.of("-h", HELP);

	/** {@code --version}: the version, build time and Java. */
	public static final String VERSION = "version";

	private static final List<String> KNOWN_PREFIXES = List.of("tillagg.", "spring.", "logging.");

	/**
	 * {@code --help}, {@code --version}, and Spring Boot's switches for more logging,
	 * which show a failure's details.
	 */
	private static final List<String> SWITCHES = List.of(HELP, VERSION, "debug", "trace");

	private static final String WHERE = "kommandoraden";

	private CommandLineArguments() {
	}

	/** Whether {@code --version} is given, which is answered before anything starts. */
	public static boolean asksForVersion(String... args) {
		return List.of(args).contains("--" + VERSION);
	}

	/**
	 * Whether help is asked for: {@code --help} anywhere, {@code -h} anywhere or
	 * {@code help} as the first word.
	 */
	static boolean asksForHelp(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		return arguments.containsOption(HELP) || words.contains(HELP_WORDS.get(0))
				|| (!words.isEmpty() && words.get(0).equals(HELP));
	}

	/**
	 * What help is asked about: the arguments without the words and option that ask for
	 * it, so that {@code help publish} and {@code publish --help} both leave
	 * {@code publish}.
	 */
	static ApplicationArguments helpTopic(ApplicationArguments arguments) {
		List<String> rest = new ArrayList<>(List.of(arguments.getSourceArgs()));
		rest.removeIf(argument -> argument.equals("--" + HELP) || argument.equals(HELP_WORDS.get(0)));
		if (!arguments.getNonOptionArgs().isEmpty() && arguments.getNonOptionArgs().get(0).equals(HELP)) {
			rest.remove(HELP);
		}
		return new DefaultApplicationArguments(rest.toArray(String[]::new));
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
			problems.add(InputProblem.ofFile(WHERE,
					"\"" + words.get(0) + "\" är inget kommando" + meantCommand(words.get(0), commands)
							+ "; kommandona är " + String.join(", ", commands) + " (utan kommando: run)"));
		}
		for (String argument : words.subList(Math.min(1, words.size()), words.size())) {
			problems.add(InputProblem.ofFile(WHERE, "\"" + argument
					+ "\" är inget känt argument; parametrar skrivs --tillagg.<namn>=<värde>, t.ex. --tillagg.budget-year=2027"));
		}
		for (String option : arguments.getOptionNames()) {
			if (KNOWN_PREFIXES.stream().noneMatch(option::startsWith) && !SWITCHES.contains(option)) {
				problems.add(InputProblem.ofFile(WHERE, "--" + option + " är ingen känd parameter" + meantOption(option)
						+ "; parametrarna heter --tillagg.<namn>, t.ex. --tillagg.budget-year=2027"));
			}
		}
		if (arguments.containsOption(InputChoice.FOLDER) && arguments.containsOption(InputChoice.WORKBOOK)) {
			problems.add(InputProblem.ofFile(WHERE, "--" + InputChoice.FOLDER + " och --" + InputChoice.WORKBOOK
					+ " anges båda; ange en av dem: mappen med de sju CSV-filerna eller indataarbetsboken"));
		}
		return problems;
	}

	/** {@code  (menade du publish?)} for a misspelt command, {@code --help} for help. */
	private static String meantCommand(String word, Collection<String> commands) {
		String bare = word.replaceFirst("^-+", "");
		return EditDistance.closest(word, commands)
			.or(() -> EditDistance.closest(bare, SWITCHES).map(option -> "--" + option))
			.map(meant -> " (menade du " + meant + "?)")
			.orElse("");
	}

	/** {@code  (menade du --tillagg.budget-year?)} for a parameter without its prefix. */
	private static String meantOption(String option) {
		return EditDistance.closest(option, SWITCHES)
			.or(() -> ParameterNames.meant(option))
			.map(meant -> " (menade du --" + meant + "?)")
			.orElse("");
	}

}
