package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runWithOperatorConfig;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;

/**
 * {@code --tillagg.home}: the working folder whose config/application.yml, input/ and
 * output/ a command uses wherever it is started, as the launcher starts every command
 * (docs/decisions/0027-working-folder.md).
 */
@ExtendWith(OutputCaptureExtension.class)
class HomeFolderTests {

	@TempDir
	Path folder;

	@Test
	void runsTheShippedDataOfTheWorkingFolderWithItsSettings(CapturedOutput console) throws IOException {
		WorkingFolder home = WorkingFolder.shipped(this.folder.resolve("Arbetsmapp å ö"));
		List<String> before = snapshot(Path.of("output"));

		// No other parameter: the cost per patient and the reference date are the
		// settings
		// file's, without which the run would stop.
		assertThat(runWithOperatorConfig(NOVEMBER_2026, "--tillagg.home=" + home.root())).isZero();

		assertThat(runFolders(home.output(), 2027)).singleElement()
			.satisfies(run -> assertThat(run.getFileName()).hasToString("v1-a70a575ad275"));
		assertThat(console.getOut()).contains("Länet", "94 750 848");
		assertThat(snapshot(Path.of("output"))).isEqualTo(before);
	}

	@Test
	void relativePathsOfTheSettingsFileAreInTheWorkingFolderAndOnTheCommandLineInTheWorkingDirectory(
			CapturedOutput console) throws IOException {
		WorkingFolder home = WorkingFolder.shipped(this.folder.resolve("hem"));
		home.editSettings(settings -> settings.replace("input-dir: input", "input-dir: indata 2027"));

		assertThat(runWithOperatorConfig(NOVEMBER_2026, "info", "--tillagg.home=" + home.root(),
				"--tillagg.output-dir=target/relativ-utdata"))
			.isZero();

		assertThat(console.getOut()).contains("Arbetsmapp: " + home.root())
			.contains("Indata: CSV-filerna i " + home.root().resolve("indata 2027"))
			.contains("Utdata: " + Path.of("target/relativ-utdata").toAbsolutePath());
	}

	@Test
	void theDefaultFoldersAreInTheWorkingFolder(CapturedOutput console) throws IOException {
		WorkingFolder home = WorkingFolder.shipped(this.folder.resolve("hem"));
		home.editSettings(settings -> settings.replace("  input-dir: input\n  output-dir: output\n", ""));

		assertThat(runWithOperatorConfig(NOVEMBER_2026, "info", "--tillagg.home=" + home.root())).isZero();

		assertThat(console.getOut()).contains("Indata: CSV-filerna i " + home.input())
			.contains("Utdata: " + home.output());
	}

	@Test
	void refusesAWorkingFolderThatDoesNotExist(CapturedOutput console) {
		Path missing = this.folder.resolve("finns inte");

		assertThat(runWithOperatorConfig(NOVEMBER_2026, "info", "--tillagg.home=" + missing)).isEqualTo(2);

		assertThat(console.getErr()).contains("tillagg.home = \"" + missing + "\" (kommandoraden): mappen finns inte; "
				+ "ange arbetsmappen, den med config/, input/ och output/");
		assertThat(missing).doesNotExist();
	}

	@Test
	void refusesTheWorkingFolderInTheSettingsFileWhichItChooses(CapturedOutput console) throws IOException {
		WorkingFolder home = WorkingFolder.shipped(this.folder.resolve("hem"));
		home.editSettings(settings -> settings.replace("tillagg:\n", "tillagg:\n  home: /srv/tillaggsbelopp\n"));

		assertThat(runWithOperatorConfig(NOVEMBER_2026, "info", "--tillagg.home=" + home.root())).isEqualTo(2);

		assertThat(console.getErr()).contains(home.settings() + " rad 5: tillagg.home kan inte stå i en "
				+ "inställningsfil, som ju läses ur arbetsmappen; ange arbetsmappen på kommandoraden "
				+ "(--tillagg.home=<mapp>) eller i miljövariabeln TILLAGG_HOME");
	}

}
