package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which settings files Spring Boot would read, found before it starts, and what makes a
 * file unreadable (issue 14, items 2 and 3).
 */
class SettingsFilesTests {

	private static final String TAB = "tillagg:\n\tbudget-year: 2027\n";

	private static final String TAB_PROBLEM = " rad 2, kolumn 1: tabbtecken i indraget; YAML tillåter bara "
			+ "mellanslag där – byt tabbtecknet mot mellanslag, lika många som på raderna ovanför";

	@TempDir
	Path folder;

	@Test
	void readsTheDefaultPlacesOfTheWorkingFolder() {
		// The project's own config/application.yml, the shipped settings.
		assertThat(problems()).isEmpty();
	}

	@Test
	void readsTheWorkingFolderOfTillaggHomeInsteadOfTheDirectoryItIsStartedIn() throws IOException {
		Path inHome = write("config/application.yml", TAB);

		assertThat(problems("--tillagg.home=" + this.folder)).containsExactly(inHome + TAB_PROBLEM);
		assertThat(problems(Map.of("TILLAGG_HOME", this.folder.toString()))).containsExactly(inHome + TAB_PROBLEM);
		// an explicit place still wins, as in HomeFolderSettings
		assertThat(problems("--tillagg.home=" + this.folder, "--spring.config.location=classpath:/application.yml"))
			.isEmpty();
	}

	@Test
	void readsTheFilesAndFoldersOfSpringConfigLocation() throws IOException {
		Path file = write("a.yml", TAB);
		Path inFolder = write("config/application.yml", TAB);

		assertThat(problems("--spring.config.location=file:" + file)).containsExactly(file + TAB_PROBLEM);
		assertThat(problems("--spring.config.location=" + file)).containsExactly(file + TAB_PROBLEM);
		assertThat(problems("--spring.config.location=optional:file:" + this.folder + "/config/"))
			.containsExactly(inFolder + TAB_PROBLEM);
		assertThat(problems("--spring.config.location=classpath:/application.yml;file:" + this.folder + "/config/*/"))
			.isEmpty();
	}

	@Test
	void readsEveryFolderOfAWildcardAndTheProfilesVariants() throws IOException {
		Path wildcard = write("config/extra/application.yml", TAB);
		Path profile = write("config/application-prov.yml", TAB);
		String location = "--spring.config.location=file:" + this.folder + "/config/*/,file:" + this.folder
				+ "/config/";

		assertThat(problems(location)).containsExactly(wildcard + TAB_PROBLEM);
		assertThat(problems(location, "--spring.profiles.active=prov")).containsExactly(wildcard + TAB_PROBLEM,
				profile + TAB_PROBLEM);
	}

	@Test
	void namesWhereAPlaceThatDoesNotExistWasGiven() {
		String missing = this.folder.resolve("saknas.yml").toString();

		assertThat(problems("--spring.config.location=file:" + missing))
			.containsExactly("kommandoraden (--spring.config.location): filen " + missing + " finns inte; ange en fil "
					+ "som finns, eller skriv optional:file:" + missing + " om den får saknas");
		assertThat(problems("--spring.config.location=optional:file:" + missing)).isEmpty();
		assertThat(problems(Map.of("SPRING_CONFIG_ADDITIONALLOCATION", "file:" + this.folder + "/saknas/")))
			.containsExactly("miljövariabeln SPRING_CONFIG_ADDITIONALLOCATION: mappen " + this.folder
					+ "/saknas/ finns " + "inte; ange en mapp som finns, eller skriv optional:file:" + this.folder
					+ "/saknas/ om den får " + "saknas");
		assertThat(problems("--spring.config.location=classpath:/saknas.yml"))
			.containsExactly("kommandoraden (--spring.config.location): classpath:/saknas.yml finns inte i programmet; "
					+ "ange en fil med file:<sökväg>");
		assertThat(problems("--spring.config.import=configtree:" + this.folder + "/hemligheter/"))
			.containsExactly("kommandoraden (--spring.config.import): mappen " + this.folder
					+ "/hemligheter/ finns inte; " + "ange en mapp som finns, eller skriv optional:configtree:"
					+ this.folder + "/hemligheter/ om den " + "får saknas");
		assertThat(problems("--spring.config.import=http://example.com/a.yml"))
			.containsExactly("kommandoraden (--spring.config.import): http://example.com/a.yml: okänd sorts plats; "
					+ "skriv file:<sökväg> eller optional:file:<sökväg>");
	}

