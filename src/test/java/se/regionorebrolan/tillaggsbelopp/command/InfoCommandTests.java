package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;

@ExtendWith(OutputCaptureExtension.class)
class InfoCommandTests {

	@TempDir
	Path folder;

	@Test
	void namesTheVersionsAndFoldersAndWritesNothing(CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(NOVEMBER_2026, "info", "--tillagg.input-dir=" + this.folder.resolve("input"),
				"--tillagg.output-dir=" + output))
			.isZero();

		assertThat(console.getOut()).contains("tillaggsbelopp " + SoftwareVersion.current())
			.contains("Arbetsmapp: " + Path.of("").toAbsolutePath())
			.contains("Java " + System.getProperty("java.version"))
			.contains("Indata: CSV-filerna i " + this.folder.resolve("input").toAbsolutePath())
			.contains("Utdata: " + output.toAbsolutePath());
		assertThat(output).doesNotExist();
	}

}
