package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * population.csv: inhabitants in all and aged 65+ per municipality and reference date;
 * one row per municipality and date; 0 ≤ 65+ ≤ total.
 */
final class PopulationCsv {

	static final CsvLayout LAYOUT = new CsvLayout("population.csv", "municipality_code", "reference_date",
			"population_total", "population_65_plus");

	private PopulationCsv() {
	}

	static InputFile<PopulationCount> read(Path directory, KnownCodes knownCodes, InputProblems problems) {
		return CsvTable.read(directory, LAYOUT, problems)
			.toInputFile(row -> count(row, knownCodes),
					count -> List.of(count.municipalityCode(), count.referenceDate()),
					"en rad per kommun och reference_date");
	}

	private static PopulationCount count(CsvRow row, KnownCodes knownCodes) {
		String code = row.knownCode("municipality_code", knownCodes);
		LocalDate date = row.date("reference_date");
		long total = row.integer("population_total", 0, Expectations.COUNT);
		long aged65Plus = row.integer("population_65_plus", 0, Expectations.COUNT);
		if (row.valid() && aged65Plus > total) {
			row.reject("population_65_plus",
					"får inte vara större än " + row.name("population_total") + " (" + total + ")");
		}
		return row.valid() ? new PopulationCount(code, date, total, aged65Plus) : null;
	}

}
