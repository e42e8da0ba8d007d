package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.input.InputFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review-grade workbook on the spec example: its formulas reproduce spec §5, its
 * checks pass, it refuses to disagree with the engine, and it is the same byte for byte.
 */
class WorkbookTests {

	private static final Path APPROVED = Path.of("src/test/resources/approved/spec-example-2027.workbook.txt");

	@TempDir
	Path folder;

	@Test
	void hasTheSheetsInReadingOrder() throws IOException {
		try (XSSFWorkbook workbook = filled(WorkbookFixture.specExample())) {
			assertThat(Stream.iterate(0, i -> i < workbook.getNumberOfSheets(), i -> i + 1).map(workbook::getSheetName))
				.containsExactly("Sammanställning", "Kommunblad", "Beräkning", "Kontroller", "Flerårsprognos", "Index",
						"Indata", "Parametrar", "Metod", "Körinformation");
		}
	}

	@Test
	void reproducesTheWorkedExampleWithLiveFormulas() throws IOException {
		List<String> dump = dump(WorkbookFixture.specExample());

		// spec §5: components and totals of Alfa and the county
		assertThat(Stream.of("C6", "D6", "E6", "F6", "G6", "C10", "D10", "E10", "F10", "G10")
			.map(cell -> WorkbookDump.value(dump, "Sammanställning!" + cell))).containsExactly("5340600", "387444",
					"1499321", "0", "7227365", "11001636", "774889", "2548845", "716269", "15041639");
		// the components are formulas into Beräkning, not copied values
		assertThat(line(dump, "Sammanställning!C6")).startsWith("Sammanställning!C6 | ='Beräkning'!$L$");
		// the previous year (spec §5, budget year 2026 variant) and the change
		assertThat(WorkbookDump.value(dump, "Sammanställning!L6")).isEqualTo("7003261");
		assertThat(WorkbookDump.value(dump, "Sammanställning!M6")).isEqualTo("224104");
		assertThat(WorkbookDump.value(dump, "Sammanställning!L10")).isEqualTo("14575232");
	}

	@Test
	void computesTheCountyTotalsAndFactorsAsFormulas() throws IOException {
		List<String> dump = dump(WorkbookFixture.specExample());

		assertThat(dump).anyMatch(line -> line
			.matches("Beräkning!C\\d+ \\| =ROUND\\(SUM\\(\\$F\\$\\d+:\\$F\\$\\d+\\),0\\) \\| 11001636 \\| .*"));
		assertThat(dump).anyMatch(line -> line.contains("*Faktor_2022/COUNT(") && line.contains("| 774889 |"));
		assertThat(dump).anyMatch(line -> line.contains("=ROUND(Forskjutning*SUM(") && line.contains("| 2548845 |"));
		assertThat(dump).anyMatch(line -> line.contains("ROUND(Avstandsandel*(") && line.contains("| 716269 |"));
		assertThat(dump).anyMatch(line -> line.startsWith("Index!C") && line.contains("=PRODUCT(")
				&& line.contains("| 1.20137865120000"));
	}

	@Test
	void passesEveryCheck() throws IOException {
		List<String> dump = dump(WorkbookFixture.specExample());

		assertThat(WorkbookDump.value(dump, "Kontroller!A4")).isEqualTo("Alla kontroller godkända");
		assertThat(WorkbookDump.cells(dump, "Kontroller", "F")).isNotEmpty()
			.allMatch(line -> line.contains("| OK |") || line.contains("| Status |"));
	}

	@Test
	void refusesAWorkbookWhoseFormulasDisagreeWithTheEngine() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			List<CheckedCell> checks = TillaggsbeloppWorkbook.fill(workbook, WorkbookFixture.specExample());
			// a cost per patient of 600 001 kr instead of 600 000 moves A and so D
			setParameter(workbook, "Kostnad_patient", 600_001);
			SpreadsheetEvaluator.evaluateAll(workbook);

