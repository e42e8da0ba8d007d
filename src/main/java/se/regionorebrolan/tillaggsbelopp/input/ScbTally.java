package se.regionorebrolan.tillaggsbelopp.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * Sums an SCB export per municipality and year into folkmängd on 31 December: all
 * inhabitants, and those aged 65 or over (the age classes 65 år … 100+ år), both sexes.
 * municipalities.csv decides which regions are kept; each of its municipalities needs
 * every age class (and both sexes) in every year of the export.
 */
final class ScbTally {

	/** The first age counted as 65 or over (andel äldre, agreement 4.1.2). */
	static final int AGED = 65;

	private final ScbExport export;

	/** The kept rows by municipality code, then year. */
	private final Map<String, Map<Integer, List<ScbRow>>> kept = new LinkedHashMap<>();

	private final Set<String> skipped = new LinkedHashSet<>();

	private final SortedSet<Integer> years = new TreeSet<>();

	/** The age classes each municipality needs in each year, e.g. "100+ år kvinnor". */
	private final List<String> classes;

	ScbTally(ScbExport export, Set<String> municipalityCodes) {
		this.export = export;
		this.classes = classes(bySex());
		for (ScbRow row : export.rows()) {
			if (!municipalityCodes.contains(row.regionCode())) {
				this.skipped.add(row.region());
				continue;
			}
			row.inhabitants().keySet().forEach(year -> {
				this.years.add(year);
				this.kept.computeIfAbsent(row.regionCode(), code -> new LinkedHashMap<>())
					.computeIfAbsent(year, y -> new ArrayList<>())
					.add(row);
			});
		}
	}

	/**
	 * The regions of the export that are not in municipalities.csv, e.g. 18 Örebro län.
	 */
	List<String> skipped() {
		return List.copyOf(this.skipped);
	}

	/**
	 * The counts by year, then in the order of {@code municipalities}; none when a
	 * municipality or one of its age classes is missing (each problem recorded).
	 */
	List<PopulationCount> counts(List<Municipality> municipalities, InputProblems problems) {
		municipalities.stream()
			.filter(municipality -> !this.kept.containsKey(municipality.code()))
			.forEach(municipality -> problems.add(InputProblem.ofFile(this.export.file(),
					"kommunen " + municipality.code() + " " + municipality.name()
							+ " i municipalities.csv saknas i exporten; välj den under region i Statistikdatabasen")));
		List<PopulationCount> counts = new ArrayList<>();
		for (int year : this.years) {
			for (Municipality municipality : municipalities) {
				Map<Integer, List<ScbRow>> byYear = this.kept.get(municipality.code());
				if (byYear != null && complete(byYear, year, problems)) {
					counts.add(sum(municipality.code(), year, byYear.get(year)));
				}
			}
		}
		return problems.isEmpty() ? counts : List.of();
	}

	private boolean complete(Map<Integer, List<ScbRow>> byYear, int year, InputProblems problems) {
		String region = byYear.values().iterator().next().get(0).region();
		List<String> missing = missingClasses(byYear.getOrDefault(year, List.of()));
		if (missing.size() == this.classes.size()) {
			problems.add(InputProblem.ofFile(this.export.file(),
					region + " saknas för år " + year + "; välj samma år för alla regioner"));
		}
		else if (!missing.isEmpty()) {
			problems.add(InputProblem.ofFile(this.export.file(),
					region + " år " + year + ": " + missing.size() + " av " + this.classes.size() + " åldersklasser"
							+ (bySex() ? " och kön" : "") + " saknas ("
							+ String.join(", ", missing.subList(0, Math.min(3, missing.size())))
							+ ((missing.size() > 3) ? ", …" : "") + "); välj alla åldrar 0 år … 100+ år"
							+ (bySex() ? " och båda könen" : "")));
		}
		return missing.isEmpty();
	}

	private List<String> missingClasses(List<ScbRow> rows) {
		Set<String> missing = new LinkedHashSet<>(this.classes);
		rows.forEach(row -> missing.remove(label(row.age(), row.sex())));
		return List.copyOf(missing);
	}

	/** Every age class, with each sex when the export has a kön column. */
	private static List<String> classes(boolean bySex) {
		List<String> classes = new ArrayList<>();
		for (int age = 0; age <= ScbRow.OLDEST; age++) {
			for (String sex : bySex ? ScbRow.SEXES : List.of("")) {
				classes.add(label(age, sex));
			}
		}
		return classes;
	}

	private static String label(int age, String sex) {
		return ((age == ScbRow.OLDEST) ? "100+ år" : age + " år") + (sex.isEmpty() ? "" : " " + sex);
	}

	private boolean bySex() {
		return this.export.header().has(ScbHeader.SEX);
	}

	private static PopulationCount sum(String code, int year, List<ScbRow> rows) {
		long total = 0;
		long aged = 0;
		for (ScbRow row : rows) {
			long inhabitants = row.inhabitants().get(year);
			total += inhabitants;
			aged += (row.age() >= AGED) ? inhabitants : 0;
		}
		return new PopulationCount(code, LocalDate.of(year, 12, 31), total, aged);
	}

}
