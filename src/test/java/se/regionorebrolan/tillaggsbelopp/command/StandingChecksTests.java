package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's standing checks as a finance officer meets them: the program started as a
 * process of its own, in an empty folder, with nothing but the arguments below. Each ends
 * with exit code 2 and one Swedish sentence, never a Java stack trace. The same cases run
 * in process in {@link HostileSettingsTests}; these hold also what only a real start
 * shows (the logging as it is set up, the exit of the JVM).
 */
class StandingChecksTests {

	@TempDir
	Path folder;

	@Test
	void refusesAnOutputFolderUnderAFileInOneSwedishSentence() throws Exception {
		Files.writeString(this.folder.resolve("afile"), "x");

		ChildJvm.Finished finished = ChildJvm.run(this.folder,
				"--tillagg.output-dir=" + this.folder.resolve("afile/out"), "--tillagg.budget-year=2027");

		assertThat(finished.exitCode()).as(finished.console()).isEqualTo(2);
		assertThat(finished.console())
			.contains("tillagg.output-dir = \"" + this.folder.resolve("afile/out") + "\" (kommandoraden): "
					+ this.folder.resolve("afile") + " är en fil, inte en mapp")
			.doesNotContain(HostileCase.JAVA);
		assertThat(this.folder.resolve("output")).doesNotExist();
	}

	@Test
	void refusesATabIndentedSettingsFileInOneSwedishSentence() throws Exception {
		Path settings = Files.writeString(this.folder.resolve("tab.yml"), "tillagg:\n\tbudget-year: 2027\n");

		ChildJvm.Finished finished = ChildJvm.run(this.folder, "--spring.config.location=file:" + settings);

		assertThat(finished.exitCode()).as(finished.console()).isEqualTo(2);
		assertThat(finished.console()).contains(settings + " rad 2, kolumn 1: tabbtecken i indraget")
			.doesNotContain(HostileCase.JAVA);
		assertThat(this.folder.resolve("output")).doesNotExist();
	}

}
