package se.regionorebrolan.tillaggsbelopp.command;

import se.regionorebrolan.tillaggsbelopp.archive.StatusFiles;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.RunFolder;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;

/**
 * {@code publish}: marks a version of a budget year as final (SLUTLIG), the one that is
 * paid. At most one version of a year is final: publishing another needs a reason, and
 * the earlier one becomes superseded (ERSATT) with that reason. The files of both get the
 * new status.
 */
@Component
class PublishCommand implements Command {

	private final TillaggProperties properties;

	private final ObjectProvider<RunRegistry> registry;

	private final ObjectProvider<StatusFiles> statusFiles;

	private final Clock clock;

	private final Console console;

	PublishCommand(TillaggProperties properties, ObjectProvider<RunRegistry> registry,
			ObjectProvider<StatusFiles> statusFiles, Clock clock, Console console) {
		this.properties = properties;
		this.registry = registry;
		this.statusFiles = statusFiles;
		this.clock = clock;
		this.console = console;
	}

	@Override
	public String name() {
		return "publish";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year", "version", "reason");
	}

	@Override
	public boolean readsCalculatedVersions() {
		return true;
	}

	@Override
	public ExitCode execute() throws Exception {
		Optional<VersionSelection> selection = VersionSelection.required(this.properties, this.console, "publish");
		if (selection.isEmpty()) {
			return ExitCode.BAD_INPUT;
		}
		int year = selection.get().budgetYear();
		int version = selection.get().version();
		RunRegistry runs = RegistryBusyException.guard(this.registry::getObject);
		Optional<RegisteredRun> target = runs.find(year, version);
		if (target.isEmpty()) {
			return VersionSelection.missing(this.console, year, version);
		}
		Optional<RegisteredRun> current = runs.finalVersion(year);
		String reason = Optional.ofNullable(this.properties.reason()).orElse("").strip();
		if (current.isPresent() && current.get().version() != version && reason.isEmpty()) {
			this.console.failure("Version " + current.get().version() + " av budgetåret " + year + " är redan SLUTLIG. "
					+ "Att publicera version " + version + " i stället ersätter den och kräver ett skäl, t.ex. "
					+ "--tillagg.reason=\"Ny mätning av hemsjukvården 2025-11-14\". Inget ändrades.");
			return ExitCode.BAD_INPUT;
		}
		Optional<RegisteredRun> superseded = runs.publish(year, version, reason, OffsetDateTime.now(this.clock));
		List<RunFolder> written = this.statusFiles.getObject().synchronize(year);
		report(year, version, superseded, reason, written);
		return ExitCode.SUCCESS;
	}

	private void report(int year, int version, Optional<RegisteredRun> superseded, String reason,
			List<RunFolder> written) {
		this.console.say("Version " + version + " av budgetåret " + year + " är SLUTLIG.");
		superseded.ifPresent(earlier -> this.console
			.say("Version " + earlier.version() + " är ERSATT av version " + version + " (skäl: " + reason + ")."));
		if (!written.isEmpty()) {
			this.console.say("Skrivet:");
			written.forEach(folder -> this.console.say("  " + folder.workbook()));
		}
	}

}
