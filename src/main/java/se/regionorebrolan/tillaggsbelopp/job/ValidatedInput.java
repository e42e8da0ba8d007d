package se.regionorebrolan.tillaggsbelopp.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
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

	private static String identity(InputSet input, List<Parameter> listing) {
		StringBuilder canonical = new StringBuilder();
		for (InputFile<?> file : input.files()) {
			canonical.append(file.name()).append(' ').append(file.sha256()).append('\n');
		}
		listing.forEach(parameter -> canonical.append(parameter).append('\n'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
