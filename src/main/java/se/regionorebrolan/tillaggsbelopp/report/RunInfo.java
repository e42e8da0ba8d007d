package se.regionorebrolan.tillaggsbelopp.report;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the reports say about the run itself: when it was calculated and its identity (the
 * SHA-256 of the input files and effective parameters).
 */
public record RunInfo(ZonedDateTime calculatedAt, String identity) {

	public RunInfo {
		Objects.requireNonNull(calculatedAt, "calculatedAt is required");
		Objects.requireNonNull(identity, "identity is required");
	}

	/**
	 * The first 12 hex digits of the identity: enough to tell runs apart in a file name.
	 */
	public String shortIdentity() {
		return this.identity.substring(0, Math.min(12, this.identity.length()));
	}

}
