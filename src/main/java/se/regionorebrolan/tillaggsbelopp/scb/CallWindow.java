package se.regionorebrolan.tillaggsbelopp.scb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * SCB's limit on calls: at most {@code maxCallsPerTimeWindow} calls in any
 * {@code timeWindow} seconds from one address (PxWebApi 2.0 {@code /config}; 30 in 10
 * seconds at SCB). Before each call it waits, if need be, until the oldest call of the
 * window is out of it.
 */
final class CallWindow {

	private final Waiting waiting;

	private final Deque<Instant> calls = new ArrayDeque<>();

	private int maxCalls;

	private Duration window;

	CallWindow(Waiting waiting, int maxCalls, Duration window) {
		this.waiting = waiting;
		limit(maxCalls, window);
	}

	/** The limit SCB's configuration gives. */
	void limit(int maxCalls, Duration window) {
		this.maxCalls = Math.max(1, maxCalls);
		this.window = window;
	}

	Duration window() {
		return this.window;
	}

	/** Waits until one more call keeps within the limit, and counts it. */
	void beforeCall() {
		Instant now = this.waiting.now();
		forget(now);
		if (this.calls.size() >= this.maxCalls) {
			Waiting.pause(this.waiting, Duration.between(now, this.calls.peekFirst().plus(this.window)));
			now = this.waiting.now();
			forget(now);
		}
		this.calls.addLast(now);
	}

	private void forget(Instant now) {
		while (!this.calls.isEmpty() && !this.calls.peekFirst().plus(this.window).isAfter(now)) {
			this.calls.removeFirst();
		}
	}

}
