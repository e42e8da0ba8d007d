package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder with everything in it, deleted deepest first. */
public final class FolderTree {

	private FolderTree() {
	}

	/** Deletes the folder and everything in it; nothing when it does not exist. */
	public static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
