package se.regionorebrolan.tillaggsbelopp.job;

import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * Input files and effective parameters that passed every check, with the run's identity:
 * the SHA-256 of the files' digests and the parameter listing. Equal identity means equal
 * results.
 */
record ValidatedInput(InputSet input, CalculationParameters parameters, List<Parameter> parameterListing,
		String identity) {

	static ValidatedInput of(InputSet input, CalculationParameters parameters, List<Parameter> listing) {
		return new ValidatedInput(input, parameters, listing, identity(input, listing));
	}

	/** The SHA-256 of the parameters as listed, one {@code property=value} per line. */
	String parametersDigest() {
		StringBuilder listing = new StringBuilder();
		this.parameterListing.forEach(parameter -> listing.append(parameter).append('\n'));
		return Sha256.hex(listing.toString());
	}

	private static String identity(InputSet input, List<Parameter> listing) {
		StringBuilder canonical = new StringBuilder();
		for (InputFile<?> file : input.files()) {
			canonical.append(file.name()).append(' ').append(file.sha256()).append('\n');
		}
		listing.forEach(parameter -> canonical.append(parameter).append('\n'));
		return Sha256.hex(canonical.toString());
	}

}
