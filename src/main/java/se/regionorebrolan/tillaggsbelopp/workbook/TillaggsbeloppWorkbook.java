package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * The workbook that municipalities review: every amount is a formula that a reader can
 * follow back to the input in Excel. Before the file is written every formula is
 * evaluated and compared with the engine's values, and every check on the Kontroller
 * sheet must pass; a difference stops the run instead of publishing a workbook that
 * disagrees with the results file. With the same content the bytes are the same.
 * <p>
 * Beyond {@value #FULL_WORKBOOK_LIMIT} municipalities (every municipality in Sweden) the
 * workbook is the compact one of {@link CompactWorkbook}: values instead of formulas.
 */
public final class TillaggsbeloppWorkbook {

	/** The most municipalities the workbook is written for with all its formulas. */
	public static final int FULL_WORKBOOK_LIMIT = 290;

	/**
	 * The sheets in the order a reader meets them; Jämförelse only when there is an
	 * earlier version.
	 */
	private static final List<String> SHEETS = List.of(SummarySheet.NAME, KommunbladSheet.NAME, ComparisonSheet.NAME,
			CalculationSheet.NAME, ChecksSheet.NAME, ForecastSheet.NAME, IndexSheet.NAME, InputSheet.NAME,
			ParametersSheet.NAME, MethodSheet.NAME, RunSheet.NAME);

	private TillaggsbeloppWorkbook() {
	}

	public static void write(WorkbookContent content, Path file) throws IOException {
		if (compact(content.calculation().municipalities().size())) {
			CompactWorkbook.write(content, file);
			return;
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			List<CheckedCell> checks = fill(workbook, content);
			SpreadsheetEvaluator.evaluateAll(workbook);
			verify(workbook, checks);
			save(workbook, workbook, content, file);
		}
	}

	/** Whether the workbook for this many municipalities is the compact one. */
	static boolean compact(int municipalities) {
		return municipalities > FULL_WORKBOOK_LIMIT;
	}

	/**
	 * Writes the file with the run's properties; {@code properties} is the workbook
	 * itself or the one a streamed workbook is built on.
	 */
	static void save(Workbook workbook, XSSFWorkbook properties, WorkbookContent content, Path file)
			throws IOException {
		describe(properties.getProperties().getCoreProperties(), content);
		writeReproducibly(workbook, file);
	}

	/**
	 * Writes the file; with the same content and creation date, the bytes are the same.
	 */
	static void writeReproducibly(Workbook workbook, Path file) throws IOException {
		// A static switch in POI: workbooks must not be written in parallel.
		Reproducibility.runWithSourceDateEpoch(() -> {
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		});
	}

	/**
	 * Writes every sheet; the sheets that define names come before the formulas that use
	 * them. Returns the cells that must equal the engine's values.
	 */
	static List<CheckedCell> fill(XSSFWorkbook workbook, WorkbookContent content) {
		Styles styles = new Styles(workbook);
		Map<String, SheetWriter> sheets = new LinkedHashMap<>();
		for (String name : SHEETS) {
			if (!name.equals(ComparisonSheet.NAME) || content.comparison().isPresent()) {
				sheets.put(name, new SheetWriter(workbook.createSheet(name), styles, content.pageHeader(),
						content.pageDetail()));
			}
		}
		ParametersSheet.write(sheets.get(ParametersSheet.NAME), content.calculation().parameters());
		InputCells input = InputSheet.write(sheets.get(InputSheet.NAME), content.input(),
				content.calculation().parameters());
		List<CheckedCell> checks = new ArrayList<>(IndexSheet.write(sheets.get(IndexSheet.NAME), content.calculation(),
				content.input().taxBaseGrowth().rows(), Optional.of(input)));
		CalculationSheet.Layout layout = CalculationSheet.write(sheets.get(CalculationSheet.NAME),
				content.calculation(), input);
		checks.addAll(layout.checks());
		checks.addAll(SummarySheet.write(sheets.get(SummarySheet.NAME), content, layout));
		KommunbladSheet.write(sheets.get(KommunbladSheet.NAME), content, layout);
		content.comparison()
			.ifPresent(comparison -> ComparisonSheet.write(sheets.get(ComparisonSheet.NAME), comparison,
					content.calculation().municipalities().stream().map(Municipality::code).toList()));
		checks.addAll(ForecastSheet.write(sheets.get(ForecastSheet.NAME), content));
		MethodSheet.write(sheets.get(MethodSheet.NAME), false);
		RunSheet.write(sheets.get(RunSheet.NAME), content);
		ChecksSheet.write(sheets.get(ChecksSheet.NAME), content, layout, checks);
		workbook.setActiveSheet(0);
		return checks;
	}

	/**
	 * Compares the evaluated formulas with the engine's values and requires every check
	 * to pass.
	 */
	static void verify(XSSFWorkbook workbook, List<CheckedCell> checks) {
		List<String> differences = differences(workbook, checks);
		String verdict = cell(workbook, ChecksSheet.NAME, ChecksSheet.VERDICT_ROW, 0).getStringCellValue();
		if (!differences.isEmpty() || !ChecksSheet.ALL_PASSED.equals(verdict)) {
			throw new IllegalStateException(
					"the workbook disagrees with the calculation (" + verdict + "): " + String.join("; ", differences));
		}
	}

	/** The checked cells whose evaluated value is not the engine's, described. */
	static List<String> differences(XSSFWorkbook workbook, List<CheckedCell> checks) {
		List<String> differences = new ArrayList<>();
		for (CheckedCell check : checks) {
			double value = cell(workbook, check.sheet(), check.row(), check.column()).getNumericCellValue();
			if (!check.matches(value)) {
				differences.add(check.reference() + " (" + check.what() + ") is " + value + ", expected "
						+ check.expected().toPlainString());
			}
		}
		return differences;
	}

	private static Cell cell(XSSFWorkbook workbook, String sheetName, int row, int column) {
		XSSFSheet sheet = workbook.getSheet(sheetName);
		return sheet.getRow(row).getCell(column);
	}

	private static void describe(POIXMLProperties.CoreProperties properties, WorkbookContent content) {
		int year = content.budgetYear();
		properties.setTitle("Tilläggsbelopp " + year + " – " + content.run().versionAndStatus());
		properties.setSubjectProperty("Tilläggsbelopp för hälso- och sjukvård i hemmet till kommunerna i Örebro län, "
				+ "budgetåret " + year);
		properties.setKeywords("tilläggsbelopp; hemsjukvård; " + year + "; version " + content.run().version() + "; "
				+ content.run().status() + "; " + content.run().shortIdentity());
		properties.setCreator("tillaggsbelopp " + content.run().softwareVersion());
		properties.setCreated(Optional.of(Date.from(content.run().calculatedAt().toInstant())));
	}

}
