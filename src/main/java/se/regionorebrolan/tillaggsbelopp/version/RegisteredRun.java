package se.regionorebrolan.tillaggsbelopp.version;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of a budget year as the registry knows it.
 *
 * @param budgetYear the budget year
 * @param version 1, 2, … in the order the year's distinct inputs were calculated
 * @param identity the run identity (SHA-256 of input files and parameters)
 * @param status the publication status now
 * @param calculatedAt when it was calculated
 * @param softwareVersion the program version that calculated it
 * @param folder the run folder with its files, manifest and archived input
 * @param resultsSha256 the SHA-256 of the results file's bytes
 * @param countyTotal the sum of all municipalities' amounts
 * @param comparedWithVersion the version its Jämförelse sheet compares with, if any
 * @param history every status change, oldest first
 */
public record RegisteredRun(int budgetYear, int version, String identity, RunStatus status, OffsetDateTime calculatedAt,
		String softwareVersion, Path folder, String resultsSha256, BigDecimal countyTotal,
		Optional<Integer> comparedWithVersion, List<StatusChange> history) {

	public RegisteredRun {
		Objects.requireNonNull(identity, "identity is required");
		Objects.requireNonNull(status, "status is required");
		Objects.requireNonNull(folder, "folder is required");
		Objects.requireNonNull(comparedWithVersion, "comparedWithVersion is required (may be empty)");
		history = List.copyOf(history);
	}

	/** The short run id of folder and file names. */
	public String shortIdentity() {
		return this.identity.substring(0, 12);
	}

}
