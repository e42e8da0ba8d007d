package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hostile-input suite of files and folders (issue 14, item 3): input the disk cannot
 * read, a file where the program needs a folder and the reverse, and a database server
 * that does not answer. What can be checked before anything starts is refused with exit
 * code 2 and the path named; the rest ends in one Swedish sentence with exit code 1.
 * Read-only and full disks are in {@link FullDiskTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileFilesTests {

	/** A regular file that every read of fails with an I/O error, also for root. */
	private static final Path READ_ERROR = Path.of("/proc/self/mem");

	private static final List<String> RUN = List.of("run", "--tillagg.budget-year=2027");

	@TempDir
	Path folder;

	static Stream<HostileCase> cases() {
		return Stream.of(
				new HostileCase("an input file the disk cannot read",
						folder -> linkInstead(folder.input().resolve("population.csv")), RUN, 2,
						List.of("population.csv: filen kan inte läsas (", "gav ett läsfel; kopiera filen igen")),
				new HostileCase("an input workbook the disk cannot read",
						folder -> Files.createSymbolicLink(folder.root().resolve("indata.xlsx"), READ_ERROR),
						List.of("--tillagg.input-workbook=" + WorkingFolder.FOLDER + "/indata.xlsx"), 2,
						List.of("indata.xlsx: filen kan inte läsas (")),
				new HostileCase("the registry's folder a file", folder -> {
					Files.createDirectories(folder.output());
					Files.writeString(folder.output().resolve("registry"), "x");
				}, RUN, 2,
						List.of("I utmatningsmappen står en fil eller mapp i vägen",
								"/registry är en fil, men registret ligger i en mapp med det namnet")),
				new HostileCase("the registry's file a folder",
						folder -> Files
							.createDirectories(folder.output().resolve("registry").resolve("tillaggsbelopp.mv.db")),
						List.of("list", "--tillagg.budget-year=2027"), 2,
						List.of("/tillaggsbelopp.mv.db är en mapp, inte registrets fil")),
				new HostileCase("the budget year's folder a file", folder -> {
					Files.createDirectories(folder.output());
					Files.writeString(folder.output().resolve("2027"), "x");
				}, RUN, 2, List.of("/2027 är en fil, men budgetåret 2027:s versioner ligger i en mapp")),
				new HostileCase("the budget year's folder a file when publishing", folder -> {
					Files.createDirectories(folder.output());
					Files.writeString(folder.output().resolve("2027"), "x");
				}, List.of("publish", "--tillagg.budget-year=2027", "--tillagg.version=1"), 2,
						List.of("/2027 är en fil, men budgetåret")),
				new HostileCase("a templates folder under a file",
						folder -> Files.writeString(folder.root().resolve("afile"), "x"),
						List.of("templates", "--tillagg.templates-dir=" + WorkingFolder.FOLDER + "/afile/mallar"), 2,
						List.of("Mallarna skrevs inte: --tillagg.templates-dir=", "/afile är en fil, inte en mapp")),
				new HostileCase("a database server that does not answer", folder -> {
				}, List.of("list", "--tillagg.budget-year=2027", "--tillagg.registry-url=jdbc:h2:tcp://127.0.0.1:1/r"),
						1, List.of("databasservern svarar inte eller tar inte emot anslutningen")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void keepsThePromise(HostileCase hostile, CapturedOutput console) throws IOException {
		assumeTrue(Files.isRegularFile(READ_ERROR), "Linux's /proc gives a file that cannot be read");
		hostile.check(this.folder, console);
	}

	@Test
	void refusesAnInputFileThisUserMayNotRead(CapturedOutput console) throws IOException {
		assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
		new HostileCase("an unreadable input file",
				folder -> Files.setPosixFilePermissions(folder.input().resolve("population.csv"), Set.of()), RUN, 2,
				List.of("population.csv: den här användaren får inte läsa filen"))
			.check(this.folder, console);
	}

	private static void linkInstead(Path file) throws IOException {
		Files.delete(file);
		Files.createSymbolicLink(file, READ_ERROR);
	}

}
