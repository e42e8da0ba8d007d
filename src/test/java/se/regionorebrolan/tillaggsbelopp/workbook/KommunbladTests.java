package se.regionorebrolan.tillaggsbelopp.workbook;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.regionorebrolan.tillaggsbelopp.bench.SyntheticInput;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kommunblad on the shipped data: one printed page per municipality whose figures are
 * formulas that give Sammanställning's amounts.
 */
class KommunbladTests {

	private static WorkbookContent content;

	private static XSSFWorkbook workbook;

	@BeforeAll
	static void fill() {
		content = WorkbookFixture.content(Path.of("input"), SyntheticInput.parameters(2027));
		workbook = new XSSFWorkbook();
		TillaggsbeloppWorkbook.fill(workbook, content);
		SpreadsheetEvaluator.evaluateAll(workbook);
	}

	@AfterAll
	static void close() throws Exception {
		workbook.close();
	}

	@Test
	void showsEachMunicipalitysComponentsAndTotalAsSammanstallningDoes() {
		XSSFSheet letters = workbook.getSheet(KommunbladSheet.NAME);
		XSSFSheet summary = workbook.getSheet(SummarySheet.NAME);
		List<Municipality> municipalities = content.calculation().municipalities();
		assertThat(municipalities).hasSize(12);
		for (int i = 0; i < municipalities.size(); i++) {
			int summaryRow = SummarySheet.HEADER_ROW + 1 + i;
			assertThat(letters.getRow(KommunbladSheet.row(i, 0)).getCell(0).getStringCellValue()).isEqualTo(
					"Tilläggsbelopp 2027 · " + municipalities.get(i).code() + " " + municipalities.get(i).name());
			for (Component component : Component.values()) {
				assertThat(value(letters, KommunbladSheet.row(i, KommunbladSheet.FIRST_AMOUNT + component.ordinal()),
						KommunbladSheet.VALUE))
					.as("%s, %s", municipalities.get(i).name(), component)
					.isEqualTo(value(summary, summaryRow, SummarySheet.FIRST_COMPONENT + component.ordinal()))
					.isEqualTo(content.calculation().amountsAt(i).amounts().get(component).doubleValue());
			}
			assertThat(value(letters, KommunbladSheet.row(i, KommunbladSheet.TOTAL), KommunbladSheet.VALUE))
				.isEqualTo(value(summary, summaryRow, SummarySheet.TOTAL))
				.isEqualTo(content.calculation().amountsAt(i).total().doubleValue());
			assertThat(letters.getRow(KommunbladSheet.row(i, KommunbladSheet.TOTAL))
				.getCell(KommunbladSheet.CHECK)
				.getStringCellValue()).isEqualTo("OK");
		}
	}

	@Test
	void isEveryFigureAFormula() {
		XSSFSheet letters = workbook.getSheet(KommunbladSheet.NAME);
		letters.forEach(row -> row.forEach(cell -> {
			if (cell.getCellType() != CellType.STRING) {
				assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isEqualTo(CellType.FORMULA);
			}
		}));
	}

	@Test
	void printsOnePortraitPagePerMunicipality() {
		XSSFSheet letters = workbook.getSheet(KommunbladSheet.NAME);
		assertThat(letters.getRowBreaks()).hasSize(11)
			.containsExactly(46, 93, 140, 187, 234, 281, 328, 375, 422, 469, 516);
		assertThat(letters.getPrintSetup().getLandscape()).isFalse();
		assertThat(letters.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
		assertThat(letters.getHeader().getLeft()).isEqualTo("Tilläggsbelopp 2027 – version 1 – PRELIMINÄR");
		assertThat(letters.getFooter().getRight()).isEqualTo("Sida &P av &N");
		assertThat(letters.getRow(KommunbladSheet.row(0, 2)).getCell(0).getStringCellValue()).isEqualTo(
				"Status PRELIMINÄR · version 1 · körnings-id 85e563aeeaf1 · beräknad 2026-11-22 10:15:00 +01:00");
	}

	@Test
	void isCountedOnKontroller() {
		List<String> dump = WorkbookDump.of(workbook);
		assertThat(dump).anyMatch(line -> line.startsWith("Kontroller!B")
				&& line.contains("=COUNTIF('Kommunblad'!$C$1:$C$564,\"FEL\") | 0 |"));
	}

	private static double value(XSSFSheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getNumericCellValue();
	}

}
