package se.regionorebrolan.tillaggsbelopp.command;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints why the program could not start as plain text on standard error, instead of
 * Spring Boot's English log banner (which application.yml silences): the Swedish analyses
 * of parameters and settings. Spring Boot's own analyses of other failures are English;
 * those failures are told by {@link StartupFailure} instead.
 */
class SwedishFailureReporter implements FailureAnalysisReporter {

	@Override
	public void report(FailureAnalysis analysis) {
		if (analysis.getCause() == null || ExitCode.ofStartupFailure(analysis.getCause()) != ExitCode.BAD_INPUT) {
			return;
		}
		System.err.println(analysis.getDescription());
		if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
			System.err.println();
			System.err.println("Åtgärd: " + analysis.getAction());
		}
	}

}
