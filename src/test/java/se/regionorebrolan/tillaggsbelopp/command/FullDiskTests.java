package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.TillaggsbeloppApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * A full disk (issue 14, item 4) and a read-only one (item 3): the output folder is a
 * small tmpfs in a mount namespace of the test's own ({@code unshare -m}, as root), so
 * that run, publish and payment meet a full disk at different moments. Each must end in
 * one Swedish sentence with exit code 1, leave nothing half-written, and complete when
 * run again after space is freed. Needs {@code unshare}; {@code .ci/run} requires it
 * ({@code -Dtillagg.unshare=required}).
 */
class FullDiskTests {

	@TempDir
	Path folder;

	@Test
	void endsInOneSentenceLeavesNothingHalfWrittenAndCompletesWhenSpaceIsFreed() throws Exception {
		assumeUnshare();
		Path input = specExampleInput(this.folder);
		Path output = Files.createDirectories(this.folder.resolve("out"));
		String run = String.join(" ", quoted(specExample(input, output)));
		String year = "--tillagg.output-dir=" + output + " --tillagg.budget-year=2027";
		List<String> steps = new ArrayList<>();
		for (String free : List.of("16k", "200k")) {
			// the calculation with little room, then with room
			steps.add("mount -t tmpfs -o size=" + free + " tmpfs " + output);
			steps.add("step run-full-" + free + " " + run);
			steps.add("mount -o remount,size=50m " + output);
			steps.add("step run-again-" + free + " " + run);
			steps.add("umount " + output);
		}
		// publish and payment with the version's folder already written
		steps.add("mount -t tmpfs -o size=50m tmpfs " + output);
		steps.add("step run " + run);
		steps.add("shrink 4");
		steps.add("step publish-full java-app publish " + year + " --tillagg.version=1");
		steps.add("mount -o remount,size=50m " + output);
		steps.add("step publish-again java-app publish " + year + " --tillagg.version=1");
		steps.add("shrink 4");
		steps.add("step payment-full java-app payment " + year);
		steps.add("mount -o remount,size=50m " + output);
		steps.add("step payment-again java-app payment " + year);
		steps.add("step verify java-app verify " + year + " --tillagg.version=1");
		steps.add("find " + output + " -name '.ofullstandig-*' -o -name '.ej-registrerad' | sed 's/^/LEFT /'");
		// a read-only output folder is refused before anything starts
		steps.add("mount -o remount,ro " + output);
		steps.add("step read-only " + run);

		String log = inNamespace(steps);

		for (String free : List.of("16k", "200k")) {
			assertThat(exit(log, "run-full-" + free)).as("run with " + free).isIn(0, 1);
			if (exit(log, "run-full-" + free) == 1) {
				assertThat(console(log, "run-full-" + free)).as("run with " + free).contains("disken är full");
			}
			assertThat(exit(log, "run-again-" + free)).as("run again after " + free).isZero();
		}
		assertThat(exit(log, "publish-full")).as(log).isEqualTo(1);
		assertThat(console(log, "publish-full")).contains("disken är full");
		assertThat(exit(log, "publish-again")).isZero();
		assertThat(exit(log, "payment-full")).as(log).isEqualTo(1);
		assertThat(console(log, "payment-full")).contains("disken är full");
		assertThat(exit(log, "payment-again")).isZero();
		assertThat(exit(log, "verify")).isZero();
		assertThat(exit(log, "read-only")).as(log).isEqualTo(2);
		assertThat(console(log, "read-only")).contains(output + " går inte att skriva i (skrivskyddad");
		assertThat(log).doesNotContain("LEFT ");
		assertThat(log).doesNotContain(HostileCase.JAVA);
	}

	/**
	 * Runs the steps as root in a mount namespace of their own. {@code step NAME java-app
	 * ARGS} runs the application and prints its console between markers with its exit
	 * code; {@code shrink K} leaves about K KiB free on the output folder.
	 */
	private String inNamespace(List<String> steps) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String app = java + " -cp '" + System.getProperty("java.class.path") + "' "
				+ TillaggsbeloppApplication.class.getName() + " --spring.config.location=classpath:/application.yml";
		Path output = this.folder.resolve("out");
		String script = String.join("\n",
				List.of("set -u",
						"step() { name=$1; shift; [ \"$1\" = java-app ] && shift; echo \"BEGIN $name\"; " + app
								+ " \"$@\" 2>&1; echo \"EXIT $name $?\"; }",
						"shrink() { used=$(du -sk " + output + " | cut -f1); mount -o remount,size=$((used + $1))k "
								+ output + "; }",
						String.join("\n", steps)))
				+ "\n";
		Path file = Files.writeString(this.folder.resolve("steps.sh"), script, StandardCharsets.UTF_8);
		Process process = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", file.toString())
			.redirectErrorStream(true)
			.start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
		return log;
	}

	private static List<String> quoted(String[] arguments) {
		List<String> quoted = new ArrayList<>(List.of("java-app"));
		Stream.of(arguments).map(argument -> "'" + argument + "'").forEach(quoted::add);
		return quoted;
	}

	private static int exit(String log, String step) {
		return log.lines()
			.filter(line -> line.startsWith("EXIT " + step + " "))
			.map(line -> Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no exit code for " + step + ":\n" + log));
	}

	private static String console(String log, String step) {
		int begin = log.indexOf("BEGIN " + step + "\n");
		return log.substring(begin, log.indexOf("EXIT " + step + " ", begin));
	}

	private static void assumeUnshare() throws IOException, InterruptedException {
		boolean works;
		try {
			works = new ProcessBuilder("unshare", "-m", "true").start().waitFor() == 0;
		}
		catch (IOException ex) {
			works = false;
		}
		if ("required".equals(System.getProperty("tillagg.unshare"))) {
			assertThat(works).as("unshare -m works (required by -Dtillagg.unshare=required)").isTrue();
		}
		assumeTrue(works, "unshare -m needs root; .ci/run requires it");
	}

}
