package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.input.CsvWorkbook;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookDump;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.fileEndingWith;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runWithOperatorConfig;

/**
 * The shipped data as one input workbook, typed the way a finance officer keeps it (a
 * total row, an empty row, distances as text with decimal commas, formulas), gives the
 * results of the CSV files; the run archives the workbook, says so in its workbook, is
 * recognised when run again and can be verified from its archive.
 */
@ExtendWith(OutputCaptureExtension.class)
class InputWorkbookJobTests {

	private static final Path SHIPPED = Path.of("input");

	/** The run of the shipped CSV files with the shipped configuration. */
	private static Path csvRun;

	@TempDir
	Path folder;

	@BeforeAll
	static void calculateTheCsvFiles(@TempDir Path output) {
		assertThat(runWithOperatorConfig(NOVEMBER_2026, "--tillagg.output-dir=" + output)).isZero();
		csvRun = runFolders(output, 2027).get(0);
	}

	@Test
	void theShippedDataAsAWorkbookGivesTheResultsOfTheCsvFiles(CapturedOutput console) throws IOException {
		Path workbook = asAFinanceOfficerKeepsIt(this.folder.resolve("indata.xlsx"));
		Path fromWorkbook = this.folder.resolve("workbook-output");

		assertThat(runWithOperatorConfig(NOVEMBER_2026, "--tillagg.input-workbook=" + workbook,
				"--tillagg.output-dir=" + fromWorkbook))
			.isZero();

		Path workbookRun = runFolders(fromWorkbook, 2027).get(0);
		assertThat(Files.readAllBytes(fileEndingWith(workbookRun, ".csv")))
			.isEqualTo(Files.readAllBytes(fileEndingWith(csvRun, ".csv")));
		assertThat(workbookRun.getFileName()).isNotEqualTo(csvRun.getFileName());
		assertThat(console.getOut())
			.contains("Psykiatri rad 26: summaraden (\"Summa\") läses inte som data; programmet summerar själv");
		try (Stream<Path> archived = Files.list(workbookRun.resolve("indata"))) {
			assertThat(archived).containsExactly(workbookRun.resolve("indata/indata.xlsx"));
		}
		assertThat(workbookRun.resolve("indata/indata.xlsx")).hasSameBinaryContentAs(workbook);
		assertThat(Files.readString(workbookRun.resolve("manifest.json"), StandardCharsets.UTF_8))
			.contains("\"inputWorkbook\" : \"indata.xlsx\"");
		assertThat(Files.readString(csvRun.resolve("manifest.json"), StandardCharsets.UTF_8))
			.doesNotContain("inputWorkbook");
		List<String> dump = WorkbookDump.of(fileEndingWith(workbookRun, ".xlsx"));
		assertThat(WorkbookDump.value(dump, "Indata!A2")).startsWith("Bladen i indataarbetsboken indata.xlsx som de");
		assertThat(WorkbookDump.value(dump, "Indata!A4")).isEqualTo("Kommuner");
		assertThat(WorkbookDump.value(dump, "Indata!A5")).isEqualTo("Rad i bladet");
		assertThat(
				Stream.of("A13", "B13", "A15", "B15").map(cell -> WorkbookDump.value(dump, "Körinformation!" + cell)))
			.containsExactly("Indataarbetsbok", "indata.xlsx", "Blad i indataarbetsboken", "SHA-256");
		assertThat(runWithOperatorConfig(NOVEMBER_2026, "--tillagg.input-workbook=" + workbook,
				"--tillagg.output-dir=" + fromWorkbook))
			.isZero();
		assertThat(runWithOperatorConfig(NOVEMBER_2026, "verify", "--tillagg.output-dir=" + fromWorkbook,
				"--tillagg.budget-year=2027", "--tillagg.version=1"))
			.isZero();
		assertThat(runFolders(fromWorkbook, 2027)).hasSize(1);
		assertThat(console.getOut()).contains("är redan beräknat med exakt samma indata och parametrar: version 1")
			.contains("är verifierad");
	}

