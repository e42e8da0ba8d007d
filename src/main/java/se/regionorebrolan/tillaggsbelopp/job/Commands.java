package se.regionorebrolan.tillaggsbelopp.job;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by the first word on the command line ({@code run} when there is
 * none; the words were checked by {@link CommandLineArguments} before Spring started) and
 * keeps its exit code for {@code System.exit}.
 */
@Component
class Commands implements ApplicationRunner, ExitCodeGenerator {

	private final Map<String, Command> byName;

	private final Console console;

	private ExitCode exitCode = ExitCode.INTERNAL_FAILURE;

	Commands(List<Command> commands, Console console) {
		this.byName = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
		this.console = console;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		String name = arguments.getNonOptionArgs().isEmpty() ? "run" : arguments.getNonOptionArgs().get(0);
		try {
			this.exitCode = this.byName.get(name).execute();
		}
		catch (RegistryBusyException ex) {
			this.console.failure(ex.getMessage());
			this.exitCode = ExitCode.BUSY;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode.code();
	}

}
