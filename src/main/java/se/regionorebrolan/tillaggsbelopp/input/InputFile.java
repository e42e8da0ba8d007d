package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.Objects;

/**
 * One input file as read: its name, the SHA-256 of its bytes (hex) and its rows.
 */
public record InputFile<T>(String name, String sha256, List<InputRow<T>> rows) {

	public InputFile {
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(sha256, "sha256 is required");
		rows = List.copyOf(rows);
	}

	/** The domain records, in file order. */
	public List<T> values() {
		return this.rows.stream().map(InputRow::value).toList();
	}

}
