package se.regionorebrolan.tillaggsbelopp.command;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.Publication;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;

/**
 * {@code publish}: marks a version of a budget year as final (SLUTLIG), the one that is
 * paid ({@link Publication}), and says what changed.
 */
@Component
@Order(2)
class PublishCommand implements Command {

	private final TillaggProperties properties;

	private final ObjectProvider<Publication> publication;

	private final Console console;

	PublishCommand(TillaggProperties properties, ObjectProvider<Publication> publication, Console console) {
		this.properties = properties;
		this.publication = publication;
		this.console = console;
	}

	@Override
	public String name() {
		return "publish";
	}

	@Override
	public String summary() {
		return "gör en version SLUTLIG, den som betalas ut";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year", "version", "reason");
	}

	@Override
	public String example() {
		return "publish --tillagg.budget-year=2027 --tillagg.version=2 --tillagg.reason=\"Ny mätning november 2026\"";
	}

	@Override
	public boolean readsCalculatedVersions() {
		return true;
	}

	@Override
	public boolean writesVersions() {
		return true;
	}

	@Override
	public List<String> incomplete() {
		return VersionSelection.incomplete(this.properties, name());
	}

	@Override
	public ExitCode execute() throws Exception {
		VersionSelection selection = VersionSelection.of(this.properties);
		int year = selection.budgetYear();
		int version = selection.version();
		String reason = Optional.ofNullable(this.properties.reason()).orElse("").strip();
		Publication.Outcome outcome = RegistryBusyException.guard(this.publication::getObject)
			.publish(year, version, reason);
		if (outcome instanceof Publication.ReasonRequired required) {
			this.console.failure("Version " + required.current().version() + " av budgetåret " + year
					+ " är redan SLUTLIG. Att publicera version " + version + " i stället ersätter den och kräver "
					+ "ett skäl, t.ex. --tillagg.reason=\"Ny mätning av hemsjukvården 2025-11-14\". Inget ändrades.");
			return ExitCode.BAD_INPUT;
		}
		if (outcome instanceof Publication.Published published) {
			report(year, version, published, reason);
			return ExitCode.SUCCESS;
		}
		return VersionSelection.missing(this.console, year, version);
	}

	private void report(int year, int version, Publication.Published published, String reason) {
		this.console.say("Version " + version + " av budgetåret " + year + " är SLUTLIG.");
		published.superseded()
			.ifPresent(earlier -> this.console
				.say("Version " + earlier.version() + " är ERSATT av version " + version + " (skäl: " + reason + ")."));
		if (!published.written().isEmpty()) {
			this.console.say("Skrivet:");
			published.written().forEach(folder -> this.console.say("  " + folder.workbook()));
		}
	}

}
