package se.regionorebrolan.tillaggsbelopp.parameters;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the program can write in a folder, or create it, checked on the file system as
 * it is when the program starts and without creating anything.
 */
public final class WritableFolder {

	private WritableFolder() {
	}

	/**
	 * Why the folder can neither be used nor created, or nothing, e.g.
	 * {@code /srv/t/afile är en fil, inte en mapp}.
	 */
	public static Optional<String> problem(Path folder) {
		try {
			Path absolute = folder.toAbsolutePath().normalize();
			for (Path part = absolute; part != null; part = part.getParent()) {
				if (Files.isDirectory(part)) {
					if (Files.isWritable(part)) {
						return Optional.empty();
					}
					return Optional.of(part + " går inte att skriva i (skrivskyddad, eller den här användaren "
							+ "saknar skrivrätt)"
							+ (part.equals(absolute) ? "" : ", så " + absolute + " kan inte skapas"));
				}
				if (Files.exists(part)) {
					return Optional.of(part + " är en fil, inte en mapp");
				}
			}
			return Optional.empty();
		}
		catch (InvalidPathException | SecurityException ex) {
			return Optional.of(folder + " är ingen giltig sökväg");
		}
	}

}
