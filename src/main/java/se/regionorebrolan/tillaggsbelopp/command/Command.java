package se.regionorebrolan.tillaggsbelopp.command;

import java.util.List;

/**
 * One thing the program does, chosen by the first word on the command line (run, publish,
 * list, compare, verify, payment, info, templates, import-scb). Its options are
 * {@code tillagg.*} properties.
 */
interface Command {

	/** The word that chooses it. */
	String name();

	/** What it does, in one Swedish line for {@code --help}. */
	String summary();

	ExitCode execute() throws Exception;

	/**
	 * The {@code tillagg.*} parameters it reads, without the prefix, beside those every
	 * command takes ({@link UnusedOptions#COMMON}); a group such as {@code advanced}
	 * stands for all its parameters. Any other given on the command line is refused,
	 * because the command would do its work without it.
	 */
	List<String> options();

	/**
	 * One example of what follows the program's name on the command line, for the
	 * command's help: {@code publish --tillagg.budget-year=2027 --tillagg.version=2}.
	 */
	String example();

	/**
	 * What the command line lacks that the command needs, one Swedish line each; checked
	 * before anything is opened.
	 */
	default List<String> incomplete() {
		return List.of();
	}

	/**
	 * Why an option the command does not read cannot be meant, when there is more to say.
	 */
	default String withoutOptions() {
		return "";
	}

	/**
	 * Whether it works on versions calculated earlier, which are in the registry: then a
	 * missing registry means the output folder is not the one the runs were written to.
	 */
	default boolean readsCalculatedVersions() {
		return false;
	}

	/**
	 * Whether it writes versions, statuses or payment bases, which a registry that does
	 * not know the output folder's folders would number or record wrongly.
	 */
	default boolean writesVersions() {
		return false;
	}

	/**
	 * Whether it works in the output folder (most commands): then a file or folder in the
	 * way there is refused before it starts.
	 */
	default boolean usesOutputFolder() {
		return true;
	}

}