	@Test
	void takesTheCommandLineBeforeTheSystemPropertiesAndTheEnvironment() throws IOException {
		Path file = write("a.yml", TAB);
		Properties system = new Properties();
		system.setProperty("spring.config.location", "file:" + this.folder + "/saknas.yml");

		assertThat(SettingsFiles.problems(new SpringSettings(List.of("--spring.config.location=file:" + file), system,
				Map.of("SPRING_CONFIG_LOCATION", "x"))))
			.extracting(InputProblem::toString)
			.containsExactly(file + TAB_PROBLEM);
		assertThat(SettingsFiles.problems(new SpringSettings(List.of(), system, Map.of())))
			.extracting(InputProblem::toString)
			.singleElement()
			.asString()
			.startsWith("systemegenskapen -Dspring.config.location: filen ");
	}

	@Test
	void refusesAFolderWithoutTheSlashThatMakesItOne() {
		assertThat(problems("--spring.config.location=file:" + this.folder))
			.containsExactly("kommandoraden (--spring.config.location): " + this.folder + " är en mapp; skriv file:"
					+ this.folder + "/ (med / på slutet) för att läsa application.yml i den, eller ange filen");
	}

	@Test
	void refusesAnotherKindOfFile() throws IOException {
		Path text = write("inställningar.txt", "tillagg:\n");

		assertThat(problems("--spring.config.location=file:" + text))
			.containsExactly("kommandoraden (--spring.config.location): " + text + ": förväntat en inställningsfil som "
					+ "slutar på .yml, .yaml eller .properties");
	}

	@Test
	void followsImportsFromTheImportingFilesFolderAndStopsAtACycle() throws IOException {
		Path first = write("a.yml", "spring:\n  config:\n    import: sub/b.yml, optional:saknas.yml\n");
		Path second = write("sub/b.yml", "spring.config.import: ../a.yml, c.yml\n");
		Path third = write("sub/c.yml", TAB);

		assertThat(problems("--spring.config.location=file:" + first)).containsExactly(third + TAB_PROBLEM);
		write("sub/b.yml", "spring.config.import: saknas.yml\n");
		assertThat(problems("--spring.config.location=file:" + first))
			.containsExactly(second + " rad 1 (spring.config.import): filen " + this.folder.resolve("sub/saknas.yml")
					+ " finns inte; ange en fil som finns, eller skriv optional:file:"
					+ this.folder.resolve("sub/saknas.yml") + " om den får saknas");
	}

	@Test
	void readsAPropertiesFileAndItsImports() throws IOException {
		Path properties = write("a.properties", "spring.config.import=b.yml\n");
		Path imported = write("b.yml", TAB);

		assertThat(problems("--spring.config.additional-location=file:" + properties))
			.containsExactly(imported + TAB_PROBLEM);
	}

	@Test
	void refusesWhatIsNoRegularFileWithoutOpeningIt() throws Exception {
		assumeTrue(Files.getFileStore(this.folder).supportsFileAttributeView("posix"), "a POSIX file system");
		Path fifo = this.folder.resolve("fifo.yml");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
		Path zero = Files.createSymbolicLink(this.folder.resolve("noll.yml"), Path.of("/dev/zero"));

		assertThat(problems("--spring.config.location=file:" + fifo + ",file:" + zero)).containsExactly(
				fifo + ": är ingen vanlig fil utan en namngiven pipe (FIFO); ange en vanlig textfil",
				zero + ": är ingen vanlig fil utan en enhet (/dev/zero); ange en vanlig textfil");
	}

	@Test
	void refusesAFileLargerThanOneMegabyte() throws IOException {
		Path large = write("stor.yml", "#".repeat(1024 * 1024) + "\n");

		assertThat(problems("--spring.config.location=file:" + large)).containsExactly(large
				+ ": filen är 1 048 577 byte, mer än 1 MB; en inställningsfil är några kilobyte – är det rätt fil?");
	}

	private Path write(String name, String text) throws IOException {
		Path file = this.folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}

	private static List<String> problems(String... args) {
		return SettingsFiles.problems(new SpringSettings(List.of(args), new Properties(), Map.of()))
			.stream()
			.map(InputProblem::toString)
			.toList();
	}

	private static List<String> problems(Map<String, String> environment) {
		return SettingsFiles.problems(new SpringSettings(List.of(), new Properties(), environment))
			.stream()
			.map(InputProblem::toString)
			.toList();
	}

}
