package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triggers of scheduler mode with a clock the test sets and a task scheduler it fires
 * by hand: which job runs for which budget year, what a start catches up, retries while
 * the registry is busy, and the line each firing logs.
 */
class SchedulerTests {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final MutableClock clock = new MutableClock(LocalDateTime.parse("2026-11-20T10:00"));

	private final ManualTaskScheduler triggers = new ManualTaskScheduler();

	private final RecordingJob calculation = new RecordingJob("Beräkningen", "0 0 6 1 12 *", 1);

	private final RecordingJob payment = new RecordingJob("Utbetalningsunderlaget", "0 0 6 15W 1 *", 0);

	private final AtomicInteger releases = new AtomicInteger();

	private final AtomicInteger logsOpened = new AtomicInteger();

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void captureLog() {
		Logger logger = (Logger) LoggerFactory.getLogger(Scheduler.class);
		logger.setLevel(Level.INFO);
		logger.addAppender(this.log);
		this.log.start();
	}

	@AfterEach
	void releaseLog() {
		((Logger) LoggerFactory.getLogger(Scheduler.class)).detachAppender(this.log);
	}

	@Test
	void schedulesTheCalculationOnTheFirstOfDecemberAndThePaymentOnAWeekdayInMidJanuary() {
		Scheduler scheduler = scheduler(31);
		assertThat(this.logsOpened).as("log file opened before the start").hasValue(0);

		scheduler.start();

		assertThat(this.logsOpened).as("log file opened at the start").hasValue(1);

		SimpleTriggerContext now = new SimpleTriggerContext(this.clock);
		assertThat(this.triggers.cronTriggers()).extracting(trigger -> trigger.nextExecution(now))
			.containsExactly(Instant.parse("2026-12-01T05:00:00Z"), Instant.parse("2027-01-15T05:00:00Z"));
		// 15 January 2028 is a Saturday: the nearest weekday is Friday the 14th
		SimpleTriggerContext afterFirstPayment = new SimpleTriggerContext(Instant.parse("2027-01-15T05:00:00Z"),
				Instant.parse("2027-01-15T05:00:00Z"), Instant.parse("2027-01-15T05:00:01Z"));
		assertThat(this.triggers.cronTriggers().get(1).nextExecution(afterFirstPayment))
			.isEqualTo(Instant.parse("2028-01-14T05:00:00Z"));
		assertThat(this.calculation.runs).isEmpty();
		assertThat(this.payment.runs).isEmpty();
		assertThat(lines()).containsExactly("INFO Schemaläget har startat, tidszon Europe/Stockholm, ikapp inom 31 "
				+ "dagar: Beräkningen för budgetåret 2027 nästa gång 2026-12-01 06:00 (0 0 6 1 12 *); "
				+ "Utbetalningsunderlaget för budgetåret 2027 nästa gång 2027-01-15 06:00 (0 0 6 15W 1 *).");
	}

	@Test
	void calculatesTheNextBudgetYearInDecemberAndPaysTheCurrentOneInJanuary() {
		scheduler(31).start();

		this.clock.set(LocalDateTime.parse("2026-12-01T06:00"));
		this.triggers.fire(0);
		this.clock.set(LocalDateTime.parse("2027-01-15T06:00"));
		this.triggers.fire(1);

		assertThat(this.calculation.runs).containsExactly("2027");
		assertThat(this.payment.runs).containsExactly("2027");
		assertThat(this.releases).hasValue(2);
		assertThat(lines()).contains(
				"INFO Beräkningen för budgetåret 2027 (planerad 2026-12-01 06:00): klart [avslutningskod 0]",
				"INFO Utbetalningsunderlaget för budgetåret 2027 (planerad 2027-01-15 06:00): klart [avslutningskod 0]");
	}

	@Test
	void catchesUpAtStartTheTimeMissedWhileDownForTheYearItWasDueFor() {
		// Down from 30 November to 10 January: the December calculation is for 2027,
		// not for the year after the day of the start.
		this.clock.set(LocalDateTime.parse("2027-01-10T08:30"));

		scheduler(45).start();

		assertThat(this.calculation.runs).containsExactly("2027 unless done since 2026-12-01T05:00:00Z");
		// the payment's latest time, 15 January 2026, is more than 45 days ago
		assertThat(this.payment.runs).isEmpty();
		assertThat(lines()).contains(
				"INFO Beräkningen för budgetåret 2027 (planerad 2026-12-01 06:00, i efterhand): klart [avslutningskod 0]");
	}

