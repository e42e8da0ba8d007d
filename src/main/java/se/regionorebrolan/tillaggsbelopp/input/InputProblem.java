package se.regionorebrolan.tillaggsbelopp.input;

import java.util.Objects;
import java.util.Optional;

/**
 * A located problem in an input file or in a sheet of the input workbook, written for the
 * finance officer who must correct it: file (or sheet), line (or cell), column, the value
 * found and what was expected.
 *
 * @param file the file name, e.g. population.csv, or the sheet's name, e.g. Befolkning
 * @param line the line in the file (1 is the header) or the row of the sheet, 0 when the
 * problem concerns the whole file
 * @param cell the cell in the sheet, e.g. D7, or empty for a file
 * @param column the column name, or empty when the problem concerns the whole line or
 * file
 * @param value the value found, when there is one
 * @param message what is wrong or what was expected, in Swedish
 */
public record InputProblem(String file, int line, String cell, String column, Optional<String> value, String message) {

	/** The longest value a message shows whole. */
	private static final int LONGEST_SHOWN = 100;

	/** The characters a message shows of a longer value. */
	private static final int SHOWN_OF_A_LONG_ONE = 60;

	public InputProblem {
		Objects.requireNonNull(file, "file is required");
		Objects.requireNonNull(cell, "cell is required (may be empty)");
		Objects.requireNonNull(column, "column is required (may be empty)");
		Objects.requireNonNull(value, "value is required (may be empty)");
		Objects.requireNonNull(message, "message is required");
	}

	/** A problem about the whole file. */
	public static InputProblem ofFile(String file, String message) {
		return new InputProblem(file, 0, "", "", Optional.empty(), message);
	}

	/** A problem about a whole line. */
	public static InputProblem ofLine(String file, int line, String message) {
		return new InputProblem(file, line, "", "", Optional.empty(), message);
	}

	/** A problem about one field. */
	public static InputProblem ofField(String file, int line, String column, String value, String message) {
		return new InputProblem(file, line, "", column, Optional.of(value), message);
	}

	/**
	 * A problem about one cell of a sheet.
	 * @param cell e.g. D7
	 * @param column the column's name as the header writes it, or empty for a header cell
	 */
	public static InputProblem ofCell(String sheet, int row, String cell, String column, String value, String message) {
		return new InputProblem(sheet, row, cell, column, Optional.of(value), message);
	}

	/**
	 * The problem as one Swedish line, e.g. {@code population.csv rad 7, kolumn
	 * population_65_plus: värdet "9000" – får inte vara större än population_total (8000)}
	 * or {@code Befolkning!D7, kolumn population_65_plus: värdet "9000" – …}.
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (!this.cell.isEmpty()) {
			text.append('!').append(this.cell);
		}
		else if (this.line > 0) {
			text.append(" rad ").append(this.line);
		}
		if (!this.column.isEmpty()) {
			text.append(", kolumn ").append(this.column);
		}
		text.append(": ");
		this.value.ifPresent(
				found -> text.append(found.isEmpty() ? "värde saknas – " : "värdet \"" + shown(found) + "\" – "));
		return text.append(this.message).toString();
	}

	/**
	 * A value as a message shows it: a long one (a text of millions of characters) by its
	 * beginning, so that the message stays one line a finance officer can read.
	 */
	private static String shown(String value) {
		if (value.codePointCount(0, value.length()) <= LONGEST_SHOWN) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, SHOWN_OF_A_LONG_ONE)) + "…";
	}

}
