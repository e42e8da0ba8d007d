package se.regionorebrolan.tillaggsbelopp.scheduling;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduler mode logs to a file too; one-shot commands only to the console. */
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
	void leavesOneShotCommandsAndAnUnknownModeOnTheConsole() {
		assertThat(logFile(Map.of())).isNull();
		assertThat(logFile(Map.of("tillagg.mode", "one-shot"))).isNull();
		assertThat(logFile(Map.of("tillagg.mode", "schema"))).isNull();
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

	private static String logFile(Map<String, Object> properties) {
		return property(properties, "logging.file.name");
	}

	private static String property(Map<String, Object> properties, String name) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new SchedulerLogFile().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(name);
	}

}
