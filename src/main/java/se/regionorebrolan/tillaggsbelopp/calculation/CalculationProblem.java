package se.regionorebrolan.tillaggsbelopp.calculation;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem in the input that only shows when the tables are put together with the
 * parameters (a missing row, a missing index year, a key that is all zero), in Swedish
 * for the finance officer.
 *
 * @param table the table to correct
 * @param municipalityCode the municipality concerned, when there is one
 * @param message what is wrong and what was expected
 */
public record CalculationProblem(InputTable table, Optional<String> municipalityCode, String message) {

	public CalculationProblem {
		Objects.requireNonNull(table, "table is required");
		Objects.requireNonNull(municipalityCode, "municipalityCode is required (may be empty)");
		Objects.requireNonNull(message, "message is required");
	}

	static CalculationProblem of(InputTable table, String message) {
		return new CalculationProblem(table, Optional.empty(), message);
	}

	static CalculationProblem of(InputTable table, Municipality municipality, String message) {
		return new CalculationProblem(table, Optional.of(municipality.code()),
				municipality.code() + " " + municipality.name() + ": " + message);
	}

}
