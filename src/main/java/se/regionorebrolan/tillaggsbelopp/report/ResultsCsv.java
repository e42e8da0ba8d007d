package se.regionorebrolan.tillaggsbelopp.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;

/**
 * The machine-readable results: one row per municipality, whole kronor, UTF-8 without
 * byte-order mark, comma-separated, LF line endings. The header is a contract with the
 * systems that read the file.
 */
public final class ResultsCsv {

	static final String[] HEADER = { "municipality_code", "municipality_name", "somatic_sek", "psychiatric_sek",
			"advanced_sek", "distance_sek", "total_sek" };

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180)
		.setRecordSeparator('\n')
		.setHeader(HEADER)
		.get();

	private ResultsCsv() {
	}

	public static void write(Calculation calculation, Path file) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			for (MunicipalityAmounts amounts : calculation.amounts()) {
				printer.printRecord(amounts.municipality().code(), amounts.municipality().name(),
						kronor(amounts.amount(Component.SOMATIC)), kronor(amounts.amount(Component.PSYCHIATRIC)),
						kronor(amounts.amount(Component.ADVANCED)), kronor(amounts.amount(Component.DISTANCE)),
						kronor(amounts.total()));
			}
		}
	}

	private static String kronor(BigDecimal amount) {
		return amount.toPlainString();
	}

}
