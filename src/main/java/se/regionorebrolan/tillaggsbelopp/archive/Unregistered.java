package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The mark of a folder that is written but not yet recorded in the registry: a version's
 * or a payment basis' folder is moved into place with it and loses it once the registry
 * has committed the folder's row. A folder that still has it at the next start was left
 * by a process that stopped in between.
 */
final class Unregistered {

	static final String MARK = ".ej-registrerad";

	private Unregistered() {
	}

	/** Marks a folder being written. */
	static void mark(Path folder) throws IOException {
		Files.writeString(folder.resolve(MARK), "Mappen är skriven men ännu inte registrerad.\n");
	}

	static boolean isMarked(Path folder) {
		return Files.exists(folder.resolve(MARK));
	}

	/** The registry has the folder: it is complete. */
	static void clear(Path folder) throws IOException {
		Files.deleteIfExists(folder.resolve(MARK));
	}

}
