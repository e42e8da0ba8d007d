package se.regionorebrolan.tillaggsbelopp.command;

import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;

/**
 * The budget year and version a command acts on. Commands that change or judge a version
 * need both named explicitly, so that a default cannot pick the wrong year.
 */
record VersionSelection(int budgetYear, int version) {

	/** The selection, or empty after telling the finance officer what is missing. */
	static Optional<VersionSelection> required(TillaggProperties properties, Console console, String command) {
		if (properties.budgetYear() == null || properties.version() == null) {
			console.failure("Kommandot " + command + " behöver budgetåret och versionen, t.ex. " + command
					+ " --tillagg.budget-year=2027 --tillagg.version=1 (versionerna visas med kommandot list).");
			return Optional.empty();
		}
		return Optional.of(new VersionSelection(properties.budgetYear(), properties.version()));
	}

	static ExitCode missing(Console console, int budgetYear, int version) {
		console.failure("Budgetåret " + budgetYear + " har ingen version " + version
				+ "; kommandot list --tillagg.budget-year=" + budgetYear + " visar versionerna.");
		return ExitCode.BAD_INPUT;
	}

}
