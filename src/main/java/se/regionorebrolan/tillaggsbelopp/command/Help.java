package se.regionorebrolan.tillaggsbelopp.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.regionorebrolan.tillaggsbelopp.parameters.ParameterNames;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;

/**
 * What {@code --help} prints, in Swedish: how to start the program, every command with
 * what it does and the parameters it takes (from the commands themselves), the main
 * parameters and the exit codes; and what {@code help <command>} prints: the command's
 * parameters with the values a run would use, and an example.
 */
final class Help {

	/** The launcher sets it to how it is called: {@code bin/tillaggsbelopp}. */
	static final String LAUNCHER = "tillaggsbelopp.launcher";

	/** The main parameters, with what to write and what each is for. */
	static final List<List<String>> MAIN_PARAMETERS = List.of(
			List.of("tillagg.budget-year", "ÅÅÅÅ", "budgetåret; utan den året efter i år"),
			List.of("tillagg.version", "N", "versionen som publish, compare och verify gäller"),
			List.of("tillagg.home", "MAPP",
					"arbetsmappen med config/, input/ och output/ (eller miljövariabeln TILLAGG_HOME)"),
			List.of("tillagg.input-dir", "MAPP", "mappen med de sju CSV-filerna; utan den input/ i arbetsmappen"),
			List.of("tillagg.input-workbook", "FIL", "en indataarbetsbok i stället för CSV-filerna"),
			List.of("tillagg.output-dir", "MAPP",
					"dit versionerna och registret skrivs; utan den output/ i arbetsmappen"),
			List.of("tillagg.mode", "scheduler",
					"stannar kvar och gör decemberberäkningen och januariutbetalningen i tid"));

	private static final String INDENT = " ".repeat(32);

	private static final int WIDTH = 100;

	private Help() {
	}

	static List<String> text(Collection<Command> commands) {
		String launcher = launcher();
		List<String> lines = new ArrayList<>();
		lines.add("tillaggsbelopp " + SoftwareVersion.current()
				+ " – tilläggsbeloppet för hemsjukvård per kommun i Örebro län (avtalet, avsnitt 4)");
		lines.add("");
		lines.add("Användning: " + launcher + " [kommando] [--tillagg.<namn>=<värde> …]");
		lines.add("");
		lines.add("Kommandon:");
		for (Command command : commands) {
			lines.add("  " + padded(command.name()) + command.summary());
			lines.addAll(wrapped(command.options().stream().map(Help::option).toList()));
		}
		lines.add("Alla kommandon tar också "
				+ UnusedOptions.COMMON.stream().map(Help::option).collect(Collectors.joining(", ")) + ".");
		lines.add("");
		lines.add("De viktigaste parametrarna:");
		for (List<String> parameter : MAIN_PARAMETERS) {
			lines.add("  " + padded("--" + parameter.get(0) + "=" + parameter.get(1)) + parameter.get(2));
		}
		String home = (System.getProperty(LAUNCHER) != null) ? "programmets mapp" : "mappen du står i";
		lines.add("");
		lines.add("Arbetsmappen är " + home + " om inget annat anges. Relativa sökvägar på kommandoraden");
		lines.add("gäller från mappen du står i, de i config/application.yml från arbetsmappen.");
		lines.add("Alla " + ParameterNames.all().size() + " parametrar: config/application.yml och docs/inputs.md.");
		lines.add("");
		lines.add("  " + padded("--" + CommandLineArguments.HELP + ", -h, help") + "den här texten");
		lines.add("  " + padded("help <kommando>") + "kommandots parametrar med värdena de har nu, och ett exempel");
		lines.add("  " + padded("--" + CommandLineArguments.VERSION) + "version, byggtid och Java-version");
		lines.add("");
		lines.add("Avslutningskoder: 0 klart, 1 kunde inte slutföras, 2 fel i indata eller parametrar,");
		lines.add("3 registret används av en annan process, 4 verify hittade skillnader.");
		return lines;
	}

	/**
	 * The help of one command: what it does, each parameter it reads with the value a run
	 * would use (from the defaults, config/application.yml and the command line), and an
	 * example.
	 * @param values every parameter's value, by full name ({@code tillagg.budget-year})
	 */
	static List<String> command(Command command, Map<String, Object> values) {
		String launcher = launcher();
		List<String> lines = new ArrayList<>();
		lines.add("tillaggsbelopp " + command.name() + ": " + command.summary());
		lines.add("");
		lines.add("Användning: " + launcher + " " + command.name() + " [--tillagg.<namn>=<värde> …]");
		lines.add("");
		lines.add(command.options().isEmpty() ? "Kommandot har inga egna parametrar."
				: "Parametrar, med värdet som gäller nu (standardvärdet, config/application.yml eller kommandoraden):");
		List<String> names = names(command.options(), values);
		int width = names.stream().mapToInt(String::length).max().orElse(0) + 4;
		for (String name : names) {
			lines.add("  " + String.format("%-" + width + "s", "--" + name) + shown(name, values.get(name)));
		}
		lines.add("Alla kommandon tar också "
				+ UnusedOptions.COMMON.stream().map(Help::option).collect(Collectors.joining(", ")) + ".");
		lines.add("");
		lines.add("Exempel:");
		lines.add("  " + launcher + " " + command.example());
		return lines;
	}

	/**
	 * The full names of the options: a group such as {@code advanced} stands for all its.
	 */
	private static List<String> names(List<String> options, Map<String, Object> values) {
		return options.stream()
			.map(option -> "tillagg." + option)
			.flatMap(option -> values.containsKey(option) ? Stream.of(option)
					: values.keySet().stream().filter(name -> name.startsWith(option + ".")))
			.toList();
	}

	/** The value, or what a run does without one. */
	private static String shown(String name, Object value) {
		if (value instanceof Collection<?> list) {
			return list.isEmpty() ? unset(name) : list.stream().map(String::valueOf).collect(Collectors.joining(","));
		}
		return (value != null) ? String.valueOf(value) : unset(name);
	}

	private static String unset(String name) {
		Optional<String> meaning = MAIN_PARAMETERS.stream()
			.filter(parameter -> parameter.get(0).equals(name))
			.map(parameter -> parameter.get(2))
			.findFirst();
		return "(inte angiven" + meaning.map(text -> ": " + text).orElse("") + ")";
	}

	private static String launcher() {
		return System.getProperty(LAUNCHER, "java -jar tillaggsbelopp.jar");
	}

	/** The options of a command, indented, as many on a line as fit. */
	private static List<String> wrapped(List<String> options) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String option : options) {
			if (line.length() > 0 && INDENT.length() + line.length() + 1 + option.length() > WIDTH) {
				lines.add(INDENT + line);
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(option);
		}
		if (line.length() > 0) {
			lines.add(INDENT + line);
		}
		return lines;
	}

	/** {@code --tillagg.version}, or {@code --tillagg.advanced.*} for a group. */
	private static String option(String name) {
		String full = "tillagg." + name;
		return "--" + (ParameterNames.all().contains(full) ? full : full + ".*");
	}

	private static String padded(String text) {
		return (text.length() + 2 < INDENT.length()) ? text + INDENT.substring(text.length() + 2) : text + "  ";
	}

}
