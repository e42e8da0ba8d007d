package se.regionorebrolan.tillaggsbelopp.input;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A variable of SCB's population tables TAB638 and TAB5557, known by its code (the API's
 * JSON-stat and CSV with codes, PX's VARIABLECODE) or by its Swedish name (CSV with
 * texts, the web downloads, PX's STUB and HEADING), or both as PxWebApi writes "codes and
 * texts" ({@code Region - region}).
 */
enum ScbVariable {

	REGION("Region", "region"), CIVILSTAND("Civilstand", "civilstånd"), AGE("Alder", "ålder"), SEX("Kon", "kön"),
	CONTENT("ContentsCode", "tabellinnehåll"), YEAR("Tid", "år");

	private final String code;

	private final String text;

	ScbVariable(String code, String text) {
		this.code = code;
		this.text = text;
	}

	/** The variable a written name stands for, if it is one of these. */
	static Optional<ScbVariable> of(String written) {
		String[] parts = normalise(written).split(" - ", 2);
		return Arrays.stream(values())
			.filter(variable -> Arrays.stream(parts)
				.anyMatch(part -> part.equals(normalise(variable.code)) || part.equals(variable.text)))
			.findFirst();
	}

	/** Its code in the API, e.g. Alder. */
	String code() {
		return this.code;
	}

	/** Its Swedish name, e.g. ålder. */
	String text() {
		return this.text;
	}

	/**
	 * Lower case and composed (an å typed on a Mac is one character), outer quotes off.
	 */
	static String normalise(String written) {
		return Normalizer.normalize(written.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}
