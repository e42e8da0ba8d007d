package se.regionorebrolan.tillaggsbelopp.registry;

import se.regionorebrolan.tillaggsbelopp.program.Failures;

/**
 * The registry's database cannot be opened for another reason than another process
 * holding it: the file is damaged or is no H2 database, or a database server does not
 * answer. The message tells the finance officer what to do.
 */
public final class RegistryUnreadableException extends RuntimeException {

	RegistryUnreadableException(String location, Throwable cause) {
		super(message(location, cause), cause);
	}

	private static String message(String location, Throwable cause) {
		if (Failures.isDiskFull(cause)) {
			return "Registret (" + location + ") kan inte öppnas: " + Failures.describe(cause) + ". Inget skrevs.";
		}
		if (location.regionMatches(true, 0, "jdbc:h2:tcp:", 0, 12)
				|| location.regionMatches(true, 0, "jdbc:h2:ssl:", 0, 12)) {
			return "Registret (" + location + ") kan inte öppnas: databasservern svarar inte eller tar inte emot "
					+ "anslutningen. Inget skrevs. Kontrollera att servern är igång och att adressen stämmer, och kör "
					+ "samma kommando igen.";
		}
		return "Registret (" + location + ") kan inte öppnas; filen kan vara skadad eller ingen registerfil. Inget "
				+ "skrevs. Återställ registret ur säkerhetskopian, eller bygg upp det igen ur utmatningsmappens mappar "
				+ "med kommandot rebuild-registry (docs/operations.md, Backup and restore).";
	}

}
