package se.regionorebrolan.tillaggsbelopp.command;

import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.PaymentFolder;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentBasis;
import se.regionorebrolan.tillaggsbelopp.payment.VersionReference;
import se.regionorebrolan.tillaggsbelopp.registry.PaymentRegistry;
import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.report.PaymentSummary;

/**
 * {@code payment}: the payment basis (utbetalningsunderlag) of a budget year, from its
 * final (SLUTLIG) version only, as a CSV file and a one-page workbook. It refuses when no
 * version is final and writes nothing when the final version is paid already; after the
 * paid version was superseded it writes a correction basis with the differences, never a
 * second full payment. The registry records every basis.
 */
@Component
class PaymentCommand implements Command {

	private final TillaggProperties properties;

	private final ObjectProvider<RunRegistry> runs;

	private final ObjectProvider<PaymentRegistry> payments;

	private final Clock clock;

	private final Console console;

	PaymentCommand(TillaggProperties properties, ObjectProvider<RunRegistry> runs,
			ObjectProvider<PaymentRegistry> payments, Clock clock, Console console) {
		this.properties = properties;
		this.runs = runs;
		this.payments = payments;
		this.clock = clock;
		this.console = console;
	}

	@Override
	public String name() {
		return "payment";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year");
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
	public ExitCode execute() throws IOException {
		if (this.properties.budgetYear() == null) {
			this.console.failure("Kommandot payment behöver budgetåret, t.ex. payment --tillagg.budget-year=2027 "
					+ "(utbetalningsunderlaget tas fram ur årets SLUTLIGA version).");
			return ExitCode.BAD_INPUT;
		}
		return pay(this.properties.budgetYear()).exitCode();
	}

	/**
	 * What the scheduled payment does: first a correction for every earlier year whose
	 * final version was superseded after it was paid, then the payment of the year.
	 */
	CommandResult settle(int budgetYear) throws IOException {
		List<CommandResult> results = new ArrayList<>();
		for (int year : RegistryBusyException.guard(this.payments::getObject).paidYears()) {
			if (year < budgetYear && supersededSincePaid(year)) {
				results.add(pay(year));
			}
		}
		results.add(pay(budgetYear));
		ExitCode exitCode = results.stream()
			.map(CommandResult::exitCode)
			.filter(code -> code != ExitCode.SUCCESS)
			.findFirst()
			.orElse(ExitCode.SUCCESS);
		return new CommandResult(exitCode, String.join(" ", results.stream().map(CommandResult::summary).toList()));
	}

	/**
	 * Pays the year from its final version: the first payment, a correction of what was
	 * paid from a superseded version, or nothing when the final version is paid.
	 */
	CommandResult pay(int budgetYear) throws IOException {
		RunRegistry runs = RegistryBusyException.guard(this.runs::getObject);
		Optional<RegisteredRun> finalVersion = runs.finalVersion(budgetYear);
		if (finalVersion.isEmpty()) {
			return refused(budgetYear);
		}
		PaymentRegistry payments = this.payments.getObject();
		Optional<RegisteredPayment> paid = payments.latest(budgetYear);
		if (paid.isPresent() && paid.get().version() == finalVersion.get().version()) {
			return alreadyPaid(paid.get());
		}
		int number = payments.nextNumber(budgetYear);
		Path unknown = PaymentFolder.location(this.properties.outputDir(), budgetYear, number);
		if (Files.exists(unknown)) {
			return unregisteredFolder(budgetYear, number, unknown);
		}
		PaymentBasis basis = basis(runs, finalVersion.get(), paid, number);
		PaymentFolder folder = write(payments, basis);
		this.console.say(PaymentSummary.lines(basis));
		this.console.say(List.of("Skrivet:", "  " + folder.csv(), "  " + folder.workbook()));
		return CommandResult.done(PaymentSummary.headline(basis) + ", i " + folder.folder() + ".");
	}

	private boolean supersededSincePaid(int year) {
		Optional<RegisteredRun> finalVersion = this.runs.getObject().finalVersion(year);
		Optional<RegisteredPayment> paid = this.payments.getObject().latest(year);
		return finalVersion.isPresent() && paid.isPresent() && paid.get().version() != finalVersion.get().version();
	}

	private PaymentBasis basis(RunRegistry runs, RegisteredRun finalVersion, Optional<RegisteredPayment> paid,
			int number) {
		int year = finalVersion.budgetYear();
		VersionReference reference = VersionReference.of(finalVersion);
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		if (paid.isEmpty()) {
			return PaymentBasis.payment(year, number, reference, runs.totals(year, finalVersion.version()), now,
					SoftwareVersion.current());
		}
		RegisteredRun paidVersion = runs.find(year, paid.get().version()).orElseThrow();
		return PaymentBasis.correction(year, number, reference, runs.totals(year, finalVersion.version()),
				VersionReference.of(paidVersion), runs.totals(year, paidVersion.version()), now,
				SoftwareVersion.current());
	}

	/**
	 * The folder first, then its registration; a folder whose registration fails is
	 * removed again, so a basis exists only when the registry records it.
	 */
	private PaymentFolder write(PaymentRegistry payments, PaymentBasis basis) throws IOException {
		PaymentFolder folder = PaymentFolder.write(this.properties.outputDir(), basis);
		try {
			payments.register(new RegisteredPayment(basis.budgetYear(), basis.number(), basis.paid().version(),
					basis.paidBefore().map(VersionReference::version), basis.paymentMonth(),
					basis.producedAt().toOffsetDateTime(), folder.folder(),
					Sha256.hex(Files.readAllBytes(folder.csv())), basis.amount()));
		}
		catch (RuntimeException ex) {
			folder.discard();
			throw ex;
		}
		return folder;
	}

	private CommandResult refused(int budgetYear) {
		String line = "Budgetåret " + budgetYear + " har ingen SLUTLIG version, så inget utbetalningsunderlag togs "
				+ "fram: det tas bara fram ur den publicerade versionen. Publicera en version med publish "
				+ "--tillagg.budget-year=" + budgetYear + " --tillagg.version=N och kör payment --tillagg.budget-year="
				+ budgetYear + ".";
		this.console.failure(line);
		return new CommandResult(ExitCode.BAD_INPUT, line);
	}

	/**
	 * A folder of the number the next basis gets, which the registry does not know: left
	 * by a process killed before it registered it, or made after the backup the registry
	 * was restored from. It may have been paid, so it is never replaced.
	 */
	private CommandResult unregisteredFolder(int budgetYear, int number, Path folder) {
		String line = folder + " finns redan, men registret känner inte till något underlag nr " + number
				+ " för budgetåret " + budgetYear + ": mappen är kvar efter ett avbrutet försök, eller registret är "
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
	private CommandResult alreadyPaid(RegisteredPayment paid) {
		String line = "Budgetåret " + paid.budgetYear() + " är redan utbetalt ur version " + paid.version()
				+ " (SLUTLIG): underlag nr " + paid.number() + " i " + paid.folder() + "; inget nytt skrevs.";
		if (Files.isDirectory(paid.folder())) {
			this.console.say(line);
			return CommandResult.done(line);
		}
		String missing = line + " Men mappen finns inte längre: underlaget är utbetalt och skrivs aldrig en gång "
				+ "till. Återställ mappen ur säkerhetskopian (docs/operations.md, Backup and restore).";
		this.console.failure(missing);
		return new CommandResult(ExitCode.INTERNAL_FAILURE, missing);
	}

}
