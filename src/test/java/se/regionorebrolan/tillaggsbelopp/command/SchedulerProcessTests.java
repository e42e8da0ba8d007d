package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.TillaggsbeloppApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.scheduledSpecExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * Scheduler mode as a real process (a child JVM) beside the finance officers' commands:
 * H2 lets one process at a time open the registry, so the scheduler must not hold it
 * between its triggers.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchedulerProcessTests {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	@TempDir
	Path folder;

	@Test
	void leavesTheRegistryToOtherCommandsBetweenTriggersAndStopsOnASignal(CapturedOutput console) throws Exception {
		Path output = this.folder.resolve("output");
		Path log = output.resolve("logs/tillaggsbelopp.log");
		// Started at the January payment's time: the start catches it up, opening the
		// registry, and finds no final version.
		Process scheduler = start("2027-01-15T05:00:00Z", scheduledSpecExample(specExampleInput(this.folder), output));
		try {
			awaitLine(scheduler, log, "Utbetalningsunderlaget för budgetåret 2027 (planerad 2027-01-15 06:00, i "
					+ "efterhand): Budgetåret 2027 har ingen SLUTLIG version");

			int list = run(ApplicationRun.NOVEMBER_2026, "list", "--tillagg.output-dir=" + output,
					"--tillagg.budget-year=2027");

			assertThat(list).isZero();
			assertThat(console.getOut()).contains("Budgetåret 2027 har inga beräknade versioner.");
			assertThat(scheduler.isAlive()).isTrue();
		}
		finally {
			scheduler.destroy();
		}
		// SIGTERM: the JVM's exit code for a process stopped by a signal (systemd:
		// SuccessExitStatus=143)
		assertThat(scheduler.waitFor()).isEqualTo(143);
		assertThat(Files.readString(log)).contains("Schemaläget har startat, tidszon Europe/Stockholm", "ERROR",
				"[avslutningskod 2]", "Schemaläget stoppas.");
	}

	private Process start(String instant, String[] arguments) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "-Dfixed.clock=" + instant,
						TillaggsbeloppApplication.class.getName(), "--spring.profiles.active=fixed-clock",
						"--spring.config.location=classpath:/application.yml"));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("child.out").toFile())
			.start();
	}

	private void awaitLine(Process child, Path log, String line) throws Exception {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (!Files.exists(log) || !Files.readString(log).contains(line)) {
			if (!child.isAlive() || Instant.now().isAfter(deadline)) {
				child.destroyForcibly();
				throw new AssertionError("the scheduler did not log \"" + line + "\":\n"
						+ Files.readString(this.folder.resolve("child.out")));
			}
			Thread.sleep(100);
		}
	}

}
