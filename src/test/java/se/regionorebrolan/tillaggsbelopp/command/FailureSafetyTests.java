package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.TillaggsbeloppApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * A run that fails, is killed or meets another run leaves nothing half-written and no
 * registry entry that looks complete, and the next start completes it. The killed and
 * concurrent runs are real processes (child JVMs), paused in the write step with the
 * registry open.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureSafetyTests {

	private static final Duration PAUSE_TIMEOUT = Duration.ofSeconds(90);

	@TempDir
	Path folder;

	@Test
	void completesARunThatWasKilledMidway(CapturedOutput console) throws Exception {
		Path output = this.folder.resolve("output");
		String[] arguments = specExample(specExampleInput(this.folder), output);
		Process killed = startPausedInWriteStep(arguments);

		killed.destroyForcibly().waitFor();
		int exitCode = run(NOVEMBER_2026, arguments);

		assertThat(exitCode).isZero();
		assertThat(console.getOut()).contains("En tidigare körning avbröts innan den blev klar");
		assertThat(runFolders(output, 2027)).hasSize(1);
		assertThat(temporaryFiles(output)).isEmpty();
		assertThat(run(NOVEMBER_2026, "verify", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027",
				"--tillagg.version=1"))
			.isZero();
	}

	@Test
	void stopsASecondRunAtOnceWhileTheFirstHoldsTheRegistry(CapturedOutput console) throws Exception {
		Path output = this.folder.resolve("output");
		String[] arguments = specExample(specExampleInput(this.folder), output);
		Process first = startPausedInWriteStep(arguments);
		try {
			List<String> before = snapshot(output.resolve("2027"));
			Instant start = Instant.now();

			int second = run(NOVEMBER_2026, arguments);

			assertThat(second).isEqualTo(3);
			assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
			assertThat(console.getErr()).contains("En annan körning använder registret just nu");
			assertThat(snapshot(output.resolve("2027"))).isEqualTo(before);
		}
		finally {
			first.destroyForcibly().waitFor();
		}
		assertThat(run(NOVEMBER_2026, arguments)).isZero();
		assertThat(runFolders(output, 2027)).hasSize(1);
	}

	@Test
	void leavesNoFilesAndNoVersionWhenTheWriteStepFailsAndCompletesWhenRunAgain(CapturedOutput console)
			throws IOException {
		Path output = this.folder.resolve("output");
		String[] arguments = specExample(specExampleInput(this.folder), output);
		Clock failingWrite = new WriteStepClock(NOVEMBER_2026, () -> {
			throw new UncheckedIOException(new IOException("the write step fails"));
		});

		assertThat(run(failingWrite, arguments)).isEqualTo(1);
		assertThat(run(NOVEMBER_2026, "list", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027")).isZero();
		assertThat(console.getOut()).contains("Budgetåret 2027 har inga beräknade versioner.");
		assertThat(temporaryFiles(output)).isEmpty();

		assertThat(run(NOVEMBER_2026, arguments)).isZero();
		assertThat(runFolders(output, 2027)).hasSize(1);
	}

	/**
	 * A child JVM running the application, stopped in the write step with the registry
	 * open.
	 */
	private Process startPausedInWriteStep(String[] arguments) throws Exception {
		Path marker = this.folder.resolve("paused");
		Path log = this.folder.resolve("child.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "-Dpause.marker=" + marker,
						TillaggsbeloppApplication.class.getName(), "--spring.profiles.active=pause-before-write",
						"--spring.config.location=classpath:/application.yml"));
		command.addAll(List.of(arguments));
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Instant deadline = Instant.now().plus(PAUSE_TIMEOUT);
		while (!Files.exists(marker)) {
			if (!child.isAlive() || Instant.now().isAfter(deadline)) {
				child.destroyForcibly();
				throw new AssertionError("the child run did not pause in the write step:\n" + Files.readString(log));
			}
			Thread.sleep(100);
		}
		return child;
	}

	private static List<Path> temporaryFiles(Path output) throws IOException {
		try (Stream<Path> paths = Files.walk(output)) {
			return paths.filter(path -> path.getFileName().toString().startsWith(".ofullstandig-")).toList();
		}
	}

}
