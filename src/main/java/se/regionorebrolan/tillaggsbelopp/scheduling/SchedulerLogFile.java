package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogFile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;

/**
 * Scheduler mode logs to a file as well as to the console, by default
 * {@code logs/tillaggsbelopp.log} in the output folder, beside the runs and the registry,
 * rotated by Spring Boot's logging (application.yml). One-shot commands log to the
 * console only, so that bad input leaves the output folder untouched. Its lines are timed
 * in the schedule's time zone, with the offset. {@code logging.file.name} or
 * {@code logging.file.path} chooses another place.
 */
class SchedulerLogFile implements EnvironmentPostProcessor {

	static final String DEFAULT_FILE = "${tillagg.output-dir:output}/logs/tillaggsbelopp.log";

	/**
	 * The time of each line in the schedule's time zone, with its offset: a server's own
	 * zone is often UTC, and the firings are planned in Swedish time.
	 */
	static final String DATE_FORMAT = "yyyy-MM-dd HH:mm:ss.SSSXXX, ${tillagg.schedule.zone:Europe/Stockholm}";

	private static final String DATE_FORMAT_PROPERTY = "logging.pattern.dateformat";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!schedulerMode(environment)) {
			return;
		}
		Map<String, Object> defaults = new HashMap<>();
		if (!environment.containsProperty(LogFile.FILE_NAME_PROPERTY)
				&& !environment.containsProperty(LogFile.FILE_PATH_PROPERTY)) {
			defaults.put(LogFile.FILE_NAME_PROPERTY, DEFAULT_FILE);
		}
		if (!environment.containsProperty(DATE_FORMAT_PROPERTY)) {
			defaults.put(DATE_FORMAT_PROPERTY, DATE_FORMAT);
		}
		environment.getPropertySources().addLast(new MapPropertySource("scheduler-log-file", defaults));
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
