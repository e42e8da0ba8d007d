package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.Objects;

/**
 * One input file as read: its name, the SHA-256 of its bytes (hex), how it was read and
 * its rows.
 *
 * @param readAs the encoding and dialect the file was read with, e.g. "UTF-8, komma" or
 * "Windows-1252, semikolon, decimalkomma"; empty when it could not be read
 */
public record InputFile<T>(String name, String sha256, String readAs, List<InputRow<T>> rows) {

	public InputFile {
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(sha256, "sha256 is required");
		Objects.requireNonNull(readAs, "readAs is required (may be empty)");
		rows = List.copyOf(rows);
	}

	/** The domain records, in file order. */
	public List<T> values() {
		return this.rows.stream().map(InputRow::value).toList();
	}

}
