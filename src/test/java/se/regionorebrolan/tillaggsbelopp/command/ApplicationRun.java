package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.TaskScheduler;

import se.regionorebrolan.tillaggsbelopp.TillaggsbeloppApplication;
import se.regionorebrolan.tillaggsbelopp.program.ClockConfiguration;

/**
 * Runs the whole application in this JVM as {@code java -jar target/tillaggsbelopp.jar}
 * does, with a fixed clock and without the operator's config/application.yml (tests give
 * every parameter they depend on).
 */
public final class ApplicationRun {

	/** 2026-11-22 10:15 in Stockholm. */
	public static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-22T09:15:00Z"),
			ClockConfiguration.SWEDEN);

	/** The parameters of spec §5 (shared/spec/example/params.json), key for key. */
	public static final List<String> SPEC_EXAMPLE_PARAMETERS = List.of("--tillagg.budget-year=2027",
			"--tillagg.population-reference-date=2025-12-31", "--tillagg.psychiatric.average-years=2021,2022",
			"--tillagg.psychiatric.price-level-year=2022", "--tillagg.advanced.measurement-date=2022-11-15",
			"--tillagg.advanced.category=4", "--tillagg.advanced.shift-rate=0.05",
			"--tillagg.advanced.cost-per-patient-sek=600000", "--tillagg.advanced.price-level-year=2021",
			"--tillagg.distance.threshold-km=35", "--tillagg.distance.share-rate=0.05");

	private ApplicationRun() {
	}

	/** Runs with the packaged defaults only and returns the exit code. */
	public static int run(Clock clock, String... arguments) {
		List<String> all = new ArrayList<>(Arrays.asList(arguments));
		all.add("--spring.config.location=classpath:/application.yml");
		return runWithOperatorConfig(clock, all.toArray(String[]::new));
	}

	/**
	 * Runs like the README's command: config/application.yml of the working directory
	 * applies.
	 */
	public static int runWithOperatorConfig(Clock clock, String... arguments) {
		SpringApplication application = new SpringApplication(TillaggsbeloppApplication.class);
		application.addInitializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
		return TillaggsbeloppApplication.run(application, arguments);
	}

	/**
	 * Starts scheduler mode in this JVM with the packaged defaults and returns at once:
	 * the test sets the clock and fires the triggers it finds in the task scheduler.
	 */
	public static ConfigurableApplicationContext startScheduler(Clock clock, TaskScheduler triggers,
			String... arguments) {
		SpringApplication application = new SpringApplication(TillaggsbeloppApplication.class);
		application.addInitializers(context -> {
			context.getBeanFactory().registerSingleton("clock", clock);
			context.getBeanFactory().registerSingleton("taskScheduler", triggers);
		});
		List<String> all = new ArrayList<>(Arrays.asList(arguments));
		all.add("--spring.config.location=classpath:/application.yml");
		return application.run(all.toArray(String[]::new));
	}

	/**
	 * Arguments for scheduler mode on the spec example: its input and parameters but no
	 * budget year, which follows from when each job is due.
	 */
	public static String[] scheduledSpecExample(Path input, Path output, String... options) {
		List<String> arguments = new ArrayList<>(List.of("--tillagg.mode=scheduler"));
		Arrays.stream(specExample(input, output))
			.filter(argument -> !argument.startsWith("--tillagg.budget-year="))
			.forEach(arguments::add);
		arguments.addAll(Arrays.asList(options));
		return arguments.toArray(String[]::new);
	}

	/** The spec example's input files, copied so that a test may change them. */
	public static Path specExampleInput(Path folder) {
		try {
			Path source = Path.of(ApplicationRun.class.getResource("/spec-example/input").toURI());
			Path target = Files.createDirectories(folder.resolve("input"));
			try (Stream<Path> files = Files.list(source)) {
				for (Path file : files.toList()) {
					Files.copy(file, target.resolve(file.getFileName().toString()));
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Arguments for the spec example: its input and parameters, and an output folder. An
	 * override replaces the parameter of the same name (Spring would join two values of
	 * one option into a list).
	 */
	public static String[] specExample(Path input, Path output, String... overrides) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--tillagg.input-dir=" + input);
		arguments.add("--tillagg.output-dir=" + output);
		List<String> overridden = Arrays.stream(overrides).map(ApplicationRun::name).toList();
		SPEC_EXAMPLE_PARAMETERS.stream()
			.filter(parameter -> !overridden.contains(name(parameter)))
			.forEach(arguments::add);
		arguments.addAll(Arrays.asList(overrides));
		return arguments.toArray(String[]::new);
	}

	private static String name(String argument) {
		int equals = argument.indexOf('=');
		return (equals < 0) ? argument : argument.substring(0, equals);
	}

	/**
	 * Every regular file under a folder with its SHA-256, to show that nothing changed.
	 */
	public static List<String> snapshot(Path folder) {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			// links are left out: a test may link to a file that cannot be read
			return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
				.sorted()
				.map(ApplicationRun::fingerprint)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fingerprint(Path file) {
		try {
			return file + " " + java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The run folders ({@code v<N>-<run id>}) written for a budget year, oldest first.
	 */
	public static List<Path> runFolders(Path output, int budgetYear) {
		Path yearFolder = output.resolve(String.valueOf(budgetYear));
		if (!Files.isDirectory(yearFolder)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(yearFolder)) {
			return folders.filter(Files::isDirectory)
				.filter(folder -> folder.getFileName().toString().matches("v\\d+-.*"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The single file with the given ending in a run folder. */
	public static Path fileEndingWith(Path runFolder, String ending) {
		try (Stream<Path> files = Files.list(runFolder)) {
			List<Path> found = files.filter(file -> file.toString().endsWith(ending)).toList();
			if (found.size() != 1) {
				throw new AssertionError("expected one *" + ending + " in " + runFolder + ", found " + found);
			}
			return found.get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
