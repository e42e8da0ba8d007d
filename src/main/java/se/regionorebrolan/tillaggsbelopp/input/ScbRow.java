package se.regionorebrolan.tillaggsbelopp.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * One data row of an SCB population export: a region, a one-year age class, a sex (none
 * when the export sums both) and the inhabitants per year.
 *
 * @param line the line in the file
 * @param regionCode the region's code: four digits for a municipality, two for a county
 * or the whole country
 * @param region the region as the export writes it, e.g. {@code 1880 Örebro}
 * @param age the age in whole years, {@link #OLDEST} for {@code 100+ år}
 * @param sex {@code män}, {@code kvinnor}, or empty when the export has no kön column
 * @param inhabitants the inhabitants by year
 */
record ScbRow(int line, String regionCode, String region, int age, String sex, Map<Integer, Long> inhabitants) {

	/** The last age class, "100+ år": everyone 100 or older. */
	static final int OLDEST = 100;

	static final List<String> SEXES = List.of("män", "kvinnor");

	private static final Pattern REGION = Pattern.compile("(\\d{4}|\\d{2}) \\S.*");

	private static final Pattern AGE = Pattern.compile("(\\d{1,2}|100\\+) år");

	private static final String MISSING = "uppgiften saknas hos SCB (\"..\"); förväntat ett antal invånare, "
			+ "ett heltal ≥ 0";

	/** The row, or empty when a value is wrong (each problem recorded). */
	static Optional<ScbRow> read(ScbHeader header, CSVRecord csvRecord, int line, InputProblems problems) {
		TableRow row = new TableRow(header.columns(), line, header.columns().values(csvRecord.toList()), problems);
		String region = region(row);
		int age = age(row);
		String sex = header.has(ScbHeader.SEX) ? sex(row) : "";
		if (header.has(ScbHeader.CONTENTS)) {
			row.oneOf(ScbHeader.CONTENTS, Map.of("folkmängd", true),
					"förväntat Folkmängd; välj bara tabellinnehållet Folkmängd i Statistikdatabasen");
		}
		Map<Integer, Long> inhabitants = inhabitants(header, row);
		if (!row.valid()) {
			return Optional.empty();
		}
		return Optional.of(new ScbRow(line, region.substring(0, region.indexOf(' ')), region, age, sex, inhabitants));
	}

	private static String region(TableRow row) {
		String region = row.raw(ScbHeader.REGION);
		if (!REGION.matcher(region).matches()) {
			row.reject(ScbHeader.REGION, "förväntat en region skriven med kod och namn, t.ex. 1880 Örebro");
		}
		return region;
	}

	private static int age(TableRow row) {
		Matcher age = AGE.matcher(row.raw(ScbHeader.AGE));
		if (!age.matches()) {
			row.reject(ScbHeader.AGE, "förväntat en ettårig åldersklass, 0 år … 99 år eller 100+ år; "
					+ "välj de 101 åldrarna och inte totalt eller åldersgrupper");
			return 0;
		}
		return age.group(1).equals("100+") ? OLDEST : Integer.parseInt(age.group(1));
	}

	private static String sex(TableRow row) {
		return row.oneOf(ScbHeader.SEX, Map.of("män", "män", "kvinnor", "kvinnor"),
				"förväntat män eller kvinnor (välj båda, eller inget kön så att SCB summerar dem)");
	}

	/** One year per column, or the year of the år column and the Folkmängd column. */
	private static Map<Integer, Long> inhabitants(ScbHeader header, TableRow row) {
		Map<Integer, Long> inhabitants = new LinkedHashMap<>();
		if (header.countsInOneColumn()) {
			inhabitants.put(row.year(ScbHeader.YEAR), count(row, ScbHeader.POPULATION));
		}
		else {
			header.yearColumns().forEach(year -> inhabitants.put(Integer.valueOf(year), count(row, year)));
		}
		return inhabitants;
	}

	private static long count(TableRow row, String column) {
		if (row.raw(column).equals("..")) {
			row.reject(column, MISSING);
			return 0;
		}
		return row.integer(column, 0, Expectations.COUNT);
	}

}
