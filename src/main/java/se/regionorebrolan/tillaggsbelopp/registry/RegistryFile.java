package se.regionorebrolan.tillaggsbelopp.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;

/**
 * Where the default registry lives: the H2 file database {@code <output>/registry/
 * tillaggsbelopp.mv.db}. Commands that work on versions calculated earlier ask whether it
 * exists before they open it, because opening creates it: a command started from the
 * wrong folder would otherwise leave an empty registry there and report "no versions" as
 * if the year had none.
 */
public final class RegistryFile {

	private RegistryFile() {
	}

	/**
	 * The default registry's file when it does not exist yet; empty when it exists or
	 * {@code tillagg.registry-url} names another database.
	 */
	public static Optional<Path> missing(TillaggProperties properties) {
		if (properties.registryUrl() != null) {
			return Optional.empty();
		}
		Path file = database(properties).resolveSibling("tillaggsbelopp.mv.db");
		return Files.exists(file) ? Optional.empty() : Optional.of(file);
	}

	/**
	 * A file where the program needs a folder, or a folder where it needs a file, in the
	 * output folder: {@code registry} a file, the registry's file a folder, the budget
	 * year's folder a file. Each a sentence naming the path; found before anything opens,
	 * since H2 would print its own stack trace and the job would fail halfway.
	 */
	public static List<String> inTheWay(TillaggProperties properties) {
		List<String> found = new ArrayList<>();
		if (properties.registryUrl() == null) {
			Path folder = database(properties).getParent();
			Path file = folder.resolve("tillaggsbelopp.mv.db");
			if (Files.exists(folder) && !Files.isDirectory(folder)) {
				found.add(folder + " är en fil, men registret ligger i en mapp med det namnet; flytta undan filen "
						+ "eller byt namn på den");
			}
			else if (Files.isDirectory(file)) {
				found.add(file + " är en mapp, inte registrets fil; flytta undan mappen, och återställ registret ur "
						+ "säkerhetskopian om det behövs (docs/operations.md)");
			}
		}
		if (properties.budgetYear() != null) {
			Path year = properties.outputDir().toAbsolutePath().normalize().resolve(properties.budgetYear().toString());
			if (Files.exists(year) && !Files.isDirectory(year)) {
				found.add(year + " är en fil, men budgetåret " + properties.budgetYear()
						+ ":s versioner ligger i en mapp med det namnet; flytta undan filen eller byt namn på den");
			}
		}
		return found;
	}

	/**
	 * Moves the default registry's file aside, to be kept, under a name that says when:
	 * {@code tillaggsbelopp.mv.db.oläsbart-20270115-060000}.
	 * @return where it was moved
	 */
	public static Path moveAside(TillaggProperties properties, Clock clock) throws IOException {
		Path file = database(properties).resolveSibling("tillaggsbelopp.mv.db");
		Path aside = file.resolveSibling(file.getFileName() + ".oläsbart-"
				+ DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(clock)));
		return Files.move(file, aside);
	}

	/** The default registry's database path, without H2's file suffix. */
	static Path database(TillaggProperties properties) {
		return properties.outputDir().toAbsolutePath().normalize().resolve("registry").resolve("tillaggsbelopp");
	}

}
