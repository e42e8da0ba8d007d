package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;

/**
 * Scheduler mode ({@code tillagg.mode=scheduler}, docs/decisions/0015-scheduler-mode.md):
 * starts each yearly job when its cron expression says, in the schedule's time zone. At
 * start-up it first runs a job whose time passed while the process was down, within the
 * catch-up days. While another process holds the registry it tries again every five
 * minutes, for an hour. Each firing logs one line. Firings run one at a time, and the
 * registry is released after each, so that finance officers' commands can use it in
 * between (docs/decisions/0016-registry-connections-between-triggers.md).
 */
public class Scheduler {

	/** How long a firing waits for a registry that another process holds. */
	static final Duration RETRY_DELAY = Duration.ofMinutes(5);

	/** How many times a firing tries before it gives up: an hour in all. */
	static final int ATTEMPTS = 12;

	private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

	private final List<ScheduledJob> jobs;

	private final Supplier<TaskScheduler> taskScheduler;

	private final Clock clock;

	private final ZoneId zone;

	private final int catchUpDays;

	private final Runnable releaseRegistry;

	private final Runnable openLog;

	private final List<ScheduledFuture<?>> triggers = new ArrayList<>();

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile boolean started;

	/**
	 * @param jobs the yearly jobs
	 * @param taskScheduler the scheduler that fires the triggers
	 * @param clock the application's clock
	 * @param zone the time zone the cron expressions are read in
	 * @param catchUpDays how long after a missed time a start still runs it; 0 never
	 * @param releaseRegistry closes the registry's connections
	 * @param openLog opens the log file; only a start (after every check) does, so that a
	 * refused start writes nothing
	 */
	public Scheduler(List<ScheduledJob> jobs, Supplier<TaskScheduler> taskScheduler, Clock clock, ZoneId zone,
			int catchUpDays, Runnable releaseRegistry, Runnable openLog) {
		this.jobs = List.copyOf(jobs);
		this.taskScheduler = taskScheduler;
		this.clock = clock;
		this.zone = zone;
		this.catchUpDays = catchUpDays;
		this.releaseRegistry = releaseRegistry;
		this.openLog = openLog;
	}

	/** Catches up what was missed, then schedules every job by its cron expression. */
	public synchronized void start() {
		this.openLog.run();
		log.info(startLine());
		TaskScheduler scheduler = this.taskScheduler.get();
		for (ScheduledJob job : this.jobs) {
			latestMissed(job).ifPresent(due -> fire(job, new Firing(job.budgetYear(due.toLocalDate()), due, true, 1)));
			this.triggers.add(scheduler.schedule(() -> fireNow(job), new CronTrigger(job.cron(), this.zone)));
		}
		this.started = true;
	}

	public boolean isStarted() {
		return this.started;
	}

	/**
	 * Blocks until the scheduler is stopped, which happens when the application stops.
	 */
	public void awaitStop() throws InterruptedException {
		this.stopped.await();
	}

	/** Cancels the triggers; a firing under way completes first. */
	public void stop() {
		this.triggers.forEach(trigger -> trigger.cancel(false));
		if (this.started) {
			log.info("Schemaläget stoppas.");
		}
		this.stopped.countDown();
	}

	private void fireNow(ScheduledJob job) {
		ZonedDateTime now = now();
		fire(job, new Firing(job.budgetYear(now.toLocalDate()), now, false, 1));
	}

	private synchronized void fire(ScheduledJob job, Firing firing) {
		Outcome outcome;
		try {
			outcome = job.run(firing.budgetYear(),
					firing.catchingUp() ? Optional.of(firing.due().toInstant()) : Optional.empty());
		}
		finally {
			this.releaseRegistry.run();
		}
		String line = job.title() + " för budgetåret " + firing.budgetYear() + " (" + firing.describe() + "): "
				+ outcome.summary() + " [avslutningskod " + outcome.exitCode() + "]";
		switch (outcome.kind()) {
			case DONE -> log.info(line);
			case FAILED -> log.error(line);
			case BUSY -> retry(job, firing, line);
		}
	}

	private void retry(ScheduledJob job, Firing firing, String line) {
		if (firing.attempt() >= ATTEMPTS) {
			log.error(line + " Gav upp efter " + ATTEMPTS + " försök; kör kommandot för hand när registret är ledigt.");
			return;
		}
		Instant next = now().plus(RETRY_DELAY).toInstant();
		log.warn(line + " Nytt försök " + SwedishFormat.minute(next.atZone(this.zone)) + ".");
		this.taskScheduler.get().schedule(() -> fire(job, firing.next()), next);
	}

	/**
	 * The latest time the job was due within the catch-up days before now, if any: the
	 * one a process that was down then has missed.
	 */
	Optional<ZonedDateTime> latestMissed(ScheduledJob job) {
		if (this.catchUpDays == 0) {
			return Optional.empty();
		}
		CronExpression cron = CronExpression.parse(job.cron());
		ZonedDateTime now = now();
		ZonedDateTime latest = null;
		for (ZonedDateTime due = cron.next(now.minusDays(this.catchUpDays)); due != null
				&& !due.isAfter(now); due = cron.next(due)) {
			latest = due;
		}
		return Optional.ofNullable(latest);
	}

	private String startLine() {
		ZonedDateTime now = now();
		List<String> next = new ArrayList<>();
		for (ScheduledJob job : this.jobs) {
			ZonedDateTime due = CronExpression.parse(job.cron()).next(now);
			next.add(job.title() + " för budgetåret " + job.budgetYear(due.toLocalDate()) + " nästa gång "
					+ SwedishFormat.minute(due) + " (" + job.cron() + ")");
		}
		return "Schemaläget har startat, tidszon " + this.zone + ", ikapp inom " + this.catchUpDays + " dagar: "
				+ String.join("; ", next) + ".";
	}

	private ZonedDateTime now() {
		return ZonedDateTime.now(this.clock).withZoneSameInstant(this.zone);
	}

	/**
	 * One firing of a job: the budget year it is for, when it was due, whether it catches
	 * up a time missed while the process was down, and which attempt it is.
	 */
	record Firing(int budgetYear, ZonedDateTime due, boolean catchingUp, int attempt) {

		Firing next() {
			return new Firing(this.budgetYear, this.due, this.catchingUp, this.attempt + 1);
		}

		/** "planerad 2026-12-01 06:00, i efterhand, försök 2 av 12". */
		String describe() {
			return "planerad " + SwedishFormat.minute(this.due) + (this.catchingUp ? ", i efterhand" : "")
					+ ((this.attempt > 1) ? ", försök " + this.attempt + " av " + ATTEMPTS : "");
		}

	}

}
