package se.regionorebrolan.tillaggsbelopp.archive;

import java.util.List;

/**
 * The registry does not know folders that the output folder holds: it was restored from
 * an older backup, damaged or deleted. Numbering versions or payment bases from it would
 * write a second v1 beside the first, so nothing is written until it is rebuilt.
 */
public final class RegistryMismatchException extends RuntimeException {

	private final List<String> differences;

	RegistryMismatchException(List<String> differences) {
		super("the registry does not know " + differences.size() + " folders of the output folder");
		this.differences = List.copyOf(differences);
	}

	/** One Swedish line per folder the registry does not know. */
	public List<String> differences() {
		return this.differences;
	}

}
