package se.regionorebrolan.tillaggsbelopp.job;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock of the application: Swedish time, because the budget year and the calculation
 * time follow the Swedish calendar. Tests register a fixed clock before the context
 * starts.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(SWEDEN);
	}

}
