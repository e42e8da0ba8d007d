package se.regionorebrolan.tillaggsbelopp.scb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Time that moves only when a test or a pause moves it, so that waiting for SCB takes no
 * time; every pause is kept.
 */
final class TestWaiting implements Waiting {

	static final Instant START = Instant.parse("2026-11-22T09:15:00Z");

	private final List<Duration> pauses = new ArrayList<>();

	private Instant now = START;

	@Override
	public Instant now() {
		return this.now;
	}

	@Override
	public void pause(Duration duration) {
		this.pauses.add(duration);
		this.now = this.now.plus(duration);
	}

	/** Moves the time on without a pause, as the work between calls does. */
	void pass(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/** The pauses so far, in order. */
	List<Duration> pauses() {
		return List.copyOf(this.pauses);
	}

}
