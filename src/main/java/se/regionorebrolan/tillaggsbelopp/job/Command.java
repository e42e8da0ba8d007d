package se.regionorebrolan.tillaggsbelopp.job;

/**
 * One thing the program does, chosen by the first word on the command line (run, publish,
 * list, compare, verify, payment, info, templates, import-scb). Its options are
 * {@code tillagg.*} properties.
 */
interface Command {

	/** The word that chooses it. */
	String name();

	ExitCode execute() throws Exception;

	/**
	 * Whether it works on versions calculated earlier, which are in the registry: then a
	 * missing registry means the output folder is not the one the runs were written to.
	 */
	default boolean readsCalculatedVersions() {
		return false;
	}

}
