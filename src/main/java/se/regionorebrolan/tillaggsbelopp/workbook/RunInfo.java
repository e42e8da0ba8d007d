package se.regionorebrolan.tillaggsbelopp.workbook;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the reports say about the run itself: when it was calculated, its identity (the
 * SHA-256 of the input files and effective parameters), its version of the budget year,
 * the program version and the publication status with its history.
 *
 * @param calculatedAt when the run calculated, Swedish time
 * @param identity the run identity, 64 hex digits
 * @param version the version of the budget year: 1, 2, …
 * @param softwareVersion the program version that calculated
 * @param status the publication status shown on every sheet, e.g. PRELIMINÄR
 * @param statusHistory the status changes in Swedish, oldest first
 * @param parametersDigest the SHA-256 of the effective parameters as listed
 */
public record RunInfo(ZonedDateTime calculatedAt, String identity, int version, String softwareVersion, String status,
		List<String> statusHistory, String parametersDigest) {

	public RunInfo {
		Objects.requireNonNull(calculatedAt, "calculatedAt is required");
		Objects.requireNonNull(identity, "identity is required");
		Objects.requireNonNull(softwareVersion, "softwareVersion is required");
		Objects.requireNonNull(status, "status is required");
		statusHistory = List.copyOf(statusHistory);
		Objects.requireNonNull(parametersDigest, "parametersDigest is required");
	}

	/**
	 * The first 12 hex digits of the identity: enough to tell runs apart in a file name.
	 */
	public String shortIdentity() {
		return this.identity.substring(0, Math.min(12, this.identity.length()));
	}

	/** "version 2 – SLUTLIG", as titles and page headers show it. */
	public String versionAndStatus() {
		return "version " + this.version + " – " + this.status;
	}

}
