package se.regionorebrolan.tillaggsbelopp.program;

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
public class ClockConfiguration {

	public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(SWEDEN);
	}

}
