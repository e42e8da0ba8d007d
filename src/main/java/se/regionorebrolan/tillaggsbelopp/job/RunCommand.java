package se.regionorebrolan.tillaggsbelopp.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;

/**
 * One run from the command line: validate the input before anything is opened or written,
 * then start the job (or point at the earlier run of identical input), and set the exit
 * code. The registry is reached through providers so that bad input never creates it.
 */
@Component
class RunCommand implements ApplicationRunner, ExitCodeGenerator {

	private final RunPreparation preparation;

	private final TillaggProperties properties;

	private final Console console;

	private final ObjectProvider<JobOperator> jobOperator;

	private final ObjectProvider<JobRepository> jobRepository;

	private final ObjectProvider<Job> job;

	private ExitCode exitCode = ExitCode.INTERNAL_FAILURE;

	RunCommand(RunPreparation preparation, TillaggProperties properties, Console console,
			ObjectProvider<JobOperator> jobOperator, ObjectProvider<JobRepository> jobRepository,
			ObjectProvider<Job> job) {
		this.preparation = preparation;
		this.properties = properties;
		this.console = console;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
	}

	@Override
	public int getExitCode() {
		return this.exitCode.code();
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		// The arguments were checked before Spring started (CommandLineArguments).
		ValidatedInput input;
		try {
			input = this.preparation.validate();
		}
		catch (InvalidInputException ex) {
			this.console.warnings(ex.warnings());
			this.console.problems("Indata eller parametrar har fel – beräkningen startades inte och inga filer skrevs ("
					+ ex.problems().size() + " fel):", ex.problems());
			this.exitCode = ExitCode.BAD_INPUT;
			return;
		}
		this.console.warnings(input.input().warnings());
		this.exitCode = start(RunParameters.of(input, this.properties.inputDir().toString()));
	}

	private ExitCode start(JobParameters parameters) throws Exception {
		try {
			JobExecution execution = this.jobOperator.getObject().start(this.job.getObject(), parameters);
			return outcome(execution);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return alreadyComputed(parameters);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			this.console.failure("En körning med exakt samma indata och parametrar är redan startad och inte "
					+ "avslutad. Vänta tills den är klar och kör sedan igen.");
			return ExitCode.INTERNAL_FAILURE;
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

	private ExitCode alreadyComputed(JobParameters parameters) {
		JobExecution earlier = this.jobRepository.getObject()
			.getLastJobExecution(TillaggsbeloppJobConfiguration.JOB_NAME, parameters);
		String folder = (earlier != null)
				? earlier.getExecutionContext().getString(TillaggsbeloppJobConfiguration.RUN_FOLDER, "") : "";
		this.console.say("Budgetåret " + parameters.getLong(RunParameters.BUDGET_YEAR)
				+ " är redan beräknat med exakt samma indata och parametrar; ingen ny beräkning gjordes.");
		if (!folder.isEmpty() && Files.isDirectory(Path.of(folder))) {
			this.console.say("Resultaten finns i " + folder);
		}
		else {
			this.console.say("Resultaten skrevs till " + folder + " men mappen finns inte längre.");
		}
		return ExitCode.SUCCESS;
	}

}
