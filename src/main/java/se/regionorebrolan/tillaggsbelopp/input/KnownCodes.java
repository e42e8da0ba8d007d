package se.regionorebrolan.tillaggsbelopp.input;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * The kommunkoder listed in municipalities.csv (or the sheet Kommuner), which the other
 * tables' codes must be among. A code counts as listed even when its row is rejected for
 * another reason (an empty name), and when municipalities.csv cannot be read at all every
 * code passes: one problem is reported for that file instead of one for every row of the
 * others.
 */
final class KnownCodes {

	private final Optional<Set<String>> codes;

	private final String listing;

	private KnownCodes(Optional<Set<String>> codes, String listing) {
		this.codes = codes;
		this.listing = listing;
	}

	/** The codes of municipalities.csv. */
	static KnownCodes of(Set<String> codes) {
		return of(codes, MunicipalitiesCsv.TABLE.fileName());
	}

	private static KnownCodes of(Set<String> codes, String listing) {
		return new KnownCodes(Optional.of(Set.copyOf(codes)), listing);
	}

	/**
	 * The well-formed codes of municipalities.csv, or any code when it could not be read.
	 */
	static KnownCodes listedIn(Table municipalities, String codeColumn) {
		String listing = municipalities.place().described();
		if (!municipalities.readable()) {
			return new KnownCodes(Optional.empty(), listing);
		}
		return of(municipalities.dataRows()
			.stream()
			.map(row -> row.raw(codeColumn))
			.filter(Municipality::isCode)
			.collect(Collectors.toSet()), listing);
	}

	/**
	 * Where the codes are listed, as a message names it: "municipalities.csv" or "bladet
	 * Kommuner".
	 */
	String listing() {
		return this.listing;
	}

	boolean contains(String code) {
		return this.codes.map(listed -> listed.contains(code)).orElse(true);
	}

}
