package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runWithOperatorConfig;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;

/**
 * The hostile-input suite (issue 14): what a new, an unlucky or a hostile user does, each
 * case a setup of a working folder (the shipped input and settings file), the command,
 * the exit code, the messages it must print and the promise that nothing was written and
 * no Java exception reached the console. The bad-input corpus covers the input files;
 * this suite covers everything around them.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

	@TempDir
	Path folder;

	/** One hostile case. */
	record Case(String name, Setup setup, List<String> arguments, int exitCode, List<String> messages) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** Changes the working folder before the command runs. */
	@FunctionalInterface
	interface Setup {

		void apply(WorkingFolder folder) throws IOException;

	}

	static Stream<Case> cases() {
		return Stream.of(misconfiguration()).flatMap(List::stream);
	}

	/** Item 11: settings that cannot be meant, accepted silently until now. */
	private static List<Case> misconfiguration() {
		return List.of(
				refused("a misspelt top-level block", settings -> settings.replace("tillagg:", "tilagg:"), List.of(),
						"application.yml rad 6: \"tilagg\" (i tilagg.input-dir) är ingen känd inställning och "
								+ "skulle inte läsas (menade du tillagg:?)"),
				refused("an unknown top-level block", settings -> settings + "tillaggsbelopp:\n  budget-year: 2027\n",
						List.of(),
						"rad 38: \"tillaggsbelopp\" (i tillaggsbelopp.budget-year) är ingen känd inställning"),
				refused("a decimal care category", settings -> settings.replace("category: 4", "category: 4.5"),
						List.of(), "tillagg.advanced.category = \"4.5\"",
						"värdet kan inte tolkas; förväntat ett heltal"),
				refused("a decimal averaged year",
						settings -> settings.replace("average-years: 2021, 2022", "average-years: [2021, 2022.5]"),
						List.of(), "tillagg.psychiatric.average-years[1] = \"2022.5\""),
				refused("payment of a version that is not the final one", settings -> settings,
						List.of("payment", "--tillagg.budget-year=2027", "--tillagg.version=2"),
						"--tillagg.version=2 används inte av kommandot payment",
						"utbetalningsunderlaget tas alltid fram ur budgetårets SLUTLIGA version"),
				refused("a version for the run command", settings -> settings, List.of("--tillagg.version=3"),
						"--tillagg.version=3 används inte av kommandot run"),
				refused("a schedule for a one-shot command", settings -> settings,
						List.of("list", "--tillagg.schedule.zone=UTC"),
						"--tillagg.schedule.zone=UTC används inte av kommandot list"),
				refused("an in-memory registry", settings -> settings, List.of("--tillagg.registry-url=jdbc:h2:mem:r"),
						"tillagg.registry-url = \"jdbc:h2:mem:r\" (kommandoraden): en databas i minnet glöms"),
				refused("a registry that opens a port",
						settings -> settings + "  registry-url: \"jdbc:h2:file:./r;AUTO_SERVER=TRUE\"\n", List.of(),
						"AUTO_SERVER=TRUE öppnar en port på alla nätverkskort"));
	}

	private static Case refused(String name, Settings settings, List<String> arguments, String... messages) {
		return new Case(name, folder -> folder.editSettings(settings), arguments, 2, List.of(messages));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void keepsThePromise(Case hostile, CapturedOutput console) throws IOException {
		WorkingFolder working = WorkingFolder.shipped(this.folder);
		hostile.setup().apply(working);
		List<String> before = snapshot(this.folder);

		int exitCode = runWithOperatorConfig(NOVEMBER_2026, working.arguments(hostile.arguments()));

		assertThat(exitCode).as("exit code").isEqualTo(hostile.exitCode());
		assertThat(console.getAll()).as("console").contains(hostile.messages());
		assertThat(console.getAll()).as("no Java on the console")
			.doesNotContain("Exception", "\tat ", "Caused by", "java.", "org.springframework");
		if (hostile.exitCode() != 0) {
			assertThat(snapshot(this.folder)).as("nothing written").isEqualTo(before);
			assertThat(working.output()).as("no output folder").doesNotExist();
		}
	}

	/** A change to the text of the settings file. */
	@FunctionalInterface
	interface Settings {

		String edit(String settings);

	}

	/**
	 * A finance officer's working folder: the shipped input/ and config/application.yml,
	 * and output/ when a command writes.
	 */
	record WorkingFolder(Path root) {

		static WorkingFolder shipped(Path root) throws IOException {
			copy(Path.of("input"), root.resolve("input"));
			copy(Path.of("config"), root.resolve("config"));
			return new WorkingFolder(root);
		}

		Path settings() {
			return this.root.resolve("config/application.yml");
		}

		Path output() {
			return this.root.resolve("output");
		}

		void editSettings(Settings edit) throws IOException {
			Files.writeString(settings(), edit.edit(Files.readString(settings(), StandardCharsets.UTF_8)),
					StandardCharsets.UTF_8);
		}

		/**
		 * The command's arguments, with the folder's settings file and its input and
		 * output folders (the tests do not run in the working folder).
		 */
		String[] arguments(List<String> command) {
			List<String> arguments = new ArrayList<>(command);
			arguments.addAll(Arrays.asList("--spring.config.location=classpath:/application.yml,file:" + settings(),
					"--tillagg.output-dir=" + output()));
			if (command.isEmpty() || command.get(0).startsWith("--") || command.get(0).equals("run")) {
				arguments.add("--tillagg.input-dir=" + this.root.resolve("input"));
			}
			return arguments.toArray(String[]::new);
		}

		private static void copy(Path from, Path to) throws IOException {
			Files.createDirectories(to);
			try (Stream<Path> files = Files.list(from)) {
				for (Path file : files.toList()) {
					Files.copy(file, to.resolve(file.getFileName()));
				}
			}
		}

	}

}
