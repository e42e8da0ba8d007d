package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.regionorebrolan.tillaggsbelopp.bench.SyntheticInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The values the program stores with the formulas are a binary spreadsheet's (decision
 * 21): LibreOffice recalculates the workbooks of the spec example, the shipped data and
 * 290 synthetic municipalities from their formulas alone, and no formula cell differs, to
 * the last bit; the recalculated checks pass. Needs LibreOffice and its Python bridge
 * ({@code docs/tools/libreoffice-recalculation.py}): without them the test is skipped,
 * unless {@code -Dtillagg.libreoffice=required} (set by {@code .ci/run}) makes their
 * absence a failure.
 */
class LibreOfficeRecalculationTests {

	private static final Path SCRIPT = Path.of("docs/tools/libreoffice-recalculation.py");

	private static final DataFormatter SWEDISH = new DataFormatter(Locale.forLanguageTag("sv-SE"));

	@TempDir
	static Path folder;

	private static String python;

	@BeforeAll
	static void findLibreOffice() {
		Optional<String> found = Stream.of("/usr/bin/python3", "python3")
			.filter(LibreOfficeRecalculationTests::hasTheBridge)
			.findFirst()
			.filter(candidate -> onPath("soffice"));
		String reason = "LibreOffice Calc with python3-uno is not installed";
		if ("required".equals(System.getProperty("tillagg.libreoffice"))) {
			assertThat(found).as(reason + " (apt-get install libreoffice-calc-nogui python3-uno)").isPresent();
		}
		assumeTrue(found.isPresent(), reason + ": the recalculation check is skipped (.ci/run makes it)");
		python = found.get();
	}

	static Stream<Arguments> workbooks() {
		return Stream.of(Arguments.of("spec-example", (Supplier<WorkbookContent>) WorkbookFixture::specExample),
				Arguments.of("shipped-data",
						(Supplier<WorkbookContent>) () -> WorkbookFixture.content(Path.of("input"),
								SyntheticInput.parameters(2027))),
				Arguments.of("synthetic-290", (Supplier<WorkbookContent>) () -> {
					Path input = folder.resolve("input-290");
					SyntheticInput.write(input, TillaggsbeloppWorkbook.FULL_WORKBOOK_LIMIT, 20261122L);
					return WorkbookFixture.content(input, SyntheticInput.parameters(2027));
				}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("workbooks")
	void storesTheValuesLibreOfficeComputes(String name, Supplier<WorkbookContent> content)
			throws IOException, InterruptedException {
		Path file = folder.resolve(name + ".xlsx");
		TillaggsbeloppWorkbook.write(content.get(), file);

		Map<String, String> recalculated = recalculate(file);

		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> differences = new ArrayList<>();
			int formulas = 0;
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							formulas++;
							difference(cell, recalculated.get(sheet.getSheetName() + "!" + cell.getAddress()))
								.ifPresent(differences::add);
						}
					}
				}
			}
			assertThat(recalculated).hasSize(formulas);
			assertThat(differences).as("formula cells whose stored value is not LibreOffice's").isEmpty();
		}
		assertThat(recalculated.get(ChecksSheet.NAME + "!A" + (ChecksSheet.VERDICT_ROW + 1)))
			.isEqualTo("s " + ChecksSheet.ALL_PASSED);
		assertLettersShowTheSummary(recalculated, content.get().calculation().municipalities().size());
	}

	/**
	 * Each Kommunblad page's components and total, as LibreOffice recalculates them, are
	 * Sammanställning's.
	 */
	private static void assertLettersShowTheSummary(Map<String, String> recalculated, int municipalities) {
		for (int i = 0; i < municipalities; i++) {
			int summaryRow = SummarySheet.HEADER_ROW + 1 + i;
			for (int offset = KommunbladSheet.FIRST_AMOUNT; offset <= KommunbladSheet.TOTAL; offset++) {
				int column = SummarySheet.FIRST_COMPONENT + offset - KommunbladSheet.FIRST_AMOUNT;
				String letter = KommunbladSheet.NAME + "!"
						+ SheetWriter.ref(KommunbladSheet.row(i, offset), KommunbladSheet.VALUE);
				assertThat(recalculated.get(letter)).as(letter)
					.startsWith("n ")
					.isEqualTo(recalculated.get(SummarySheet.NAME + "!" + SheetWriter.ref(summaryRow, column)));
			}
		}
	}

	/**
	 * How a cell's stored value differs from LibreOffice's ({@code "n 2027742.0"} or
	 * {@code "s OK"}), as the values and as a Swedish reader sees them in the cell's
	 * format; empty when they are the same.
	 */
	private static Optional<String> difference(Cell cell, String recalculated) {
		String where = cell.getSheet().getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
		if (recalculated == null) {
			return Optional.of(where + ": not recalculated");
		}
		if (cell.getCachedFormulaResultType() != CellType.NUMERIC) {
			String stored = "s " + cell.getStringCellValue();
			return stored.equals(recalculated) ? Optional.empty()
					: Optional.of(where + ": " + stored + " ≠ " + recalculated);
		}
		double stored = cell.getNumericCellValue();
		double other = recalculated.startsWith("n ") ? Double.parseDouble(recalculated.substring(2)) : Double.NaN;
		if (Double.compare(stored, other) == 0) {
			return Optional.empty();
		}
		return Optional.of(where + ": " + stored + " ≠ " + recalculated + " (shown " + shown(cell, stored) + " and "
				+ (Double.isNaN(other) ? recalculated : shown(cell, other)) + ")");
	}

	private static String shown(Cell cell, double value) {
		return SWEDISH.formatRawCellContents(value, cell.getCellStyle().getDataFormat(),
				cell.getCellStyle().getDataFormatString());
	}

	/** Every formula cell's value as LibreOffice recalculates it, by sheet and cell. */
	private static Map<String, String> recalculate(Path workbook) throws IOException, InterruptedException {
		Path values = workbook.resolveSibling(workbook.getFileName() + ".tsv");
		Path log = workbook.resolveSibling(workbook.getFileName() + ".log");
		Process process = new ProcessBuilder(python, SCRIPT.toString(), workbook.toString(), values.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("LibreOffice finished within 10 minutes").isTrue();
		assertThat(process.exitValue()).as(Files.readString(log)).isZero();
		Map<String, String> cells = new LinkedHashMap<>();
		for (String line : Files.readAllLines(values, StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t", 4);
			cells.put(fields[0] + "!" + fields[1], fields[2] + " " + fields[3]);
		}
		return cells;
	}

	private static boolean hasTheBridge(String python) {
		try {
			Process process = new ProcessBuilder(python, "-c", "import uno").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean onPath(String program) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
	}

}
