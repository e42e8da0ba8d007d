package se.regionorebrolan.tillaggsbelopp.version;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the versions and payment bases of each budget year live in the output folder:
 * {@code <year>/v<N>-<run id>/} and {@code <year>/utbetalning-<n>/}. The names follow
 * from what they hold, so a record needs no path: the registry finds every folder from
 * wherever the program is started, and the output folder can be moved whole.
 *
 * @param root the output folder ({@code tillagg.output-dir})
 */
public record OutputFolder(Path root) {

	public OutputFolder {
		Objects.requireNonNull(root, "root is required");
	}

	/** The folder of a budget year. */
	public Path year(int budgetYear) {
		return this.root.resolve(String.valueOf(budgetYear));
	}

	/** The folder of a version: {@code 2027/v2-85e563aeeaf1}, with the short run id. */
	public Path version(int budgetYear, int version, String identity) {
		return year(budgetYear).resolve("v" + version + "-" + identity.substring(0, 12));
	}

	/** The folder of a payment basis: {@code 2027/utbetalning-1}. */
	public Path payment(int budgetYear, int number) {
		return year(budgetYear).resolve("utbetalning-" + number);
	}

	/**
	 * A folder in the output folder as the registry writes it down: relative, with
	 * slashes.
	 */
	public String recorded(Path folder) {
		return this.root.relativize(folder).toString().replace('\\', '/');
	}

}
