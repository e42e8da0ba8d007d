package se.regionorebrolan.tillaggsbelopp.scb;

import java.time.Duration;
import java.time.Instant;

/**
 * The time between calls to SCB's API: the time now and a pause. Tests put a clock of
 * their own in its place, so that they never wait for real.
 */
public interface Waiting {

	Instant now();

	void pause(Duration duration) throws InterruptedException;

	/**
	 * Pauses, or ends the fetch when the program is stopped meanwhile.
	 * @throws ScbUnavailableException when interrupted
	 */
	static void pause(Waiting waiting, Duration duration) {
		try {
			waiting.pause(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ScbUnavailableException(ScbApi.STOPPED, ex);
		}
	}

	/** The system's clock and {@link Thread#sleep}. */
	static Waiting system() {
		return new Waiting() {

			@Override
			public Instant now() {
				return Instant.now();
			}

			@Override
			public void pause(Duration duration) throws InterruptedException {
				Thread.sleep(duration.toMillis());
			}

		};
	}

}
