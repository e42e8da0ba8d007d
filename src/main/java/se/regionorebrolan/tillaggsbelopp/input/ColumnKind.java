package se.regionorebrolan.tillaggsbelopp.input;

/**
 * What an input column holds, which decides how the workbooks write it and how a
 * comparison shows a change in it.
 */
public enum ColumnKind {

	/** A four-digit kommunkod, kept as text so that a leading zero stays. */
	CODE,
	/** A text, e.g. a name. */
	TEXT,
	/** A date, ÅÅÅÅ-MM-DD. */
	DATE,
	/** A whole number of people. */
	COUNT,
	/** A year. */
	YEAR,
	/** A care category, 1 to 4. */
	CATEGORY,
	/** A distance in kilometres, decimals allowed. */
	KILOMETRES,
	/** A percentage, as a number (3.4 for 3,4 %). */
	PERCENT,
	/** An amount in kronor with öre. */
	KRONOR,
	/** Outcome or forecast (utfall or prognos). */
	GROWTH_KIND,
	/** Where a figure comes from. */
	SOURCE

}
