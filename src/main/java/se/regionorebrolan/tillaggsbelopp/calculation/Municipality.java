package se.regionorebrolan.tillaggsbelopp.calculation;

import java.util.Objects;

/**
 * Kommun: a municipality identified by its official four-digit kommunkod.
 *
 * @param code the kommunkod, always four digits as text (leading zeros exist, e.g. 0114)
 * @param name the municipality's name, e.g. Örebro
 * @param centralTown the centralort whose distance to a hospital decides the distance
 * compensation
 */
public record Municipality(String code, String name, String centralTown) {

	public Municipality {
		requireCode(code);
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(centralTown, "centralTown is required");
	}

	/** Checks that a kommunkod is exactly four digits. */
	public static void requireCode(String code) {
		Objects.requireNonNull(code, "municipality code is required");
		if (!isCode(code)) {
			throw new IllegalArgumentException("municipality code must be four digits: '" + code + "'");
		}
	}

	/** Tells whether a text is a well-formed kommunkod (four digits). */
	public static boolean isCode(String text) {
		return text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

}
