package se.regionorebrolan.tillaggsbelopp.archive;

/**
 * A run folder cannot be used to reproduce its run: the manifest is missing or
 * unreadable, or the archived input differs from what the manifest records. The message
 * is in Swedish.
 */
public final class ArchiveException extends RuntimeException {

	public ArchiveException(String message) {
		super(message);
	}

}
