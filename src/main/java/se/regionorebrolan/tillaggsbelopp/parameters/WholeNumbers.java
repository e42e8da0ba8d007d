package se.regionorebrolan.tillaggsbelopp.parameters;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;

/**
 * Binds a YAML decimal to a whole-number parameter only when it is whole: Spring would
 * cut {@code category: 4.5} to 4 without a word, and {@code 2027.0} is still the year
 * 2027. The check replaces the binder's conversion service: as one converter among
 * Spring's it would be skipped when it refuses, and the next would cut the number.
 */
@Configuration(proxyBeanMethods = false)
class WholeNumbers {

	@Bean
	static ConversionService conversionService() {
		ApplicationConversionService conversions = new ApplicationConversionService();
		conversions.addConverter(Double.class, Integer.class, WholeNumbers::whole);
		return conversions;
	}

	private static Integer whole(Double value) {
		if (value.isInfinite() || value.isNaN() || value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("not a whole number: " + value);
		}
		return value.intValue();
	}

}
