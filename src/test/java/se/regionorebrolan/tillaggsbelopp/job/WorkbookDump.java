package se.regionorebrolan.tillaggsbelopp.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as readable lines, one per non-empty cell
 * ({@code Sammanställning!C6 = 5340600},
 * {@code Sammanställning!G6 = SUM(C6:F6) → 7227365}), so that a test failure names the
 * cell.
 */
final class WorkbookDump {

	private WorkbookDump() {
	}

	static List<String> of(Path workbook) {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			List<String> lines = new ArrayList<>();
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String value = value(cell);
						if (!value.isEmpty()) {
							lines.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + value);
						}
					}
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The lines of one sheet's cells in the given columns and rows, e.g. a table body.
	 */
	static List<String> cells(List<String> dump, String sheet, String cellPrefix) {
		return dump.stream().filter(line -> line.startsWith(sheet + "!" + cellPrefix)).toList();
	}

	private static String value(Cell cell) {
		if (cell.getCellType() == CellType.FORMULA) {
			return cell.getCellFormula() + " → " + number(cell.getNumericCellValue());
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return number(cell.getNumericCellValue());
		}
		return cell.getStringCellValue();
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
