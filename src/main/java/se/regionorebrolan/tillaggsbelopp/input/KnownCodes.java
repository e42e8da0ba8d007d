package se.regionorebrolan.tillaggsbelopp.input;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * The kommunkoder listed in municipalities.csv, which the other files' codes must be
 * among. A code counts as listed even when its row is rejected for another reason (an
 * empty name), and when municipalities.csv cannot be read at all every code passes: one
 * problem is reported for that file instead of one for every row of the others.
 */
final class KnownCodes {

	private final Optional<Set<String>> codes;

	private KnownCodes(Optional<Set<String>> codes) {
		this.codes = codes;
	}

	static KnownCodes of(Set<String> codes) {
		return new KnownCodes(Optional.of(Set.copyOf(codes)));
	}

	/**
	 * The well-formed codes of municipalities.csv, or any code when it could not be read.
	 */
	static KnownCodes listedIn(Table municipalities, String codeColumn) {
		if (!municipalities.readable()) {
			return new KnownCodes(Optional.empty());
		}
		return of(municipalities.dataRows()
			.stream()
			.map(row -> row.raw(codeColumn))
			.filter(Municipality::isCode)
			.collect(Collectors.toSet()));
	}

	boolean contains(String code) {
		return this.codes.map(listed -> listed.contains(code)).orElse(true);
	}

}
