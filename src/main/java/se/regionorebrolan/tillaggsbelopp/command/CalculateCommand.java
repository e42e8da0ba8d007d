package se.regionorebrolan.tillaggsbelopp.command;

import se.regionorebrolan.tillaggsbelopp.job.RunParameters;
import se.regionorebrolan.tillaggsbelopp.job.RunPreparation;
import se.regionorebrolan.tillaggsbelopp.job.TillaggsbeloppJobConfiguration;
import se.regionorebrolan.tillaggsbelopp.job.ValidatedInput;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import java.time.Clock;
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
import se.regionorebrolan.tillaggsbelopp.parameters.EffectiveParameters;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
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

	private final TillaggProperties properties;

	private final Clock clock;

	CalculateCommand(RunPreparation preparation, TillaggProperties properties, Console console,
			ObjectProvider<JobOperator> jobOperator, ObjectProvider<JobRepository> jobRepository,
			ObjectProvider<Job> job, ObjectProvider<RunRegistry> registry, Clock clock) {
		this.preparation = preparation;
		this.properties = properties;
		this.console = console;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.registry = registry;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public List<String> options() {
		return List.of("input-dir", "input-workbook", "budget-year", "population-reference-date", "psychiatric",
				"advanced", "distance");
	}

	@Override
	public ExitCode execute() throws Exception {
		return calculate(EffectiveParameters.budgetYear(this.properties, this.clock)).exitCode();
	}

	/** Calculates the budget year, or says that it is calculated already. */
	CommandResult calculate(int budgetYear) throws Exception {
		ValidatedInput input;
		try {
			input = this.preparation.validate(budgetYear);
		}
		catch (InvalidInputException ex) {
			this.console.warnings(ex.warnings());
			this.console.problems("Indata eller parametrar har fel – beräkningen startades inte och inga filer skrevs ("
					+ ex.problems().size() + " fel):", ex.problems());
			return new CommandResult(ExitCode.BAD_INPUT, "Budgetåret " + budgetYear + " beräknades inte: "
					+ ex.problems().size() + " fel i indata eller parametrar (se konsolen); inga filer skrevs.");
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

	private CommandResult start(JobOperator operator, JobParameters parameters, ValidatedInput input) throws Exception {
		try {
			return outcome(operator.start(this.job.getObject(), parameters), input);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return alreadyComputed(input);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			String line = "En körning med exakt samma indata och parametrar pågår redan. Vänta tills den är "
					+ "klar och kör sedan igen.";
			this.console.failure(line);
			return new CommandResult(ExitCode.BUSY, line);
		}
	}

	private CommandResult outcome(JobExecution execution, ValidatedInput input) {
		int year = input.parameters().budgetYear();
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return CommandResult.done(this.registry.getObject()
				.findByIdentity(year, input.identity())
				.map(run -> "Budgetåret " + year + " är beräknat: version " + run.version() + " ("
						+ run.status().label() + ") i " + run.folder() + ".")
				.orElse("Budgetåret " + year + " är beräknat."));
		}
		this.console.failure("Körningen misslyckades (" + execution.getStatus() + "); inga resultatfiler skrevs.");
		execution.getAllFailureExceptions().forEach(failure -> this.console.failure("  Orsak: " + failure));
		this.console.failure("Rätta orsaken och kör samma kommando igen: körningen fortsätter där den avbröts.");
		return new CommandResult(ExitCode.INTERNAL_FAILURE, "Beräkningen av budgetåret " + year + " misslyckades ("
				+ execution.getStatus() + "; orsaken står på konsolen); inga resultatfiler skrevs.");
	}

	private CommandResult alreadyComputed(ValidatedInput input) {
		int year = input.parameters().budgetYear();
		List<String> lines = this.registry.getObject()
			.findByIdentity(year, input.identity())
			.map(run -> List.of(
					"Budgetåret " + year + " är redan beräknat med exakt samma indata och parametrar: version "
							+ run.version() + " (" + run.status().label() + "); ingen ny beräkning gjordes.",
					"Resultaten finns i " + run.folder()))
			.orElse(List.of("Budgetåret " + year + " är redan beräknat med exakt samma indata och parametrar."));
		this.console.say(lines);
		return CommandResult.done(lines.get(0));
	}

}
