package se.regionorebrolan.tillaggsbelopp.command;

import se.regionorebrolan.tillaggsbelopp.archive.VersionContents;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.ArchiveException;
import se.regionorebrolan.tillaggsbelopp.archive.ArchivedRun;
import se.regionorebrolan.tillaggsbelopp.archive.RunManifest;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.archive.ManifestRuns;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredResults;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.report.ResultsCsv;
import se.regionorebrolan.tillaggsbelopp.workbook.TillaggsbeloppWorkbook;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookValues;

/**
 * {@code verify}: calculates a stored version again from its archived input and confirms
 * that the run identity, the results file and every value of the workbook are the same,
 * and that the registry holds the same amounts. With {@code --tillagg.run-folder} it
 * needs only the folder (no registry), e.g. years later on another machine.
 */
@Component
class VerifyCommand implements Command {

	private final TillaggProperties properties;

	private final ObjectProvider<RunRegistry> registry;

	private final Console console;

	VerifyCommand(TillaggProperties properties, ObjectProvider<RunRegistry> registry, Console console) {
		this.properties = properties;
		this.registry = registry;
		this.console = console;
	}

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year", "version", "run-folder");
	}

	/** Not with --tillagg.run-folder, which needs only the folder. */
	@Override
	public boolean readsCalculatedVersions() {
		return this.properties.runFolder() == null;
	}

	@Override
	public ExitCode execute() throws IOException {
		Path runFolder = this.properties.runFolder();
		if (runFolder != null && !RunManifest.isIn(runFolder)) {
			this.console.failure("tillagg.run-folder = " + runFolder + ": mappen är ingen körningsmapp (" + runFolder
					+ " har ingen manifest.json). Ange mappen för en version, t.ex. output/2027/v1-85e563aeeaf1.");
			return ExitCode.BAD_INPUT;
		}
		Optional<Target> target;
		try {
			target = target();
		}
		catch (ArchiveException ex) {
			// a run folder whose manifest cannot be read
			this.console.failure(runFolder + " stämmer inte (1 skillnad):");
			this.console.failure("  - " + ex.getMessage());
			return ExitCode.DIFFERENCES;
		}
		if (target.isEmpty()) {
			return ExitCode.BAD_INPUT;
		}
		List<String> differences = new ArrayList<>();
		ArchivedRun archived;
		try {
			archived = ArchivedRun.load(target.get().run().folder());
		}
		catch (ArchiveException ex) {
			return report(target.get().run(), List.of(ex.getMessage()));
		}
		RegisteredRun run = target.get().run();
		if (!archived.identity().equals(run.identity()) || !archived.manifest().identity().equals(run.identity())) {
			differences.add("körnings-id: arkivet ger " + archived.identity() + ", registrerat " + run.identity());
		}
		WorkbookContent content = VersionContents.of(run, archived, run.status(), run.comparedWithVersion(),
				target.get().folders());
		differences.addAll(results(archived, content));
		target.get().registered().ifPresent(amounts -> differences.addAll(amounts(content, amounts)));
		differences.addAll(workbook(archived, content));
		return report(run, differences);
	}

	/**
	 * The version to verify: from the registry by year and version, or a folder on its
	 * own.
	 */
	private Optional<Target> target() {
		if (this.properties.runFolder() != null) {
			RegisteredRun run = ManifestRuns.of(this.properties.runFolder());
			return Optional
				.of(new Target(run, version -> ManifestRuns.sibling(run.folder(), version), Optional.empty()));
		}
		Optional<VersionSelection> selection = VersionSelection.required(this.properties, this.console, "verify");
		if (selection.isEmpty()) {
			return Optional.empty();
		}
		int year = selection.get().budgetYear();
		RunRegistry runs = RegistryBusyException.guard(this.registry::getObject);
		Optional<RegisteredRun> run = runs.find(year, selection.get().version());
		if (run.isEmpty()) {
			VersionSelection.missing(this.console, year, selection.get().version());
			return Optional.empty();
		}
		return Optional.of(new Target(run.get(), version -> runs.find(year, version).orElseThrow().folder(),
				Optional.of(runs.results(year, selection.get().version()))));
	}

	private static List<String> results(ArchivedRun archived, WorkbookContent content) throws IOException {
		Path stored = archived.folder().resolve(archived.manifest().results().file());
		Path again = Files.createTempFile("tillaggsbelopp-verify", ".csv");
		try {
			ResultsCsv.write(content.calculation(), again);
			List<String> differences = new ArrayList<>();
			String expected = archived.manifest().results().sha256();
			if (!Sha256.hex(Files.readAllBytes(again)).equals(expected)) {
				differences
					.add("resultatfilen beräknad på nytt har en annan SHA-256 än manifestet anger (" + expected + ")");
			}
			if (!Files.exists(stored) || !Sha256.hex(Files.readAllBytes(stored)).equals(expected)) {
				differences.add(stored.getFileName() + " saknas eller har ändrats sedan körningen");
			}
			return differences;
		}
		finally {
			Files.deleteIfExists(again);
		}
	}

	private static List<String> amounts(WorkbookContent content, RegisteredResults registered) {
		List<String> differences = new ArrayList<>();
		for (MunicipalityAmounts amounts : content.calculation().amounts()) {
			String code = amounts.municipality().code();
			amounts.amounts().forEach((component, amount) -> {
				Optional<BigDecimal> stored = registered.amount(code, component);
				if (stored.isEmpty() || stored.get().compareTo(amount) != 0) {
					differences.add("registret: " + code + " " + component.swedishLabel() + " "
							+ stored.map(BigDecimal::toPlainString).orElse("(saknas)") + " ≠ "
							+ amount.toPlainString());
				}
			});
		}
		return differences;
	}

	private static List<String> workbook(ArchivedRun archived, WorkbookContent content) throws IOException {
		Path stored = archived.folder().resolve(archived.manifest().results().file().replace(".csv", ".xlsx"));
		if (!Files.exists(stored)) {
			return List.of(stored.getFileName() + " saknas");
		}
		Path again = Files.createTempFile("tillaggsbelopp-verify", ".xlsx");
		try {
			TillaggsbeloppWorkbook.write(content, again);
			return WorkbookValues.differences(again, stored)
				.stream()
				.map(difference -> stored.getFileName() + " " + difference)
				.toList();
		}
		finally {
			Files.deleteIfExists(again);
		}
	}

	private ExitCode report(RegisteredRun run, List<String> differences) {
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

	/** What to verify and how to find the other versions it refers to. */
	private record Target(RegisteredRun run, IntFunction<Path> folders, Optional<RegisteredResults> registered) {
	}

}
