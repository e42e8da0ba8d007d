package se.regionorebrolan.tillaggsbelopp.command;

import java.util.List;

import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;

/**
 * The budget year and version a command acts on. Commands that change or judge a version
 * need both named explicitly, so that a default cannot pick the wrong year.
 */
record VersionSelection(int budgetYear, int version) {

	/** What the command line lacks of the year and the version, if anything. */
	static List<String> incomplete(TillaggProperties properties, String command) {
		if (properties.budgetYear() == null || properties.version() == null) {
			return List.of("Kommandot " + command + " behöver budgetåret och versionen, t.ex. " + command
					+ " --tillagg.budget-year=2027 --tillagg.version=1 (versionerna visas med kommandot list).");
		}
		return List.of();
	}

	/** The selection of a command line that is not {@link #incomplete}. */
	static VersionSelection of(TillaggProperties properties) {
		return new VersionSelection(properties.budgetYear(), properties.version());
	}

	static ExitCode missing(Console console, int budgetYear, int version) {
		console.failure("Budgetåret " + budgetYear + " har ingen version " + version
				+ "; kommandot list --tillagg.budget-year=" + budgetYear + " visar versionerna.");
		return ExitCode.BAD_INPUT;
	}

}
