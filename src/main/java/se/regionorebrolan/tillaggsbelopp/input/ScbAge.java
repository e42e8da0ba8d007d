package se.regionorebrolan.tillaggsbelopp.input;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age class of SCB's population tables (ålder), read from its code or its text: a
 * one-year class ({@code 65}, {@code 65 år}), a group ({@code 65-69}, {@code 65–69 år},
 * {@code -4} for 0–4, {@code 65?69 år} as an en dash reads in Latin-1), the open-ended
 * oldest class ({@code 100+}, {@code 100+ år}, TAB5557's {@code 100+1}, {@code 100+5},
 * {@code 100+10}, or {@code 95+ år}) or a total ({@code tot}, {@code TotSA},
 * {@code TOT5}, {@code totalt ålder}).
 *
 * @param from the youngest age in the class
 * @param to the oldest age in the class, {@link #OPEN} for the oldest class
 * @param total whether it is the total over every age (then from and to are 0)
 * @param code the code or text it was read from, which tells TAB5557's three "100+ år"
 * classes apart
 */
record ScbAge(int from, int to, boolean total, String code) {

	/** The upper end of the open-ended oldest class. */
	static final int OPEN = Integer.MAX_VALUE;

	/** The first age counted as 65 or over (andel äldre, agreement 4.1.2). */
	static final int AGED = 65;

	private static final Pattern ONE_YEAR = Pattern.compile("(\\d{1,3})");

	private static final Pattern OLDEST = Pattern.compile("(\\d{1,3})\\+(1|5|10)?");

	private static final Pattern GROUP = Pattern.compile("(\\d{0,3})\\s*[-–?]\\s*(\\d{1,3})");

	private static final Pattern TOTAL = Pattern.compile("tot.*|totalt.*", Pattern.CASE_INSENSITIVE);

	/** The class a code or text stands for, if it is one. */
	static Optional<ScbAge> of(String written) {
		String code = written.strip();
		String bare = code.replaceFirst("\\s*år$", "");
		if (TOTAL.matcher(bare).matches()) {
			return Optional.of(new ScbAge(0, 0, true, code));
		}
		Matcher oneYear = ONE_YEAR.matcher(bare);
		if (oneYear.matches()) {
			int age = Integer.parseInt(oneYear.group(1));
			return Optional.of(new ScbAge(age, age, false, code));
		}
		Matcher oldest = OLDEST.matcher(bare);
		if (oldest.matches()) {
			return Optional.of(new ScbAge(Integer.parseInt(oldest.group(1)), OPEN, false, code));
		}
		Matcher group = GROUP.matcher(bare);
		if (group.matches()) {
			int from = group.group(1).isEmpty() ? 0 : Integer.parseInt(group.group(1));
			int to = Integer.parseInt(group.group(2));
			return (from < to) ? Optional.of(new ScbAge(from, to, false, code)) : Optional.empty();
		}
		return Optional.empty();
	}

	boolean oneYear() {
		return !this.total && this.from == this.to;
	}

	boolean open() {
		return this.to == OPEN;
	}

	/**
	 * Whether this open class belongs with the one-year classes: TAB638's {@code 100+} or
	 * TAB5557's {@code 100+1} (its 1-year value set, vs_CKMÅlder1årTOT), not
	 * {@code 100+5} or {@code 100+10}, which close the 5- and 10-year groups.
	 */
	boolean closesOneYearClasses() {
		return open() && !this.code.matches("\\d+\\+(5|10)");
	}

	/** Every inhabitant of the class is 65 or over. */
	boolean aged() {
		return this.from >= AGED;
	}

	/** Some inhabitants are under 65 and some 65 or over. */
	boolean straddlesAged() {
		return !this.total && this.from < AGED && this.to >= AGED;
	}

	/** The class as Statistikdatabasen writes it, e.g. 65 år, 65–69 år, 100+ år. */
	String label() {
		return this.total ? "totalt" : label(this.from, this.to);
	}

	/** Ages from and to as a class would be written, e.g. 3–64 år or 100+ år. */
	static String label(int from, int to) {
		if (to == OPEN) {
			return from + "+ år";
		}
		return (from == to) ? from + " år" : from + "–" + to + " år";
	}

}
