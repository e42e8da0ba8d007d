package se.regionorebrolan.tillaggsbelopp.version;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * A calculated version to register: what identifies it, where its files are, its input
 * files, parameters and results per municipality and component.
 */
public record NewRun(int budgetYear, int version, String identity, OffsetDateTime calculatedAt, String softwareVersion,
		Path folder, String resultsSha256, Optional<Integer> comparedWithVersion, List<RegisteredInput> inputs,
		List<Parameter> parameters, List<MunicipalityAmounts> results) {

	public NewRun {
		inputs = List.copyOf(inputs);
		parameters = List.copyOf(parameters);
		results = List.copyOf(results);
	}

}
