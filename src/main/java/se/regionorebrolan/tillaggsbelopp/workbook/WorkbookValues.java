package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Compares the cells of two workbooks, value and formula, and names every cell that
 * differs; used to verify a stored workbook against one written anew from the archive.
 */
public final class WorkbookValues {

	private WorkbookValues() {
	}

	/**
	 * Every difference, as {@code Sheet!C6: 5340600 ≠ 5340601}; empty when the values are
	 * the same.
	 */
	public static List<String> differences(Path expected, Path actual) throws IOException {
		Map<String, String> expectedCells = cells(expected);
		Map<String, String> actualCells = cells(actual);
		List<String> differences = new ArrayList<>();
		expectedCells.forEach((cell, value) -> {
			String other = actualCells.getOrDefault(cell, "(tom)");
			if (!value.equals(other)) {
				differences.add(cell + ": " + other + " ≠ " + value);
			}
		});
		actualCells.keySet()
			.stream()
			.filter(cell -> !expectedCells.containsKey(cell))
			.forEach(cell -> differences.add(cell + ": " + actualCells.get(cell) + " ≠ (tom)"));
		return differences;
	}

	private static Map<String, String> cells(Path workbook) throws IOException {
		Map<String, String> cells = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String value = value(cell);
						if (!value.isEmpty()) {
							cells.put(sheet.getSheetName() + "!" + cell.getAddress(), value);
						}
					}
				}
			}
		}
		return cells;
	}

	private static String value(Cell cell) {
		String formula = (cell.getCellType() == CellType.FORMULA) ? "=" + cell.getCellFormula() + " → " : "";
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String value = switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
		return Objects.requireNonNull(value).isEmpty() && formula.isEmpty() ? "" : formula + value;
	}

}
