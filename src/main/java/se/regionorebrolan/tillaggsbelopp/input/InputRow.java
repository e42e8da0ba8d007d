package se.regionorebrolan.tillaggsbelopp.input;

import java.util.Objects;

/**
 * One row of an input file as a domain record, with the line it came from and its
 * {@code source} (where the figure comes from; empty when the file has no source column).
 */
public record InputRow<T>(int line, T value, String source) {

	public InputRow {
		Objects.requireNonNull(value, "value is required");
		Objects.requireNonNull(source, "source is required (may be empty)");
	}

}
