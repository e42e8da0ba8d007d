package se.regionorebrolan.tillaggsbelopp.registry;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Another run holds the registry: H2 lets one process open a file database at a time,
 * which is what keeps two runs from writing at once. The message tells the finance
 * officer what to do.
 */
public final class RegistryBusyException extends RuntimeException {

	/** H2's error code for "Database may be already in use". */
	private static final int DATABASE_ALREADY_OPEN = 90020;

	private RegistryBusyException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Gets something that opens the registry, turning "already in use" into this
	 * exception.
	 */
	public static <T> T guard(Supplier<T> opening) {
		try {
			return opening.get();
		}
		catch (RuntimeException ex) {
			throw ifBusy(ex);
		}
	}

	/**
	 * This exception in place of a failure whose cause is that the registry is open in
	 * another process; the failure itself otherwise.
	 */
	public static RuntimeException ifBusy(RuntimeException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
				return new RegistryBusyException(
						"En annan körning använder registret just nu (databasen är öppen i en "
								+ "annan process); inget har skrivits. Vänta tills den är klar och kör kommandot igen.",
						failure);
			}
		}
		return failure;
	}

}
