package se.regionorebrolan.tillaggsbelopp.program;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * The JVM's folder for temporary files ({@code -Djava.io.tmpdir}): verify writes its
 * recalculated files there, and a failed start its details. It is checked before anything
 * starts, since a missing one would only show as a stack trace halfway through.
 */
public final class TemporaryFolder {

	private static final String PROPERTY = "java.io.tmpdir";

	private TemporaryFolder() {
	}

	public static Path path() {
		return Path.of(System.getProperty(PROPERTY));
	}

	/**
	 * Why the folder cannot be used, or nothing: it must be a folder that takes a file.
	 */
	public static Optional<InputProblem> problem() {
		String folder = System.getProperty(PROPERTY, "");
		String named = "mappen för tillfälliga filer " + folder + " (-D" + PROPERTY + ")";
		try {
			Path path = Path.of(folder);
			if (!Files.isDirectory(path)) {
				return problem(named + (Files.exists(path) ? " är ingen mapp" : " finns inte"));
			}
			Files.delete(Files.createTempFile(path, "tillaggsbelopp-", ".prov"));
			return Optional.empty();
		}
		catch (InvalidPathException | IOException ex) {
			return problem(named + " går inte att skriva i");
		}
	}

	private static Optional<InputProblem> problem(String what) {
		return Optional.of(InputProblem.ofFile("Java",
				what + "; ange en mapp som finns och går att skriva i, eller ta bort flaggan"));
	}

}
