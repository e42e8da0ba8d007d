package se.regionorebrolan.tillaggsbelopp.job;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock of the application: Swedish time, because the budget year and the calculation
 * time follow the Swedish calendar. Tests replace it with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Bean
	Clock clock() {
		return Clock.system(SWEDEN);
	}

}
