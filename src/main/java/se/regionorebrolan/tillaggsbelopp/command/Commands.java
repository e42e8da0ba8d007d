package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.ArchiveException;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.parameters.ParameterNames;
import se.regionorebrolan.tillaggsbelopp.parameters.SettingsFileKeys;
import se.regionorebrolan.tillaggsbelopp.program.Failures;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryFile;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryUnreadableException;
import se.regionorebrolan.tillaggsbelopp.scheduling.Scheduler;

/**
 * Runs the command named by the first word on the command line ({@code run} when there is
 * none) once the settings and the arguments are checked, and keeps its exit code for
 * {@code System.exit}; in scheduler mode, starts the scheduler instead.
 */
@Component
class Commands implements ApplicationRunner, ExitCodeGenerator {

	private final Map<String, Command> byName;

	private final Console console;

	private final TillaggProperties properties;

	private final ObjectProvider<Scheduler> scheduler;

	private final ConfigurableEnvironment environment;

	private final Repairs repairs;

	private final Clock clock;

	private ExitCode exitCode = ExitCode.INTERNAL_FAILURE;

	Commands(List<Command> commands, Console console, TillaggProperties properties, ObjectProvider<Scheduler> scheduler,
			ConfigurableEnvironment environment, Repairs repairs, Clock clock) {
		this.byName = commands.stream()
			.collect(
					Collectors.toMap(Command::name, Function.identity(), (first, second) -> first, LinkedHashMap::new));
		this.console = console;
		this.properties = properties;
		this.scheduler = scheduler;
		this.environment = environment;
		this.repairs = repairs;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		if (CommandLineArguments.asksForHelp(arguments)) {
			help(CommandLineArguments.helpTopic(arguments));
			return;
		}
		List<InputProblem> problems = new ArrayList<>(SettingsFileKeys.problems(this.environment));
		problems.addAll(CommandLineArguments.problems(arguments, this.byName.keySet()));
		if (this.properties.mode() == TillaggProperties.Mode.SCHEDULER) {
			if (!refused(problems)) {
				this.exitCode = startScheduler(arguments);
			}
			return;
		}
		String name = arguments.getNonOptionArgs().isEmpty() ? "run" : arguments.getNonOptionArgs().get(0);
		Command command = this.byName.get(name);
		if (command != null) {
			problems.addAll(UnusedOptions.problems(name, command, arguments));
		}
		if (refused(problems)) {
			return;
		}
		if (!command.incomplete().isEmpty()) {
			command.incomplete().forEach(this.console::failure);
			this.exitCode = ExitCode.BAD_INPUT;
			return;
		}
		List<String> inTheWay = command.usesOutputFolder() ? RegistryFile.inTheWay(this.properties) : List.of();
		if (!inTheWay.isEmpty()) {
			this.console.failure("I utmatningsmappen står en fil eller mapp i vägen – kommandot startades inte och "
					+ "inget skrevs:");
			inTheWay.forEach(found -> this.console.failure("  - " + found));
			this.exitCode = ExitCode.BAD_INPUT;
			return;
		}
		Optional<Path> missing = command.readsCalculatedVersions() ? RegistryFile.missing(this.properties)
				: Optional.empty();
		if (missing.isPresent()) {
			this.exitCode = noRegistry(name, missing.get());
			return;
		}
		try {
			Optional<CommandResult> refusal = command.readsCalculatedVersions()
					? this.repairs.refusal(command.writesVersions()) : Optional.empty();
			this.exitCode = refusal.isPresent() ? refusal.get().exitCode() : command.execute();
		}
		catch (RegistryBusyException ex) {
			this.console.failure(ex.getMessage());
			this.exitCode = ExitCode.BUSY;
		}
		catch (RegistryUnreadableException ex) {
			this.console.failure(ex.getMessage());
			this.exitCode = ExitCode.INTERNAL_FAILURE;
		}
		catch (ArchiveException ex) {
			this.console.failure("Kommandot " + name + " avbröts: " + ex.getMessage() + ".");
			this.exitCode = ExitCode.INTERNAL_FAILURE;
		}
		catch (Exception ex) {
			this.console.failure(unexpected(name, ex));
			this.exitCode = ExitCode.INTERNAL_FAILURE;
		}
	}

	/**
	 * All commands, or the one named ({@code help publish}, {@code publish --help}); a
	 * misspelt name is refused as without help.
	 */
	private void help(ApplicationArguments topic) {
		if (refused(CommandLineArguments.problems(topic, this.byName.keySet()))) {
			return;
		}
		List<String> words = topic.getNonOptionArgs();
		this.console.say(words.isEmpty() ? Help.text(this.byName.values())
				: Help.command(this.byName.get(words.get(0)), ParameterNames.values(this.properties)));
		this.exitCode = ExitCode.SUCCESS;
	}

	/** One sentence on the console; the details in the log file. */
	private String unexpected(String name, Exception failure) {
		Optional<Path> log = Failures.log(failure, this.properties.outputDir(), this.clock);
		return "Kommandot " + name + " avbröts: " + Failures.describe(failure, this.properties.outputDir())
				+ ". Inget halvfärdigt finns kvar" + log.map(file -> "; detaljerna står i " + file).orElse("") + ".";
	}

	/** Says what is wrong with the parameters, if anything, and keeps exit code 2. */
	private boolean refused(List<InputProblem> problems) {
		if (problems.isEmpty()) {
			return false;
		}
		this.console.problems("Felaktiga parametrar – kommandot startades inte och inget skrevs:", problems);
		this.exitCode = ExitCode.BAD_INPUT;
		return true;
	}

	/**
	 * Opening the registry would create an empty one, and the command would find no
	 * versions: most likely it was started from another folder than the runs.
	 */
	private ExitCode noRegistry(String command, Path file) {
		this.console.failure("Kommandot " + command + " hittar inget register: " + file + " finns inte, så inga "
				+ "versioner har beräknats med utmatningsmappen "
				+ this.properties.outputDir().toAbsolutePath().normalize()
				+ ". Starta kommandot i arbetsmappen (den med config/ och output/), ange den med "
				+ "--tillagg.home=<arbetsmappen> eller ange --tillagg.output-dir=<mappen som körningarna skrevs till>. "
				+ "Inget skrevs.");
		return ExitCode.BAD_INPUT;
	}

	/**
	 * Scheduler mode runs no command given on the command line, and the budget years
	 * follow from the time each job is due.
	 */
	private ExitCode startScheduler(ApplicationArguments arguments) {
		if (!arguments.getNonOptionArgs().isEmpty() || this.properties.budgetYear() != null) {
			this.console.failure("Schemaläget (--tillagg.mode=scheduler) tar inget kommando och ingen "
					+ "tillagg.budget-year: det beräknar nästa budgetår och tar fram utbetalningsunderlaget för det "
					+ "innevarande när det är dags enligt tillagg.schedule.*. Kör kommandon för sig, utan "
					+ "--tillagg.mode=scheduler.");
			return ExitCode.BAD_INPUT;
		}
		this.scheduler.getObject().start();
		return ExitCode.SUCCESS;
	}

	@Override
	public int getExitCode() {
		return this.exitCode.code();
	}

}
