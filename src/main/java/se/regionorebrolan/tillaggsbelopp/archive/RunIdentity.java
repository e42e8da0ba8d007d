package se.regionorebrolan.tillaggsbelopp.archive;

import java.util.List;

import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * A run's identity: the SHA-256 of each input file's name and digest and of every
 * effective parameter, in a fixed order. Equal identity means equal results; the same
 * code computes it when a run starts and when an archived run is verified.
 */
public final class RunIdentity {

	private RunIdentity() {
	}

	public static String of(InputSet input, List<Parameter> listing) {
		StringBuilder canonical = new StringBuilder();
		for (InputFile<?> file : input.files()) {
			canonical.append(file.name()).append(' ').append(file.sha256()).append('\n');
		}
		return Sha256.hex(canonical + listing(listing));
	}

	/** The SHA-256 of the parameters alone, one {@code property=value} per line. */
	public static String parametersDigest(List<Parameter> listing) {
		return Sha256.hex(listing(listing));
	}

	private static String listing(List<Parameter> listing) {
		StringBuilder text = new StringBuilder();
		listing.forEach(parameter -> text.append(parameter).append('\n'));
		return text.toString();
	}

}
