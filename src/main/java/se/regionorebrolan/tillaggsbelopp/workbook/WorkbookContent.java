package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.List;
import java.util.Objects;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.OtherYear;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * Everything the workbook shows: the calculation, the previous budget year for the
 * change, the coming years as a forecast, the input as read, the effective parameters and
 * the run.
 *
 * @param calculation the calculation of the budget year
 * @param previousYear the same input calculated for the year before
 * @param comingYears the same input calculated for the two years after
 * @param input the input files as read
 * @param parameters the effective parameters as listed for the run identity
 * @param run the run's identity, time, version and status
 */
public record WorkbookContent(Calculation calculation, OtherYear previousYear, List<OtherYear> comingYears,
		InputSet input, List<Parameter> parameters, RunInfo run) {

	public WorkbookContent {
		Objects.requireNonNull(calculation, "calculation is required");
		Objects.requireNonNull(previousYear, "previousYear is required");
		comingYears = List.copyOf(comingYears);
		Objects.requireNonNull(input, "input is required");
		parameters = List.copyOf(parameters);
		Objects.requireNonNull(run, "run is required");
	}

	int budgetYear() {
		return this.calculation.parameters().budgetYear();
	}

	/** The line every printed page carries at the top. */
	String pageHeader() {
		return "Tilläggsbelopp " + budgetYear() + " – " + this.run.status();
	}

}
