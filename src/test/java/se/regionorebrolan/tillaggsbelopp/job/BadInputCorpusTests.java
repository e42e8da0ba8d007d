package se.regionorebrolan.tillaggsbelopp.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * The corpus of bad inputs (src/test/resources/corpus, see its README): each case is the
 * spec example with some files replaced or left out, and must be refused with exactly its
 * expected problems and warnings, writing nothing.
 * <p>
 * Every case goes through {@link RunPreparation}, the pre-flight the {@code run} command
 * starts with, with the parameters the application binds. The application returns exit
 * code 2 before it opens the registry or creates the output folder whenever that
 * pre-flight refuses the input (docs/decisions/0002), so the first case of every category
 * is also run through the whole application, which must print the same messages, exit
 * with 2 and leave no output folder. A full application run costs about a quarter of a
 * second, too much for every case in every build; {@code -Dcorpus.application=all} runs
 * them all.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputCorpusTests {

	private static final String PROBLEMS_HEADING = "Indata eller parametrar har fel";

	private static final String WARNINGS_HEADING = "Varningar (";

	private static final String ITEM = "  - ";

	@TempDir
	Path folder;

	static Stream<String> cases() {
		try (Stream<Path> entries = Files.list(corpus())) {
			return entries.filter(Files::isDirectory)
				.map(path -> path.getFileName().toString())
				.sorted()
				.toList()
				.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first case of each category (the name up to the first dash), or all. */
	static Stream<String> applicationCases() {
		if ("all".equals(System.getProperty("corpus.application"))) {
			return cases();
		}
		return cases()
			.collect(Collectors.toMap(BadInputCorpusTests::category, name -> name, (first, next) -> first,
					LinkedHashMap::new))
			.values()
			.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void refusesTheCaseBeforeTheRunWithItsExactMessages(String name) throws IOException {
		Path bad = corpus().resolve(name);
		Path input = input(bad);

		InvalidInputException rejection = catchThrowableOfType(InvalidInputException.class,
				() -> preparation(specExample(input, this.folder.resolve("output"))).validate(2027));

		assertThat(rejection).as("the input is refused").isNotNull();
		assertThat(texts(rejection.problems())).as("problems")
			.containsExactlyElementsOf(expected(bad.resolve("expected.txt"), input));
		assertThat(texts(rejection.warnings())).as("warnings")
			.containsExactlyElementsOf(expected(bad.resolve("warnings.txt"), input));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applicationCases")
	void stopsTheApplicationWithExitCode2AndWritesNothing(String name, CapturedOutput console) throws IOException {
		Path bad = corpus().resolve(name);
		Path input = input(bad);
		Path output = this.folder.resolve("output");

		int exitCode = run(NOVEMBER_2026, specExample(input, output));

		assertThat(exitCode).as("exit code").isEqualTo(2);
		assertThat(output).as("output folder").doesNotExist();
		assertThat(items(console.getErr(), PROBLEMS_HEADING)).as("problems")
			.containsExactlyElementsOf(expected(bad.resolve("expected.txt"), input));
		assertThat(items(console.getOut(), WARNINGS_HEADING)).as("warnings")
			.containsExactlyElementsOf(expected(bad.resolve("warnings.txt"), input));
	}

	/**
	 * The spec example's input with the case's files copied over it and those listed in
	 * its absent.txt removed.
	 */
	private Path input(Path bad) throws IOException {
		Path input = specExampleInput(this.folder);
		try (Stream<Path> files = Files.list(bad)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".csv")).toList()) {
				Files.copy(file, input.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		for (String absent : lines(bad.resolve("absent.txt"))) {
			Files.delete(input.resolve(absent));
		}
		return input;
	}

	/**
	 * The pre-flight with the command line's {@code --tillagg.*} arguments bound as the
	 * application binds them.
	 */
	private static RunPreparation preparation(String... arguments) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			properties.put(argument.substring("--".length(), equals), argument.substring(equals + 1));
		}
		Binder binder = new Binder(List.of(new MapConfigurationPropertySource(properties)), null,
				ApplicationConversionService.getSharedInstance());
		TillaggProperties bound = binder.bindOrCreate("tillagg", TillaggProperties.class);
		return new RunPreparation(bound, new InputChoice(bound, new DefaultApplicationArguments(arguments)));
	}

	private static String category(String name) {
		return name.substring(0, name.indexOf('-'));
	}

	private static List<String> texts(List<InputProblem> problems) {
		return problems.stream().map(InputProblem::toString).toList();
	}

	/**
	 * The lines of an expectation file, with {indata} standing for the input folder; none
	 * when the file does not exist.
	 */
	private static List<String> expected(Path file, Path input) {
		String folder = input.toAbsolutePath().normalize().toString();
		return lines(file).stream().map(line -> line.replace("{indata}", folder)).toList();
	}

	private static List<String> lines(Path file) {
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The items listed under the heading in the console's text, without the dash. */
	private static List<String> items(String text, String heading) {
		List<String> items = new ArrayList<>();
		boolean listing = false;
		for (String line : text.split("\\R")) {
			if (line.startsWith(heading)) {
				listing = true;
			}
			else if (listing && line.startsWith(ITEM)) {
				items.add(line.substring(ITEM.length()));
			}
			else {
				listing = false;
			}
		}
		return items;
	}

	private static Path corpus() {
		try {
			return Path.of(BadInputCorpusTests.class.getResource("/corpus").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
