package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runWithOperatorConfig;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;

/**
 * The hostile-settings suite (issue 14, items 2, 3 and 12): settings files that cannot be
 * read as meant, values that cannot be used, and places the program cannot write to. Each
 * is refused with exit code 2 before anything starts, one Swedish line per problem with
 * the file, line and column or the key, and nothing written; what does not fit any check
 * ends with exit code 1 and one Swedish sentence. A case that must finish fast (an alias
 * bomb, a pipe) cannot hang the build: the suite has a time limit.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class HostileSettingsTests {

	private static final String REFUSED = "Inställningarna kan inte läsas – kommandot startades inte och inget skrevs:";

	/** What a command says when the settings were read and used: it found no runs. */
	private static final String READ = "Kommandot list hittar inget register";

	private static final List<String> LIST = List.of("list", "--tillagg.budget-year=2027");

	private static final String TAB_INDENTED = "tillagg:\n\tbudget-year: 2027\n";

	@TempDir
	Path folder;

	static Stream<HostileCase> syntax() {
		return Stream.of(
				edited("a TAB as indentation", settings -> settings.replace("\n  input-dir:", "\n\tinput-dir:"),
						"application.yml rad 6, kolumn 1: tabbtecken i indraget; YAML tillåter bara mellanslag där – "
								+ "byt tabbtecknet mot mellanslag, lika många som på raderna ovanför"),
				edited("a TAB after spaces of the indentation",
						settings -> settings.replace("\n    category: 4", "\n  \t  category: 4"),
						"application.yml rad 24, kolumn 3: tabbtecken i indraget"),
				edited("a TAB between a name and its value",
						settings -> settings.replace("  output-dir: output", "  output-dir:\toutput"),
						"application.yml rad 7, kolumn 14: tabbtecken efter ett namn eller värde; YAML tillåter bara "
								+ "mellanslag där – byt tabbtecknet mot ett mellanslag"),
				read("a TAB in a value and before a comment, which YAML allows",
						folder -> folder.editSettings(settings -> settings + "  reason: Ny\tmätning\t# tabb\n")),
				edited("a name twice in a block", settings -> settings + "  output-dir: ut\n",
						"application.yml rad 37, kolumn 3: tillagg.output-dir står redan på rad 7; ta bort den ena "
								+ "(annars gäller den sista utan att det syns)"),
				edited("a name twice in a nested block",
						settings -> settings.replace("    category: 4\n", "    category: 4\n    category: 5\n"),
						"application.yml rad 25, kolumn 5: tillagg.advanced.category står redan på rad 24"),
				edited("a name twice, once written with dots", settings -> settings + "tillagg.output-dir: ut\n",
						"application.yml rad 37, kolumn 1: tillagg.output-dir står redan på rad 7"),
				edited("a name twice in another spelling", settings -> settings + "  outputDir: ut\n",
						"application.yml rad 37, kolumn 3: tillagg.outputDir står redan på rad 7"),
				edited("a quote that is not closed",
						settings -> settings.replace("input-dir: input", "input-dir: \"input"),
						"application.yml rad 6, kolumn 14: citattecknet \" här avslutas aldrig; sätt ett likadant "
								+ "citattecken efter värdet"),
				edited("a quote not closed at the end of the file", settings -> settings + "  reason: 'Ny mätning",
						"application.yml rad 37, kolumn 11: citattecknet ' här avslutas aldrig"),
				edited("a colon missing after a name",
						settings -> settings.replace("  output-dir: output", "  output-dir output"),
						"application.yml rad 7, kolumn 3: raden saknar kolon efter namnet; skriv namn: värde"),
				edited("a block indented too little", settings -> settings.replace("    category: 4", "   category: 4"),
						"application.yml rad 24, kolumn 4: indraget stämmer inte med raderna ovanför"),
				edited("a list that is not closed", settings -> settings + "  reason: [a, b\n",
						"application.yml rad 37, kolumn 11: listan som börjar med [ här avslutas inte med ]"),
				edited("a Windows folder in double quotes",
						settings -> settings.replace("input-dir: input", "input-dir: \"C:\\indata\""),
						"application.yml rad 6, kolumn 17: okänd kombination med \\ inom dubbla citattecken"),
				edited("text instead of settings", settings -> "Det här är ingen inställningsfil.\n",
						"application.yml rad 1, kolumn 1: här ska det stå inställningar som namn: värde"),
				edited("a list instead of settings", settings -> "- tillagg\n- budget-year\n",
						"application.yml rad 1, kolumn 1: här ska det stå inställningar som namn: värde"),
				edited("an alias to an anchor that does not exist", settings -> settings + "  reason: *orsak\n",
						"application.yml rad 37, kolumn 11: aliaset *orsak hänvisar till ett ankare (&orsak) "
								+ "som inte finns tidigare i filen"),
				edited("a Java class tag",
						settings -> settings + "  reason: !!javax.script.ScriptEngineManager "
								+ "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.com/\"]]]]\n",
						"application.yml rad 37, kolumn 11: taggen !!javax.script.ScriptEngineManager är inte "
								+ "tillåten; en inställningsfil innehåller bara namn och värden – ta bort taggen"),
				edited("a local tag", settings -> settings + "  reason: !hemlig abc\n",
						"application.yml rad 37, kolumn 11: taggen !hemlig är inte tillåten"),
				edited("10 000 nested lists", settings -> "tillagg:\n  reason: " + "[".repeat(10_000) + "\n",
						"application.yml rad 2, kolumn 59: mer än 50 nivåer inuti varandra; en inställningsfil "
								+ "behöver bara några få"),
				edited("10 000 nested blocks",
						settings -> "tillagg:\n  reason: " + "{a: ".repeat(10_000) + "b" + "}".repeat(10_000) + "\n",
						"mer än 50 nivåer inuti varandra"),
				appended("a billion laughs", Path.of("src/test/resources/hostile/billion-laughs.yml"),
						"application.yml rad 42, kolumn 6: blocket blir mer än 10 000 namn och värden när aliasen "
								+ "(*namn) i det packas upp; skriv ut värdena i stället för att hänvisa till dem"),
				edited("an alias inside its own anchor", settings -> settings + "  reason: &a [1, *a]\n",
						"application.yml rad 37, kolumn 11: blocket innehåller sig självt genom ett alias"));
	}

	static Stream<HostileCase> encodings() {
		return Stream.of(
				written("Windows-1252 text",
						(settings) -> bytes(settings + "  reason: Ny mätning\n", Charset.forName("windows-1252")),
						"application.yml rad 1, kolumn 46: tecknet här är inte skrivet i UTF-8 (byten 0xA7); "
								+ "filen är troligen sparad som Windows-1252 (ANSI) – spara den som UTF-8"),
				written("a Windows-1252 letter in a value",
						(settings) -> bytes("tillagg:\n  reason: Ny mätning\n", Charset.forName("windows-1252")),
						"application.yml rad 2, kolumn 15: tecknet här är inte skrivet i UTF-8 (byten 0xE4)"),
				written("random bytes", settings -> randomBytes(),
						"application.yml rad 1, kolumn 1: tecknet här är inte skrivet i UTF-8"),
				written("UTF-16 without a byte order mark", settings -> bytes(settings, StandardCharsets.UTF_16LE),
						"application.yml: filen innehåller nolltecken (rad 1, kolumn 2) och är troligen sparad som "
								+ "UTF-16 utan byteordningsmärke; spara den som UTF-8"),
				read("UTF-8 with a byte order mark",
						folder -> Files.write(folder.settings(),
								bytes("\uFEFF" + Files.readString(folder.settings()), StandardCharsets.UTF_8))),
				read("UTF-16 with a byte order mark",
						folder -> Files.write(folder.settings(),
								bytes(Files.readString(folder.settings()), StandardCharsets.UTF_16))),
				written("a control character",
						settings -> bytes(settings + "  reason: a\u0007b\n", StandardCharsets.UTF_8),
						"application.yml rad 37, kolumn 12: tecknet U+0007 är ett styrtecken"),
				read("an empty file", folder -> Files.write(folder.settings(), new byte[0])),
				read("a file that is only a comment", folder -> Files.writeString(folder.settings(), "# inget\n")));
	}

	static Stream<HostileCase> files() {
		return Stream.of(
				new HostileCase("a pipe (FIFO) instead of the settings file", folder -> fifo(folder.settings()),
						List.of(), 2,
						List.of(REFUSED,
								"application.yml: är ingen vanlig fil utan en namngiven pipe (FIFO); "
										+ "ange en vanlig textfil")),
				new HostileCase("a link to /dev/zero", folder -> link(folder.settings(), Path.of("/dev/zero")),
						List.of(), 2,
						List.of("application.yml: är ingen vanlig fil utan en enhet (/dev/zero); ange en vanlig "
								+ "textfil")),
				new HostileCase("a file larger than 1 MB",
						folder -> folder
							.editSettings(settings -> settings + ("#" + "x".repeat(99) + "\n").repeat(11_000)),
						List.of(), 2,
						List.of("application.yml: filen är ",
								" byte, mer än 1 MB; en inställningsfil är några " + "kilobyte – är det rätt fil?")),
				new HostileCase("a folder as the settings file", folder -> {
					Files.delete(folder.settings());
					Files.createDirectory(folder.settings());
				}, List.of(), 2, List.of("application.yml är en mapp; skriv file:")),
				new HostileCase("a folder as --spring.config.location", folder -> {
				}, List.of("list", "--tillagg.budget-year=2027", "--spring.config.location=file:{folder}/config"), 2,
						List.of(REFUSED, "kommandoraden (--spring.config.location): ",
								"/config är en mapp; skriv " + "file:",
								"/config/ (med / på slutet) för att läsa application.yml i den, eller ange filen")),
				read("a folder with / as --spring.config.location",
						List.of("--spring.config.location=file:{folder}/config/"), folder -> {
						}),
				read("only the file as --spring.config.location",
						List.of("--spring.config.location={folder}/config/application.yml"), folder -> {
						}),
				new HostileCase("a --spring.config.location that does not exist", folder -> {
				}, List.of("list", "--tillagg.budget-year=2027", "--spring.config.location=file:{folder}/inget.yml"), 2,
						List.of("kommandoraden (--spring.config.location): filen ",
								"/inget.yml finns inte; ange en " + "fil som finns, eller skriv optional:file:")),
				read("an optional --spring.config.location that does not exist", List
					.of("--spring.config.location=classpath:/application.yml,file:{folder}/config/application.yml,"
							+ "optional:file:{folder}/inget.yml"),
						folder -> {
						}),
				new HostileCase("a --spring.config.location with another ending",
						folder -> Files.writeString(folder.root().resolve("inställningar.txt"),
								"tillagg:\n  budget-year: 2027\n"),
						List.of("list", "--spring.config.location=file:{folder}/inställningar.txt"), 2,
						List.of("inställningar.txt: förväntat en inställningsfil som slutar på .yml, .yaml eller "
								+ ".properties")),
				new HostileCase("a TAB-indented file as the only --spring.config.location (the standing check)",
						folder -> Files.writeString(folder.root().resolve("tab.yml"), TAB_INDENTED),
						List.of("--spring.config.location=file:{folder}/tab.yml"), 2,
						List.of(REFUSED, "tab.yml rad 2, kolumn 1: tabbtecken i indraget")),
				new HostileCase("a TAB in --spring.config.additional-location",
						folder -> Files.writeString(folder.root().resolve("extra.yml"), TAB_INDENTED),
						List.of("list", "--tillagg.budget-year=2027",
								"--spring.config.additional-location=file:{folder}/extra.yml"),
						2, List.of("extra.yml rad 2, kolumn 1: tabbtecken i indraget")),
				new HostileCase("a TAB in --spring.config.import",
						folder -> Files.writeString(folder.root().resolve("extra.yml"), TAB_INDENTED),
						List.of("list", "--tillagg.budget-year=2027", "--spring.config.import=file:{folder}/extra.yml"),
						2, List.of("extra.yml rad 2, kolumn 1: tabbtecken i indraget")),
				new HostileCase("a TAB in a file the settings file imports", folder -> {
					Files.writeString(folder.root().resolve("config/extra.yml"), TAB_INDENTED);
					folder.editSettings(settings -> settings + "spring:\n  config:\n    import: extra.yml\n");
				}, LIST, 2, List.of("config/extra.yml rad 2, kolumn 1: tabbtecken i indraget")),
				new HostileCase("an import that does not exist",
						folder -> folder.editSettings(settings -> settings + "spring.config.import: saknas.yml\n"),
						LIST, 2,
						List.of("application.yml rad 37 (spring.config.import): filen ",
								"config/saknas.yml finns inte")),
				new HostileCase("a .properties file in UTF-8",
						folder -> Files.writeString(folder.root().resolve("extra.properties"),
								"tillagg.reason=Ny mätning\n"),
						List.of("list", "--tillagg.budget-year=2027",
								"--spring.config.additional-location=file:{folder}/extra.properties"),
						2,
						List.of("extra.properties rad 1, kolumn 20: tecknet här är inte ASCII; en .properties-fil "
								+ "läses som ISO-8859-1, så å, ä och ö blir fel – skriv \\u00e5, \\u00e4 och "
								+ "\\u00f6 eller använd en .yml-fil")),
				new HostileCase("a broken \\u in a .properties file",
						folder -> Files.writeString(folder.root().resolve("extra.properties"),
								"tillagg.reason=\\u00g6\n"),
						List.of("list", "--tillagg.budget-year=2027",
								"--spring.config.additional-location=file:{folder}/extra.properties"),
						2, List.of("extra.properties rad 1, kolumn 16: \\u ska följas av fyra hexadecimala siffror")));
	}

	static Stream<HostileCase> values() {
		return Stream.of(
				HostileCase.refusedSettings("a misspelt name",
						settings -> settings.replace("threshold-km", "treshold-km"), List.of(),
						"tillagg.distance.treshold-km = \"35\" (",
						"application.yml rad 34): okänd parameter (menade du tillagg.distance.threshold-km?)"),
				HostileCase.refusedSettings("a name without a value in the file",
						settings -> settings.replace("# budget-year: 2027", "budget-year:"), List.of(),
						"tillagg.budget-year = \"\" (",
						"application.yml rad 10): värdet är tomt; skriv ett värde " + "eller ta bort parametern"),
				HostileCase.refusedSettings("a name without a value on the command line", settings -> settings,
						List.of("--tillagg.budget-year="),
						"tillagg.budget-year = \"\" (kommandoraden): värdet är tomt; skriv ett värde eller ta bort "
								+ "parametern"),
				HostileCase.refusedSettings("a year missing between two commas",
						settings -> settings.replace("average-years: 2021, 2022", "average-years: \"2021,,2022\""),
						List.of(), "tillagg.psychiatric.average-years[1] = \"2021,,2022\" (",
						"application.yml rad 17): ett år saknas (två kommatecken i rad?); skriv åren med kommatecken "
								+ "emellan, t.ex. 2021, 2022"),
				HostileCase.refusedSettings("a time zone on Mars",
						settings -> settings + "  schedule:\n    zone: " + "Mars/Olympus\n", List.of(),
						"tillagg.schedule.zone = \"Mars/Olympus\" (",
						"application.yml rad 38): värdet kan inte tolkas; förväntat en tidszon, t.ex. Europe/Stockholm"),
				HostileCase.refusedSettings("a time zone on Mars in scheduler mode", settings -> settings,
						List.of("--tillagg.mode=scheduler", "--tillagg.schedule.zone=Mars/Olympus"),
						"tillagg.schedule.zone = \"Mars/Olympus\" (kommandoraden): värdet kan inte tolkas; förväntat "
								+ "en tidszon"),
				HostileCase.refusedSettings("a value out of range in scheduler mode",
						settings -> settings.replace("category: 4", "category: 0"), List.of("--tillagg.mode=scheduler"),
						"tillagg.advanced.category = \"0\" (", "application.yml rad 24): förväntat en vårdkategori"),
				HostileCase.refusedSettings("a misspelt block in scheduler mode",
						settings -> settings.replace("tillagg:", "tilagg:"), List.of("--tillagg.mode=scheduler"),
						"\"tilagg\" (i tilagg.input-dir) är ingen känd inställning"),
				HostileCase.refusedSettings("a log level that does not exist", settings -> settings,
						List.of("--logging.level.root=HÖGT"),
						"logging.level.root = \"HÖGT\" (kommandoraden): värdet kan inte tolkas; förväntat ett av "
								+ "trace, debug, info, warn, error, fatal, off"),
				HostileCase.refusedSettings("a Spring setting that does not exist", settings -> settings,
						List.of("--spring.main.banner-mode=högt"),
						"spring.main.banner-mode = \"högt\" (kommandoraden): värdet kan inte tolkas; förväntat ett "
								+ "av off, console, log"));
	}

	static Stream<HostileCase> folders() {
		return Stream.of(new HostileCase("an output folder under a file (the standing check)",
				folder -> Files.writeString(folder.root().resolve("afile"), "x"),
				List.of("--tillagg.output-dir={folder}/afile/out", "--tillagg.budget-year=2027"), 2,
				List.of("tillagg.output-dir = \"", "/afile/out\" (kommandoraden): ",
						"/afile är en fil, inte en mapp; ange en mapp som programmet kan skriva i eller skapa")),
				new HostileCase("an output folder that is a file",
						folder -> Files.writeString(folder.root().resolve("afile"), "x"),
						List.of("list", "--tillagg.output-dir={folder}/afile"), 2,
						List.of("/afile är en fil, inte en mapp")),
				new HostileCase("a registry under a file",
						folder -> Files.writeString(folder.root().resolve("afile"), "x"),
						List.of("list", "--tillagg.registry-url=jdbc:h2:file:{folder}/afile/register"), 2,
						List.of("tillagg.registry-url = \"jdbc:h2:file:",
								"/afile/register\" (kommandoraden): registrets " + "mapp kan inte skapas: ",
								"/afile är en fil, inte en mapp; ange en annan sökväg i " + "jdbc:h2:file:<sökväg>")),
				new HostileCase("a log file under a file",
						folder -> Files.writeString(folder.root().resolve("afile"), "x"),
						List.of("--logging.file.name={folder}/afile/t.log", "--tillagg.budget-year=2027"), 2,
						List.of("Felaktiga inställningar – kommandot startades inte och inget skrevs:",
								"logging.file.name = \"",
								"/afile/t.log\" (kommandoraden): loggfilens mapp kan inte " + "skapas: ",
								"/afile är en fil, inte en mapp")),
				new HostileCase("a log folder under a file", folder -> {
					Files.writeString(folder.root().resolve("afile"), "x");
					folder.editSettings(settings -> settings.replace("tillagg:",
							"logging:\n  file:\n    path: " + folder.root().resolve("afile/loggar") + "\ntillagg:"));
				}, LIST, 2, List.of("logging.file.path = \"", "/afile/loggar\" (",
						"application.yml rad 6): " + "loggmappen kan inte skapas: ", "/afile är en fil, inte en mapp")),
				new HostileCase("a log file that is a folder",
						folder -> Files.createDirectories(folder.root().resolve("t.log")),
						List.of("list", "--logging.file.name={folder}/t.log"), 2,
						List.of("logging.file.name = \"", "/t.log\" (kommandoraden): ",
								"/t.log är en mapp, " + "inte en fil; ange en fil")),
				new HostileCase("a logging configuration that does not exist", folder -> {
				}, List.of("list", "--logging.config={folder}/logback.xml"), 2,
						List.of("logging.config = \"", "/logback.xml\" (kommandoraden): filen finns inte")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "syntax", "encodings", "files", "values", "folders" })
	void keepsThePromise(HostileCase hostile, CapturedOutput console) throws IOException {
		hostile.check(this.folder, console);
	}

	@Test
	void refusesAnUnreadableSettingsFile(CapturedOutput console) throws IOException {
		assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
		new HostileCase("an unreadable settings file",
				folder -> Files.setPosixFilePermissions(folder.settings(), java.util.Set.of()), LIST, 2,
				List.of("application.yml: filen får inte läsas av den här användaren"))
			.check(this.folder, console);
	}

	@Test
	void refusesAMissingTemporaryFolderBeforeAnythingStarts(CapturedOutput console) throws IOException {
		WorkingFolder working = WorkingFolder.shipped(this.folder);
		String temporary = System.getProperty("java.io.tmpdir");
		System.setProperty("java.io.tmpdir", this.folder.resolve("saknas").toString());
		try {
			int code = runWithOperatorConfig(NOVEMBER_2026, working.arguments(LIST));

			assertThat(code).isEqualTo(2);
		}
		finally {
			System.setProperty("java.io.tmpdir", temporary);
		}
		assertThat(console.getAll())
			.contains("mappen för tillfälliga filer ",
					"/saknas (-Djava.io.tmpdir) finns "
							+ "inte; ange en mapp som finns och går att skriva i, eller ta bort flaggan")
			.doesNotContain("Exception", "\tat ", "Caused by");
		assertThat(working.output()).doesNotExist();
	}

	/**
	 * What no check foresaw (here: a test profile that fails at start) ends with one
	 * sentence; the details are in a file, on the console only with --debug.
	 */
	@Test
	void endsAnUnexpectedFailureWithOneSentenceAndTheDetailsInAFile(CapturedOutput console) throws IOException {
		WorkingFolder working = WorkingFolder.shipped(this.folder);
		List<String> before = snapshot(this.folder);

		int code = runWithOperatorConfig(NOVEMBER_2026,
				working.arguments(List.of("list", "--spring.profiles.active=failing-start")));

		assertThat(code).isEqualTo(1);
		assertThat(console.getAll()).doesNotContain(HostileCase.JAVA).doesNotContain(FailingStartConfiguration.WHY);
		Path log = failureLog(console.getAll());
		assertThat(Files.readString(log)).contains(FailingStartConfiguration.WHY, "\tat ");
		Files.delete(log);
		assertThat(snapshot(this.folder)).isEqualTo(before);

		runWithOperatorConfig(NOVEMBER_2026,
				working.arguments(List.of("list", "--spring.profiles.active=failing-start", "--debug")));
		assertThat(console.getAll()).contains(FailingStartConfiguration.WHY);
		Files.delete(failureLog(console.getAll()));
	}

	/**
	 * The logging, silenced while Spring Boot reports a failure, works again at once,
	 * also after a start that failed before the logging was set up.
	 */
	@Test
	void letsLogLinesThroughAgainAfterAFailedStart(CapturedOutput console) throws IOException {
		WorkingFolder working = WorkingFolder.shipped(this.folder);
		Files.writeString(this.folder.resolve("afile"), "x");

		int code = runWithOperatorConfig(NOVEMBER_2026,
				working.arguments(List.of("list", "--logging.file.name={folder}/afile/t.log")));
		// scheduler mode's logger, the one application.yml lets through
		LoggerFactory.getLogger("se.regionorebrolan.tillaggsbelopp.scheduling.Trigger").warn("logging again");

		assertThat(code).isEqualTo(2);
		assertThat(console.getAll()).contains("logging again");
	}

	/** The file the last failure's sentence names. */
	private static Path failureLog(String console) {
		Matcher sentence = Pattern
			.compile("Programmet avbröts av ett oväntat internt fel \\(detaljerna finns i (.+\\.log)\\): kör kommandot "
					+ "igen, och skicka filen till den som förvaltar programmet om felet kommer tillbaka\\.")
			.matcher(console);
		String found = null;
		while (sentence.find()) {
			found = sentence.group(1);
		}
		assertThat(found).as("the sentence in: " + console).isNotNull();
		Path log = Path.of(found);
		assertThat(log).hasParent(Path.of(System.getProperty("java.io.tmpdir")));
		return log;
	}

	/**
	 * A case refused with exit code 2 and the heading of a settings file that cannot be
	 * read.
	 */
	private static HostileCase edited(String name, WorkingFolder.SettingsEdit edit, String... messages) {
		List<String> expected = new ArrayList<>(List.of(REFUSED));
		expected.addAll(List.of(messages));
		return new HostileCase(name, folder -> folder.editSettings(edit), LIST, 2, expected);
	}

	/** A case refused after a file is appended to the settings file (from line 37). */
	private static HostileCase appended(String name, Path appended, String... messages) {
		List<String> expected = new ArrayList<>(List.of(REFUSED));
		expected.addAll(List.of(messages));
		return new HostileCase(name,
				folder -> Files.write(folder.settings(), Files.readAllBytes(appended), StandardOpenOption.APPEND), LIST,
				2, expected);
	}

	/** A case whose settings file is written as bytes. */
	private static HostileCase written(String name, Content content, String... messages) {
		List<String> expected = new ArrayList<>(List.of(REFUSED));
		expected.addAll(List.of(messages));
		return new HostileCase(name,
				folder -> Files.write(folder.settings(), content.of(Files.readString(folder.settings()))), LIST, 2,
				expected);
	}

	/**
	 * A case whose settings are read and used: list finds that nothing was calculated.
	 */
	private static HostileCase read(String name, HostileCase.Setup setup) {
		return read(name, List.of(), setup);
	}

	private static HostileCase read(String name, List<String> options, HostileCase.Setup setup) {
		List<String> arguments = new ArrayList<>(LIST);
		arguments.addAll(options);
		return new HostileCase(name, setup, arguments, 2, List.of(READ));
	}

	private static byte[] bytes(String text, Charset charset) {
		return text.getBytes(charset);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[4096];
		new SplittableRandom(14).nextBytes(bytes);
		bytes[0] = (byte) 0xC3;
		bytes[1] = (byte) 0x28;
		return bytes;
	}

	private static void fifo(Path file) throws IOException {
		assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "a POSIX file system");
		Files.delete(file);
		try {
			int exit = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start().waitFor();
			assertThat(exit).as("mkfifo").isZero();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static void link(Path file, Path target) throws IOException {
		assumeTrue(Files.exists(target), target + " exists");
		Files.delete(file);
		Files.createSymbolicLink(file, target);
	}

	/** A settings file as bytes, from the shipped one. */
	@FunctionalInterface
	private interface Content {

		byte[] of(String settings) throws IOException;

	}

}
