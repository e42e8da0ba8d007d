package se.regionorebrolan.tillaggsbelopp.job;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;

/**
 * {@code run}: validates the input before anything is opened or written, then starts the
 * job, or points at the version already calculated from identical input. A run left
 * unfinished by a killed process is recovered first, so it can be completed. The registry
 * is reached through providers so that bad input never creates it.
 */
@Component
class CalculateCommand implements Command {

	private final RunPreparation preparation;

	private final Console console;

	private final ObjectProvider<JobOperator> jobOperator;

	private final ObjectProvider<JobRepository> jobRepository;

	private final ObjectProvider<Job> job;

	private final ObjectProvider<RunRegistry> registry;

	CalculateCommand(RunPreparation preparation, Console console, ObjectProvider<JobOperator> jobOperator,
			ObjectProvider<JobRepository> jobRepository, ObjectProvider<Job> job,
			ObjectProvider<RunRegistry> registry) {
		this.preparation = preparation;
		this.console = console;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.registry = registry;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public ExitCode execute() throws Exception {
		ValidatedInput input;
		try {
			input = this.preparation.validate();
		}
		catch (InvalidInputException ex) {
			this.console.warnings(ex.warnings());
			this.console.problems("Indata eller parametrar har fel – beräkningen startades inte och inga filer skrevs ("
					+ ex.problems().size() + " fel):", ex.problems());
			return ExitCode.BAD_INPUT;
		}
		this.console.warnings(input.input().warnings());
		JobParameters parameters = RunParameters.of(input);
		JobOperator operator = RegistryBusyException.guard(this.jobOperator::getObject);
		recoverUnfinished(operator);
		return start(operator, parameters, input);
	}

	/**
	 * Executions that still look started belong to processes that were killed: this
	 * process holds the registry, so nothing else can be running them.
	 */
	private void recoverUnfinished(JobOperator operator) {
		for (JobExecution unfinished : this.jobRepository.getObject()
			.findRunningJobExecutions(TillaggsbeloppJobConfiguration.JOB_NAME)) {
			this.console.say("En tidigare körning avbröts innan den blev klar (körning " + unfinished.getId()
					+ ", startad " + unfinished.getStartTime() + "); den markeras som avbruten och kan köras om.");
			operator.recover(unfinished);
		}
	}

	private ExitCode start(JobOperator operator, JobParameters parameters, ValidatedInput input) throws Exception {
		try {
			return outcome(operator.start(this.job.getObject(), parameters));
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return alreadyComputed(input);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			this.console.failure("En körning med exakt samma indata och parametrar pågår redan. Vänta tills den är "
					+ "klar och kör sedan igen.");
			return ExitCode.BUSY;
		}
	}

	private ExitCode outcome(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ExitCode.SUCCESS;
		}
		this.console.failure("Körningen misslyckades (" + execution.getStatus() + "); inga resultatfiler skrevs.");
		execution.getAllFailureExceptions().forEach(failure -> this.console.failure("  Orsak: " + failure));
		this.console.failure("Rätta orsaken och kör samma kommando igen: körningen fortsätter där den avbröts.");
		return ExitCode.INTERNAL_FAILURE;
	}

	private ExitCode alreadyComputed(ValidatedInput input) {
		int year = input.parameters().budgetYear();
		List<String> lines = this.registry.getObject()
			.findByIdentity(year, input.identity())
			.map(run -> List.of(
					"Budgetåret " + year + " är redan beräknat med exakt samma indata och parametrar: version "
							+ run.version() + " (" + run.status().label() + "); ingen ny beräkning gjordes.",
					"Resultaten finns i " + run.folder()))
			.orElse(List.of("Budgetåret " + year + " är redan beräknat med exakt samma indata och parametrar."));
		this.console.say(lines);
		return ExitCode.SUCCESS;
	}

}
