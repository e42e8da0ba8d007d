package se.regionorebrolan.tillaggsbelopp.command;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.job.BudgetYearRun;
import se.regionorebrolan.tillaggsbelopp.job.RunPreparation;
import se.regionorebrolan.tillaggsbelopp.job.ValidatedInput;
import se.regionorebrolan.tillaggsbelopp.parameters.EffectiveParameters;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.program.Failures;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;

/**
 * {@code run}: validates the input before anything is opened or written, then runs the
 * job, or points at the version already calculated from identical input.
 */
@Component
@Order(1)
class RunCommand implements Command {

	private final RunPreparation preparation;

	private final BudgetYearRun run;

	private final TillaggProperties properties;

	private final Console console;

	private final Clock clock;

	private final Repairs repairs;

	RunCommand(RunPreparation preparation, BudgetYearRun run, TillaggProperties properties, Console console,
			Clock clock, Repairs repairs) {
		this.preparation = preparation;
		this.run = run;
		this.properties = properties;
		this.console = console;
		this.clock = clock;
		this.repairs = repairs;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String summary() {
		return "beräknar budgetåret och skriver nästa version (PRELIMINÄR); utan kommando: run";
	}

	@Override
	public List<String> options() {
		return List.of("input-dir", "input-workbook", "budget-year", "population-reference-date", "psychiatric",
				"advanced", "distance");
	}

	@Override
	public String example() {
		return "run --tillagg.budget-year=2028 --tillagg.input-workbook=mallar/indata.xlsx";
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
		Optional<CommandResult> refusal = this.repairs.refusal(true);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		BudgetYearRun.Outcome outcome = this.run.start(input);
		outcome.recovered()
			.forEach(recovered -> this.console
				.say("En tidigare körning avbröts innan den blev klar (körning " + recovered.execution() + ", startad "
						+ recovered.startedAt() + "); den markeras som avbruten och kan köras om."));
		return report(outcome);
	}

	private CommandResult report(BudgetYearRun.Outcome outcome) {
		if (outcome instanceof BudgetYearRun.Calculated calculated) {
			return CommandResult.done(calculated.version()
				.map(run -> "Budgetåret " + calculated.budgetYear() + " är beräknat: version " + run.version() + " ("
						+ run.status().label() + ") i " + run.folder() + ".")
				.orElse("Budgetåret " + calculated.budgetYear() + " är beräknat."));
		}
		if (outcome instanceof BudgetYearRun.AlreadyCalculated already) {
			return alreadyCalculated(already.budgetYear(), already.version());
		}
		if (outcome instanceof BudgetYearRun.Failed failed) {
			return failed(failed);
		}
		return busy();
	}

	private CommandResult alreadyCalculated(int year, Optional<RegisteredRun> version) {
		List<String> lines = version
			.map(run -> List.of(
					"Budgetåret " + year + " är redan beräknat med exakt samma indata och parametrar: version "
							+ run.version() + " (" + run.status().label() + "); ingen ny beräkning gjordes.",
					"Resultaten finns i " + run.folder()))
			.orElse(List.of("Budgetåret " + year + " är redan beräknat med exakt samma indata och parametrar."));
		this.console.say(lines);
		return CommandResult.done(lines.get(0));
	}

	private CommandResult busy() {
		String line = "En körning med exakt samma indata och parametrar pågår redan. Vänta tills den är "
				+ "klar och kör sedan igen.";
		this.console.failure(line);
		return new CommandResult(ExitCode.BUSY, line);
	}

	private CommandResult failed(BudgetYearRun.Failed failed) {
		this.console.failure("Körningen misslyckades; inga resultatfiler skrevs.");
		failed.causes()
			.forEach(failure -> this.console
				.failure("  Orsak: " + Failures.describeAndLog(failure, this.properties.outputDir(), this.clock)));
		this.console.failure("Rätta orsaken och kör samma kommando igen: körningen fortsätter där den avbröts.");
		return new CommandResult(ExitCode.INTERNAL_FAILURE, "Beräkningen av budgetåret " + failed.budgetYear()
				+ " misslyckades (orsaken står på konsolen); inga resultatfiler skrevs.");
	}

}
