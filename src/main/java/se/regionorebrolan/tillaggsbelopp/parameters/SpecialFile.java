package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path is when it is not a regular file, in words: reading a pipe waits for a
 * writer that never comes, and a device such as {@code /dev/zero} never ends.
 */
final class SpecialFile {

	private static final int TYPE = 0170000;

	private static final int FIFO = 0010000;

	private static final int CHARACTER_DEVICE = 0020000;

	private static final int BLOCK_DEVICE = 0060000;

	private static final int SOCKET = 0140000;

	private SpecialFile() {
	}

	/** {@code är ingen vanlig fil utan en enhet (/dev/zero); ange en vanlig textfil}. */
	static String describe(Path path) {
		String target = "";
		if (Files.isSymbolicLink(path)) {
			try {
				target = " (" + path.toRealPath() + ")";
			}
			catch (IOException ex) {
				target = "";
			}
		}
		return "är ingen vanlig fil utan " + kind(path) + target + "; ange en vanlig textfil";
	}

	private static String kind(Path path) {
		try {
			int mode = (Integer) Files.getAttribute(path, "unix:mode");
			return switch (mode & TYPE) {
				case FIFO -> "en namngiven pipe (FIFO)";
				case CHARACTER_DEVICE, BLOCK_DEVICE -> "en enhet";
				case SOCKET -> "en socket";
				default -> "en specialfil";
			};
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "en specialfil";
		}
	}

}
