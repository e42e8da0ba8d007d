package se.regionorebrolan.tillaggsbelopp.workbook;

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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as readable lines, one per non-empty cell: sheet and cell, formula, value
 * and number format ({@code Sammanställning!G6 | SUM(C6:F6) | 7227365 | #,##0 "kr"}), so
 * that a test failure names the cell.
 */
public final class WorkbookDump {

	private WorkbookDump() {
	}

	public static List<String> of(Path workbook) {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			return of(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<String> of(Workbook book) {
		List<String> lines = new ArrayList<>();
		for (Sheet sheet : book) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					String value = value(cell);
					if (!value.isEmpty()) {
						lines.add(sheet.getSheetName() + "!" + cell.getAddress() + " | " + formula(cell) + " | " + value
								+ " | " + cell.getCellStyle().getDataFormatString());
					}
				}
			}
		}
		return lines;
	}

	/** The lines of one sheet whose cell address starts with a prefix, e.g. a column. */
	public static List<String> cells(List<String> dump, String sheet, String cellPrefix) {
		return dump.stream().filter(line -> line.startsWith(sheet + "!" + cellPrefix)).toList();
	}

	/** The value of one cell in a dump. */
	public static String value(List<String> dump, String reference) {
		return dump.stream()
			.filter(line -> line.startsWith(reference + " | "))
			.map(line -> line.split(" \\| ")[2])
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cell " + reference + " in the dump"));
	}

	private static String formula(Cell cell) {
		return (cell.getCellType() == CellType.FORMULA) ? "=" + cell.getCellFormula() : "";
	}

	private static String value(Cell cell) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			// a line break inside a cell as \n, so that each cell stays on one line
			case STRING -> cell.getStringCellValue().replace("\n", "\\n");
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
