package se.regionorebrolan.tillaggsbelopp.command;

import java.util.ArrayList;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.parameters.SettingsFiles;
import se.regionorebrolan.tillaggsbelopp.program.TemporaryFolder;

/**
 * What is checked before Spring Boot starts, because Spring Boot would stop on it with a
 * stack trace, wait for ever or run out of memory: an option given twice, the settings
 * files (docs/decisions/0006-strict-parameters.md) and the folder for temporary files.
 */
public final class BeforeStart {

	static final String HEADING = "Inställningarna kan inte läsas – kommandot startades inte och inget skrevs:";

	private BeforeStart() {
	}

	/** The lines that refuse the start, for standard error, or none. */
	public static List<String> refusal(String... args) {
		List<String> refusal = CommandLineArguments.refusal(args);
		if (!refusal.isEmpty()) {
			return refusal;
		}
		List<InputProblem> problems = new ArrayList<>(SettingsFiles.problems(args));
		TemporaryFolder.problem().ifPresent(problems::add);
		if (problems.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(List.of(HEADING));
		problems.forEach(problem -> lines.add("  - " + problem));
		return lines;
	}

}
