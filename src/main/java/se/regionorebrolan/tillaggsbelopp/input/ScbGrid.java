package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The classes an SCB file gives for every region and year, which must each be there once:
 * its age classes, which must cover 0 år … 100+ år exactly once and split at 65, times
 * its sexes, times its civilstånd (docs/decisions/0020). One-year classes are used when
 * the file has them, and its totals and groups left out with a warning; men and women are
 * summed when the file has them, else SCB's sum of both (or none, when kön was not
 * chosen); the same for the four civilstånd.
 *
 * @param file the file
 * @param ages the age classes summed, youngest first, keyed as {@link #key(ScbAge)}
 * @param sexes the sexes summed
 * @param civilstand the civilstånd summed
 */
record ScbGrid(String file, Map<String, ScbAge> ages, List<String> sexes, List<String> civilstand) {

	private static final List<String> BOTH_SEXES = List.of(ScbCell.MEN, ScbCell.WOMEN);

	private static final List<String> EVERY_CIVILSTAND = List.of("OG", "G", "SK", "ÄNKL");

	private static final Map<String, String> NAMES = Map.of(ScbCell.MEN, "män", ScbCell.WOMEN, "kvinnor", "OG",
			"ogifta", "G", "gifta", "SK", "skilda", "ÄNKL", "änkor/änklingar");

	/** The file's grid, or empty when its age classes cannot be summed (recorded). */
	static Optional<ScbGrid> of(String file, List<ScbCell> cells, InputProblems problems) {
		Map<String, ScbAge> classes = cells.stream()
			.map(ScbCell::age)
			.collect(Collectors.toMap(ScbGrid::key, Function.identity(), (first, second) -> first, LinkedHashMap::new));
		Optional<List<ScbAge>> summed = summed(file, List.copyOf(classes.values()), problems);
		boolean covered = summed.isPresent() && covers(file, summed.get(), problems);
		Optional<List<String>> sexes = chosen(file, cells, ScbCell::sex, BOTH_SEXES, "båda könen", problems);
		Optional<List<String>> civilstand = chosen(file, cells, ScbCell::civilstand, EVERY_CIVILSTAND,
				"alla fyra civilstånd", problems);
		if (!covered || sexes.isEmpty() || civilstand.isEmpty()) {
			return Optional.empty();
		}
		Map<String, ScbAge> ages = new LinkedHashMap<>();
		summed.get().forEach(age -> ages.put(key(age), age));
		return Optional.of(new ScbGrid(file, ages, sexes.get(), civilstand.get()));
	}

	/**
	 * The age classes to sum: the one-year classes and the open class that closes them,
	 * or, without one-year classes, every class but the totals. What is left out is
	 * warned of.
	 */
	private static Optional<List<ScbAge>> summed(String file, List<ScbAge> classes, InputProblems problems) {
		boolean oneYear = classes.stream().anyMatch(ScbAge::oneYear);
		List<ScbAge> open = classes.stream().filter(ScbAge::closesOneYearClasses).toList();
		if (oneYear && open.size() > 1) {
			problems.add(InputProblem.ofFile(file,
					"filen har flera äldsta åldersklasser ("
							+ open.stream().map(ScbAge::code).collect(Collectors.joining(", "))
							+ ") och det går inte att avgöra vilken som hör till ettårsklasserna; välj ettårsklasserna "
							+ "0 år … 100+ år utan totaler och åldersgrupper"));
			return Optional.empty();
		}
		List<ScbAge> summed = classes.stream()
			.filter(age -> oneYear ? age.oneYear() || open.contains(age) : !age.total())
			.sorted(Comparator.comparingInt(ScbAge::from).thenComparingInt(ScbAge::to))
			.toList();
		if (summed.isEmpty()) {
			problems.add(InputProblem.ofFile(file, "filen har bara totalen för alla åldrar (\"" + classes.get(0).code()
					+ "\"), inga åldersklasser, så 65 år och äldre kan inte räknas; " + ScbFile.INSTEAD));
			return Optional.empty();
		}
		List<String> leftOut = classes.stream().filter(age -> !summed.contains(age)).map(ScbAge::code).toList();
		if (!leftOut.isEmpty()) {
			problems.warn(InputProblem.ofFile(file,
					"åldersklasserna " + shortList(leftOut) + " lämnades utanför; importen summerar "
							+ (oneYear ? "ettårsklasserna 0 år … 100+ år" : "åldersgrupperna")));
		}
		return Optional.of(summed);
	}

	/**
	 * Whether the classes cover every age from 0 exactly once up to an open oldest class,
	 * without a group that holds both ages under 65 and 65 or over.
	 */
	private static boolean covers(String file, List<ScbAge> ages, InputProblems problems) {
		Optional<String> split = wronglySplit(ages);
		if (split.isPresent()) {
			problems.add(InputProblem.ofFile(file, split.get()));
			return false;
		}
		List<String> gaps = gaps(ages);
		if (!gaps.isEmpty()) {
			problems.add(InputProblem.ofFile(file,
					"åldersklasserna i filen (" + shortList(ages.stream().map(ScbAge::label).toList())
							+ ") täcker inte 0 år … 100+ år: " + shortList(gaps) + " saknas; välj alla åldrar "
							+ "0 år … 100+ år"));
		}
		return gaps.isEmpty();
	}

	/** A group across 65, or two classes that overlap, youngest first. */
	private static Optional<String> wronglySplit(List<ScbAge> ages) {
		for (int i = 0; i < ages.size(); i++) {
			ScbAge age = ages.get(i);
			if (age.straddlesAged()) {
				return Optional.of("åldersgruppen " + age.label() + " (\"" + age.code() + "\") har invånare både "
						+ "under och över 65 år, så 65 år och äldre kan inte räknas; välj ettåriga åldersklasser "
						+ "(0 år … 100+ år) eller femårsklasser");
			}
			if (i > 0 && age.from() <= ages.get(i - 1).to()) {
				return Optional.of("åldersklasserna " + ages.get(i - 1).label() + " och " + age.label()
						+ " överlappar; välj en indelning, helst ettårsklasserna 0 år … 100+ år");
			}
		}
		return Optional.empty();
	}

	/** The ages no class covers, e.g. 3–64 år, 66+ år. */
	private static List<String> gaps(List<ScbAge> ages) {
		List<String> gaps = new ArrayList<>();
		int next = 0;
		for (ScbAge age : ages) {
			if (age.from() > next) {
				gaps.add(ScbAge.label(next, age.from() - 1));
			}
			next = age.open() ? ScbAge.OPEN : age.to() + 1;
		}
		if (next != ScbAge.OPEN) {
			gaps.add(ScbAge.label(next, ScbAge.OPEN));
		}
		return gaps;
	}

	/**
	 * Both men and women (or every civilstånd) when the file has them, SCB's total
	 * otherwise, or the file's single value; some but not all of them is a problem.
	 */
	private static Optional<List<String>> chosen(String file, List<ScbCell> cells, Function<ScbCell, String> variable,
			List<String> every, String advice, InputProblems problems) {
		Set<String> values = cells.stream().map(variable).collect(Collectors.toSet());
		List<String> some = every.stream().filter(values::contains).toList();
		if (some.isEmpty()) {
			return Optional.of(values.contains(ScbCell.TOTAL) ? List.of(ScbCell.TOTAL) : List.of(""));
		}
		if (some.size() < every.size()) {
			problems.add(InputProblem.ofFile(file,
					"filen har bara " + String.join(", ", some.stream().map(NAMES::get).toList()) + "; välj " + advice
							+ ", eller inget, så att SCB summerar dem"));
			return Optional.empty();
		}
		return Optional.of(every);
	}

	/** Whether a cell is one of the grid's. */
	boolean holds(ScbCell cell) {
		return this.ages.containsKey(key(cell.age())) && this.sexes.contains(cell.sex())
				&& this.civilstand.contains(cell.civilstand());
	}

	/** How many classes each region needs in each year. */
	int size() {
		return this.ages.size() * this.sexes.size() * this.civilstand.size();
	}

	/** Every class of the grid, in words, e.g. "100+ år kvinnor". */
	List<String> labels() {
		List<String> labels = new ArrayList<>();
		for (ScbAge age : this.ages.values()) {
			for (String sex : this.sexes) {
				for (String civilstand : this.civilstand) {
					labels.add(label(key(age), sex, civilstand));
				}
			}
		}
		return labels;
	}

	/** A cell's class in words, as {@link #labels()} writes it. */
	String label(ScbCell cell) {
		return label(key(cell.age()), cell.sex(), cell.civilstand());
	}

	private String label(String ageKey, String sex, String civilstand) {
		return String
			.join(" ", this.ages.get(ageKey).label(), NAMES.getOrDefault(sex, ""), NAMES.getOrDefault(civilstand, ""))
			.strip()
			.replaceAll(" +", " ");
	}

	/** What is missing, in words, e.g. "åldersklasser och kön". */
	String dimensions() {
		return words("åldersklasser", this.sexes.size() > 1 ? "kön" : "",
				this.civilstand.size() > 1 ? "civilstånd" : "");
	}

	/** What to choose, e.g. "alla åldrar 0 år … 100+ år och båda könen". */
	String advice() {
		return words("alla åldrar 0 år … 100+ år", this.sexes.size() > 1 ? "båda könen" : "",
				this.civilstand.size() > 1 ? "alla fyra civilstånd" : "");
	}

	private static String words(String... words) {
		List<String> given = List.of(words).stream().filter(word -> !word.isEmpty()).toList();
		if (given.size() == 1) {
			return given.get(0);
		}
		return String.join(", ", given.subList(0, given.size() - 1)) + " och " + given.get(given.size() - 1);
	}

	/**
	 * An age class as the grid compares it: a one-year class or group by its ages, so
	 * that {@code 65} and {@code 65 år} are the same class; the open class by its code.
	 */
	static String key(ScbAge age) {
		return (age.open() || age.total()) ? age.code() : age.label();
	}

	static String shortList(List<String> items) {
		List<String> shown = items.subList(0, Math.min(3, items.size()));
		return String.join(", ", shown) + ((items.size() > shown.size()) ? ", …" : "");
	}

}
