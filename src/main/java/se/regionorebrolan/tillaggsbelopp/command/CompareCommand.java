package se.regionorebrolan.tillaggsbelopp.command;

import java.util.ArrayList;
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
	public String summary() {
		return "ändringarna mellan två versioner, i terminalen och som arbetsbok";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year", "version", "compare-with");
	}

	@Override
	public String example() {
		return "compare --tillagg.budget-year=2027 --tillagg.version=2 --tillagg.compare-with=1";
	}

	@Override
	public boolean readsCalculatedVersions() {
		return true;
	}

	@Override
	public List<String> incomplete() {
		List<String> lacking = new ArrayList<>(VersionSelection.incomplete(this.properties, name()));
		if (!lacking.isEmpty() || this.properties.compareWith() == null) {
			lacking.add("Ange versionen att jämföra med, t.ex. compare --tillagg.budget-year=2027 "
					+ "--tillagg.version=2 --tillagg.compare-with=1");
		}
		return lacking;
	}

	@Override
	public ExitCode execute() throws Exception {
		VersionSelection selection = VersionSelection.of(this.properties);
		int year = selection.budgetYear();
		VersionComparison versions = RegistryBusyException.guard(this.comparison::getObject);
		Optional<Integer> missing = versions.missing(year, selection.version(), this.properties.compareWith());
		if (missing.isPresent()) {
			return VersionSelection.missing(this.console, year, missing.get());
		}
		VersionComparison.Compared compared = versions.compare(year, selection.version(),
				this.properties.compareWith());
		this.console.say(ComparisonSummary.lines(compared.comparison()));
		this.console.say("Skrivet:");
		this.console.say("  " + compared.workbook());
		return ExitCode.SUCCESS;
	}

}