			assertThatThrownBy(() -> TillaggsbeloppWorkbook.verify(workbook, checks))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("the workbook disagrees with the calculation (FEL: ")
				.hasMessageContaining("(Avancerad hemsjukvård: länets belopp) is 2548849.0, expected 2548845");
		}
	}

	@Test
	void writesNamesThatLookLikeFormulasAsText() throws IOException {
		Path input = WorkbookFixture.copyOfSpecExampleInput(this.folder);
		Files.writeString(input.resolve("municipalities.csv"), """
				municipality_code,municipality_name,central_town
				9001,"=HYPERLINK(""http://x"",""klicka"")",Alfaby
				9002,+SUM(1),Betaby
				9003,-1,@Gammaby
				9004,@Delta,Deltaby
				""", StandardCharsets.UTF_8);

		try (XSSFWorkbook workbook = filled(WorkbookFixture.content(input, WorkbookFixture.parameters(2027)))) {
			XSSFSheet summary = workbook.getSheet("Sammanställning");
			assertThat(Stream.of(5, 6, 7, 8).map(row -> summary.getRow(row).getCell(1)))
				.allMatch(cell -> cell.getCellType() == CellType.STRING)
				.extracting(cell -> cell.getStringCellValue())
				.containsExactly("=HYPERLINK(\"http://x\",\"klicka\")", "+SUM(1)", "-1", "@Delta");
			assertThat(workbook.getSheet("Indata").getRow(6).getCell(3).getCellType()).isEqualTo(CellType.STRING);
		}
	}

	/** The row limit check (WorkbookLimits) counts on this layout of the Indata sheet. */
	@Test
	void placesTheInputTablesWhereTheRowLimitCheckCountsOnThem() throws IOException {
		WorkbookContent content = WorkbookFixture.specExample();
		try (XSSFWorkbook workbook = filled(content)) {
			XSSFSheet sheet = workbook.getSheet(InputSheet.NAME);
			int tableRow = InputSheet.FIRST_TABLE_ROW;
			for (InputFile<?> file : content.input().files()) {
				assertThat(sheet.getRow(tableRow).getCell(0).getStringCellValue()).isEqualTo(file.name());
				assertThat(sheet.getRow(InputSheet.firstDataRow(tableRow)).getCell(0).getNumericCellValue())
					.isEqualTo(file.rows().get(0).line());
				tableRow = InputSheet.nextTable(tableRow, file.rows().size());
			}
			// the last table's last row: two empty rows before the next table would start
			assertThat(sheet.getLastRowNum()).isEqualTo(tableRow - 3);
		}
	}

	@Test
	void isReadyToPrintAndProtectedAgainstAccidentalEdits() throws IOException {
		try (XSSFWorkbook workbook = filled(WorkbookFixture.specExample())) {
			for (XSSFSheet sheet : List.of(workbook.getSheet("Sammanställning"), workbook.getSheet("Beräkning"),
					workbook.getSheet("Kontroller"))) {
				PrintSetup print = sheet.getPrintSetup();
				assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
				assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(print.getFitWidth()).isEqualTo((short) 1);
				assertThat(print.getFitHeight()).isZero();
				assertThat(sheet.getFooter().getRight()).isEqualTo("Sida &P av &N");
				assertThat(sheet.getHeader().getLeft()).isEqualTo("Tilläggsbelopp 2027 – version 1 – PRELIMINÄR");
				assertThat(sheet.getFooter().getLeft())
					.isEqualTo("körnings-id 85e563aeeaf1 · beräknad 2026-11-22 10:15");
				assertThat(sheet.getProtect()).isTrue();
				assertThat(sheet.isAutoFilterLocked()).isFalse();
				assertThat(sheet.isSortLocked()).isFalse();
			}
			XSSFSheet summary = workbook.getSheet("Sammanställning");
			assertThat(summary.getRepeatingRows().getFirstRow()).isEqualTo(4);
			assertThat(summary.getRepeatingRows().getLastRow()).isEqualTo(4);
			assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
			assertThat(summary.getCTWorksheet().isSetAutoFilter()).isTrue();
			// the components stacked, and per inhabitant 65+ where small municipalities
			// compare
			assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(2)
				.extracting(chart -> chart.getTitleText().getString())
				.containsExactly("Tilläggsbelopp per kommun och komponent (kr)", "Kronor per invånare 65 år och äldre");
			// on a page of its own, after the table and notes
			assertThat(summary.getRowBreaks()).hasSize(1);
			assertThat(workbook.getName("Kostnad_patient").getRefersToFormula()).isEqualTo("'Parametrar'!$B$13");
		}
	}

	@Test
	void describesItselfInTheDocumentProperties() throws IOException {
		Path file = this.folder.resolve("book.xlsx");

		TillaggsbeloppWorkbook.write(WorkbookFixture.specExample(), file);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			var properties = workbook.getProperties().getCoreProperties();
			assertThat(properties.getTitle()).isEqualTo("Tilläggsbelopp 2027 – version 1 – PRELIMINÄR");
			assertThat(properties.getKeywords())
				.isEqualTo("tilläggsbelopp; hemsjukvård; 2027; version 1; PRELIMINÄR; 85e563aeeaf1");
			assertThat(properties.getSubject()).contains("budgetåret 2027");
			assertThat(properties.getCreated())
				.isEqualTo(java.util.Date.from(WorkbookFixture.CALCULATED_AT.toInstant()));
		}
	}

	@Test
	void isByteIdenticalForTheSameContent() throws IOException {
		Path first = this.folder.resolve("first.xlsx");
		Path second = this.folder.resolve("second.xlsx");

		TillaggsbeloppWorkbook.write(WorkbookFixture.specExample(), first);
		TillaggsbeloppWorkbook.write(WorkbookFixture.specExample(), second);

		assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
	}

	/**
	 * Every cell of the spec example's workbook against the approved dump. After an
	 * intended change: {@code mvn test -Dtest=WorkbookTests -Dapprove=true}, then review
	 * the diff of the approved file like code.
	 */
	@Test
	void matchesTheApprovedDumpCellByCell() throws IOException {
		Path file = this.folder.resolve("book.xlsx");
		TillaggsbeloppWorkbook.write(WorkbookFixture.specExample(), file);
		List<String> actual = WorkbookDump.of(file);

		if (Boolean.getBoolean("approve")) {
			Files.createDirectories(APPROVED.getParent());
			Files.write(APPROVED, actual, StandardCharsets.UTF_8);
		}
		Files.write(Path.of("target/spec-example-2027.workbook.actual.txt"), actual, StandardCharsets.UTF_8);
		assertThat(actual).as("compare target/spec-example-2027.workbook.actual.txt with %s", APPROVED)
			.containsExactlyElementsOf(Files.readAllLines(APPROVED, StandardCharsets.UTF_8));
	}

	private static void setParameter(XSSFWorkbook workbook, String name, double value) {
		org.apache.poi.ss.util.CellReference reference = new org.apache.poi.ss.util.CellReference(
				workbook.getName(name).getRefersToFormula());
		workbook.getSheet(reference.getSheetName())
			.getRow(reference.getRow())
			.getCell(reference.getCol())
			.setCellValue(value);
	}

	private static String line(List<String> dump, String reference) {
		return dump.stream().filter(l -> l.startsWith(reference + " | ")).findFirst().orElseThrow();
	}

	private static XSSFWorkbook filled(WorkbookContent content) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		TillaggsbeloppWorkbook.fill(workbook, content);
		SpreadsheetEvaluator.evaluateAll(workbook);
		return workbook;
	}

	private static List<String> dump(WorkbookContent content) throws IOException {
		try (XSSFWorkbook workbook = filled(content)) {
			return WorkbookDump.of(workbook);
		}
	}

}
