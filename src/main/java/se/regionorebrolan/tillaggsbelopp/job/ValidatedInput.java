package se.regionorebrolan.tillaggsbelopp.job;

import java.util.List;

import se.regionorebrolan.tillaggsbelopp.archive.RunIdentity;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.InputSource;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * Input and effective parameters that passed every check, with where the input was read
 * and the run's identity (see {@link RunIdentity}). Equal identity means equal results.
 */
public record ValidatedInput(InputSource source, InputSet input, CalculationParameters parameters,
		List<Parameter> parameterListing, String identity) {

	static ValidatedInput of(InputSource source, InputSet input, CalculationParameters parameters,
			List<Parameter> listing) {
		return new ValidatedInput(source, input, parameters, listing, RunIdentity.of(input, listing));
	}

	public String parametersDigest() {
		return RunIdentity.parametersDigest(this.parameterListing);
	}

}
