package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Blank CSV templates: the seven files with only their header row, as Swedish Excel opens
 * and saves them: Swedish column names separated by semicolons, UTF-8 with a byte-order
 * mark (so that Excel reads å, ä and ö right), CRLF line ends. The readers accept them as
 * they are, and after Excel saves them in either CSV format.
 */
public final class CsvTemplates {

	private static final String BYTE_ORDER_MARK = "\uFEFF";

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
			List<String> headings = table.columns().stream().map(InputColumn::heading).toList();
			Files.writeString(folder.resolve(table.fileName()), BYTE_ORDER_MARK + String.join(";", headings) + "\r\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
	}

}
