package se.regionorebrolan.tillaggsbelopp.input;

/**
 * Where a value of an SCB file is, for messages: a line of a CSV or PX file, or, in
 * JSON-stat, which has no lines worth naming, the value's position and categories.
 *
 * @param file the file name
 * @param line the line, or 0 in JSON-stat
 * @param where the value in words when there is no line, e.g.
 * {@code värde nr 6 (1814 Lekeberg, 2 år, kvinnor, 2023)}
 */
record ScbPlace(String file, int line, String where) {

	static ScbPlace line(String file, int line) {
		return new ScbPlace(file, line, "");
	}

	/** A problem with the value written in a column (a variable, or a count). */
	InputProblem problem(String column, String value, String message) {
		if (this.line > 0) {
			return InputProblem.ofField(this.file, this.line, column, value, message);
		}
		return InputProblem.ofFile(this.file,
				this.where + (column.isEmpty() ? "" : ", " + column) + ": värdet \"" + value + "\" – " + message);
	}

	/** A problem with the whole row or value. */
	InputProblem problem(String message) {
		if (this.line > 0) {
			return InputProblem.ofLine(this.file, this.line, message);
		}
		return InputProblem.ofFile(this.file, this.where + ": " + message);
	}

	/** The place in words within its file, e.g. "rad 17". */
	String within() {
		return (this.line > 0) ? "rad " + this.line : this.where;
	}

}
