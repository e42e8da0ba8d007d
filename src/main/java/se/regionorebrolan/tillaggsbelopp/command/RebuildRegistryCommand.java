package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.RegistryRebuild;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.program.Failures;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryDatabase;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryFile;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryUnreadableException;

/**
 * {@code rebuild-registry}: builds the registry again from the run and payment folders of
 * the output folder ({@link RegistryRebuild}), after it was lost, damaged or restored
 * from a backup older than the folders. A registry that cannot be read is moved aside and
 * kept; one that has versions is never replaced.
 */
@Component
@Order(10)
class RebuildRegistryCommand implements Command {

	private final TillaggProperties properties;

	private final ObjectProvider<RegistryDatabase> database;

	private final ObjectProvider<RegistryRebuild> rebuild;

	private final Console console;

	private final Clock clock;

	RebuildRegistryCommand(TillaggProperties properties, ObjectProvider<RegistryDatabase> database,
			ObjectProvider<RegistryRebuild> rebuild, Console console, Clock clock) {
		this.properties = properties;
		this.database = database;
		this.rebuild = rebuild;
		this.console = console;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "rebuild-registry";
	}

	@Override
	public String summary() {
		return "bygger registret igen ur kör- och utbetalningsmapparna";
	}

	@Override
	public List<String> options() {
		return List.of();
	}

	@Override
	public String example() {
		return "rebuild-registry --tillagg.output-dir=/srv/tillaggsbelopp/output";
	}

	@Override
	public ExitCode execute() throws IOException {
		RegistryDatabase registry = RegistryBusyException.guard(this.database::getObject);
		try {
			registry.open();
		}
		catch (RegistryUnreadableException ex) {
			if (this.properties.registryUrl() != null || Failures.isDiskFull(ex)) {
				throw ex;
			}
			Path aside = RegistryFile.moveAside(this.properties, this.clock);
			this.console.say("Registret kunde inte läsas och flyttades undan till " + aside + "; det sparas.");
		}
		RegistryRebuild.Rebuilt rebuilt = this.rebuild.getObject().rebuild();
		this.console.say("Registret byggdes upp igen ur utmatningsmappen "
				+ this.properties.outputDir().toAbsolutePath().normalize() + ": " + rebuilt.versions()
				+ ((rebuilt.versions() == 1) ? " version" : " versioner") + " och " + rebuilt.payments()
				+ " utbetalningsunderlag.");
		return ExitCode.SUCCESS;
	}

}
