package se.regionorebrolan.tillaggsbelopp.command;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.job.InputChoice;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;

/**
 * {@code info}: the program and Java versions, the working folder and the folders a run
 * would use. It starts the application like every command and touches no files, so it is
 * also the start-up floor the benchmark measures the job against.
 */
@Component
@Order(7)
class InfoCommand implements Command {

	private final TillaggProperties properties;

	private final InputChoice choice;

	private final Console console;

	InfoCommand(TillaggProperties properties, InputChoice choice, Console console) {
		this.properties = properties;
		this.choice = choice;
		this.console = console;
	}

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String summary() {
		return "program- och Java-version och mapparna en körning skulle använda";
	}

	@Override
	public List<String> options() {
		return List.of("input-dir", "input-workbook");
	}

	@Override
	public String example() {
		return "info";
	}

	@Override
	public ExitCode execute() {
		this.console.say("tillaggsbelopp " + SoftwareVersion.current());
		this.console.say("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
		this.console.say("Arbetsmapp: " + this.properties.home().toAbsolutePath().normalize());
		this.console.say("Indata: " + this.choice.source().describe());
		this.console.say("Utdata: " + this.properties.outputDir().toAbsolutePath().normalize());
		return ExitCode.SUCCESS;
	}

	@Override
	public boolean usesOutputFolder() {
		return false;
	}

}
