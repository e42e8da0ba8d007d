package se.regionorebrolan.tillaggsbelopp.comparison;

import java.util.List;
import java.util.Objects;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * One side of a comparison: a version of a budget year with its input, its parameters and
 * its calculation.
 *
 * @param version its number
 * @param input the input it was calculated from
 * @param parameters its effective parameters, as listed in its identity
 * @param calculation what it calculated
 */
public record ComparedVersion(int version, InputSet input, List<Parameter> parameters, Calculation calculation) {

	public ComparedVersion {
		Objects.requireNonNull(input, "input is required");
		Objects.requireNonNull(calculation, () -> "the calculation of version " + version + " is required");
		parameters = List.copyOf(parameters);
	}

}
