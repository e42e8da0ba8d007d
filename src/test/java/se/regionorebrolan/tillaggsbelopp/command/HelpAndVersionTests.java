package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

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

		// Maven's build-info, which the tests run with: the POM's version, never the
		// fallback.
		assertThat(SoftwareVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
		assertThat(console.getOut()).startsWith("tillaggsbelopp " + SoftwareVersion.current() + System.lineSeparator())
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
