package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock in Swedish time that a test sets, so that a scheduled trigger can be fired "at"
 * its time without waiting for it.
 */
public final class MutableClock extends Clock {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private volatile Instant now;

	public MutableClock(LocalDateTime swedishTime) {
		set(swedishTime);
	}

	/** Sets the time, given as Swedish local time. */
	public void set(LocalDateTime swedishTime) {
		this.now = swedishTime.atZone(SWEDEN).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return SWEDEN;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
