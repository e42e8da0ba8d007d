package se.regionorebrolan.tillaggsbelopp.command;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Refuses a {@code tillagg.*} option on the command line that the command does not read:
 * {@code payment --tillagg.version=2} would pay the final version, not version 2, and say
 * nothing. Only the command line is checked; the settings file holds every command's
 * parameters.
 */
final class UnusedOptions {

	/**
	 * What every command takes: the working folder, where the runs are, and how the
	 * program runs.
	 */
	static final List<String> COMMON = List.of("home", "output-dir", "registry-url", "mode");

	private static final String PREFIX = "tillagg.";

	private UnusedOptions() {
	}

	static List<InputProblem> problems(String name, Command command, ApplicationArguments arguments) {
		return arguments.getOptionNames()
			.stream()
			.filter(option -> option.startsWith(PREFIX))
			.filter(option -> !reads(command, option))
			.sorted()
			.map(option -> InputProblem.ofFile("kommandoraden", problem(name, command, option, arguments)))
			.toList();
	}

	private static boolean reads(Command command, String option) {
		ConfigurationPropertyName given = ConfigurationPropertyName.adapt(option, '.');
		return Stream.concat(COMMON.stream(), command.options().stream())
			.map(read -> ConfigurationPropertyName.of(PREFIX + read))
			.anyMatch(read -> read.equals(given) || read.isAncestorOf(given));
	}

	private static String problem(String name, Command command, String option, ApplicationArguments arguments) {
		String given = "--" + option + "=" + String.join(",", arguments.getOptionValues(option));
		String takes = command.options().isEmpty() ? "inga egna parametrar"
				: String.join(", ", command.options().stream().map(read -> "--" + PREFIX + read).toList());
		String why = command.withoutOptions().isEmpty() ? "" : "; " + command.withoutOptions();
		return given + " används inte av kommandot " + name + ", som skulle göra sitt utan den" + why
				+ ". Kommandot tar " + takes + " (och --" + PREFIX + String.join(", --" + PREFIX, COMMON)
				+ "); ta bort parametern";
	}

}
