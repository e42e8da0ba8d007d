package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

/**
 * Blank CSV templates: the seven files with only their header row, as Swedish Excel opens
 * and saves them: Swedish column names separated by semicolons, UTF-8 with a byte-order
 * mark (so that Excel reads å, ä and ö right), CRLF line ends, written like every CSV
 * file of the program ({@link SafeCsvWriter}). The readers accept them as they are, and
 * after Excel saves them in either CSV format.
 */
public final class CsvTemplates {

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final CSVFormat SWEDISH_EXCEL = CSVFormat.Builder.create(CSVFormat.RFC4180)
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private CsvTemplates() {
	}

	/** The files the templates are written to in a folder. */
	public static List<Path> files(Path folder) {
		return InputTables.ALL.stream().map(table -> folder.resolve(table.fileName())).toList();
	}

	/**
	 * Writes the templates into the folder.
	 * @throws java.nio.file.FileAlreadyExistsException if a file exists: none is ever
	 * overwritten
	 */
	public static void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (TableDescription<?> table : InputTables.ALL) {
			try (Writer writer = Files.newBufferedWriter(folder.resolve(table.fileName()), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					SafeCsvWriter csv = new SafeCsvWriter(writer, SWEDISH_EXCEL)) {
				writer.write(BYTE_ORDER_MARK);
				csv.record(table.columns().stream().map(InputColumn::heading).toList());
			}
		}
	}

}
