package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import se.regionorebrolan.tillaggsbelopp.TillaggsbeloppApplication;

/**
 * The application as a process of its own, started in a working folder as a finance
 * officer or a service starts it: for what an in-process run cannot show (another working
 * directory, a kill at a random moment, two processes at once).
 */
public final class ChildJvm {

	private ChildJvm() {
	}

	/** What a finished process printed and its exit code. */
	public record Finished(int exitCode, String console) {
	}

	/**
	 * Starts the application in {@code workingDirectory} with the packaged settings only
	 * (unless the arguments give a {@code --spring.config.location}), and the given
	 * system properties ({@code -D…}) before the class name.
	 */
	public static Process start(Path workingDirectory, Path log, List<String> systemProperties, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path")));
		command.addAll(systemProperties);
		command.add(TillaggsbeloppApplication.class.getName());
		if (Stream.of(arguments).noneMatch(argument -> argument.startsWith("--spring.config.location="))) {
			command.add("--spring.config.location=classpath:/application.yml");
		}
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	/** Runs the application in {@code workingDirectory} to its end. */
	public static Finished run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
		Path log = Files.createTempFile("tillaggsbelopp-child", ".log");
		try {
			Process process = start(workingDirectory, log, List.of(), arguments);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("the child process did not finish: " + String.join(" ", arguments));
			}
			return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

}
