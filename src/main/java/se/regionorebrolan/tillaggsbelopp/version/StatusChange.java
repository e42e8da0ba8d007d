package se.regionorebrolan.tillaggsbelopp.version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One change of a version's status, with the reason given (empty when none was needed).
 */
public record StatusChange(RunStatus status, OffsetDateTime at, String reason) {

	public StatusChange {
		Objects.requireNonNull(status, "status is required");
		Objects.requireNonNull(at, "at is required");
		Objects.requireNonNull(reason, "reason is required (may be empty)");
	}

	/**
	 * In Swedish for sheets and the console, e.g. "SLUTLIG 2026-12-10 10:15: Ny mätning".
	 */
	public String describe() {
		return this.status.label() + " "
				+ this.at.toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ')
				+ (this.reason.isEmpty() ? "" : ": " + this.reason);
	}

}
