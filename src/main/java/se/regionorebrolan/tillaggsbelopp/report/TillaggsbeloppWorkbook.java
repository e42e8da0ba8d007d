package se.regionorebrolan.tillaggsbelopp.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;

/**
 * The workbook that municipalities review. Before it is written every formula is
 * evaluated and compared with the engine's values; a difference stops the run instead of
 * publishing a sheet that disagrees with the results file. With the same calculation and
 * run info the bytes are the same.
 */
public final class TillaggsbeloppWorkbook {

	private TillaggsbeloppWorkbook() {
	}

	public static void write(Calculation calculation, RunInfo run, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			List<CheckedCell> checks = SummarySheet.write(workbook, styles, calculation, run);
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			verify(workbook, checks);
			describe(workbook.getProperties().getCoreProperties(), calculation, run);
			// A static switch in POI: workbooks must not be written in parallel.
			Reproducibility.runWithSourceDateEpoch(() -> {
				try (OutputStream out = Files.newOutputStream(file)) {
					workbook.write(out);
				}
			});
		}
	}

	/** Compares the evaluated formula cells with the engine's values. */
	static void verify(XSSFWorkbook workbook, List<CheckedCell> checks) {
		for (CheckedCell check : checks) {
			Cell cell = workbook.getSheet(check.sheet()).getRow(check.row()).getCell(check.column());
			BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
			if (value.compareTo(check.expected()) != 0) {
				throw new IllegalStateException("the workbook disagrees with the calculation: " + check.reference()
						+ " is " + value.stripTrailingZeros().toPlainString() + ", expected "
						+ check.expected().toPlainString());
			}
		}
	}

	private static void describe(POIXMLProperties.CoreProperties properties, Calculation calculation, RunInfo run) {
		int year = calculation.parameters().budgetYear();
		properties.setTitle("Tilläggsbelopp " + year);
		properties.setSubjectProperty("Tilläggsbelopp för hälso- och sjukvård i hemmet, budgetåret " + year);
		properties.setKeywords("tilläggsbelopp; hemsjukvård; " + year + "; " + run.shortIdentity());
		properties.setCreator("tillaggsbelopp");
		properties.setCreated(java.util.Optional.of(Date.from(run.calculatedAt().toInstant())));
	}

}
