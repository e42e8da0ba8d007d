package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

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
		Path marker = Path.of(System.getProperty("pause.marker"));
		return new WriteStepClock(ApplicationRun.NOVEMBER_2026, () -> pause(marker));
	}

	private static void pause(Path marker) {
		try {
			Files.writeString(marker, "paused");
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
