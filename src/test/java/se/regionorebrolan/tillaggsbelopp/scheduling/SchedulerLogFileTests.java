package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LogFile;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduler mode logs to a file too, opened when the scheduler starts; one-shot commands
 * only to the console.
 */
class SchedulerLogFileTests {

	@Test
	void logsSchedulerModeInTheOutputFolderUnlessAnotherFileIsNamed() {
		assertThat(logFile(Map.of("tillagg.mode", "scheduler"))).isEqualTo("output/logs/tillaggsbelopp.log");
		assertThat(logFile(Map.of("tillagg.mode", "scheduler", "tillagg.output-dir", "/srv/tillagg/output")))
			.isEqualTo("/srv/tillagg/output/logs/tillaggsbelopp.log");
		assertThat(logFile(Map.of("tillagg.mode", "SCHEDULER", "logging.file.name", "/var/log/t.log")))
			.isEqualTo("/var/log/t.log");
		assertThat(logFile(Map.of("tillagg.mode", "scheduler", "logging.file.path", "/var/log"))).isNull();
	}

	@Test
	void opensNoFileBeforeTheSchedulerStarts() {
		for (Map<String, Object> settings : List.<Map<String, Object>>of(Map.of("tillagg.mode", "scheduler"),
				Map.of("tillagg.mode", "scheduler", "logging.file.name", "/var/log/t.log"),
				Map.of("tillagg.mode", "scheduler", "logging.file.path", "/var/log"))) {
			assertThat(LogFile.get(atStart(settings))).as(settings.toString()).isNull();
		}
	}

	@Test
	void timesTheLinesInSwedishTimeWhileAZoneThatDoesNotExistIsRefusedInSwedish() {
		assertThat(property(Map.of("tillagg.mode", "scheduler", "tillagg.schedule.zone", "Mars/Olympus"),
				"logging.pattern.dateformat"))
			.isEqualTo("yyyy-MM-dd HH:mm:ss.SSSXXX, Europe/Stockholm");
	}

	@Test
	void leavesOneShotCommandsAndAnUnknownModeOnTheConsole() {
		assertThat(property(Map.of(), "logging.file.name")).isNull();
		assertThat(property(Map.of("tillagg.mode", "one-shot"), "logging.file.name")).isNull();
		assertThat(property(Map.of("tillagg.mode", "schema"), "logging.file.name")).isNull();
		assertThat(property(Map.of("tillagg.mode", "one-shot"), "logging.pattern.dateformat")).isNull();
	}

	@Test
	void timesSchedulerModesLinesInTheSchedulesTimeZoneUnlessAnotherFormatIsNamed() {
		assertThat(property(Map.of("tillagg.mode", "scheduler"), "logging.pattern.dateformat"))
			.isEqualTo("yyyy-MM-dd HH:mm:ss.SSSXXX, Europe/Stockholm");
		assertThat(property(Map.of("tillagg.mode", "scheduler", "tillagg.schedule.zone", "Europe/Helsinki"),
				"logging.pattern.dateformat"))
			.isEqualTo("yyyy-MM-dd HH:mm:ss.SSSXXX, Europe/Helsinki");
		assertThat(property(Map.of("tillagg.mode", "scheduler", "logging.pattern.dateformat", "HH:mm"),
				"logging.pattern.dateformat"))
			.isEqualTo("HH:mm");
	}

	/** The file scheduler mode logs to once it has started. */
	private static String logFile(Map<String, Object> properties) {
		StandardEnvironment environment = atStart(properties);
		SchedulerLogFile.name(environment);
		return environment.getProperty("logging.file.name");
	}

	private static String property(Map<String, Object> properties, String name) {
		return atStart(properties).getProperty(name);
	}

	private static StandardEnvironment atStart(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new SchedulerLogFile().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}
