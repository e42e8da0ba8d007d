package se.regionorebrolan.tillaggsbelopp.workbook;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationInput;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.OtherYear;
import se.regionorebrolan.tillaggsbelopp.comparison.Comparison;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * Everything the workbook shows: the calculation, the previous budget year for the
 * change, the coming years as a forecast, the input as read, the effective parameters,
 * the run, and the comparison with an earlier version of the same year.
 *
 * @param calculation the calculation of the budget year
 * @param previousYear the same input calculated for the year before
 * @param comingYears the same input calculated for the two years after
 * @param input the input files as read
 * @param parameters the effective parameters as listed for the run identity
 * @param run the run's identity, time, version and status
 * @param comparison what changed since an earlier version, for every version after the
 * first
 */
public record WorkbookContent(Calculation calculation, OtherYear previousYear, List<OtherYear> comingYears,
		InputSet input, List<Parameter> parameters, RunInfo run, Optional<Comparison> comparison) {

	public WorkbookContent {
		Objects.requireNonNull(calculation, "calculation is required");
		Objects.requireNonNull(previousYear, "previousYear is required");
		comingYears = List.copyOf(comingYears);
		Objects.requireNonNull(input, "input is required");
		parameters = List.copyOf(parameters);
		Objects.requireNonNull(run, "run is required");
		Objects.requireNonNull(comparison, "comparison is required (may be empty)");
	}

	/**
	 * The content of a run: its calculation, and the same input calculated for the year
	 * before (for the change) and the two years after (the forecast).
	 */
	public static WorkbookContent of(Calculation calculation, InputSet input, List<Parameter> parameters, RunInfo run,
			Optional<Comparison> comparison) {
		CalculationInput tables = input.toCalculationInput();
		CalculationParameters calculationParameters = calculation.parameters();
		int year = calculationParameters.budgetYear();
		return new WorkbookContent(calculation, OtherYear.of(tables, calculationParameters, year - 1),
				List.of(OtherYear.of(tables, calculationParameters, year + 1),
						OtherYear.of(tables, calculationParameters, year + 2)),
				input, parameters, run, comparison);
	}

	/** The version the Jämförelse sheet compares with, if any. */
	public Optional<Integer> comparedWithVersion() {
		return this.comparison.map(Comparison::beforeVersion);
	}

	int budgetYear() {
		return this.calculation.parameters().budgetYear();
	}

	/** The run's identity and time, at the foot of every printed page. */
	String pageDetail() {
		return "körnings-id " + this.run.shortIdentity() + " · beräknad "
				+ DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(this.run.calculatedAt());
	}

	/** The line every printed page carries at the top. */
	String pageHeader() {
		return "Tilläggsbelopp " + budgetYear() + " – " + this.run.versionAndStatus();
	}

}
