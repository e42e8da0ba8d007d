package se.regionorebrolan.tillaggsbelopp.scb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCB's limit on calls (30 in 10 seconds): never more calls in any window, and no pause
 * that is not needed.
 */
class CallWindowTests {

	private static final Instant START = Instant.parse("2026-11-22T09:15:00Z");

	@Test
	void waitsUntilTheOldestCallOfAFullWindowIsOutOfIt() throws InterruptedException {
		Clocked time = new Clocked();
		CallWindow window = new CallWindow(time, 3, Duration.ofSeconds(10));

		// Three calls at 0, 2 and 4 s; the fourth at 5 s waits until 10 s, when the first
		// leaves the window; the fifth at 10 s waits until 12 s.
		for (long at : new long[] { 0, 2, 4, 5, 10 }) {
			time.at(at);
			window.beforeCall();
		}

		assertThat(time.pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(2));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 2026 })
	void neverLetsMoreCallsThanTheLimitIntoAnyWindow(long seed) throws InterruptedException {
		SplittableRandom random = new SplittableRandom(seed);
		int limit = 1 + random.nextInt(5);
		Duration length = Duration.ofMillis(500 + random.nextInt(10_000));
		Clocked time = new Clocked();
		CallWindow window = new CallWindow(time, limit, length);
		List<Instant> calls = new ArrayList<>();
		for (int call = 0; call < 200; call++) {
			time.now = time.now.plusMillis(random.nextInt(2_000));
			window.beforeCall();
			calls.add(time.now);
		}

		for (int call = limit; call < calls.size(); call++) {
			assertThat(Duration.between(calls.get(call - limit), calls.get(call))).as("call %d", call)
				.isGreaterThanOrEqualTo(length);
		}
		// A pause is only ever as long as needed: never longer than a window.
		assertThat(time.pauses).allMatch(pause -> pause.compareTo(length) <= 0 && !pause.isNegative());
	}

	/** Time that moves when the test or a pause moves it. */
	private static final class Clocked implements Waiting {

		private final List<Duration> pauses = new ArrayList<>();

		private Instant now = START;

		void at(long seconds) {
			this.now = START.plusSeconds(seconds);
		}

		@Override
		public Instant now() {
			return this.now;
		}

		@Override
		public void pause(Duration duration) {
			this.pauses.add(duration);
			this.now = this.now.plus(duration);
		}

	}

}
