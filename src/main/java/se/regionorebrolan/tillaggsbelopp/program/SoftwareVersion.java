package se.regionorebrolan.tillaggsbelopp.program;

import java.util.Optional;

/**
 * The program's version, from the jar's manifest; a run from the build folder (tests, an
 * IDE) has none and says so.
 */
public final class SoftwareVersion {

	public static final String UNPACKAGED = "utvecklingsversion (ej paketerad)";

	private SoftwareVersion() {
	}

	public static String current() {
		return Optional.ofNullable(SoftwareVersion.class.getPackage().getImplementationVersion()).orElse(UNPACKAGED);
	}

}
