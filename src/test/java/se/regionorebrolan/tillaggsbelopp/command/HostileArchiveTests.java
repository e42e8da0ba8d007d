package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * The versions and payment bases as the registry and the folders keep them, under what an
 * unlucky or hostile user does around them (issue 14, items 5 to 8): another working
 * directory, a tampered manifest, an interrupted publication or payment, a lost registry.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileArchiveTests {

	@TempDir
	Path folder;

	/**
	 * Item 7: the officer runs in her folder with a relative output folder; a service
	 * (here this JVM, in another working directory) publishes, compares, verifies and
	 * pays with the absolute path.
	 */
	@Test
	void findsTheVersionsOfAnOutputFolderFromAnyWorkingDirectory(CapturedOutput console) throws Exception {
		Path officer = Files.createDirectories(this.folder.resolve("officer"));
		Path input = specExampleInput(officer);
		assertThat(ChildJvm.run(officer, specExample(input, Path.of("out"))).exitCode()).isZero();
		assertThat(ChildJvm
			.run(officer, specExample(input, Path.of("out"), "--tillagg.advanced.measurement-date=2025-11-14"))
			.exitCode()).isZero();
		String output = "--tillagg.output-dir=" + officer.resolve("out");

		assertThat(run(NOVEMBER_2026, "publish", output, "--tillagg.budget-year=2027", "--tillagg.version=1")).isZero();
		assertThat(run(NOVEMBER_2026, "compare", output, "--tillagg.budget-year=2027", "--tillagg.version=2",
				"--tillagg.compare-with=1"))
			.isZero();
		assertThat(run(NOVEMBER_2026, "verify", output, "--tillagg.budget-year=2027", "--tillagg.version=1")).isZero();
		assertThat(run(NOVEMBER_2026, "payment", output, "--tillagg.budget-year=2027")).isZero();

		assertThat(console.getOut()).contains("är verifierad");
		assertThat(officer.resolve("out/2027/utbetalning-1")).isDirectory();
		assertThat(officer.resolve("out/2027/tillaggsbelopp-2027-v2-jamford-med-v1.xlsx")).isRegularFile();
	}

}
