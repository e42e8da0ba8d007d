package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;

/**
 * The decimal mark a table's numbers are written with: the point of a comma-separated
 * file, or the comma of Swedish Excel (a semicolon-separated file, and numbers stored as
 * text in a workbook). Messages name it and write their examples with it.
 */
enum DecimalMark {

	POINT('.', "punkt"),

	COMMA(',', "komma");

	private final char character;

	private final String name;

	DecimalMark(char character, String name) {
		this.character = character;
		this.name = name;
	}

	char character() {
		return this.character;
	}

	/** "med punkt som decimaltecken" or "med komma som decimaltecken", for messages. */
	String rule() {
		return "med " + this.name + " som decimaltecken";
	}

	/** An example number written with a point, as this mark writes it. */
	String example(String withPoint) {
		return withPoint.replace('.', this.character);
	}

	/** A number as this mark writes it, e.g. 36,5 for 36.5. */
	String write(BigDecimal number) {
		return example(number.toPlainString());
	}

}
