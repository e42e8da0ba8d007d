package se.regionorebrolan.tillaggsbelopp.program;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an unexpected failure is, as the finance officer is told it: one Swedish sentence
 * on the console for the causes a user meets (a full disk, a folder that cannot be
 * written, a file in the way), and the details (the Java exception and where it happened)
 * in a log file, never on the console.
 */
public final class Failures {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private static final String UNEXPECTED = "ett oväntat fel";

	private static final String DISK_FULL = "No space left on device";

	/** Less room than this, 256 KiB, is a full disk for a workbook being written. */
	private static final long NEARLY_FULL = 256 * 1024;

	private Failures() {
	}

	/** The cause in Swedish, e.g. "disken är full (/srv/tb/output/2027)". */
	public static String describe(Throwable failure) {
		return knownCause(failure).orElse(UNEXPECTED);
	}

	/**
	 * The cause in Swedish, for a failure while writing in {@code folder}: POI reports a
	 * full disk as a part it could not save, without the cause, so a folder whose disk
	 * has (next to) no space left says so when nothing else does.
	 */
	public static String describe(Throwable failure, Path folder) {
		return knownCause(failure)
			.or(() -> hasNoSpace(folder) ? Optional.of("disken är full (" + folder.toAbsolutePath().normalize()
					+ "); frigör utrymme och kör samma kommando igen") : Optional.empty())
			.orElse(UNEXPECTED);
	}

	/** What the first cause in the chain that a user can act on is, in Swedish. */
	private static Optional<String> knownCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			Optional<String> known = known(cause);
			if (known.isPresent()) {
				return known;
			}
		}
		return Optional.empty();
	}

	private static boolean hasNoSpace(Path folder) {
		for (Path existing = folder.toAbsolutePath(); existing != null; existing = existing.getParent()) {
			if (Files.exists(existing)) {
				try {
					return Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL;
				}
				catch (IOException ex) {
					return false;
				}
			}
		}
		return false;
	}

	/**
	 * Whether the failure is a full disk, which the next start after freeing space
	 * completes.
	 */
	public static boolean isDiskFull(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(DISK_FULL)) {
				return true;
			}
		}
		return false;
	}

	private static Optional<String> known(Throwable cause) {
		if (cause.getMessage() != null && cause.getMessage().contains(DISK_FULL)) {
			return Optional.of("disken är full" + where(cause) + "; frigör utrymme och kör samma kommando igen");
		}
		if (cause instanceof AccessDeniedException) {
			return Optional.of("programmet får inte skriva eller läsa" + where(cause)
					+ "; kontrollera behörigheterna till mappen");
		}
		if (cause instanceof NotDirectoryException || cause instanceof FileAlreadyExistsException) {
			return Optional.of("en fil står i vägen" + where(cause) + "; flytta undan den");
		}
		if (cause instanceof NoSuchFileException) {
			return Optional.of("en fil eller mapp saknas" + where(cause));
		}
		if (cause instanceof FileSystemException && cause.getMessage() != null
				&& cause.getMessage().contains("Read-only file system")) {
			return Optional.of("filsystemet är skrivskyddat" + where(cause));
		}
		return Optional.empty();
	}

	private static String where(Throwable cause) {
		if (cause instanceof FileSystemException file && file.getFile() != null) {
			return " (" + file.getFile() + ")";
		}
		return "";
	}

	/**
	 * The cause in Swedish with where its details were written, e.g. "disken är full (…)
	 * (detaljerna står i output/logs/tillaggsbelopp-fel.log)".
	 */
	public static String describeAndLog(Throwable failure, Path outputDirectory, Clock clock) {
		return describe(failure, outputDirectory)
				+ log(failure, outputDirectory, clock).map(file -> " (detaljerna står i " + file + ")").orElse("");
	}

	/**
	 * Writes the details of a failure, after the lines of {@code context}, to
	 * {@code <output-dir>/logs/tillaggsbelopp-fel.log}, or to a file of its own in the
	 * temporary folder when the output folder does not exist, and returns the file.
	 */
	public static Optional<Path> log(Throwable failure, Path outputDirectory, Clock clock, String... context) {
		StringWriter details = new StringWriter();
		try (PrintWriter writer = new PrintWriter(details)) {
			writer.println(ZonedDateTime.now(clock) + " Tilläggsbelopp " + SoftwareVersion.current() + ", Java "
					+ System.getProperty("java.version"));
			Stream.of(context).forEach(writer::println);
			writer.println(describe(failure, outputDirectory));
			failure.printStackTrace(writer);
		}
		try {
			return Optional.of(write(details.toString(), outputDirectory, clock));
		}
		catch (IOException | RuntimeException ex) {
			// a full disk or a folder the program may not write may leave no place for
			// them
			return Optional.empty();
		}
	}

	private static Path write(String details, Path outputDirectory, Clock clock) throws IOException {
		if (Files.isDirectory(outputDirectory)) {
			Path file = Files.createDirectories(outputDirectory.resolve("logs")).resolve("tillaggsbelopp-fel.log");
			return Files.writeString(file, details, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		// a file of its own: the temporary folder is shared with other users
		String stamp = STAMP.format(ZonedDateTime.now(clock));
		return Files.writeString(
				Files.createTempFile(TemporaryFolder.path(), "tillaggsbelopp-fel-" + stamp + "-", ".log"), details,
				StandardCharsets.UTF_8);
	}

}
