package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import se.regionorebrolan.tillaggsbelopp.input.FolderTree;

/**
 * A folder written whole or not at all: its files go into a hidden temporary folder
 * beside it ({@code .ofullstandig-…}), which is moved to the folder's name in one step,
 * or deleted when writing fails. An existing folder is never replaced.
 */
final class AtomicFolder {

	private AtomicFolder() {
	}

	static void write(Path target, Contents contents) throws IOException {
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString(), null, "a folder of results is never overwritten");
		}
		Path parent = Files.createDirectories(target.getParent());
		Path temporary = Files.createTempDirectory(parent, ".ofullstandig-");
		try {
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
