package se.regionorebrolan.tillaggsbelopp.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import se.regionorebrolan.tillaggsbelopp.input.InputSource;

/**
 * The job parameters of a run. Identifying: the budget year and the run identity (digest
 * of input files and effective parameters), so identical input is never computed twice.
 * The parameters and where the input was read are recorded too, not identifying, for the
 * audit trail.
 */
public final class RunParameters {

	static final String BUDGET_YEAR = "budget.year";

	static final String IDENTITY = "input.digest";

	private RunParameters() {
	}

	public static JobParameters of(ValidatedInput input) {
		InputSource source = input.source();
		JobParametersBuilder builder = new JobParametersBuilder()
			.addLong(BUDGET_YEAR, (long) input.parameters().budgetYear())
			.addString(IDENTITY, input.identity());
		if (source instanceof InputSource.Workbook workbook) {
			builder.addString("input.workbook", workbook.file().toString(), false);
		}
		else {
			builder.addString("input.dir", source.folder().toString(), false);
		}
		input.parameterListing()
			.forEach(parameter -> builder.addString(parameter.property(), parameter.value(), false));
		return builder.toJobParameters();
	}

}
