package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;

import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

/**
 * population.csv: inhabitants in all and aged 65+ per municipality and reference date;
 * one row per municipality and date; 0 ≤ 65+ ≤ total, and more than 60 % 65+ with a
 * warning.
 */
public final class PopulationCsv {

	static final InputColumn<PopulationCount> CODE = InputColumn.code(PopulationCount::municipalityCode);

	static final InputColumn<PopulationCount> REFERENCE_DATE = InputColumn
		.of("reference_date", List.of("referensdatum"), ColumnKind.DATE, PopulationCount::referenceDate,
				"Dagen folkmängden avser", "Datum, t.ex. 2023-12-31")
		.asKey();

	/** Inhabitants in all. */
	public static final InputColumn<PopulationCount> TOTAL = InputColumn.of("population_total",
			List.of("folkmängd", "folkmängd_totalt"), ColumnKind.COUNT, PopulationCount::total, "Antal invånare",
			"Heltal ≥ 0");

	/** Inhabitants aged 65 and over. */
	public static final InputColumn<PopulationCount> AGED_65_PLUS = InputColumn.of("population_65_plus",
			List.of("antal_65_och_äldre", "antal_65+", "folkmängd_65+"), ColumnKind.COUNT, PopulationCount::aged65Plus,
			"Antal invånare 65 år och äldre; fördelar psykiatrisk hemsjukvård och avståndskompensation",
			"Heltal ≥ 0, högst folkmängden");

	public static final TableDescription<PopulationCount> TABLE = new TableDescription<>(InputTable.POPULATION,
			"population.csv", "Befolkning", List.of(CODE, REFERENCE_DATE, TOTAL, AGED_65_PLUS, InputColumn.source()),
			"Folkmängden per kommun och referensdatum, totalt och 65 år och äldre; en rad per kommun och datum. "
					+ "Varje kommun behöver en rad för referensdatumet som används "
					+ "(tillagg.population-reference-date, annars det senaste datumet).",
			"SCB, Statistikdatabasen: Folkmängden efter region, ålder och kön, den 31 december.", false,
			InputSet::population);

	/**
	 * The share of inhabitants aged 65+, in percent, above which a count is more likely a
	 * mistake (two columns swapped) than a municipality: Swedish ones have at most some
	 * 35.
	 */
	private static final int USUAL_HIGHEST_PERCENT_AGED = 60;

	/** As the shipped file is written: UTF-8, comma, LF, quotes only where needed. */
	private static final CSVFormat WRITTEN = CSVFormat.Builder.create(CSVFormat.RFC4180).setRecordSeparator('\n').get();

	private PopulationCsv() {
	}

	static InputFile<PopulationCount> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		return tables.read(TABLE, problems)
			.toInputFile(row -> count(row, knownCodes),
					count -> List.of(count.municipalityCode(), count.referenceDate()),
					"en rad per kommun och reference_date");
	}

	private static PopulationCount count(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode(CODE.name(), knownCodes);
		LocalDate date = row.date(REFERENCE_DATE.name());
		long total = row.integer(TOTAL.name(), 0, Expectations.COUNT);
		long aged65Plus = row.integer(AGED_65_PLUS.name(), 0, Expectations.COUNT);
		if (row.valid() && aged65Plus > total) {
			row.reject(AGED_65_PLUS.name(), "får inte vara större än " + row.name(TOTAL.name()) + " (" + total + ")");
		}
		else if (row.valid() && aged65Plus * 100 > USUAL_HIGHEST_PERCENT_AGED * total) {
			row.warn(AGED_65_PLUS.name(),
					"ovanligt hög andel: " + Math.round(aged65Plus * 100.0 / total) + " % av " + row.name(TOTAL.name())
							+ " (" + total + "); i svenska kommuner är högst omkring 35 % 65 år och äldre, och över "
							+ USUAL_HIGHEST_PERCENT_AGED
							+ " % är osannolikt; kontrollera att kolumnerna inte är förväxlade");
		}
		return row.valid() ? new PopulationCount(code, date, total, aged65Plus) : null;
	}

	/**
	 * Writes the counts as population.csv in the directory, each row with its source, in
	 * place of any file there in one step, so that no reader ever sees half a file. A
	 * source that a spreadsheet would take for a formula is written as text and reads
	 * back as it was ({@link SafeCsvWriter}).
	 */
	static Path write(Path directory, List<PopulationCount> counts, Function<PopulationCount, String> source)
			throws IOException {
		Path target = directory.resolve(TABLE.fileName());
		Path unfinished = directory.resolve(TABLE.fileName() + ".tmp");
		try {
			try (SafeCsvWriter csv = new SafeCsvWriter(Files.newBufferedWriter(unfinished, StandardCharsets.UTF_8),
					WRITTEN)) {
				csv.record(TABLE.columnNames());
				for (PopulationCount count : counts) {
					csv.record(count.municipalityCode(), count.referenceDate(), count.total(), count.aged65Plus(),
							source.apply(count));
				}
			}
			return Files.move(unfinished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(unfinished);
		}
	}

}
