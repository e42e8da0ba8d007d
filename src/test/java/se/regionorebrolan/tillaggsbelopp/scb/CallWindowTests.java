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

	@Test
	void waitsUntilTheOldestCallOfAFullWindowIsOutOfIt() throws InterruptedException {
		TestWaiting time = new TestWaiting();
		CallWindow window = new CallWindow(time, 3, Duration.ofSeconds(10));

		// Three calls at 0, 2 and 4 s; the fourth at 5 s waits until 10 s, when the first
		// leaves the window; the fifth, right after, waits until 12 s.
		for (long after : new long[] { 0, 2, 2, 1, 0 }) {
			time.pass(Duration.ofSeconds(after));
			window.beforeCall();
		}

		assertThat(time.pauses()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(2));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 2026 })
	void neverLetsMoreCallsThanTheLimitIntoAnyWindow(long seed) throws InterruptedException {
		SplittableRandom random = new SplittableRandom(seed);
		int limit = 1 + random.nextInt(5);
		Duration length = Duration.ofMillis(500 + random.nextInt(10_000));
		TestWaiting time = new TestWaiting();
		CallWindow window = new CallWindow(time, limit, length);
		List<Instant> calls = new ArrayList<>();
		for (int call = 0; call < 200; call++) {
			time.pass(Duration.ofMillis(random.nextInt(2_000)));
			window.beforeCall();
			calls.add(time.now());
		}

		for (int call = limit; call < calls.size(); call++) {
			assertThat(Duration.between(calls.get(call - limit), calls.get(call))).as("call %d", call)
				.isGreaterThanOrEqualTo(length);
		}
		// A pause is only ever as long as needed: never longer than a window.
		assertThat(time.pauses()).allMatch(pause -> pause.compareTo(length) <= 0 && !pause.isNegative());
	}

}
