package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A finance officer's working folder for a test: a copy of the shipped input/ and
 * config/application.yml, and output/ when a command writes. Commands run with the
 * folder's settings file and its input and output folders, since the tests do not run in
 * it.
 */
public record WorkingFolder(Path root) {

	/** In an argument, the working folder. */
	public static final String FOLDER = "{folder}";

	/** A change to the text of the settings file. */
	@FunctionalInterface
	public interface SettingsEdit {

		String edit(String settings);

	}

	/** A new working folder under {@code root} with the shipped input and settings. */
	public static WorkingFolder shipped(Path root) throws IOException {
		copy(Path.of("input"), root.resolve("input"));
		copy(Path.of("config"), root.resolve("config"));
		return new WorkingFolder(root);
	}

	public Path settings() {
		return this.root.resolve("config/application.yml");
	}

	public Path input() {
		return this.root.resolve("input");
	}

	public Path output() {
		return this.root.resolve("output");
	}

	public void editSettings(SettingsEdit edit) throws IOException {
		Files.writeString(settings(), edit.edit(Files.readString(settings(), StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8);
	}

	/**
	 * The command's arguments with the folder's settings file, its output folder and, for
	 * {@code run} without an input workbook, its input folder, each unless the command
	 * gives its own. {@value #FOLDER} in an argument stands for the working folder.
	 */
	public String[] arguments(List<String> command) {
		List<String> arguments = new ArrayList<>(
				command.stream().map(argument -> argument.replace(FOLDER, this.root.toString())).toList());
		addUnlessGiven(arguments, "--spring.config.location=", "classpath:/application.yml,file:" + settings());
		addUnlessGiven(arguments, "--tillagg.output-dir=", output().toString());
		boolean run = command.isEmpty() || command.get(0).startsWith("--") || command.get(0).equals("run");
		if (run && command.stream().noneMatch(argument -> argument.startsWith("--tillagg.input-workbook="))) {
			addUnlessGiven(arguments, "--tillagg.input-dir=", input().toString());
		}
		return arguments.toArray(String[]::new);
	}

	private static void addUnlessGiven(List<String> arguments, String option, String value) {
		if (arguments.stream().noneMatch(argument -> argument.startsWith(option))) {
			arguments.add(option + value);
		}
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
