package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import se.regionorebrolan.tillaggsbelopp.TillaggsbeloppApplication;
import se.regionorebrolan.tillaggsbelopp.parameters.ParameterNames;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;

/**
 * {@code --help} and {@code --version} answer without opening the registry or writing
 * anything, and a misspelt command or parameter is answered with the nearest name.
 */
@ExtendWith(OutputCaptureExtension.class)
class HelpAndVersionTests {

	@TempDir
	Path folder;

	@Test
	void versionNamesTheBuildTheTimeAndTheJavaWithoutStarting(CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(NOVEMBER_2026, "--version", "--tillagg.output-dir=" + output)).isZero();

		// The POM's version, which Surefire passes on (pom.xml): build-info is read, not
		// the fallback.
		String pomVersion = System.getProperty("project.version");
		assertThat(pomVersion).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
		assertThat(SoftwareVersion.current()).isEqualTo(pomVersion);
		assertThat(console.getOut()).startsWith("tillaggsbelopp " + pomVersion + System.lineSeparator())
			.containsPattern("Byggd: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\+0[12]:00")
			.contains("Java:  " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
					+ System.getProperty("java.home"));
		assertThat(console.getOut().lines()).hasSize(3);
		assertThat(console.getErr()).isEmpty();
		assertThat(output).doesNotExist();
	}

	@Test
	void helpListsEveryCommandWithItsParametersAndTheMainParameters(CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(NOVEMBER_2026, "--help", "--tillagg.output-dir=" + output)).isZero();

		assertThat(console.getOut())
			.contains("Användning: java -jar tillaggsbelopp.jar [kommando] [--tillagg.<namn>=<värde> …]")
			.containsPattern(
					"\n  run +beräknar budgetåret och skriver nästa version \\(PRELIMINÄR\\); utan kommando: run\n")
			.containsPattern("\n  publish +gör en version SLUTLIG, den som betalas ut\n +--tillagg.budget-year "
					+ "--tillagg.version --tillagg.reason\n")
			.containsPattern("\n  run .*\n +--tillagg.input-dir --tillagg.input-workbook --tillagg.budget-year\n")
			.contains("--tillagg.advanced.* --tillagg.distance.*")
			.contains("Alla kommandon tar också --tillagg.home, --tillagg.output-dir, --tillagg.registry-url, "
					+ "--tillagg.mode.")
			.containsPattern("--tillagg.budget-year=ÅÅÅÅ +budgetåret; utan den året efter i år")
			.containsPattern("--tillagg.home=MAPP +arbetsmappen med config/, input/ och output/")
			.contains("Arbetsmappen är mappen du står i om inget annat anges.")
			.contains("Alla 33 parametrar: config/application.yml och docs/inputs.md.");
		for (String command : new String[] { "list", "compare", "verify", "payment", "info", "import-scb", "templates",
				"rebuild-registry" }) {
			assertThat(console.getOut()).containsPattern("\n  " + command + " +\\S");
		}
		assertThat(console.getErr()).isEmpty();
		assertThat(output).doesNotExist();
	}

	@Test
	void helpListsEveryCommandBeanWithItsSummary(CapturedOutput console) {
		SpringApplication application = new SpringApplication(TillaggsbeloppApplication.class);
		try (ConfigurableApplicationContext context = application.run("--help",
				"--spring.config.location=classpath:/application.yml",
				"--tillagg.output-dir=" + this.folder.resolve("output"))) {
			Collection<Command> commands = context.getBeansOfType(Command.class).values();

			assertThat(commands).hasSize(10);
			for (Command command : commands) {
				assertThat(console.getOut()).containsPattern(
						"\n  " + Pattern.quote(command.name()) + " +" + Pattern.quote(command.summary()) + "\n");
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "help", "-h", "--help" })
	void everyWayOfAskingForHelpGivesTheListOfCommands(String asking, CapturedOutput console) {
		assertThat(run(NOVEMBER_2026, asking, "--tillagg.output-dir=" + this.folder.resolve("output"))).isZero();

		assertThat(console.getOut()).contains("Kommandon:\n  run ")
			.containsPattern("\n  help <kommando> +kommandots parametrar med värdena de har nu, och ett exempel\n");
		assertThat(console.getErr()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "help publish", "publish --help", "publish -h" })
	void helpOfACommandGivesItsParametersWithTheirValuesAndAnExample(String asking, CapturedOutput console) {
		Path output = this.folder.resolve("output");
		String[] words = asking.split(" ");

		assertThat(
				run(NOVEMBER_2026, words[0], words[1], "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isZero();

		assertThat(console.getOut()).isEqualTo(String.join(System.lineSeparator(),
				"tillaggsbelopp publish: gör en version SLUTLIG, den som betalas ut", "",
				"Användning: java -jar tillaggsbelopp.jar publish [--tillagg.<namn>=<värde> …]", "",
				"Parametrar, med värdet som gäller nu (standardvärdet, config/application.yml eller kommandoraden):",
				"  --tillagg.budget-year  2027",
				"  --tillagg.version      (inte angiven: versionen som publish, compare och verify gäller)",
				"  --tillagg.reason       (inte angiven)",
				"Alla kommandon tar också --tillagg.home, --tillagg.output-dir, --tillagg.registry-url, "
						+ "--tillagg.mode.",
				"", "Exempel:", "  java -jar tillaggsbelopp.jar publish --tillagg.budget-year=2027 --tillagg.version=2 "
						+ "--tillagg.reason=\"Ny mätning november 2026\"",
				""));
		assertThat(output).doesNotExist();
	}

	@Test
	void helpOfACommandExpandsAGroupToEachParameterWithItsDefault(CapturedOutput console) {
		assertThat(run(NOVEMBER_2026, "help", "run", "--tillagg.output-dir=" + this.folder.resolve("output"))).isZero();

		assertThat(console.getOut()).containsPattern("\n  --tillagg.advanced.shift-rate +0.05\n")
			.containsPattern("\n  --tillagg.psychiatric.average-years +2021,2022\n")
			.containsPattern("\n  --tillagg.distance.threshold-km +35\n")
			.containsPattern("\n  --tillagg.population-reference-date +\\(inte angiven\\)\n")
			.contains("  java -jar tillaggsbelopp.jar run --tillagg.budget-year=2028");
	}

	@Test
	void helpOfAMisspeltCommandGivesTheNearestOneWithExitCode2(CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(NOVEMBER_2026, "help", "pubish", "--tillagg.output-dir=" + output)).isEqualTo(2);

		assertThat(console.getErr()).contains("\"pubish\" är inget kommando (menade du publish?)")
			.doesNotContain("Exception");
		assertThat(console.getOut()).doesNotContain("Kommandon:");
		assertThat(output).doesNotExist();
	}

	@Test
	void everyMainParameterOfTheHelpExists() {
		assertThat(Help.MAIN_PARAMETERS).allSatisfy(line -> assertThat(ParameterNames.all()).contains(line.get(0)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					pubish                     | "pubish" är inget kommando (menade du publish?); kommandona är run, publish
					lsit                       | "lsit" är inget kommando (menade du list?)
					version                    | "version" är inget kommando (menade du --version?)
					--hepl                     | --hepl är ingen känd parameter (menade du --help?)
					--budget-year=2027         | --budget-year är ingen känd parameter (menade du --tillagg.budget-year?)
					--tillagg.budget-yaer=2027 | tillagg.budget-yaer = "2027" (kommandoraden): okänd parameter (menade du --tillagg.budget-year?)
					""")
	void answersAMisspeltNameWithTheNearestOneAndStartsNothing(String argument, String message,
			CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(NOVEMBER_2026, argument, "--tillagg.output-dir=" + output)).isEqualTo(2);

		assertThat(console.getErr()).contains(message).doesNotContain("Exception");
		assertThat(output).doesNotExist();
	}

}