	@Test
	void thePrefilledTemplateGivesTheResultsOfTheCsvFiles() throws IOException {
		Path templates = this.folder.resolve("mallar");
		Path output = this.folder.resolve("output");

		assertThat(runWithOperatorConfig(NOVEMBER_2026, "templates", "--tillagg.templates-dir=" + templates,
				"--tillagg.templates-prefill=true"))
			.isZero();
		assertThat(runWithOperatorConfig(NOVEMBER_2026, "--tillagg.input-workbook=" + templates.resolve("indata.xlsx"),
				"--tillagg.output-dir=" + output))
			.isZero();

		assertThat(Files.readAllBytes(fileEndingWith(runFolders(output, 2027).get(0), ".csv")))
			.isEqualTo(Files.readAllBytes(fileEndingWith(csvRun, ".csv")));
	}

	@Test
	void refusesABadCellNamingItAndWritesNothing(CapturedOutput console) {
		CsvWorkbook book = CsvWorkbook.of(SHIPPED);
		book.uncalculated("Befolkning!C2", "1000+7116");
		Path output = this.folder.resolve("output");

		assertThat(runWithOperatorConfig(NOVEMBER_2026,
				"--tillagg.input-workbook=" + book.write(this.folder.resolve("indata.xlsx")),
				"--tillagg.output-dir=" + output))
			.isEqualTo(2);

		assertThat(output).doesNotExist();
		assertThat(console.getErr()).contains("  - Befolkning!C2, kolumn population_total: värdet \"=1000+7116\" – "
				+ "formeln har inget sparat värde; öppna arbetsboken i Excel och spara den, så att värdet räknas ut "
				+ "och sparas");
	}

	@Test
	void refusesAnInputFolderAndAWorkbookBothOnTheCommandLine(CapturedOutput console) {
		assertThat(run(NOVEMBER_2026, "--tillagg.input-dir=input", "--tillagg.input-workbook=indata.xlsx"))
			.isEqualTo(2);

		assertThat(console.getErr()).contains("  - kommandoraden: --tillagg.input-dir och --tillagg.input-workbook "
				+ "anges båda; ange en av dem: mappen med de sju CSV-filerna eller indataarbetsboken");
	}

	@Test
	void readsTheFolderGivenOnTheCommandLineOverAWorkbookInTheConfiguration(CapturedOutput console) throws IOException {
		Path config = Files.writeString(this.folder.resolve("application.yml"),
				"tillagg:\n  input-workbook: " + this.folder.resolve("saknas.xlsx") + "\n");

		assertThat(run(NOVEMBER_2026, "info", "--spring.config.additional-location=" + config,
				"--tillagg.input-dir=input"))
			.isZero();
		assertThat(run(NOVEMBER_2026, "info", "--spring.config.additional-location=" + config)).isZero();

		assertThat(console.getOut()).contains("Indata: CSV-filerna i " + SHIPPED.toAbsolutePath())
			.contains("Indata: arbetsboken " + this.folder.resolve("saknas.xlsx"));
	}

	/**
	 * The shipped data with a total row under the invoices (which add up, so it would
	 * double them if it were read), an empty row among the population, the distances as
	 * text with decimal commas and a population figure as a formula.
	 */
	private static Path asAFinanceOfficerKeepsIt(Path file) {
		CsvWorkbook book = CsvWorkbook.of(SHIPPED);
		Sheet invoices = book.workbook().getSheet("Psykiatri");
		Row total = invoices.createRow(invoices.getLastRowNum() + 1);
		total.createCell(0).setCellValue("Summa");
		total.createCell(2).setCellFormula("SUM(C2:C" + total.getRowNum() + ")");
		Sheet population = book.workbook().getSheet("Befolkning");
		population.shiftRows(10, population.getLastRowNum(), 1);
		for (Row row : book.workbook().getSheet("Avstånd")) {
			if (row.getRowNum() > 0) {
				String km = String.valueOf(row.getCell(2).getNumericCellValue()).replace('.', ',');
				row.getCell(2).setCellValue(km);
			}
		}
		double total2023 = book.cell("Befolkning!C2").getNumericCellValue();
		book.cell("Befolkning!C2").setCellFormula((total2023 - 100) + "+100");
		XSSFFormulaEvaluator.evaluateAllFormulaCells(book.workbook());
		return book.write(file);
	}

}
