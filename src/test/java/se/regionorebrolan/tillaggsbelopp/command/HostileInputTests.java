package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static se.regionorebrolan.tillaggsbelopp.command.HostileCase.refusedSettings;

/**
 * The hostile-input suite of settings that cannot be meant (issue 14, item 11), accepted
 * silently until then. The other suites of issue 14 are beside it
 * ({@code Hostile*Tests}); the bad-input corpus covers the input files.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

	@TempDir
	Path folder;

	static Stream<HostileCase> cases() {
		return Stream.of(refusedSettings("a misspelt top-level block",
				settings -> settings.replace("tillagg:", "tilagg:"), List.of(),
				"application.yml rad 6: \"tilagg\" (i tilagg.input-dir) är ingen känd inställning och skulle inte läsas "
						+ "(menade du tillagg:?)"),
				refusedSettings("an unknown top-level block",
						settings -> settings + "tillaggsbelopp:\n  budget-year: 2027\n", List.of(),
						"rad 38: \"tillaggsbelopp\" (i tillaggsbelopp.budget-year) är ingen känd inställning"),
				refusedSettings("a decimal care category", settings -> settings.replace("category: 4", "category: 4.5"),
						List.of(), "tillagg.advanced.category = \"4.5\"",
						"värdet kan inte tolkas; förväntat ett heltal"),
				refusedSettings("a decimal averaged year",
						settings -> settings.replace("average-years: 2021, 2022", "average-years: [2021, 2022.5]"),
						List.of(), "tillagg.psychiatric.average-years[1] = \"2022.5\""),
				refusedSettings("payment of a version that is not the final one", settings -> settings,
						List.of("payment", "--tillagg.budget-year=2027", "--tillagg.version=2"),
						"--tillagg.version=2 används inte av kommandot payment",
						"utbetalningsunderlaget tas alltid fram ur budgetårets SLUTLIGA version"),
				refusedSettings("a version for the run command", settings -> settings, List.of("--tillagg.version=3"),
						"--tillagg.version=3 används inte av kommandot run"),
				refusedSettings("a schedule for a one-shot command", settings -> settings,
						List.of("list", "--tillagg.schedule.zone=UTC"),
						"--tillagg.schedule.zone=UTC används inte av kommandot list"),
				refusedSettings("an in-memory registry", settings -> settings,
						List.of("--tillagg.registry-url=jdbc:h2:mem:r"),
						"tillagg.registry-url = \"jdbc:h2:mem:r\" (kommandoraden): en databas i minnet glöms"),
				refusedSettings("a registry that opens a port",
						settings -> settings + "  registry-url: \"jdbc:h2:file:./r;AUTO_SERVER=TRUE\"\n", List.of(),
						"AUTO_SERVER=TRUE öppnar en port på alla nätverkskort"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void keepsThePromise(HostileCase hostile, CapturedOutput console) throws IOException {
		hostile.check(this.folder, console);
	}

}
