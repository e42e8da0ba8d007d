package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * population.csv: inhabitants in all and aged 65+ per municipality and reference date;
 * one row per municipality and date; 0 ≤ 65+ ≤ total.
 */
final class PopulationCsv {

	static final CsvLayout LAYOUT = new CsvLayout("population.csv", "Befolkning", "municipality_code", "reference_date",
			"population_total", "population_65_plus");

	/** As the shipped file is written: UTF-8, comma, LF, quotes only where needed. */
	private static final CSVFormat WRITTEN = CSVFormat.Builder.create(CSVFormat.RFC4180)
		.setRecordSeparator('\n')
		.setHeader(LAYOUT.columns().toArray(String[]::new))
		.get();

	private PopulationCsv() {
	}

	static InputFile<PopulationCount> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		return tables.read(LAYOUT, problems)
			.toInputFile(row -> count(row, knownCodes),
					count -> List.of(count.municipalityCode(), count.referenceDate()),
					"en rad per kommun och reference_date");
	}

	private static PopulationCount count(TableRow row, KnownCodes knownCodes) {
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

	/**
	 * Writes the counts as population.csv in the directory, each row with its source, in
	 * place of any file there in one step, so that no reader ever sees half a file.
	 */
	static Path write(Path directory, List<PopulationCount> counts, Function<PopulationCount, String> source)
			throws IOException {
		Path target = directory.resolve(LAYOUT.fileName());
		Path unfinished = directory.resolve(LAYOUT.fileName() + ".tmp");
		try {
			try (Writer writer = Files.newBufferedWriter(unfinished, StandardCharsets.UTF_8);
					CSVPrinter printer = new CSVPrinter(writer, WRITTEN)) {
				for (PopulationCount count : counts) {
					printer.printRecord(count.municipalityCode(), count.referenceDate(), count.total(),
							count.aged65Plus(), source.apply(count));
				}
			}
			return Files.move(unfinished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(unfinished);
		}
	}

}
