package se.regionorebrolan.tillaggsbelopp.job;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculator;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.report.ComparisonSummary;
import se.regionorebrolan.tillaggsbelopp.report.ConsoleSummary;
import se.regionorebrolan.tillaggsbelopp.version.RunStatus;

/**
 * The tilläggsbelopp job: read and validate the input, calculate, write the results. The
 * first two steps run again on a restart because they hand their results over in memory.
 */
@Configuration(proxyBeanMethods = false)
public class TillaggsbeloppJobConfiguration {

	public static final String JOB_NAME = "tillaggsbelopp";

	/** Job execution context key of the run folder, used to point at an earlier run. */
	static final String RUN_FOLDER = "run.folder";

	@Bean
	Job tillaggsbeloppJob(JobRepository jobRepository, Step readInputStep, Step calculateStep, Step writeStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(readInputStep).next(calculateStep).next(writeStep).build();
	}

	@Bean
	@JobScope
	RunState runState() {
		return new RunState();
	}

	@Bean
	Step readInputStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunPreparation preparation, RunState runState) {
		return new StepBuilder("readInput", jobRepository).tasklet((contribution, chunk) -> {
			JobParameters parameters = contribution.getStepExecution().getJobParameters();
			ValidatedInput input = preparation.validate(parameters.getLong(RunParameters.BUDGET_YEAR).intValue());
			String expected = parameters.getString(RunParameters.IDENTITY);
			if (!input.identity().equals(expected)) {
				throw new IllegalStateException("the input files or parameters changed after the run started (identity "
						+ input.identity() + ", expected " + expected + ")");
			}
			runState.validated(input);
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	@Bean
	Step calculateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunState runState) {
		return new StepBuilder("calculate", jobRepository).tasklet((contribution, chunk) -> {
			ValidatedInput input = runState.validatedInput();
			runState
				.calculated(TillaggsbeloppCalculator.calculate(input.input().toCalculationInput(), input.parameters()));
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	@Bean
	Step writeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunState runState,
			VersionWriter writer, Console console) {
		return new StepBuilder("write", jobRepository).tasklet((contribution, chunk) -> {
			Calculation calculation = runState.calculation();
			VersionWriter.WrittenVersion written = writer.write(runState.validatedInput(), calculation);
			StepExecution step = contribution.getStepExecution();
			step.getJobExecution().getExecutionContext().putString(RUN_FOLDER, written.folder().folder().toString());
			console.say(ConsoleSummary.lines(calculation));
			console.say(ConsoleSummary.basisLines(calculation));
			console.say(calculation.notices());
			console.say("Version " + written.version() + " av budgetåret " + calculation.parameters().budgetYear()
					+ " (" + RunStatus.PRELIMINAR.label() + ").");
			written.comparison().ifPresent(comparison -> console.say(ComparisonSummary.lines(comparison)));
			console.say("Skrivet:");
			console.say("  " + written.folder().resultsCsv());
			console.say("  " + written.folder().workbook());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
