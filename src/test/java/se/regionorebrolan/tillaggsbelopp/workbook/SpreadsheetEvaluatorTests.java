package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators evaluate as a binary spreadsheet does (decision 21); the numbers are the
 * somatic weight and remainder of 1880 Örebro in the shipped data (NOTES of issue 18).
 */
class SpreadsheetEvaluatorTests {

	@Test
	void multipliesAndDividesTheDoubles() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFRow row = workbook.createSheet("Blad").createRow(0);
			row.createCell(0).setCellValue(1882000);
			row.createCell(1).setCellValue(1.0774400000000002);
			row.createCell(2).setCellFormula("A1*B1");
			row.createCell(3).setCellFormula("C1/7");

			SpreadsheetEvaluator.evaluateAll(workbook);

			// the double product, as Excel and LibreOffice store it; POI 5.5.1 rounds
			// 1.0774400000000002 to 15 digits first and gives 2027742.08
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1882000 * 1.0774400000000002)
				.isEqualTo(2027742.0800000003);
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2027742.0800000003 / 7);
			// the formulas in the file are the ones written
			assertThat(row.getCell(2).getCellFormula()).isEqualTo("A1*B1");
			assertThat(row.getCell(3).getCellFormula()).isEqualTo("C1/7");
		}
	}

	@Test
	void differsFromPoisOwnEvaluator() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFRow row = workbook.createSheet("Blad").createRow(0);
			row.createCell(0).setCellFormula("1882000*1.0774400000000002");

			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2027742.08);
			SpreadsheetEvaluator.evaluateAll(workbook);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2027742.0800000003);
		}
	}

	@Test
	void givesZeroForTwoNumbersThatCancelButForTheirLastBits() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			// 0.1 + 0.2 is 0.30000000000000004 in doubles, 2⁻⁵⁴ from 0.3: LibreOffice
			// (approxSub) and Excel both show 0, not 5.551115123125783E-17; a real
			// difference (1 kr and 1 öre) stays
			XSSFRow row = evaluated(workbook, "0.1+0.2-0.3", "1.01-1");

			assertThat(row.getCell(0).getNumericCellValue()).isZero();
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.01 - 1);
		}
	}

	@Test
	void keepsTheErrorsOfTheOperators() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFRow row = evaluated(workbook, "1/0", "IF(2*3=6,\"OK\",\"FEL\")");

			Cell error = row.getCell(0);
			assertThat(error.getCachedFormulaResultType()).isEqualTo(CellType.ERROR);
			assertThat(error.getErrorCellValue()).isEqualTo(FormulaError.DIV0.getCode());
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("OK");
		}
	}

	/** A row of the given formulas, evaluated. */
	private static XSSFRow evaluated(XSSFWorkbook workbook, String... formulas) {
		XSSFRow row = workbook.createSheet("Blad").createRow(0);
		for (int column = 0; column < formulas.length; column++) {
			row.createCell(column).setCellFormula(formulas[column]);
		}
		SpreadsheetEvaluator.evaluateAll(workbook);
		return row;
	}

}
