package se.regionorebrolan.tillaggsbelopp.version;

/**
 * A version's publication status: preliminary until published, final when published,
 * superseded when a later version is published in its place. At most one version of a
 * year is final.
 */
public enum RunStatus {

	PRELIMINAR("PRELIMINÄR"), SLUTLIG("SLUTLIG"), ERSATT("ERSATT");

	private final String label;

	RunStatus(String label) {
		this.label = label;
	}

	/** The word on every sheet and in the console, e.g. PRELIMINÄR. */
	public String label() {
		return this.label;
	}

	/**
	 * The status a label names, as a manifest records it.
	 * @throws IllegalArgumentException for a label of no status
	 */
	public static RunStatus ofLabel(String label) {
		for (RunStatus status : values()) {
			if (status.label.equals(label)) {
				return status;
			}
		}
		throw new IllegalArgumentException("unknown status " + label);
	}

	/** The word in file names: ASCII and lower case, e.g. preliminar. */
	public String fileWord() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
