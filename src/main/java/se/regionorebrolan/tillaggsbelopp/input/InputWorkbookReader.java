package se.regionorebrolan.tillaggsbelopp.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the input workbook: one .xlsx with a sheet per table, named in Swedish (Kommuner,
 * Befolkning, …) or like the CSV files (municipalities, population, …), with the same
 * columns. Its sheets go through the same table readers and checks as the CSV files; only
 * the problems' places differ (Befolkning!D7 instead of a line and column). Other sheets
 * (instructions, the officer's own) are not read.
 */
final class InputWorkbookReader {

	private InputWorkbookReader() {
	}

	/**
	 * Reads and checks every sheet.
	 * @throws InvalidInputException with every problem found
	 */
	static InputSet read(Path file) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw refused(name, "arbetsboken finns inte (" + file.toAbsolutePath().normalize() + ")");
		}
		byte[] bytes = CsvTable.readBytes(file, name);
		InputWorkbook workbook = new InputWorkbook(name, Sha256.hex(bytes));
		try (XSSFWorkbook opened = open(bytes, name)) {
			String readAs = "blad i arbetsboken " + name;
			return InputReader.read((layout, problems) -> table(opened, layout, workbook, readAs, problems),
					Optional.of(workbook));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static XSSFWorkbook open(byte[] bytes, String name) {
		FileMagic magic = FileMagic.valueOf(bytes);
		if (magic == FileMagic.OLE2) {
			throw refused(name, isEncrypted(bytes)
					? "arbetsboken är skyddad med lösenord (krypterad), så programmet kan inte läsa den; spara den "
							+ "utan lösenord (Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord, töm rutan)"
					: "arbetsboken är sparad i det äldre formatet .xls; spara den som Excel-arbetsbok (.xlsx)");
		}
		if (magic != FileMagic.OOXML) {
			throw refused(name, "filen är ingen Excel-arbetsbok (.xlsx); spara den som Excel-arbetsbok, "
					+ "eller ange mappen med CSV-filerna med --tillagg.input-dir");
		}
		InputWorkbookPackage.problem(bytes).ifPresent(problem -> {
			throw refused(name, problem);
		});
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException ex) {
			// POI's reason is English and technical: the package was looked through
			// already, so what is left is a part that is missing or broken.
			throw refused(name, "arbetsboken kan inte läsas: en del som varje Excel-arbetsbok har saknas eller är "
					+ "trasig, så den är skadad eller inte sparad av Excel; öppna den i Excel och spara den igen som "
					+ "Excel-arbetsbok (.xlsx)");
		}
	}

	/**
	 * An encrypted .xlsx is an OLE2 file like an old .xls, with the workbook in an
	 * encrypted stream.
	 */
	private static boolean isEncrypted(byte[] bytes) {
		try (POIFSFileSystem ole2 = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			return ole2.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** The sheet of a table, or a problem naming the workbook when there is none. */
	private static Table table(XSSFWorkbook opened, TableDescription<?> layout, InputWorkbook workbook, String readAs,
			InputProblems problems) {
		List<Sheet> sheets = new ArrayList<>();
		opened.sheetIterator().forEachRemaining(sheets::add);
		List<Sheet> matching = sheets.stream().filter(sheet -> isSheetOf(sheet.getSheetName(), layout)).toList();
		if (matching.size() == 1) {
			return SheetTable.read(matching.get(0), layout, readAs, workbook.sha256(), problems);
		}
		if (matching.isEmpty()) {
			problems.add(InputProblem.ofFile(workbook.name(),
					"arbetsboken saknar bladet " + layout.sheetName() + " (eller " + layout.baseName() + ")"
							+ typo(sheets, layout) + "; bladen i arbetsboken: "
							+ String.join(", ", sheets.stream().map(Sheet::getSheetName).toList())));
		}
		else {
			problems.add(InputProblem.ofFile(workbook.name(),
					"bladen " + matching.get(0).getSheetName() + " och " + matching.get(1).getSheetName()
							+ " är samma tabell (" + layout.fileName() + "); ta bort det ena eller byt namn på det"));
		}
		return Table.unreadable(TablePlace.sheet(layout.sheetName()), workbook.sha256());
	}

	private static boolean isSheetOf(String sheetName, TableDescription<?> layout) {
		String name = ColumnNames.normalise(sheetName);
		return name.equals(ColumnNames.normalise(layout.sheetName()))
				|| name.equals(ColumnNames.normalise(layout.baseName()));
	}

	/** "; menade du bladet …?" for a sheet whose name is a typing mistake away. */
	private static String typo(List<Sheet> sheets, TableDescription<?> layout) {
		return sheets.stream()
			.map(Sheet::getSheetName)
			.filter(name -> InputTables.ALL.stream().noneMatch(known -> isSheetOf(name, known)))
			.filter(name -> EditDistance.isTypingMistake(ColumnNames.normalise(name),
					ColumnNames.normalise(layout.sheetName()))
					|| EditDistance.isTypingMistake(ColumnNames.normalise(name),
							ColumnNames.normalise(layout.baseName())))
			.findFirst()
			.map(name -> "; menade du bladet \"" + name + "\"? Byt namn på det till " + layout.sheetName())
			.orElse("");
	}

	private static InvalidInputException refused(String name, String message) {
		return new InvalidInputException(List.of(InputProblem.ofFile(name, message)), List.of());
	}

}
