package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.CronTrigger;

/**
 * A task scheduler that runs nothing by itself: it keeps what was scheduled, and a test
 * fires a trigger or runs the tasks that wait for a time, with a clock it set. No test
 * waits for real time.
 */
public final class ManualTaskScheduler implements TaskScheduler {

	private final List<Scheduled> triggers = new ArrayList<>();

	private final List<Scheduled> waiting = new ArrayList<>();

	@Override
	public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
		Scheduled scheduled = new Scheduled(task, trigger, null);
		this.triggers.add(scheduled);
		return scheduled;
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
		Scheduled scheduled = new Scheduled(task, null, startTime);
		this.waiting.add(scheduled);
		return scheduled;
	}

	/** The cron triggers scheduled, in order. */
	public List<CronTrigger> cronTriggers() {
		return this.triggers.stream().map(scheduled -> (CronTrigger) scheduled.trigger).toList();
	}

	/** Runs the task of the n-th trigger, as the scheduler does when its time comes. */
	public void fire(int trigger) {
		this.triggers.get(trigger).task.run();
	}

	/** When the tasks that wait for a time are due. */
	public List<Instant> waitingTimes() {
		return this.waiting.stream().map(scheduled -> scheduled.startTime).toList();
	}

	/** Runs the first task that waits for a time. */
	public void runFirstWaiting() {
		this.waiting.remove(0).task.run();
	}

	public boolean allCancelled() {
		return this.triggers.stream().allMatch(Scheduled::isCancelled);
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
		throw new UnsupportedOperationException();
	}

	/** A task as scheduled: by a trigger or for a time; it can be cancelled. */
	private static final class Scheduled implements ScheduledFuture<Object> {

		private final Runnable task;

		private final Trigger trigger;

		private final Instant startTime;

		private boolean cancelled;

		Scheduled(Runnable task, Trigger trigger, Instant startTime) {
			this.task = task;
			this.trigger = trigger;
			this.startTime = startTime;
		}

		@Override
		public boolean cancel(boolean mayInterruptIfRunning) {
			this.cancelled = true;
			return true;
		}

		@Override
		public boolean isCancelled() {
			return this.cancelled;
		}

		@Override
		public boolean isDone() {
			return this.cancelled;
		}

		@Override
		public Object get() {
			return null;
		}

		@Override
		public Object get(long timeout, TimeUnit unit) {
			return null;
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return 0;
		}

		@Override
		public int compareTo(Delayed other) {
			return 0;
		}

	}

}
