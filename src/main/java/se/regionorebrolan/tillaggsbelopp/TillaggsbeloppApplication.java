package se.regionorebrolan.tillaggsbelopp;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import se.regionorebrolan.tillaggsbelopp.job.CommandLineArguments;
import se.regionorebrolan.tillaggsbelopp.job.ExitCode;

/**
 * Calculates the tilläggsbelopp for one budget year and exits with the run's exit code.
 */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class TillaggsbeloppApplication {

	public static void main(String[] args) {
		System.exit(run(new SpringApplication(TillaggsbeloppApplication.class), args));
	}

	/** Runs the application and returns its exit code, also when it fails to start. */
	public static int run(SpringApplication application, String... args) {
		List<String> refusal = CommandLineArguments.refusal(args);
		if (!refusal.isEmpty()) {
			refusal.forEach(System.err::println);
			return ExitCode.BAD_INPUT.code();
		}
		try {
			return SpringApplication.exit(application.run(args));
		}
		catch (RuntimeException startupFailure) {
			return ExitCode.ofStartupFailure(startupFailure).code();
		}
	}

}
