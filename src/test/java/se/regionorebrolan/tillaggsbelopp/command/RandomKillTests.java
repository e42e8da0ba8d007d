package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * Kills at random moments (issue 14, item 5), in the short form CI runs: run, publish and
 * payment are each killed ({@code kill -9}) at a moment drawn from the length of a whole
 * run, and then run again to the end. Whatever moment the kill met, the next start
 * finishes or undoes what was left: every command completes, no temporary file or
 * unregistered folder is left, the versions are numbered without gaps, and every version
 * verifies. The seed is fixed, so that a failure can be repeated.
 */
class RandomKillTests {

	private static final long SEED = 14;

	@TempDir
	Path folder;

	@Test
	void everyCommandKilledAtARandomMomentIsCompletedByTheNextStart() throws Exception {
		Path input = specExampleInput(this.folder);
		Path output = this.folder.resolve("output");
		String[] run = specExample(input, output);
		String year = "--tillagg.budget-year=2027";
		String out = "--tillagg.output-dir=" + output;
		Instant start = Instant.now();
		assertCompletes(run);
		Duration whole = Duration.between(start, Instant.now());
		Random random = new Random(SEED);

		// a run with the same input again is done already, unless the kill met the first
		List<String[]> commands = List.of(run, specExample(input, output, "--tillagg.advanced.shift-rate=0.06"),
				new String[] { "publish", out, year, "--tillagg.version=1" }, new String[] { "payment", out, year });
		List<Long> killedAfter = new ArrayList<>();
		for (String[] command : commands) {
			// from early in the start-up to just after a whole run would have ended
			long millis = (long) (whole.toMillis() * (0.3 + 0.8 * random.nextDouble()));
			killedAfter.add(millis);
			killAfter(command, millis);
			assertCompletes(command);
		}

		ChildJvm.Finished list = ChildJvm.run(this.folder, "list", out, year);
		assertThat(list.exitCode()).as(list.console()).isZero();
		List<Path> versions = runFolders(output, 2027);
		assertThat(versions).as("killed after %s ms", killedAfter).isNotEmpty();
		for (int n = 1; n <= versions.size(); n++) {
			assertThat(versions.get(n - 1).getFileName().toString()).startsWith("v" + n + "-");
			ChildJvm.Finished verified = ChildJvm.run(this.folder, "verify", out, year, "--tillagg.version=" + n);
			assertThat(verified.exitCode()).as(verified.console()).isZero();
		}
		assertThat(output.resolve("2027/utbetalning-1")).isDirectory();
		assertThat(left(output)).as("killed after %s ms", killedAfter).isEmpty();
	}

	private void killAfter(String[] command, long millis) throws IOException, InterruptedException {
		Process process = ChildJvm.start(this.folder, this.folder.resolve("killed.log"), List.of(), command);
		if (!process.waitFor(Duration.ofMillis(millis).toNanos(), TimeUnit.NANOSECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private void assertCompletes(String[] command) throws IOException, InterruptedException {
		ChildJvm.Finished finished = ChildJvm.run(this.folder, command);
		assertThat(finished.exitCode()).as(String.join(" ", command) + ":\n" + finished.console()).isZero();
		assertThat(finished.console()).doesNotContain(HostileCase.JAVA);
	}

	/** Temporary files and folders that were never registered. */
	private static List<Path> left(Path output) throws IOException {
		try (Stream<Path> paths = Files.walk(output)) {
			return paths
				.filter(path -> path.getFileName().toString().startsWith(".ofullstandig-")
						|| path.getFileName().toString().equals(".ej-registrerad"))
				.toList();
		}
	}

}
