package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentBasis;
import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.payment.VersionReference;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;
import se.regionorebrolan.tillaggsbelopp.registry.PaymentRegistry;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;

/**
 * Pays a budget year from its final (SLUTLIG) version only: the first payment basis, a
 * correction basis after the paid version was superseded (never a second full payment),
 * or nothing when the final version is paid already. Every basis is written to its folder
 * and recorded in the registry.
 */
@Component
public class Payments {

	private final RunRegistry runs;

	private final PaymentRegistry payments;

	private final TillaggProperties properties;

	private final Clock clock;

	Payments(RunRegistry runs, PaymentRegistry payments, TillaggProperties properties, Clock clock) {
		this.runs = runs;
		this.payments = payments;
		this.properties = properties;
		this.clock = clock;
	}

	/** What paying a year came to. */
	public sealed interface Outcome {

		int budgetYear();

	}

	/** A basis was written: the first payment or a correction. */
	public record Paid(int budgetYear, PaymentBasis basis, PaymentFolder folder) implements Outcome {
	}

	/** The year has no final version, so there is nothing that may be paid. */
	public record NoFinalVersion(int budgetYear) implements Outcome {
	}

	/**
	 * The final version is paid already; {@code folderExists} says whether its record is
	 * still there.
	 */
	public record AlreadyPaid(int budgetYear, RegisteredPayment paid, boolean folderExists) implements Outcome {
	}

	/**
	 * A folder of the number the next basis gets that the registry does not know: left by
	 * a process killed before it registered it, or made after the backup the registry was
	 * restored from. It may have been paid, so it is never replaced.
	 */
	public record UnregisteredFolder(int budgetYear, int number, Path folder) implements Outcome {
	}

	/**
	 * The years whose paid version was superseded after payment, before the given year,
	 * oldest first: the scheduled payment corrects them first.
	 */
	public List<Integer> supersededSincePaid(int beforeYear) {
		return this.payments.paidYears()
			.stream()
			.filter(year -> year < beforeYear && isSupersededSincePaid(year))
			.toList();
	}

	/**
	 * Pays the year from its final version: the first payment, a correction of what was
	 * paid from a superseded version, or nothing when the final version is paid.
	 */
	public Outcome pay(int budgetYear) throws IOException {
		Optional<RegisteredRun> finalVersion = this.runs.finalVersion(budgetYear);
		if (finalVersion.isEmpty()) {
			return new NoFinalVersion(budgetYear);
		}
		Optional<RegisteredPayment> paid = this.payments.latest(budgetYear);
		if (paid.isPresent() && paid.get().version() == finalVersion.get().version()) {
			return new AlreadyPaid(budgetYear, paid.get(), Files.isDirectory(paid.get().folder()));
		}
		int number = this.payments.nextNumber(budgetYear);
		Path unknown = new OutputFolder(this.properties.outputDir()).payment(budgetYear, number);
		if (Files.exists(unknown)) {
			return new UnregisteredFolder(budgetYear, number, unknown);
		}
		PaymentBasis basis = basis(finalVersion.get(), paid, number);
		return new Paid(budgetYear, basis, write(basis));
	}

	private boolean isSupersededSincePaid(int year) {
		Optional<RegisteredRun> finalVersion = this.runs.finalVersion(year);
		Optional<RegisteredPayment> paid = this.payments.latest(year);
		return finalVersion.isPresent() && paid.isPresent() && paid.get().version() != finalVersion.get().version();
	}

	private PaymentBasis basis(RegisteredRun finalVersion, Optional<RegisteredPayment> paid, int number) {
		int year = finalVersion.budgetYear();
		VersionReference reference = VersionReference.of(finalVersion);
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		if (paid.isEmpty()) {
			return PaymentBasis.payment(year, number, reference, this.runs.totals(year, finalVersion.version()), now,
					SoftwareVersion.current());
		}
		RegisteredRun paidVersion = this.runs.find(year, paid.get().version()).orElseThrow();
		return PaymentBasis.correction(year, number, reference, this.runs.totals(year, finalVersion.version()),
				VersionReference.of(paidVersion), this.runs.totals(year, paidVersion.version()), now,
				SoftwareVersion.current());
	}

	/**
	 * The folder first, then its registration; a folder whose registration fails is
	 * removed again, and one left by a process that stopped in between still has its mark
	 * and is removed at the next start, so a basis exists only when the registry records
	 * it.
	 */
	private PaymentFolder write(PaymentBasis basis) throws IOException {
		PaymentFolder folder = PaymentFolder.write(this.properties.outputDir(), basis);
		try {
			this.payments.register(folder.record());
		}
		catch (RuntimeException ex) {
			folder.discard();
			throw ex;
		}
		Unregistered.clear(folder.folder());
		return folder;
	}

}
