package se.regionorebrolan.tillaggsbelopp.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The program's version and build time, from the {@code META-INF/build-info.properties}
 * the build writes (Spring Boot's {@code build-info}); a run from an IDE that did not run
 * Maven has none and says so.
 */
public final class SoftwareVersion {

	public static final String UNPACKAGED = "utvecklingsversion (ej byggd med Maven)";

	static final String BUILD_INFO = "META-INF/build-info.properties";

	private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
		.withZone(ZoneId.of("Europe/Stockholm"));

	private SoftwareVersion() {
	}

	/** {@code 1.0.0}, {@code 1.1.0-SNAPSHOT}, or {@link #UNPACKAGED}. */
	public static String current() {
		return buildInfo().map(info -> info.getProperty("build.version")).orElse(UNPACKAGED);
	}

	/** When the build made the program, if it says. */
	public static Optional<Instant> builtAt() {
		return buildInfo().map(info -> info.getProperty("build.time")).map(Instant::parse);
	}

	/**
	 * What {@code --version} prints: the version, the build time in Swedish time and the
	 * Java that runs it, with its folder (the bundled runtime or an installed Java).
	 */
	public static List<String> describe() {
		List<String> lines = new ArrayList<>();
		lines.add("tillaggsbelopp " + current());
		builtAt().ifPresent(time -> lines.add("Byggd: " + SWEDISH_TIME.format(time)));
		lines.add("Java:  " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
				+ System.getProperty("java.home"));
		return lines;
	}

	private static Optional<Properties> buildInfo() {
		try (InputStream in = SoftwareVersion.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
			if (in == null) {
				return Optional.empty();
			}
			Properties info = new Properties();
			info.load(in);
			return Optional.of(info);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
