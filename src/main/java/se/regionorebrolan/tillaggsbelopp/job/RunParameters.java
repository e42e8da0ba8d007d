package se.regionorebrolan.tillaggsbelopp.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run. Identifying: the budget year and the run identity (digest
 * of input files and effective parameters), so identical input is never computed twice.
 * The parameters themselves are recorded too, not identifying, for the audit trail.
 */
final class RunParameters {

	static final String BUDGET_YEAR = "budget.year";

	static final String IDENTITY = "input.digest";

	private RunParameters() {
	}

	static JobParameters of(ValidatedInput input, String inputDirectory) {
		JobParametersBuilder builder = new JobParametersBuilder()
			.addLong(BUDGET_YEAR, (long) input.parameters().budgetYear())
			.addString(IDENTITY, input.identity())
			.addString("input.dir", inputDirectory, false);
		input.parameterListing()
			.forEach(parameter -> builder.addString(parameter.property(), parameter.value(), false));
		return builder.toJobParameters();
	}

}
