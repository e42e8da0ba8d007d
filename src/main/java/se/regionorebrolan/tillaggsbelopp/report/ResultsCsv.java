package se.regionorebrolan.tillaggsbelopp.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.input.SafeCsvWriter;

/**
 * The machine-readable results: one row per municipality, whole kronor, UTF-8 without
 * byte-order mark, comma-separated, LF line endings. The header is a contract with the
 * systems that read the file. A name that a spreadsheet would take for a formula is
 * written as text ({@link SafeCsvWriter}). The program never reads the file back:
 * {@code verify} writes it again and compares the SHA-256.
 */
public final class ResultsCsv {

	static final String[] HEADER = { "municipality_code", "municipality_name", "somatic_sek", "psychiatric_sek",
			"advanced_sek", "distance_sek", "total_sek" };

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180).setRecordSeparator('\n').get();

	private ResultsCsv() {
	}

	public static void write(Calculation calculation, Path file) throws IOException {
		try (SafeCsvWriter csv = new SafeCsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT)) {
			csv.record((Object[]) HEADER);
			for (MunicipalityAmounts amounts : calculation.amounts()) {
				csv.record(amounts.municipality().code(), amounts.municipality().name(),
						amounts.amount(Component.SOMATIC), amounts.amount(Component.PSYCHIATRIC),
						amounts.amount(Component.ADVANCED), amounts.amount(Component.DISTANCE), amounts.total());
			}
		}
	}

}
