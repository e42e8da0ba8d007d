package se.regionorebrolan.tillaggsbelopp.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.springframework.beans.factory.ObjectProvider;

import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryDatabase;
import se.regionorebrolan.tillaggsbelopp.scheduling.Outcome;
import se.regionorebrolan.tillaggsbelopp.scheduling.ScheduledJob;

/**
 * A command as a yearly job of scheduler mode. It opens the registry first: when another
 * process holds it, the outcome is busy and the scheduler tries again later. A catch-up
 * is skipped when the job was done for the year after the missed time (by a person or an
 * earlier start). Any failure becomes an outcome, so every firing logs its line.
 */
final class ScheduledCommand implements ScheduledJob {

	private final String title;

	private final String cron;

	private final ToIntFunction<LocalDate> budgetYear;

	private final YearlyWork work;

	private final DoneSince doneSince;

	private final ObjectProvider<RegistryDatabase> registry;

	private final Function<Exception, String> described;

	/**
	 * @param described a failure's cause in Swedish, its details written to the failure
	 * log
	 */
	ScheduledCommand(String title, String cron, ToIntFunction<LocalDate> budgetYear, YearlyWork work,
			DoneSince doneSince, ObjectProvider<RegistryDatabase> registry, Function<Exception, String> described) {
		this.title = title;
		this.cron = cron;
		this.budgetYear = budgetYear;
		this.work = work;
		this.doneSince = doneSince;
		this.registry = registry;
		this.described = described;
	}

	@Override
	public String title() {
		return this.title;
	}

	@Override
	public String cron() {
		return this.cron;
	}

	@Override
	public int budgetYear(LocalDate firing) {
		return this.budgetYear.applyAsInt(firing);
	}

	@Override
	public Outcome run(int budgetYear, Optional<Instant> catchingUpFrom) {
		try {
			RegistryBusyException.guard(() -> this.registry.getObject().open());
			if (catchingUpFrom.isPresent() && this.doneSince.test(budgetYear, catchingUpFrom.get())) {
				return new Outcome(Outcome.Kind.DONE, ExitCode.SUCCESS.code(),
						"Redan gjort efter den planerade tiden; inget att ta igen.");
			}
			CommandResult result = this.work.run(budgetYear);
			return new Outcome(kind(result.exitCode()), result.exitCode().code(), result.summary());
		}
		catch (RegistryBusyException ex) {
			return new Outcome(Outcome.Kind.BUSY, ExitCode.BUSY.code(), ex.getMessage());
		}
		catch (Exception ex) {
			return new Outcome(Outcome.Kind.FAILED, ExitCode.INTERNAL_FAILURE.code(),
					"Avbröts: " + this.described.apply(ex) + ".");
		}
	}

	private static Outcome.Kind kind(ExitCode exitCode) {
		return switch (exitCode) {
			case SUCCESS -> Outcome.Kind.DONE;
			case BUSY -> Outcome.Kind.BUSY;
			default -> Outcome.Kind.FAILED;
		};
	}

	/** The command's work for a budget year. */
	@FunctionalInterface
	interface YearlyWork {

		CommandResult run(int budgetYear) throws Exception;

	}

	/** Whether the work was done for the budget year at or after a time. */
	@FunctionalInterface
	interface DoneSince {

		boolean test(int budgetYear, Instant since);

	}

}
