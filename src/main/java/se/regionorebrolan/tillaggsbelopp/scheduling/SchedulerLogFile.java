package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.parameters.LoggingSettings;
import se.regionorebrolan.tillaggsbelopp.parameters.SettingsException;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;

/**
 * Scheduler mode logs to a file as well as to the console, by default
 * {@code logs/tillaggsbelopp.log} in the output folder, beside the runs and the registry,
 * rotated by Spring Boot's logging (application.yml). One-shot commands log to the
 * console only, so that bad input leaves the output folder untouched. Its lines are timed
 * in the schedule's time zone, with the offset. {@code logging.file.name} or
 * {@code logging.file.path} chooses another place. The file is opened when the scheduler
 * starts, after every check: a start refused for its settings writes nothing, not even
 * {@code logs/} (issue 14).
 */
class SchedulerLogFile implements EnvironmentPostProcessor, Ordered {

	static final String DEFAULT_FILE = "${tillagg.output-dir:output}/logs/tillaggsbelopp.log";

	/**
	 * The time of each line in the schedule's time zone, with its offset: a server's own
	 * zone is often UTC, and the firings are planned in Swedish time.
	 */
	static final String DATE_FORMAT = "yyyy-MM-dd HH:mm:ss.SSSXXX, ";

	private static final String DATE_FORMAT_PROPERTY = "logging.pattern.dateformat";

	/** Hides the log file from the logging until the scheduler starts. */
	private static final String PUT_OFF = "scheduler-log-file-put-off";

	private static final String ZONE = "tillagg.schedule.zone";

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!schedulerMode(environment)) {
			return;
		}
		Map<String, Object> defaults = new HashMap<>();
		if (!environment.containsProperty(DATE_FORMAT_PROPERTY)) {
			// A zone that does not exist is refused in Swedish when the settings are
			// bound;
			// the logging, which starts first, would stop with a stack trace.
			defaults.put(DATE_FORMAT_PROPERTY, DATE_FORMAT + zone(environment));
		}
		environment.getPropertySources().addLast(new MapPropertySource("scheduler-log-file", defaults));
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PUT_OFF,
					Map.of(LogFile.FILE_NAME_PROPERTY, "", LogFile.FILE_PATH_PROPERTY, "")));
	}

	/**
	 * Opens the log file: the one named by {@code logging.file.*}, or else the default in
	 * the output folder. Spring Boot's logging is started again with it, as it was
	 * started at first, levels included.
	 * @throws SettingsException when the file's folder cannot be created
	 */
	static void open(ConfigurableEnvironment environment) {
		name(environment);
		String file = environment.getProperty(LogFile.FILE_NAME_PROPERTY);
		if (file != null && !file.isBlank()) {
			LoggingSettings.fileProblem(file).ifPresent(reason -> {
				throw new SettingsException(List.of(InputProblem.ofFile("schemalägets loggfil " + file, reason)));
			});
		}
		LoggingSystem.get(SchedulerLogFile.class.getClassLoader()).cleanUp();
		new LoggingApplicationListener().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
				new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
	}

	/** Makes the file known to the environment, as the logging will find it. */
	static void name(ConfigurableEnvironment environment) {
		environment.getPropertySources().remove(PUT_OFF);
		if (!environment.containsProperty(LogFile.FILE_NAME_PROPERTY)
				&& !environment.containsProperty(LogFile.FILE_PATH_PROPERTY)) {
			String file = environment.resolvePlaceholders(DEFAULT_FILE);
			environment.getPropertySources()
				.addLast(new MapPropertySource("scheduler-log-file-name", Map.of(LogFile.FILE_NAME_PROPERTY, file)));
		}
	}

	private static String zone(ConfigurableEnvironment environment) {
		String zone = environment.getProperty(ZONE, "Europe/Stockholm");
		try {
			return ZoneId.of(zone).getId();
		}
		catch (DateTimeException ex) {
			return "Europe/Stockholm";
		}
	}

	private static boolean schedulerMode(ConfigurableEnvironment environment) {
		try {
			return Binder.get(environment)
				.bind("tillagg.mode", TillaggProperties.Mode.class)
				.map(TillaggProperties.Mode.SCHEDULER::equals)
				.orElse(false);
		}
		catch (BindException ex) {
			// Not a mode: the properties' binding reports it in Swedish.
			return false;
		}
	}

}
