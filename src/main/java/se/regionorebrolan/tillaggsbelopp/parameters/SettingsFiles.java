package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Checks, before Spring Boot starts, every settings file it would read: the default
 * places ({@code ./application.yml}, {@code ./config/application.yml} and
 * {@code ./config/*}{@code /}), those named by {@code spring.config.location},
 * {@code spring.config.additional-location} and {@code spring.config.import} (on the
 * command line, as a system property, in the environment or, for imports, in a settings
 * file), with their profile variants. Each must be a regular, readable file of at most 1
 * MB (a pipe would make the start wait for ever, {@code /dev/zero} would fill the
 * memory), in its encoding, and valid YAML within limits ({@link SettingsYaml}). The
 * program's own {@code classpath:} files are trusted. Spring Boot would otherwise stop
 * with SnakeYAML's English stack trace, hang, or run out of memory.
 */
public final class SettingsFiles {

	private static final List<String> DEFAULT_LOCATIONS = List.of("optional:classpath:/", "optional:classpath:/config/",
			"optional:file:./", "optional:file:./config/", "optional:file:./config/*/");

	private static final List<String> EXTENSIONS = List.of(".properties", ".yaml", ".yml");

	private static final String OPTIONAL = "optional:";

	private static final String CLASSPATH = "classpath:";

	private static final String FILE = "file:";

	private static final String CONFIG_TREE = "configtree:";

	private final SpringSettings settings;

	private final List<String> names;

	private final List<String> profiles;

	private final List<InputProblem> problems = new ArrayList<>();

	private final Set<Path> checked = new HashSet<>();

	private final Deque<Location> pending = new ArrayDeque<>();

	private SettingsFiles(SpringSettings settings) {
		this.settings = settings;
		this.names = settings.list("spring.config.name").orElse(List.of("application"));
		List<String> active = new ArrayList<>(settings.list("spring.profiles.active").orElse(List.of()));
		active.addAll(settings.list("spring.profiles.include").orElse(List.of()));
		this.profiles = active.isEmpty() ? List.of("default") : active;
	}

	/**
	 * The problems of the settings files for these arguments, in this JVM and
	 * environment.
	 */
	public static List<InputProblem> problems(String... args) {
		return problems(SpringSettings.of(args, System.getProperties(), System.getenv()));
	}

	static List<InputProblem> problems(SpringSettings settings) {
		return new SettingsFiles(settings).check();
	}

	private List<InputProblem> check() {
		this.settings.locations("spring.config.location")
			.ifPresentOrElse(this.pending::addAll,
					() -> defaultLocations().forEach(value -> this.pending.add(new Location(value, "", null))));
		this.settings.locations("spring.config.additional-location").ifPresent(this.pending::addAll);
		this.settings.locations("spring.config.import").ifPresent(this.pending::addAll);
		while (!this.pending.isEmpty()) {
			resolve(this.pending.poll());
		}
		return List.copyOf(this.problems);
	}

	/**
	 * Spring Boot's places to look; with {@code tillagg.home} given (the launcher gives
	 * it), those of that working folder, which {@link HomeFolderSettings} has Spring Boot
	 * read instead.
	 */
	private List<String> defaultLocations() {
		try {
			return this.settings.value(HomeFolder.PROPERTY)
				.map(home -> Path.of(home).toAbsolutePath().normalize())
				.map(home -> List.of("optional:classpath:/", "optional:classpath:/config/",
						"optional:file:" + home + java.io.File.separator,
						"optional:file:" + home.resolve("config") + java.io.File.separator))
				.orElse(DEFAULT_LOCATIONS);
		}
		catch (InvalidPathException ex) {
			// tillagg.home itself is refused with its value once Spring Boot has started
			return DEFAULT_LOCATIONS;
		}
	}

	private void resolve(Location location) {
		String value = location.value().strip();
		boolean optional = value.startsWith(OPTIONAL);
		value = optional ? value.substring(OPTIONAL.length()) : value;
		if (value.isEmpty()) {
			return;
		}
		if (value.startsWith(CONFIG_TREE)) {
			configTree(value.substring(CONFIG_TREE.length()), optional, location.where());
			return;
		}
		if (value.startsWith(CLASSPATH)) {
			classpath(value.substring(CLASSPATH.length()), optional, location.where());
			return;
		}
		boolean fixed = value.startsWith(FILE);
		if (!fixed && value.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
			problem(location.where(), value + ": okänd sorts plats; skriv file:<sökväg> eller optional:file:<sökväg>");
			return;
		}
		path(location, fixed ? value.substring(FILE.length()) : value, optional, fixed);
	}

	/**
	 * A path with {@code file:} is read from the working folder, one without from the
	 * folder of the file that imports it (as Spring Boot does).
	 */
	private void path(Location location, String value, boolean optional, boolean fixed) {
		try {
			Path path = (location.base() != null && !fixed) ? location.base().resolve(value) : Path.of(value);
			String where = location.where().isEmpty() ? path.normalize().toString() : location.where();
			if (value.endsWith("*/")) {
				wildcard(path.getParent(), where);
			}
			else if (value.endsWith("/") || value.endsWith(java.io.File.separator)) {
				directory(path.normalize(), optional, where);
			}
			else {
				file(path.normalize(), optional, where);
			}
		}
		catch (InvalidPathException ex) {
			problem(location.where(), value + ": ingen giltig sökväg");
		}
	}

	/** {@code config/*}{@code /}: every folder in config. */
	private void wildcard(@Nullable Path parent, String where) {
		if (parent == null || !Files.isDirectory(parent)) {
			return;
		}
		try (var folders = Files.list(parent)) {
			folders.filter(Files::isDirectory).sorted().forEach(folder -> directory(folder.normalize(), true, where));
		}
		catch (IOException ex) {
			problem(where, parent + ": mappen kan inte läsas");
		}
	}

	private void directory(Path folder, boolean optional, String where) {
		if (!Files.isDirectory(folder)) {
			if (!optional) {
				problem(where, "mappen " + folder + "/ finns inte; ange en mapp som finns, eller skriv optional:file:"
						+ folder + "/ om den får saknas");
			}
			return;
		}
		for (String name : this.names) {
			for (String variant : variants(name)) {
				for (String extension : EXTENSIONS) {
					file(folder.resolve(variant + extension), true, where);
				}
			}
		}
	}

	private List<String> variants(String name) {
		List<String> variants = new ArrayList<>(List.of(name));
		this.profiles.forEach(profile -> variants.add(name + "-" + profile));
		return variants;
	}

	private void file(Path path, boolean optional, String where) {
		if (Files.isDirectory(path)) {
			problem(where, path + " är en mapp; skriv file:" + path + "/ (med / på slutet) för att läsa "
					+ "application.yml i den, eller ange filen");
			return;
		}
		if (!Files.exists(path)) {
			if (!optional) {
				problem(where, "filen " + path + " finns inte; ange en fil som finns, eller skriv optional:file:" + path
						+ " om den får saknas");
			}
			return;
		}
		String lower = path.toString().toLowerCase(Locale.ROOT);
		if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
			problem(where, path + ": förväntat en inställningsfil som slutar på .yml, .yaml eller .properties");
			return;
		}
		if (this.checked.add(path.toAbsolutePath())) {
			read(path);
		}
	}

	private void read(Path path) {
		try {
			this.pending.addAll(SettingsFile.imports(path));
		}
		catch (SettingsException ex) {
			this.problems.addAll(ex.problems());
		}
	}

	/** A folder with a file per setting (Kubernetes); the files are values, not YAML. */
	private void configTree(String folder, boolean optional, String where) {
		try {
			if (!optional && !Files.isDirectory(Path.of(folder))) {
				problem(where, "mappen " + folder + " finns inte; ange en mapp som finns, eller skriv "
						+ "optional:configtree:" + folder + " om den får saknas");
			}
		}
		catch (InvalidPathException ex) {
			problem(where, folder + ": ingen giltig sökväg");
		}
	}

	private void classpath(String resource, boolean optional, String where) {
		String name = resource.startsWith("/") ? resource.substring(1) : resource;
		if (!optional && !name.isEmpty() && !name.endsWith("/")
				&& SettingsFiles.class.getClassLoader().getResource(name) == null) {
			problem(where, "classpath:" + resource + " finns inte i programmet; ange en fil med file:<sökväg>");
		}
	}

	private void problem(String where, String message) {
		this.problems.add(InputProblem.ofFile(where, message));
	}

	/**
	 * A place settings are read from, where it was given, and the folder a relative
	 * import is read from.
	 */
	record Location(String value, String where, @Nullable Path base) {
	}

}
