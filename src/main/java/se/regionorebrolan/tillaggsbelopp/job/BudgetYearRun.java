package se.regionorebrolan.tillaggsbelopp.job;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;

/**
 * Starts the job for validated input, or finds the version already calculated from
 * identical input. A run left unfinished by a killed process is recovered first, so that
 * it can be completed. The registry is reached through providers so that bad input, which
 * never gets here, never creates it.
 */
@Component
public class BudgetYearRun {

	private final ObjectProvider<JobOperator> jobOperator;

	private final ObjectProvider<JobRepository> jobRepository;

	private final ObjectProvider<Job> job;

	private final ObjectProvider<RunRegistry> registry;

	BudgetYearRun(ObjectProvider<JobOperator> jobOperator, ObjectProvider<JobRepository> jobRepository,
			ObjectProvider<Job> job, ObjectProvider<RunRegistry> registry) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.registry = registry;
	}

	/** What starting the job came to. */
	public sealed interface Outcome {

		/** The executions of killed processes that were marked as abandoned first. */
		List<Recovered> recovered();

	}

	/** The job completed: the version written (or adopted). */
	public record Calculated(List<Recovered> recovered, int budgetYear,
			Optional<RegisteredRun> version) implements Outcome {
	}

	/** Identical input was calculated before: that version. */
	public record AlreadyCalculated(List<Recovered> recovered, int budgetYear,
			Optional<RegisteredRun> version) implements Outcome {
	}

	/** A run of identical input is going on in another process. */
	public record Running(List<Recovered> recovered) implements Outcome {
	}

	/** The job failed in a step: its status and why. */
	public record Failed(List<Recovered> recovered, int budgetYear, BatchStatus status,
			List<Throwable> causes) implements Outcome {
	}

	/** An execution of a killed process, recovered so that it can run again. */
	public record Recovered(long execution, LocalDateTime startedAt) {
	}

	/** Runs the job on the input. */
	public Outcome start(ValidatedInput input) throws Exception {
		JobOperator operator = RegistryBusyException.guard(this.jobOperator::getObject);
		List<Recovered> recovered = recoverUnfinished(operator);
		int year = input.parameters().budgetYear();
		if (version(input).isPresent()) {
			// A registry built again from the folders knows the version but not the job.
			return new AlreadyCalculated(recovered, year, version(input));
		}
		try {
			JobExecution execution = operator.start(this.job.getObject(), RunParameters.of(input));
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				return new Failed(recovered, year, execution.getStatus(), execution.getAllFailureExceptions());
			}
			return new Calculated(recovered, year, version(input));
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return new AlreadyCalculated(recovered, year, version(input));
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return new Running(recovered);
		}
	}

	private Optional<RegisteredRun> version(ValidatedInput input) {
		return this.registry.getObject().findByIdentity(input.parameters().budgetYear(), input.identity());
	}

	/**
	 * Executions that still look started belong to processes that were killed: this
	 * process holds the registry, so nothing else can be running them.
	 */
	private List<Recovered> recoverUnfinished(JobOperator operator) {
		List<Recovered> recovered = new ArrayList<>();
		for (JobExecution unfinished : this.jobRepository.getObject()
			.findRunningJobExecutions(TillaggsbeloppJobConfiguration.JOB_NAME)) {
			recovered.add(new Recovered(unfinished.getId(), unfinished.getStartTime()));
			operator.recover(unfinished);
		}
		return recovered;
	}

}
