package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A job that scheduler mode starts once a year: the calculation of the next budget year
 * in December, the payment basis of the current one in January.
 */
public interface ScheduledJob {

	/** What it is, in Swedish, for the log: "Beräkningen", "Utbetalningsunderlaget". */
	String title();

	/** When it is due: a Spring cron expression, read in the schedule's time zone. */
	String cron();

	/** The budget year a firing on this date is for. */
	int budgetYear(LocalDate firing);

	/**
	 * Runs the job for the budget year; when catching up a time missed while the process
	 * was down, only if the job has not been done for the year since that time. Never
	 * throws: a failure is an outcome.
	 */
	Outcome run(int budgetYear, Optional<Instant> catchingUpFrom);

}
