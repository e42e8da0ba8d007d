package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.bench.SyntheticInput;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook beyond 290 municipalities: values instead of formulas, the checks made by
 * the program over every municipality.
 */
class CompactWorkbookTests {

	private static final int MUNICIPALITIES = TillaggsbeloppWorkbook.FULL_WORKBOOK_LIMIT + 1;

	@TempDir
	static Path folder;

	private static WorkbookContent content;

	private static Path file;

	@BeforeAll
	static void write() throws IOException {
		SyntheticInput.write(folder.resolve("input"), MUNICIPALITIES, 11L);
		content = WorkbookFixture.content(folder.resolve("input"), SyntheticInput.parameters(2027));
		file = folder.resolve("compact.xlsx");
		TillaggsbeloppWorkbook.write(content, file);
	}

	@Test
	void hasTheSummaryCalculationAndChecksFirstAndNoInputOrForecastSheet() throws IOException {
		try (XSSFWorkbook workbook = open(file)) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("Sammanställning", "Beräkning", "Kontroller", "Index", "Parametrar",
					"Metod", "Körinformation");
			assertThat(workbook.getActiveSheetIndex()).isZero();
		}
	}

	@Test
	void showsEveryMunicipalitysAmountsAsTheEngineComputedThem() throws IOException {
		Calculation calculation = content.calculation();
		try (XSSFWorkbook workbook = open(file)) {
			Sheet summary = workbook.getSheet(SummarySheet.NAME);
			List<MunicipalityAmounts> amounts = calculation.amounts();
			for (int i = 0; i < amounts.size(); i++) {
				Row row = summary.getRow(SummarySheet.HEADER_ROW + 1 + i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(amounts.get(i).municipality().code());
				for (Component component : Component.values()) {
					assertThat(row.getCell(SummarySheet.FIRST_COMPONENT + component.ordinal()).getNumericCellValue())
						.isEqualTo(amounts.get(i).amounts().get(component).doubleValue());
				}
				assertThat(row.getCell(SummarySheet.TOTAL).getNumericCellValue())
					.isEqualTo(amounts.get(i).total().doubleValue());
			}
			Row county = summary.getRow(SummarySheet.HEADER_ROW + 1 + amounts.size());
			assertThat(county.getCell(0).getStringCellValue()).isEqualTo("Länet");
			assertThat(county.getCell(SummarySheet.TOTAL).getNumericCellValue())
				.isEqualTo(calculation.countyTotal().doubleValue());
		}
	}

	@Test
	void hasFormulasOnlyForTheIndexFactorsAndPassesEveryCheck() throws IOException {
		try (XSSFWorkbook workbook = open(file)) {
			for (Sheet sheet : workbook) {
				boolean formulas = false;
				for (Row row : sheet) {
					for (Cell cell : row) {
						formulas |= cell.getCellType() == CellType.FORMULA;
					}
				}
				assertThat(formulas).as(sheet.getSheetName()).isEqualTo(sheet.getSheetName().equals(IndexSheet.NAME));
			}
			Sheet checks = workbook.getSheet(ChecksSheet.NAME);
			assertThat(checks.getRow(ChecksSheet.VERDICT_ROW).getCell(0).getStringCellValue())
				.isEqualTo(ChecksSheet.ALL_PASSED);
			List<String> statuses = new ArrayList<>();
			for (int r = ChecksSheet.VERDICT_ROW + 3; r <= checks.getLastRowNum(); r++) {
				statuses.add(checks.getRow(r).getCell(ChecksSheet.STATUS).getStringCellValue());
			}
			// Three per component, the totals, distance eligibility and the index
			// factors.
			assertThat(statuses).hasSize(3 * 4 + 3).containsOnly("OK");
		}
	}

	/** The row limit check (WorkbookLimits) counts on this layout. */
	@Test
	void takesTheRowsTheLimitCheckCountsOn() throws IOException {
		try (XSSFWorkbook workbook = open(file)) {
			assertThat(workbook.getSheet(CalculationSheet.NAME).getLastRowNum() + 1L)
				.isEqualTo(CompactCalculationSheet.rowsNeeded(MUNICIPALITIES));
		}
	}

	@Test
	void writesTheSameBytesForTheSameContent() throws IOException {
		Path again = folder.resolve("again.xlsx");
		TillaggsbeloppWorkbook.write(content, again);
		assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
	}

	/**
	 * A strict reader that streams the file front to back, without its central directory,
	 * reads every entry: no entry claims ZIP64 sizes it does not have.
	 */
	@Test
	void isAnOrdinaryZipThatAStreamingReaderReads() throws IOException {
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				in.transferTo(OutputStream.nullOutputStream());
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains("xl/workbook.xml", "xl/worksheets/sheet1.xml");
		byte[] bytes = Files.readAllBytes(file);
		// "version needed to extract" of the first local header: 2.0, not 4.5 (ZIP64)
		assertThat(bytes[4]).isEqualTo((byte) 20);
	}

	@Test
	void isForMoreMunicipalitiesThanSwedenHas() {
		assertThat(TillaggsbeloppWorkbook.compact(290)).isFalse();
		assertThat(TillaggsbeloppWorkbook.compact(291)).isTrue();
	}

	private static XSSFWorkbook open(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return new XSSFWorkbook(in);
		}
	}

}
