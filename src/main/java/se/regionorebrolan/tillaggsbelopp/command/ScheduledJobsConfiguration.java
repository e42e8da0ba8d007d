package se.regionorebrolan.tillaggsbelopp.command;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Failures;
import se.regionorebrolan.tillaggsbelopp.registry.PaymentRegistry;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryDatabase;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.scheduling.ScheduledJob;

/**
 * The two yearly jobs of scheduler mode (agreement: computed in December, paid in
 * January): the calculation of the next budget year, and the payment basis of the current
 * one with the corrections of earlier years.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobsConfiguration {

	@Bean
	ScheduledJob scheduledCalculation(TillaggProperties properties, RunCommand command,
			ObjectProvider<RunRegistry> runs, ObjectProvider<RegistryDatabase> registry, Clock clock) {
		return new ScheduledCommand("Beräkningen", properties.schedule().calculationCron(), date -> date.getYear() + 1,
				command::calculate,
				(year, since) -> runs.getObject()
					.list(year)
					.stream()
					.anyMatch(run -> !run.calculatedAt().toInstant().isBefore(since)),
				registry, failure -> Failures.describeAndLog(failure, properties.outputDir(), clock));
	}

	@Bean
	ScheduledJob scheduledPayment(TillaggProperties properties, PaymentCommand command,
			ObjectProvider<PaymentRegistry> payments, ObjectProvider<RegistryDatabase> registry, Clock clock) {
		return new ScheduledCommand("Utbetalningsunderlaget", properties.schedule().paymentCron(), LocalDate::getYear,
				command::settle,
				(year, since) -> payments.getObject()
					.list(year)
					.stream()
					.anyMatch(basis -> !basis.producedAt().toInstant().isBefore(since)),
				registry, failure -> Failures.describeAndLog(failure, properties.outputDir(), clock));
	}

}
