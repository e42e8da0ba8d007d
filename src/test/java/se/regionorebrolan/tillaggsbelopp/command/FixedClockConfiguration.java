package se.regionorebrolan.tillaggsbelopp.command;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

import se.regionorebrolan.tillaggsbelopp.program.ClockConfiguration;

/**
 * For tests that start the application in a child JVM at a given time: with the profile
 * {@code fixed-clock}, the clock stands still at the instant in the system property
 * {@code fixed.clock}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("fixed-clock")
class FixedClockConfiguration {

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(Instant.parse(System.getProperty("fixed.clock")), ClockConfiguration.SWEDEN);
	}

}
