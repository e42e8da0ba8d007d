package se.regionorebrolan.tillaggsbelopp;

import java.util.List;
import java.util.Objects;
import java.util.Properties;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import se.regionorebrolan.tillaggsbelopp.command.BeforeStart;
import se.regionorebrolan.tillaggsbelopp.command.CommandLineArguments;
import se.regionorebrolan.tillaggsbelopp.command.ExitCode;
import se.regionorebrolan.tillaggsbelopp.command.StartupFailure;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;
import se.regionorebrolan.tillaggsbelopp.scheduling.Scheduler;

/**
 * Runs one command (by default: calculates the tilläggsbelopp of a budget year) and exits
 * with its exit code, or in scheduler mode runs the yearly jobs until it is stopped.
 */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class TillaggsbeloppApplication {

	public static void main(String[] args) {
		System.exit(run(new SpringApplication(TillaggsbeloppApplication.class), args));
	}

	/**
	 * Runs the application and returns its exit code, also when it fails to start;
	 * {@code --version} is answered without starting it.
	 */
	public static int run(SpringApplication application, String... args) {
		if (CommandLineArguments.asksForVersion(args)) {
			SoftwareVersion.describe().forEach(System.out::println);
			return ExitCode.SUCCESS.code();
		}
		List<String> refusal = BeforeStart.refusal(args);
		if (!refusal.isEmpty()) {
			refusal.forEach(System.err::println);
			return ExitCode.BAD_INPUT.code();
		}
		application.setDefaultProperties(programSettings());
		StartupFailure failure = new StartupFailure();
		application.addListeners(failure);
		try {
			ConfigurableApplicationContext context = application.run(args);
			Scheduler scheduler = context.getBean(Scheduler.class);
			if (scheduler.isStarted()) {
				return runUntilStopped(scheduler);
			}
			return SpringApplication.exit(context);
		}
		catch (RuntimeException startupFailure) {
			failure.reported();
			ExitCode code = ExitCode.ofStartupFailure(startupFailure);
			if (code == ExitCode.INTERNAL_FAILURE) {
				failure.report(startupFailure, args);
			}
			return code.code();
		}
	}

	/**
	 * The program's own settings (application.yml in the jar) as defaults too:
	 * {@code --spring.config.location} replaces the places Spring Boot reads settings
	 * from, and without them the job would start before the input is checked and Spring
	 * Boot would print its banner and log lines.
	 */
	private static Properties programSettings() {
		YamlPropertiesFactoryBean settings = new YamlPropertiesFactoryBean();
		settings.setResources(new ClassPathResource("application.yml"));
		return Objects.requireNonNull(settings.getObject(), "application.yml");
	}

	/**
	 * Scheduler mode runs until the process is stopped (systemctl stop, Ctrl-C); stopping
	 * closes the application, which stops the scheduler.
	 */
	private static int runUntilStopped(Scheduler scheduler) {
		try {
			scheduler.awaitStop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return ExitCode.SUCCESS.code();
	}

}
