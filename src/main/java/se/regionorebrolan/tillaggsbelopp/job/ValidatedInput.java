package se.regionorebrolan.tillaggsbelopp.job;

import java.util.List;

import se.regionorebrolan.tillaggsbelopp.archive.RunIdentity;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * Input files and effective parameters that passed every check, with the run's identity
 * (see {@link RunIdentity}). Equal identity means equal results.
 */
record ValidatedInput(InputSet input, CalculationParameters parameters, List<Parameter> parameterListing,
		String identity) {

	static ValidatedInput of(InputSet input, CalculationParameters parameters, List<Parameter> listing) {
		return new ValidatedInput(input, parameters, listing, RunIdentity.of(input, listing));
	}

	String parametersDigest() {
		return RunIdentity.parametersDigest(this.parameterListing);
	}

}
