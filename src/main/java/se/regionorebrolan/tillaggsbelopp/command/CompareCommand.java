package se.regionorebrolan.tillaggsbelopp.command;

import se.regionorebrolan.tillaggsbelopp.archive.VersionContents;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.ArchivedRun;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.report.ComparisonSummary;
import se.regionorebrolan.tillaggsbelopp.workbook.TillaggsbeloppWorkbook;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;

/**
 * {@code compare}: compares two versions of a budget year on demand: the changes on the
 * console, and the later version's workbook with a Jämförelse sheet against the other, in
 * the year's output folder.
 */
@Component
class CompareCommand implements Command {

	private final TillaggProperties properties;

	private final ObjectProvider<RunRegistry> registry;

	private final Console console;

	CompareCommand(TillaggProperties properties, ObjectProvider<RunRegistry> registry, Console console) {
		this.properties = properties;
		this.registry = registry;
		this.console = console;
	}

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year", "version", "compare-with");
	}

	@Override
	public boolean readsCalculatedVersions() {
		return true;
	}

	@Override
	public ExitCode execute() throws Exception {
		Optional<VersionSelection> selection = VersionSelection.required(this.properties, this.console, "compare");
		if (selection.isEmpty() || this.properties.compareWith() == null) {
			this.console.failure("Ange versionen att jämföra med, t.ex. compare --tillagg.budget-year=2027 "
					+ "--tillagg.version=2 --tillagg.compare-with=1");
			return ExitCode.BAD_INPUT;
		}
		int year = selection.get().budgetYear();
		RunRegistry runs = RegistryBusyException.guard(this.registry::getObject);
		Optional<RegisteredRun> after = runs.find(year, selection.get().version());
		if (after.isEmpty()) {
			return VersionSelection.missing(this.console, year, selection.get().version());
		}
		if (runs.find(year, this.properties.compareWith()).isEmpty()) {
			return VersionSelection.missing(this.console, year, this.properties.compareWith());
		}
		ArchivedRun archived = ArchivedRun.load(after.get().folder());
		WorkbookContent content = VersionContents.of(after.get(), archived, after.get().status(),
				Optional.of(this.properties.compareWith()), version -> runs.find(year, version).orElseThrow().folder());
		this.console.say(ComparisonSummary.lines(content.comparison().orElseThrow()));
		Path workbook = write(content, after.get().folder().getParent(), year, selection.get().version());
		this.console.say("Skrivet:");
		this.console.say("  " + workbook);
		return ExitCode.SUCCESS;
	}

	/**
	 * The comparison workbook is derived from two archived versions, so it may be written
	 * again.
	 */
	private Path write(WorkbookContent content, Path yearFolder, int year, int version) throws Exception {
		Path target = yearFolder.resolve(
				"tillaggsbelopp-" + year + "-v" + version + "-jamford-med-v" + this.properties.compareWith() + ".xlsx");
		Path temporary = yearFolder.resolve(".ofullstandig-" + target.getFileName());
		try {
			TillaggsbeloppWorkbook.write(content, temporary);
			return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
