package se.regionorebrolan.tillaggsbelopp.job;

import java.util.Optional;

/**
 * The program's version, from the jar's manifest; a run from the build folder (tests, an
 * IDE) has none and says so.
 */
final class SoftwareVersion {

	static final String UNPACKAGED = "utvecklingsversion (ej paketerad)";

	private SoftwareVersion() {
	}

	static String current() {
		return Optional.ofNullable(SoftwareVersion.class.getPackage().getImplementationVersion()).orElse(UNPACKAGED);
	}

}
