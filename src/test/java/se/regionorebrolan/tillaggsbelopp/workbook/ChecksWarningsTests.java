package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kontroller lists the input's warnings last, as text under a title, in the full and the
 * compact workbook (issue 14, item 10): a reviewer sees there that a figure was read but
 * looks wrong. They are no checks and leave the verdict alone.
 */
class ChecksWarningsTests {

	@TempDir
	Path folder;

	@Test
	void listsTheWarningsLastInTheFullWorkbookAndKeepsTheVerdict() throws IOException {
		Path input = WorkbookFixture.copyOfSpecExampleInput(this.folder);
		replace(input.resolve("tax_base_growth.csv"), "2026,3.5,", "2026,950,");
		replace(input.resolve("distances.csv"), "9002,Alfa sjukhus,48", "9002,Alfa sjukhus,900");
		WorkbookContent content = WorkbookFixture.content(input, WorkbookFixture.parameters(2027));

		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			TillaggsbeloppWorkbook.fill(workbook, content);
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			Sheet checks = workbook.getSheet(ChecksSheet.NAME);

			assertThat(checks.getRow(ChecksSheet.VERDICT_ROW).getCell(0).getStringCellValue())
				.isEqualTo(ChecksSheet.ALL_PASSED);
			assertThat(lastTexts(checks, 3)).containsExactly("Varningar (2): indata som lästes men bör ses över",
					"distances.csv rad 3, kolumn road_distance_km: värdet \"900\" – ovanligt långt: vägavståndet från "
							+ "en svensk centralort till närmaste sjukhus brukar vara under 300 km; kontrollera enheten "
							+ "(km, inte meter) och decimaltecknet",
					"tax_base_growth.csv rad 6, kolumn growth_percent: värdet \"950\" – ovanlig förändring: "
							+ "skatteunderlaget brukar ändras med mellan −5 och 15 % per år; kontrollera decimaltecknet "
							+ "(950 i stället för 9,50?) och att talet är i procent");
		}
	}

	@Test
	void listsNoWarningsSectionWithoutWarnings() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			TillaggsbeloppWorkbook.fill(workbook, WorkbookFixture.specExample());

			assertThat(texts(workbook.getSheet(ChecksSheet.NAME))).noneMatch(text -> text.startsWith("Varningar"));
		}
	}

	@Test
	void listsTheWarningsLastInTheCompactWorkbook() throws IOException {
		List<InputProblem> warnings = List
			.of(InputProblem.ofField("population.csv", 5, "population_65_plus", "9001", "ovanligt hög andel"));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetWriter sheet = new SheetWriter(workbook.createSheet(ChecksSheet.NAME), new Styles(workbook), "");

			CompactChecksSheet.write(sheet,
					List.of(new CalculationChecks.Check("Somatisk grund: summerar", "1 av 1", true)), warnings);

			assertThat(lastTexts(workbook.getSheet(ChecksSheet.NAME), 2)).containsExactly(
					"Varningar (1): indata som lästes men bör ses över",
					"population.csv rad 5, kolumn population_65_plus: värdet \"9001\" – ovanligt hög andel");
			assertThat(
					workbook.getSheet(ChecksSheet.NAME).getRow(ChecksSheet.VERDICT_ROW).getCell(0).getStringCellValue())
				.isEqualTo(ChecksSheet.ALL_PASSED);
		}
	}

	private static void replace(Path file, String text, String replacement) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(content).contains(text);
		Files.writeString(file, content.replace(text, replacement), StandardCharsets.UTF_8);
	}

	/** The texts of the first column of the sheet's last rows. */
	private static List<String> lastTexts(Sheet sheet, int rows) {
		List<String> texts = new ArrayList<>();
		for (int r = sheet.getLastRowNum() - rows + 1; r <= sheet.getLastRowNum(); r++) {
			texts.add(Optional.ofNullable(sheet.getRow(r))
				.map(row -> row.getCell(0))
				.map(Cell::getStringCellValue)
				.orElse(""));
		}
		return texts;
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

}
