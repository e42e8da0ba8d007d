package se.regionorebrolan.tillaggsbelopp.parameters;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/** Explains in Swedish settings that stopped the start, one line per problem. */
class SettingsFailureAnalyzer extends AbstractFailureAnalyzer<SettingsException> implements Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SettingsException cause) {
		return new FailureAnalysis(
				"Felaktiga inställningar – kommandot startades inte och inget skrevs:" + System.lineSeparator()
						+ cause.problems()
							.stream()
							.map(problem -> "  - " + problem)
							.collect(Collectors.joining(System.lineSeparator())),
				"Rätta inställningen i config/application.yml eller på kommandoraden och kör igen.", cause);
	}

}
