package se.regionorebrolan.tillaggsbelopp.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import se.regionorebrolan.tillaggsbelopp.job.VersionWriter;

/**
 * A fixed clock that does something else first when {@link VersionWriter} reads it, at
 * the start of the write step (the registry is open, nothing is written yet): pause for a
 * test that kills the run there, or fail as a write would.
 */
public final class WriteStepClock extends Clock {

	private final Clock fixed;

	private final Runnable atWrite;

	public WriteStepClock(Clock fixed, Runnable atWrite) {
		this.fixed = fixed;
		this.atWrite = atWrite;
	}

	@Override
	public ZoneId getZone() {
		return this.fixed.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new WriteStepClock(this.fixed.withZone(zone), this.atWrite);
	}

	@Override
	public Instant instant() {
		boolean writing = StackWalker.getInstance()
			.walk(frames -> frames.anyMatch(frame -> frame.getClassName().equals(VersionWriter.class.getName())));
		if (writing) {
			this.atWrite.run();
		}
		return this.fixed.instant();
	}

}
