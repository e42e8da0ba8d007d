package se.regionorebrolan.tillaggsbelopp.command;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * For the test of a failure no check foresees: with the profile {@code failing-start},
 * the start fails before any command runs.
 */
@Configuration(proxyBeanMethods = false)
@Profile("failing-start")
class FailingStartConfiguration {

	/** The failure's message, which only the log file (and --debug) may show. */
	static final String WHY = "a deliberate failure at start";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ApplicationRunner failingStart() {
		return arguments -> {
			throw new IllegalStateException(WHY);
		};
	}

}
