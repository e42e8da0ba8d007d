package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runWithOperatorConfig;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;

/**
 * One case of the hostile-input suites (issue 14): what a new, an unlucky or a hostile
 * user does to a working folder (the shipped input and settings file), the command, the
 * exit code and the messages it must print. Every case also keeps the promise that no
 * Java exception reaches the console and that a refused command writes nothing.
 *
 * @param name what the case is, for the test report
 * @param setup what is done to the working folder first
 * @param arguments the command and its options, without the folder's own
 * @param exitCode the exit code expected
 * @param messages what the console must say, each a part of a line
 */
public record HostileCase(String name, Setup setup, List<String> arguments, int exitCode, List<String> messages) {

	/** Things on the console that only a Java program says. */
	static final List<String> JAVA = List.of("Exception", "\tat ", "Caused by", "java.", "org.springframework",
			"org.h2", "org.apache");

	/** Changes the working folder before the command runs. */
	@FunctionalInterface
	public interface Setup {

		void apply(WorkingFolder folder) throws IOException;

	}

	/** A case refused with exit code 2 after an edit of the settings file. */
	static HostileCase refusedSettings(String name, WorkingFolder.SettingsEdit edit, List<String> arguments,
			String... messages) {
		return new HostileCase(name, folder -> folder.editSettings(edit), arguments, 2, List.of(messages));
	}

	/**
	 * Runs the case in a new working folder under {@code root} and checks the promise.
	 */
	void check(Path root, CapturedOutput console) throws IOException {
		WorkingFolder working = WorkingFolder.shipped(root);
		this.setup.apply(working);
		List<String> before = snapshot(root);
		boolean outputBefore = Files.exists(working.output());

		int code = runWithOperatorConfig(NOVEMBER_2026, working.arguments(this.arguments));

		assertThat(code).as("exit code").isEqualTo(this.exitCode);
		assertThat(console.getAll()).as("console").contains(this.messages);
		assertThat(console.getAll()).as("no Java on the console").doesNotContain(JAVA);
		if (this.exitCode != 0) {
			assertThat(snapshot(root)).as("nothing written").isEqualTo(before);
			if (!outputBefore) {
				assertThat(working.output()).as("no output folder").doesNotExist();
			}
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
