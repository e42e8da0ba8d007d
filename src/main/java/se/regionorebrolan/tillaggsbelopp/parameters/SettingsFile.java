package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * One settings file read as Spring Boot will read it: a regular, readable file (a pipe
 * would make the start wait for ever, {@code /dev/zero} would fill the memory) of at most
 * {@value #MAX_BYTES} bytes, in its encoding ({@link SettingsText}), and valid YAML
 * within limits ({@link SettingsYaml}).
 */
final class SettingsFile {

	/** A settings file is a few kilobytes; a larger one is the wrong file. */
	static final long MAX_BYTES = 1024 * 1024;

	private static final String IMPORT = "spring.config.import";

	private SettingsFile() {
	}

	/**
	 * The places the file imports, relative to its folder.
	 * @throws SettingsException with the file's problem
	 */
	static List<SettingsFiles.Location> imports(Path path) {
		String file = path.toString();
		Path folder = path.toAbsolutePath().getParent();
		try {
			byte[] bytes = contents(file, path);
			if (path.toString().toLowerCase(Locale.ROOT).endsWith(".properties")) {
				return imports(file, SettingsText.properties(file, bytes), folder);
			}
			return imports(SettingsYaml.read(file, SettingsText.yaml(file, bytes)), file, folder);
		}
		catch (AccessDeniedException ex) {
			throw new SettingsException(InputProblem.ofFile(file,
					"filen får inte läsas av den här användaren; ändra behörigheten eller ange en annan fil"));
		}
		catch (IOException ex) {
			throw new SettingsException(InputProblem.ofFile(file,
					"filen kunde inte läsas; kontrollera att den är en vanlig textfil som går att öppna"));
		}
	}

	/** The bytes of a regular file of at most {@link #MAX_BYTES}, never more. */
	private static byte[] contents(String file, Path path) throws IOException {
		if (!Files.isRegularFile(path)) {
			throw new SettingsException(InputProblem.ofFile(file, SpecialFile.describe(path)));
		}
		if (!Files.isReadable(path)) {
			throw new AccessDeniedException(file);
		}
		try (InputStream in = Files.newInputStream(path)) {
			byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new SettingsException(InputProblem.ofFile(file,
						"filen är " + String.format(Locale.ROOT, "%,d", Files.size(path)).replace(',', ' ')
								+ " byte, mer än 1 MB; en inställningsfil är några kilobyte – är det rätt fil?"));
			}
			return bytes;
		}
	}

	private static List<SettingsFiles.Location> imports(List<SettingsYaml.Value> values, String file, Path folder) {
		List<SettingsFiles.Location> imports = new ArrayList<>();
		for (SettingsYaml.Value value : values) {
			if (value.name().replace("-", "").toLowerCase(Locale.ROOT).matches("spring\\.config\\.import(\\[\\d+])?")) {
				String where = file + " rad " + (value.mark().getLine() + 1) + " (" + IMPORT + ")";
				SpringSettings.split(value.value())
					.forEach(item -> imports.add(new SettingsFiles.Location(item, where, folder)));
			}
		}
		return imports;
	}

	private static List<SettingsFiles.Location> imports(String file, String text, Path folder) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(text));
		String imported = properties.getProperty(IMPORT);
		if (imported == null) {
			return List.of();
		}
		String where = file + " (" + IMPORT + ")";
		return SpringSettings.split(imported)
			.stream()
			.map(item -> new SettingsFiles.Location(item, where, folder))
			.toList();
	}

}
