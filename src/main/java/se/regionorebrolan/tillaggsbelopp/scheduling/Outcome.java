package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.util.Objects;

/**
 * What one firing of a scheduled job did, for its log line.
 *
 * @param kind done (also when there was nothing to do), failed, or stopped because
 * another process held the registry
 * @param exitCode the exit code the same command returns in one-shot mode
 * @param summary one line in Swedish
 */
public record Outcome(Kind kind, int exitCode, String summary) {

	public Outcome {
		Objects.requireNonNull(kind, "kind is required");
		Objects.requireNonNull(summary, "summary is required");
	}

	/** Whether the job did its work, failed, or should be tried again later. */
	public enum Kind {

		DONE, FAILED, BUSY

	}

}
