package se.regionorebrolan.tillaggsbelopp.command;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.job.InputChoice;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;

/**
 * {@code info}: the program and Java versions and the folders a run would use. It starts
 * the application like every command and touches no files, so it is also the start-up
 * floor the benchmark measures the job against.
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
	public List<String> options() {
		return List.of("input-dir", "input-workbook");
	}

	@Override
	public ExitCode execute() {
		this.console.say("tillaggsbelopp " + SoftwareVersion.current());
		this.console.say("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
		this.console.say("Indata: " + this.choice.source().describe());
		this.console.say("Utdata: " + this.properties.outputDir().toAbsolutePath().normalize());
		return ExitCode.SUCCESS;
	}

	@Override
	public boolean usesOutputFolder() {
		return false;
	}

}
