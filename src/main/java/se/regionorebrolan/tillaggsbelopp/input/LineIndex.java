package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Maps character positions of a file's text to line numbers (1-based) as an editor counts
 * them: a line ends at LF, CRLF or a lone CR (old Mac files).
 */
final class LineIndex {

	private final String text;

	private final List<Integer> lineStarts = new ArrayList<>();

	LineIndex(String text) {
		this.text = text;
		this.lineStarts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
			if ((c == '\n' || c == '\r') && !crlf) {
				this.lineStarts.add(i + 1);
			}
		}
	}

	/** The line of a character position. */
	int lineAt(int position) {
		int found = Collections.binarySearch(this.lineStarts, position);
		return (found >= 0) ? found + 1 : -found - 1;
	}

	/**
	 * The first line from {@code line} on that has more than white space, e.g. where a
	 * record starts that the parser reached after blank lines.
	 */
	int firstNonBlankLineFrom(int line) {
		int current = line;
		while (current < this.lineStarts.size() && text(current).isBlank()) {
			current++;
		}
		return current;
	}

	/**
	 * The line a position falls on after skipping the line breaks at it; Commons CSV
	 * places a record's start just after the previous record, before any blank lines.
	 */
	int lineAfterBreaks(int position) {
		int start = position;
		while (start < this.text.length() && (this.text.charAt(start) == '\r' || this.text.charAt(start) == '\n')) {
			start++;
		}
		return lineAt(start);
	}

	/**
	 * How many lines the text has; a line break at the very end starts an empty last
	 * line.
	 */
	int count() {
		return this.lineStarts.size();
	}

	/** The text of a line, with its line break. */
	String text(int line) {
		int start = this.lineStarts.get(line - 1);
		int end = (line < this.lineStarts.size()) ? this.lineStarts.get(line) : this.text.length();
		return this.text.substring(start, end);
	}

}
