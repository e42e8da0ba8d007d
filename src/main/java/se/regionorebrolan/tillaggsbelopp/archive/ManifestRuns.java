package se.regionorebrolan.tillaggsbelopp.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.version.RunStatus;
import se.regionorebrolan.tillaggsbelopp.version.StatusChange;

/**
 * A version as its own folder records it, for when the registry is not at hand (a run
 * folder verified years later, elsewhere).
 */
public final class ManifestRuns {

	private ManifestRuns() {
	}

	public static RegisteredRun of(Path folder) {
		RunManifest manifest = RunManifest.read(folder);
		return new RegisteredRun(manifest.budgetYear(), manifest.version(), manifest.identity(),
				RunStatus.ofLabel(manifest.status()), OffsetDateTime.parse(manifest.calculatedAt()),
				manifest.softwareVersion(), folder, manifest.results().sha256(), manifest.results().countyTotal(),
				Optional.ofNullable(manifest.comparedWithVersion()), history(manifest));
	}

	/** The status changes a manifest records, oldest first. */
	static List<StatusChange> history(RunManifest manifest) {
		return manifest.statusHistory()
			.stream()
			.map(entry -> new StatusChange(RunStatus.ofLabel(entry.status()), OffsetDateTime.parse(entry.at()),
					entry.reason()))
			.toList();
	}

	/**
	 * The folder of another version of the same year beside a run folder:
	 * {@code v<N>-<run id>}.
	 */
	public static Path sibling(Path folder, int version) {
		try (var siblings = Files.list(folder.getParent())) {
			return siblings.filter(path -> path.getFileName().toString().startsWith("v" + version + "-"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("version " + version + " is not beside " + folder));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
