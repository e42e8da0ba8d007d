package se.regionorebrolan.tillaggsbelopp.workbook;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the reports say about the run itself: when it was calculated, its identity (the
 * SHA-256 of the input files and effective parameters), the program version and the run's
 * status.
 *
 * @param calculatedAt when the run calculated, Swedish time
 * @param identity the run identity, 64 hex digits
 * @param softwareVersion the program version that calculated
 * @param status the publication status shown on every sheet, e.g. PRELIMINÄR
 * @param parametersDigest the SHA-256 of the effective parameters as listed
 */
public record RunInfo(ZonedDateTime calculatedAt, String identity, String softwareVersion, String status,
		String parametersDigest) {

	/** The status of a run that has not been published. */
	public static final String PRELIMINARY = "PRELIMINÄR";

	public RunInfo {
		Objects.requireNonNull(calculatedAt, "calculatedAt is required");
		Objects.requireNonNull(identity, "identity is required");
		Objects.requireNonNull(softwareVersion, "softwareVersion is required");
		Objects.requireNonNull(status, "status is required");
		Objects.requireNonNull(parametersDigest, "parametersDigest is required");
	}

	/**
	 * The first 12 hex digits of the identity: enough to tell runs apart in a file name.
	 */
	public String shortIdentity() {
		return this.identity.substring(0, Math.min(12, this.identity.length()));
	}

}
