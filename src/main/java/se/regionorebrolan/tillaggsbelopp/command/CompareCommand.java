package se.regionorebrolan.tillaggsbelopp.command;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.VersionComparison;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import se.regionorebrolan.tillaggsbelopp.report.ComparisonSummary;

/**
 * {@code compare}: compares two versions of a budget year on demand
 * ({@link VersionComparison}): the changes on the console, and the later version's
 * workbook with a Jämförelse sheet against the other, in the year's output folder.
 */
@Component
@Order(4)
class CompareCommand implements Command {

	private final TillaggProperties properties;

	private final ObjectProvider<VersionComparison> comparison;

	private final Console console;

	CompareCommand(TillaggProperties properties, ObjectProvider<VersionComparison> comparison, Console console) {
		this.properties = properties;
		this.comparison = comparison;
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
		VersionComparison versions = RegistryBusyException.guard(this.comparison::getObject);
		Optional<Integer> missing = versions.missing(year, selection.get().version(), this.properties.compareWith());
		if (missing.isPresent()) {
			return VersionSelection.missing(this.console, year, missing.get());
		}
		VersionComparison.Compared compared = versions.compare(year, selection.get().version(),
				this.properties.compareWith());
		this.console.say(ComparisonSummary.lines(compared.comparison()));
		this.console.say("Skrivet:");
		this.console.say("  " + compared.workbook());
		return ExitCode.SUCCESS;
	}

}
