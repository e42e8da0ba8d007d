package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.Payments;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import se.regionorebrolan.tillaggsbelopp.report.PaymentSummary;

/**
 * {@code payment}: the payment basis (utbetalningsunderlag) of a budget year, from its
 * final (SLUTLIG) version only, as a CSV file and a one-page workbook ({@link Payments}),
 * on the console.
 */
@Component
@Order(6)
class PaymentCommand implements Command {

	private final TillaggProperties properties;

	private final ObjectProvider<Payments> payments;

	private final Console console;

	private final Repairs repairs;

	PaymentCommand(TillaggProperties properties, ObjectProvider<Payments> payments, Console console, Repairs repairs) {
		this.properties = properties;
		this.payments = payments;
		this.console = console;
		this.repairs = repairs;
	}

	@Override
	public String name() {
		return "payment";
	}

	@Override
	public String summary() {
		return "utbetalningsunderlaget ur budgetårets SLUTLIGA version, eller ett korrigeringsunderlag";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year");
	}

	@Override
	public String example() {
		return "payment --tillagg.budget-year=2027";
	}

	@Override
	public String withoutOptions() {
		return "utbetalningsunderlaget tas alltid fram ur budgetårets SLUTLIGA version; ska en annan version "
				+ "betalas ut, publicera den först med publish";
	}

	@Override
	public boolean readsCalculatedVersions() {
		return true;
	}

	@Override
	public boolean writesVersions() {
		return true;
	}

	@Override
	public List<String> incomplete() {
		return (this.properties.budgetYear() != null) ? List.of()
				: List.of("Kommandot payment behöver budgetåret, t.ex. payment --tillagg.budget-year=2027 "
						+ "(utbetalningsunderlaget tas fram ur årets SLUTLIGA version).");
	}

	@Override
	public ExitCode execute() throws IOException {
		return pay(this.properties.budgetYear()).exitCode();
	}

	/**
	 * What the scheduled payment does: first a correction for every earlier year whose
	 * final version was superseded after it was paid, then the payment of the year.
	 */
	CommandResult settle(int budgetYear) throws IOException {
		Optional<CommandResult> refusal = this.repairs.refusal(true);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		List<CommandResult> results = new ArrayList<>();
		for (int year : RegistryBusyException.guard(this.payments::getObject).supersededSincePaid(budgetYear)) {
			results.add(pay(year));
		}
		results.add(pay(budgetYear));
		ExitCode exitCode = results.stream()
			.map(CommandResult::exitCode)
			.filter(code -> code != ExitCode.SUCCESS)
			.findFirst()
			.orElse(ExitCode.SUCCESS);
		return new CommandResult(exitCode, String.join(" ", results.stream().map(CommandResult::summary).toList()));
	}

	/** Pays the year and says what came of it. */
	CommandResult pay(int budgetYear) throws IOException {
		Payments.Outcome outcome = RegistryBusyException.guard(this.payments::getObject).pay(budgetYear);
		if (outcome instanceof Payments.Paid paid) {
			this.console.say(PaymentSummary.lines(paid.basis()));
			this.console.say(List.of("Skrivet:", "  " + paid.folder().csv(), "  " + paid.folder().workbook()));
			return CommandResult.done(PaymentSummary.headline(paid.basis()) + ", i " + paid.folder().folder() + ".");
		}
		if (outcome instanceof Payments.AlreadyPaid already) {
			return alreadyPaid(already);
		}
		if (outcome instanceof Payments.UnregisteredFolder unregistered) {
			return unregisteredFolder(unregistered);
		}
		return refused(budgetYear);
	}

	private CommandResult refused(int budgetYear) {
		String line = "Budgetåret " + budgetYear + " har ingen SLUTLIG version, så inget utbetalningsunderlag togs "
				+ "fram: det tas bara fram ur den publicerade versionen. Publicera en version med publish "
				+ "--tillagg.budget-year=" + budgetYear + " --tillagg.version=N och kör payment --tillagg.budget-year="
				+ budgetYear + ".";
		this.console.failure(line);
		return new CommandResult(ExitCode.BAD_INPUT, line);
	}

	private CommandResult unregisteredFolder(Payments.UnregisteredFolder unregistered) {
		String line = unregistered.folder() + " finns redan, men registret känner inte till något underlag nr "
				+ unregistered.number() + " för budgetåret " + unregistered.budgetYear()
				+ ": mappen är kvar efter ett avbrutet försök, eller registret är "
				+ "återställt från en äldre säkerhetskopia. Inget skrevs. Ta reda på om underlaget i mappen har "
				+ "använts (docs/operations.md, Backup and restore); flytta annars undan mappen och kör igen.";
		this.console.failure(line);
		return new CommandResult(ExitCode.INTERNAL_FAILURE, line);
	}

	/**
	 * Nothing to pay. The registered basis' folder must still be there: it is the record
	 * of what was paid, and a basis is never written a second time, so a lost folder is
	 * restored from the backup.
	 */
	private CommandResult alreadyPaid(Payments.AlreadyPaid already) {
		RegisteredPayment paid = already.paid();
		String line = "Budgetåret " + paid.budgetYear() + " är redan utbetalt ur version " + paid.version()
				+ " (SLUTLIG): underlag nr " + paid.number() + " i " + paid.folder() + "; inget nytt skrevs.";
		if (already.folderExists()) {
			this.console.say(line);
			return CommandResult.done(line);
		}
		String missing = line + " Men mappen finns inte längre: underlaget är utbetalt och skrivs aldrig en gång "
				+ "till. Återställ mappen ur säkerhetskopian (docs/operations.md, Backup and restore).";
		this.console.failure(missing);
		return new CommandResult(ExitCode.INTERNAL_FAILURE, missing);
	}

}
