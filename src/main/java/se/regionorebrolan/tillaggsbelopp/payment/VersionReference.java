package se.regionorebrolan.tillaggsbelopp.payment;

import java.util.Objects;

import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;

/**
 * The version a payment basis takes its amounts from, named so that anyone can find and
 * check it: its number, its run identity (the SHA-256 of its input files and parameters,
 * whose first 12 digits are the run id in folder names) and the SHA-256 of its results
 * file.
 */
public record VersionReference(int version, String identity, String resultsSha256) {

	public VersionReference {
		Objects.requireNonNull(identity, "identity is required");
		Objects.requireNonNull(resultsSha256, "resultsSha256 is required");
	}

	public static VersionReference of(RegisteredRun run) {
		return new VersionReference(run.version(), run.identity(), run.resultsSha256());
	}

	/** The run id of folder and file names: the identity's first 12 hex digits. */
	public String runId() {
		return this.identity.substring(0, 12);
	}

}
