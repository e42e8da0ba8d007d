package se.regionorebrolan.tillaggsbelopp.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
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
				status(manifest.status()), OffsetDateTime.parse(manifest.calculatedAt()), manifest.softwareVersion(),
				folder, manifest.results().sha256(), manifest.results().countyTotal(),
				Optional.ofNullable(manifest.comparedWithVersion()),
				manifest.statusHistory()
					.stream()
					.map(entry -> new StatusChange(status(entry.status()), OffsetDateTime.parse(entry.at()),
							entry.reason()))
					.toList());
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

	private static RunStatus status(String label) {
		return Arrays.stream(RunStatus.values())
			.filter(status -> status.label().equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown status " + label));
	}

}
