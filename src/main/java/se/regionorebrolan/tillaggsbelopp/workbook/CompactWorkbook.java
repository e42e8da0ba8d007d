package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook for more than {@value TillaggsbeloppWorkbook#FULL_WORKBOOK_LIMIT}
 * municipalities. A workbook with a formula for every figure grows to millions of cells
 * that the program must hold and evaluate before it may write them; here the large sheets
 * (Sammanställning, Beräkning, Kontroller) are values streamed to disk a hundred rows at
 * a time, and the checks are made by the program in exact arithmetic over every
 * municipality (see {@link CalculationChecks}). The small sheets (Index, Parametrar,
 * Metod, Körinformation) are the full workbook's, with the index factors as formulas that
 * are evaluated and compared with the engine's. The input files are named with their
 * SHA-256 on Körinformation and archived beside the workbook.
 */
final class CompactWorkbook {

	/** Rows kept in memory per streamed sheet. */
	private static final int ROW_WINDOW = 100;

	private static final List<String> SHEETS = List.of(SummarySheet.NAME, CalculationSheet.NAME, ChecksSheet.NAME,
			IndexSheet.NAME, ParametersSheet.NAME, MethodSheet.NAME, RunSheet.NAME);

	private CompactWorkbook() {
	}

	static void write(WorkbookContent content, Path file) throws IOException {
		try (XSSFWorkbook small = new XSSFWorkbook()) {
			Styles styles = new Styles(small);
			String runLine = content.pageHeader();
			String detail = content.pageDetail();
			ParametersSheet.write(new SheetWriter(small.createSheet(ParametersSheet.NAME), styles, runLine, detail),
					content.calculation().parameters());
			List<CheckedCell> factors = IndexSheet.write(
					new SheetWriter(small.createSheet(IndexSheet.NAME), styles, runLine, detail), content.calculation(),
					content.input().taxBaseGrowth().rows(), Optional.empty());
			MethodSheet.write(new SheetWriter(small.createSheet(MethodSheet.NAME), styles, runLine, detail), true);
			RunSheet.write(new SheetWriter(small.createSheet(RunSheet.NAME), styles, runLine, detail), content);
			SpreadsheetEvaluator.evaluateAll(small);
			List<CalculationChecks.Check> checks = checks(content, factors,
					TillaggsbeloppWorkbook.differences(small, factors));
			if (checks.stream().anyMatch(check -> !check.passed())) {
				throw new IllegalStateException("the compact workbook's checks failed: " + checks.stream()
					.filter(check -> !check.passed())
					.map(check -> check.what() + " (" + check.found() + ")")
					.toList());
			}
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(small, ROW_WINDOW)) {
				// POI's default (Always) marks every entry ZIP64 without the extra
				// field that goes with it, which strict streaming readers refuse; no
				// entry nears 4 GB.
				workbook.setZip64Mode(Zip64Mode.AsNeeded);
				CompactSummarySheet.write(SheetWriter.streamed(workbook, SummarySheet.NAME, styles, runLine, detail),
						content);
				CompactCalculationSheet.write(
						SheetWriter.streamed(workbook, CalculationSheet.NAME, styles, runLine, detail),
						content.calculation());
				CompactChecksSheet.write(SheetWriter.streamed(workbook, ChecksSheet.NAME, styles, runLine, detail),
						checks, content.input().warnings());
				for (int i = 0; i < SHEETS.size(); i++) {
					workbook.setSheetOrder(SHEETS.get(i), i);
				}
				workbook.setActiveSheet(0);
				workbook.setSelectedTab(0);
				TillaggsbeloppWorkbook.save(workbook, small, content, file);
			}
		}
	}

	private static List<CalculationChecks.Check> checks(WorkbookContent content, List<CheckedCell> factors,
			List<String> differences) {
		List<CalculationChecks.Check> checks = new ArrayList<>(
				CalculationChecks.of(content.calculation(), content.input()));
		checks.add(new CalculationChecks.Check("Indexfaktorerna på bladet Index (formler) ger programmets värden",
				factors.size() + " faktorer" + (differences.isEmpty() ? "" : ": " + String.join("; ", differences)),
				differences.isEmpty()));
		return checks;
	}

}
