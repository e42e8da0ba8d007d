package se.regionorebrolan.tillaggsbelopp.input;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a table is read from, as its problems name it: a CSV file by line and column
 * ({@code population.csv rad 7, kolumn population_total}) or a sheet of the input
 * workbook by cell ({@code Befolkning!C7, kolumn folkmängd}). Everything else about a
 * problem is the same for both.
 *
 * @param name the file's or the sheet's name
 * @param sheet whether the table is a sheet
 */
record TablePlace(String name, boolean sheet) {

	static TablePlace file(String name) {
		return new TablePlace(name, false);
	}

	static TablePlace sheet(String name) {
		return new TablePlace(name, true);
	}

	/** The table as a message names it: "municipalities.csv" or "bladet Kommuner". */
	String described() {
		return this.sheet ? "bladet " + this.name : this.name;
	}

	/** A problem with the whole table. */
	InputProblem whole(String message) {
		return InputProblem.ofFile(this.name, message);
	}

	/** A problem with a whole line or row. */
	InputProblem line(int line, String message) {
		return InputProblem.ofLine(this.name, line, message);
	}

	/**
	 * A problem with a name in the header, at its position (0 for the first column): a
	 * file's says "kolumn 3", a sheet's names the cell.
	 */
	InputProblem header(int line, int index, String value, String message) {
		return this.sheet ? InputProblem.ofCell(this.name, line, cell(line, index), "", value, message)
				: InputProblem.ofField(this.name, line, String.valueOf(index + 1), value, message);
	}

	/**
	 * A problem with a value of a row, in {@code column} (named as the header writes it)
	 * at position {@code index}.
	 */
	InputProblem field(int line, int index, String column, String value, String message) {
		return this.sheet ? InputProblem.ofCell(this.name, line, cell(line, index), column, value, message)
				: InputProblem.ofField(this.name, line, column, value, message);
	}

	/** A sheet's cell reference, e.g. D7. */
	static String cell(int row, int index) {
		return CellReference.convertNumToColString(index) + row;
	}

}