	@Test
	void catchesUpNothingOlderThanTheCatchUpDaysAndNothingWhenTheyAreZero() {
		this.clock.set(LocalDateTime.parse("2027-01-01T06:01"));
		scheduler(31).start();
		this.clock.set(LocalDateTime.parse("2026-12-01T07:00"));
		scheduler(0).start();

		assertThat(this.calculation.runs).isEmpty();
		assertThat(this.payment.runs).isEmpty();
	}

	@Test
	void triesAgainEveryFiveMinutesWhileTheRegistryIsBusyAndGivesUpAfterAnHour() {
		this.calculation.outcome = new Outcome(Outcome.Kind.BUSY, 3, "En annan körning använder registret just nu.");
		scheduler(31).start();
		this.clock.set(LocalDateTime.parse("2026-12-01T06:00"));

		this.triggers.fire(0);
		assertThat(this.triggers.waitingTimes()).containsExactly(Instant.parse("2026-12-01T05:05:00Z"));
		for (int attempt = 2; attempt <= Scheduler.ATTEMPTS; attempt++) {
			this.clock.set(LocalDateTime.parse("2026-12-01T06:00").plusMinutes(5L * (attempt - 1)));
			this.triggers.runFirstWaiting();
		}

		assertThat(this.calculation.runs).hasSize(12).containsOnly("2027");
		assertThat(this.triggers.waitingTimes()).isEmpty();
		assertThat(this.releases).hasValue(12);
		assertThat(lines()).contains(
				"WARN Beräkningen för budgetåret 2027 (planerad 2026-12-01 06:00): En annan "
						+ "körning använder registret just nu. [avslutningskod 3] Nytt försök 2026-12-01 06:05.",
				"ERROR Beräkningen för budgetåret 2027 (planerad 2026-12-01 06:00, försök 12 av 12): En annan "
						+ "körning använder registret just nu. [avslutningskod 3] Gav upp efter 12 försök; kör "
						+ "kommandot för hand när registret är ledigt.");
	}

	@Test
	void logsAFailureAsAnError() {
		this.payment.outcome = new Outcome(Outcome.Kind.FAILED, 2, "Budgetåret 2027 har ingen SLUTLIG version.");
		scheduler(31).start();
		this.clock.set(LocalDateTime.parse("2027-01-15T06:00"));

		this.triggers.fire(1);

		assertThat(lines()).contains("ERROR Utbetalningsunderlaget för budgetåret 2027 (planerad 2027-01-15 06:00): "
				+ "Budgetåret 2027 har ingen SLUTLIG version. [avslutningskod 2]");
		assertThat(this.triggers.waitingTimes()).isEmpty();
	}

	@Test
	void stoppingCancelsTheTriggersAndEndsTheWait() throws InterruptedException {
		Scheduler scheduler = scheduler(31);
		scheduler.start();
		Thread main = new Thread(() -> {
			try {
				scheduler.awaitStop();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		main.start();
		// the process's main thread waits until the scheduler stops, not a moment less
		while (main.getState() != Thread.State.WAITING && main.isAlive()) {
			Thread.onSpinWait();
		}
		assertThat(main.getState()).isEqualTo(Thread.State.WAITING);

		scheduler.stop();

		main.join();
		assertThat(this.triggers.allCancelled()).isTrue();
		assertThat(lines()).last().isEqualTo("INFO Schemaläget stoppas.");
	}

	private Scheduler scheduler(int catchUpDays) {
		return new Scheduler(List.of(this.calculation, this.payment), () -> this.triggers, this.clock, SWEDEN,
				catchUpDays, this.releases::incrementAndGet, this.logsOpened::incrementAndGet);
	}

	private List<String> lines() {
		return this.log.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
	}

	/** A job that records the years it ran for and answers with a given outcome. */
	private static final class RecordingJob implements ScheduledJob {

		private final String title;

		private final String cron;

		private final int yearsAhead;

		private final List<String> runs = new ArrayList<>();

		private Outcome outcome = new Outcome(Outcome.Kind.DONE, 0, "klart");

		RecordingJob(String title, String cron, int yearsAhead) {
			this.title = title;
			this.cron = cron;
			this.yearsAhead = yearsAhead;
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
			return firing.getYear() + this.yearsAhead;
		}

		@Override
		public Outcome run(int budgetYear, Optional<Instant> catchingUpFrom) {
			this.runs.add(budgetYear + catchingUpFrom.map(since -> " unless done since " + since).orElse(""));
			return this.outcome;
		}

	}

}
