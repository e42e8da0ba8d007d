package se.regionorebrolan.tillaggsbelopp.input;

import java.util.Collection;
import java.util.Optional;

/**
 * How many single-character edits turn one name into another: insertions, deletions,
 * substitutions and swaps of two neighbours (Damerau–Levenshtein, optimal string
 * alignment), the typing mistakes a header's or a sheet's "menade du …?" looks for.
 */
public final class EditDistance {

	private EditDistance() {
	}

	/**
	 * Whether {@code written} is near enough to a {@code known} name to be a typing
	 * mistake: at most one edit from a name of up to four characters, two from a longer
	 * one.
	 */
	public static boolean isTypingMistake(String written, String known) {
		return between(written, known) <= ((known.length() <= 4) ? 1 : 2);
	}

	/**
	 * The known name nearest to {@code written}, if it is near enough to be a typing
	 * mistake ({@link #isTypingMistake}); on a tie the earlier name wins.
	 */
	public static Optional<String> closest(String written, Collection<String> known) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String name : known) {
			int distance = between(written, name);
			if (isTypingMistake(written, name) && distance < bestDistance) {
				best = name;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	static int between(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
