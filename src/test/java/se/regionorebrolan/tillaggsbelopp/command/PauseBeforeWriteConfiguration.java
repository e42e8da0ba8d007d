package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

import se.regionorebrolan.tillaggsbelopp.job.VersionWriter;

/**
 * For tests that kill a run midway: in a child JVM started with the profile
 * {@code pause-before-write}, the clock stops the run when the write step asks for the
 * time (the registry is open, nothing is written yet), after creating the file named by
 * the system property {@code pause.marker} so that the test knows it may kill the
 * process.
 */
@Configuration(proxyBeanMethods = false)
@Profile("pause-before-write")
class PauseBeforeWriteConfiguration {

	@Bean
	@Primary
	Clock pausingClock() {
		return new PausingClock(ApplicationRun.NOVEMBER_2026, Path.of(System.getProperty("pause.marker")));
	}

	/** A fixed clock that pauses for good when {@link VersionWriter} reads it. */
	static final class PausingClock extends Clock {

		private final Clock fixed;

		private final Path marker;

		PausingClock(Clock fixed, Path marker) {
			this.fixed = fixed;
			this.marker = marker;
		}

		@Override
		public ZoneId getZone() {
			return this.fixed.getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new PausingClock(this.fixed.withZone(zone), this.marker);
		}

		@Override
		public Instant instant() {
			boolean writing = StackWalker.getInstance()
				.walk(frames -> frames.anyMatch(frame -> frame.getClassName().equals(VersionWriter.class.getName())));
			if (writing) {
				pause();
			}
			return this.fixed.instant();
		}

		private void pause() {
			try {
				Files.writeString(this.marker, "paused");
				Thread.sleep(Long.MAX_VALUE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
