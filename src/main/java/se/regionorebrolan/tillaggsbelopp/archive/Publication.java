package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;

/**
 * Marks a version of a budget year as final (SLUTLIG), the one that is paid. At most one
 * version of a year is final: publishing another needs a reason, and the earlier one
 * becomes superseded (ERSATT) with that reason. The folders are checked first, the
 * registry changes next, and the files of both get the new status last; a publication
 * interrupted after the registry changed is finished by the next start
 * ({@link ArchiveRepair}).
 */
@Component
public class Publication {

	private final RunRegistry registry;

	private final StatusFiles statusFiles;

	private final Clock clock;

	Publication(RunRegistry registry, StatusFiles statusFiles, Clock clock) {
		this.registry = registry;
		this.statusFiles = statusFiles;
		this.clock = clock;
	}

	/** What publishing came to. */
	public sealed interface Outcome {

	}

	/** The year has no such version. */
	public record NoSuchVersion() implements Outcome {
	}

	/**
	 * Another version is final and no reason was given for replacing it: nothing changed.
	 */
	public record ReasonRequired(RegisteredRun current) implements Outcome {
	}

	/** The version is final; the one it replaced, if any; the folders written again. */
	public record Published(Optional<RegisteredRun> superseded, List<RunFolder> written) implements Outcome {
	}

	/**
	 * Publishes the version.
	 * @param reason why it replaces a final version; may be blank when none is final
	 */
	public Outcome publish(int budgetYear, int version, String reason) throws IOException {
		if (this.registry.find(budgetYear, version).isEmpty()) {
			return new NoSuchVersion();
		}
		Optional<RegisteredRun> current = this.registry.finalVersion(budgetYear);
		if (current.isPresent() && current.get().version() != version && reason.isBlank()) {
			return new ReasonRequired(current.get());
		}
		this.statusFiles.requireIntact(this.registry.find(budgetYear, version).orElseThrow());
		if (current.isPresent()) {
			this.statusFiles.requireIntact(current.get());
		}
		Optional<RegisteredRun> superseded = this.registry.publish(budgetYear, version, reason,
				OffsetDateTime.now(this.clock));
		return new Published(superseded, this.statusFiles.synchronize(budgetYear));
	}

}
