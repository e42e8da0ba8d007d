package se.regionorebrolan.tillaggsbelopp.job;

import java.util.Objects;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;

/**
 * What the steps of one job execution hand to each other in memory (job-scoped): the
 * validated input, then the calculation. Nothing here is persisted; a restarted job reads
 * the input again.
 */
class RunState {

	private ValidatedInput validatedInput;

	private Calculation calculation;

	void validated(ValidatedInput input) {
		this.validatedInput = Objects.requireNonNull(input, "validated input is required");
	}

	ValidatedInput validatedInput() {
		return Objects.requireNonNull(this.validatedInput, "the input has not been read in this execution");
	}

	void calculated(Calculation result) {
		this.calculation = Objects.requireNonNull(result, "calculation is required");
	}

	Calculation calculation() {
		return Objects.requireNonNull(this.calculation, "nothing has been calculated in this execution");
	}

}
