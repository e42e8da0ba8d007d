package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import se.regionorebrolan.tillaggsbelopp.input.FolderTree;

/**
 * A folder written whole or not at all: its files go into a hidden temporary folder
 * beside it ({@code .ofullstandig-…}), which is moved to the folder's name in one step,
 * or deleted when writing fails. An existing folder is never replaced. It arrives with
 * the mark of an unregistered folder ({@link Unregistered}), which its writer removes
 * once the registry records it.
 */
final class AtomicFolder {

	private AtomicFolder() {
	}

	static void write(Path target, Contents contents) throws IOException {
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString(), null, "a folder of results is never overwritten");
		}
		Path parent = Files.createDirectories(target.getParent());
		// Not Files.createTempDirectory: it makes the folder drwx------, which the other
		// officers of the group could not open once it is moved into place.
		Path temporary = Files.createDirectory(parent.resolve(ArchiveRepair.TEMPORARY + UUID.randomUUID()));
		try {
			Unregistered.mark(temporary);
			contents.write(temporary);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			FolderTree.delete(temporary);
			throw ex;
		}
	}

	/** Writes the folder's files into the (temporary) folder given. */
	@FunctionalInterface
	interface Contents {

		void write(Path folder) throws IOException;

	}

}
