package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.ArchiveException;
import se.regionorebrolan.tillaggsbelopp.archive.RunManifest;
import se.regionorebrolan.tillaggsbelopp.archive.Verification;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;

/**
 * {@code verify}: calculates a stored version again from its archived input and confirms
 * that it is unchanged ({@link Verification}), or names every difference. With
 * {@code --tillagg.run-folder} it needs only the folder (no registry), e.g. years later
 * on another machine.
 */
@Component
@Order(5)
class VerifyCommand implements Command {

	private final TillaggProperties properties;

	private final Verification verification;

	private final Console console;

	VerifyCommand(TillaggProperties properties, Verification verification, Console console) {
		this.properties = properties;
		this.verification = verification;
		this.console = console;
	}

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public String summary() {
		return "beräknar en sparad version igen och bekräftar varje fil och värde";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year", "version", "run-folder");
	}

	@Override
	public String example() {
		return "verify --tillagg.budget-year=2027 --tillagg.version=1";
	}

	@Override
	public List<String> incomplete() {
		return (this.properties.runFolder() != null) ? List.of() : VersionSelection.incomplete(this.properties, name());
	}

	/** Not with --tillagg.run-folder, which needs only the folder. */
	@Override
	public boolean readsCalculatedVersions() {
		return this.properties.runFolder() == null;
	}

	@Override
	public ExitCode execute() throws IOException {
		Path runFolder = this.properties.runFolder();
		if (runFolder == null) {
			return verifyVersion();
		}
		if (!RunManifest.isIn(runFolder)) {
			this.console.failure("tillagg.run-folder = " + runFolder + ": mappen är ingen körningsmapp (" + runFolder
					+ " har ingen manifest.json). Ange mappen för en version, t.ex. output/2027/v1-85e563aeeaf1.");
			return ExitCode.BAD_INPUT;
		}
		try {
			return report(this.verification.ofFolder(runFolder));
		}
		catch (ArchiveException ex) {
			// a run folder whose manifest cannot be read
			this.console.failure(runFolder + " stämmer inte (1 skillnad):");
			this.console.failure("  - " + ex.getMessage());
			return ExitCode.DIFFERENCES;
		}
	}

	private ExitCode verifyVersion() throws IOException {
		VersionSelection selection = VersionSelection.of(this.properties);
		int year = selection.budgetYear();
		int version = selection.version();
		Optional<Verification.Result> result = this.verification.ofVersion(year, version);
		return result.isPresent() ? report(result.get()) : VersionSelection.missing(this.console, year, version);
	}

	private ExitCode report(Verification.Result result) {
		RegisteredRun run = result.run();
		List<String> differences = result.differences();
		String which = "Version " + run.version() + " av budgetåret " + run.budgetYear() + " (" + run.status().label()
				+ ", " + run.folder() + ")";
		if (differences.isEmpty()) {
			this.console.say(which + " är verifierad: beräknad på nytt från den arkiverade indatan ger den samma "
					+ "körnings-id, samma resultatfil och samma värden i arbetsboken.");
			return ExitCode.SUCCESS;
		}
		int count = differences.size();
		this.console.failure(which + " stämmer inte (" + count + ((count == 1) ? " skillnad):" : " skillnader):"));
		differences.forEach(difference -> this.console.failure("  - " + difference));
		return ExitCode.DIFFERENCES;
	}

}
