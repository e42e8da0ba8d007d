package se.regionorebrolan.tillaggsbelopp.parameters;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LogFile;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Refuses a log file, log folder or logging configuration that Spring Boot's logging
 * could not use, before the logging starts: it would print the failure as a stack trace
 * (or go on without the file) and Spring Boot would stop with "Logging system failed to
 * initialize". Runs after the settings files are read and before scheduler mode puts off
 * its log file.
 */
public class LoggingSettings implements EnvironmentPostProcessor, Ordered {

	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

	private static final String CONFIG = "logging.config";

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		List<InputProblem> problems = new ArrayList<>();
		value(environment, LogFile.FILE_NAME_PROPERTY).flatMap(LoggingSettings::fileProblem)
			.ifPresent(reason -> problems.add(problem(environment, LogFile.FILE_NAME_PROPERTY, reason)));
		value(environment, LogFile.FILE_PATH_PROPERTY).flatMap(folder -> WritableFolder.problem(Path.of(folder)))
			.ifPresent(reason -> problems.add(problem(environment, LogFile.FILE_PATH_PROPERTY,
					"loggmappen kan inte skapas: " + reason + "; ange en annan sökväg")));
		value(environment, CONFIG).filter(config -> !config.startsWith("-D"))
			.flatMap(LoggingSettings::configProblem)
			.ifPresent(reason -> problems.add(problem(environment, CONFIG, reason)));
		if (!problems.isEmpty()) {
			throw new SettingsException(problems);
		}
	}

	/** Where a log file goes, as a log file problem, or nothing. */
	public static Optional<String> fileProblem(String file) {
		try {
			Path path = Path.of(file).toAbsolutePath().normalize();
			if (Files.isDirectory(path)) {
				return Optional.of(path + " är en mapp, inte en fil; ange en fil, t.ex. " + path.resolve("t.log"));
			}
			return WritableFolder.problem(path.getParent())
				.map(reason -> "loggfilens mapp kan inte skapas: " + reason + "; ange en annan sökväg");
		}
		catch (InvalidPathException ex) {
			return Optional.of("ingen giltig sökväg");
		}
	}

	private static Optional<String> configProblem(String config) {
		if (config.startsWith("classpath:")) {
			String resource = config.substring("classpath:".length()).replaceFirst("^/", "");
			return (LoggingSettings.class.getClassLoader().getResource(resource) != null) ? Optional.empty()
					: Optional.of("filen finns inte i programmet; ange loggningens konfigurationsfil eller ta bort "
							+ "inställningen");
		}
		try {
			Path path = Path.of(config.replaceFirst("^file:", ""));
			return (Files.isRegularFile(path) && Files.isReadable(path)) ? Optional.empty()
					: Optional.of("filen finns inte eller kan inte läsas; ange loggningens konfigurationsfil eller ta "
							+ "bort inställningen");
		}
		catch (InvalidPathException ex) {
			return Optional.of("ingen giltig sökväg");
		}
	}

	private static Optional<String> value(ConfigurableEnvironment environment, String property) {
		return Optional.ofNullable(environment.getProperty(property)).map(String::strip).filter(v -> !v.isEmpty());
	}

	private static InputProblem problem(ConfigurableEnvironment environment, String property, String reason) {
		return InputProblem.ofFile(SettingOrigin.setting(property, environment.getProperty(property),
				SettingOrigin.of(environment, property)), reason);
	}

}
