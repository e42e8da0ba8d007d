package se.regionorebrolan.tillaggsbelopp.job;

import java.util.List;
import java.util.Objects;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.OtherYear;
import se.regionorebrolan.tillaggsbelopp.workbook.RunInfo;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;

/**
 * What the steps of one job execution hand to each other in memory (job-scoped): the
 * validated input, then the calculation. Nothing here is persisted; a restarted job reads
 * the input again.
 */
class RunState {

	private ValidatedInput validatedInput;

	private Calculation calculation;

	private OtherYear previousYear;

	private List<OtherYear> comingYears;

	void validated(ValidatedInput input) {
		this.validatedInput = Objects.requireNonNull(input, "validated input is required");
	}

	ValidatedInput validatedInput() {
		return Objects.requireNonNull(this.validatedInput, "the input has not been read in this execution");
	}

	void calculated(Calculation result, OtherYear previous, List<OtherYear> coming) {
		this.calculation = Objects.requireNonNull(result, "calculation is required");
		this.previousYear = Objects.requireNonNull(previous, "previous year is required");
		this.comingYears = List.copyOf(coming);
	}

	/** The workbook's content for this run. */
	WorkbookContent content(RunInfo run) {
		ValidatedInput input = validatedInput();
		return new WorkbookContent(calculation(), this.previousYear, this.comingYears, input.input(),
				input.parameterListing(), run);
	}

	Calculation calculation() {
		return Objects.requireNonNull(this.calculation, "nothing has been calculated in this execution");
	}

}
