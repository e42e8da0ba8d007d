package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;

/**
 * A command on earlier versions started from a folder where no run was written (a home
 * folder instead of the working folder): it says so, instead of creating an empty
 * registry there and reporting that the year has no versions.
 */
@ExtendWith(OutputCaptureExtension.class)
class WrongOutputFolderTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({ "list, ''", "publish, --tillagg.version=2", "compare, --tillagg.version=2 --tillagg.compare-with=1",
			"verify, --tillagg.version=2", "payment, ''" })
	void saysThatNoRunsWereWrittenThereAndCreatesNothing(String command, String options, CapturedOutput console) {
		Path elsewhere = this.folder.resolve("hemmapp/output");
		List<String> arguments = new ArrayList<>(
				List.of(command, "--tillagg.output-dir=" + elsewhere, "--tillagg.budget-year=2027"));
		arguments.addAll(Arrays.asList(options.split(" ")));
		arguments.removeIf(String::isEmpty);

		assertThat(run(NOVEMBER_2026, arguments.toArray(String[]::new))).isEqualTo(2);

		assertThat(console.getErr()).contains("Kommandot " + command + " hittar inget register: "
				+ elsewhere.resolve("registry/tillaggsbelopp.mv.db") + " finns inte, så inga versioner har beräknats "
				+ "med utmatningsmappen " + elsewhere + ". Starta kommandot i arbetsmappen (den med config/ och "
				+ "output/), ange den med --tillagg.home=<arbetsmappen> eller ange "
				+ "--tillagg.output-dir=<mappen som körningarna skrevs till>. Inget skrevs.");
		assertThat(this.folder.resolve("hemmapp")).doesNotExist();
	}

	@Test
	void verifiesARunFolderWithoutARegistry(CapturedOutput console) {
		Path elsewhere = this.folder.resolve("hemmapp/output");

		assertThat(run(NOVEMBER_2026, "verify", "--tillagg.output-dir=" + elsewhere,
				"--tillagg.run-folder=" + this.folder.resolve("v1-saknas")))
			.isEqualTo(2);

		assertThat(console.getErr()).doesNotContain("hittar inget register")
			.contains("tillagg.run-folder = " + this.folder.resolve("v1-saknas") + ": mappen är ingen körningsmapp");
		assertThat(this.folder.resolve("hemmapp")).doesNotExist();
	}

}
