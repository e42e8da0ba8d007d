package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.payment.PaymentExample;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment basis as a one-page workbook: the facts that name its version and digests,
 * the amounts, and sums and differences as formulas that agree with the basis.
 */
class PaymentWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void showsTheCorrectionWithPaidFinalAndDifferenceAsFormulas() throws IOException {
		Path file = this.folder.resolve("korrigeringsunderlag-2027-v2-mot-v1.xlsx");

		PaymentWorkbook.write(PaymentExample.correction(), file);

		String sheet = "Korrigeringsunderlag!";
		assertThat(WorkbookDump.of(file)).contains(
				sheet + "A1 |  | Korrigeringsunderlag · Tilläggsbelopp 2027 – version 2 – SLUTLIG | General",
				sheet + "A2 |  | Skillnaden mellan version 2 (SLUTLIG) och den utbetalda version 1, att reglera i "
						+ "mars 2027. | General",
				sheet + "B5 |  | mars 2027 | General",
				sheet + "B6 |  | nr 2: korrigering av det som betalats ut ur version 1 | General",
				sheet + "B8 |  | ef1c38217276" + "1".repeat(52) + " | General",
				sheet + "B9 |  | " + "b".repeat(64) + " | General",
				sheet + "B10 |  | version 1, körnings-id 85e563aeeaf1, resultatfilens SHA-256 aaaaaaaaaaaa… | General",
				sheet + "B11 |  | 2027-03-09 10:00 av tillaggsbelopp 0.1.0 | General",
				sheet + "C14 |  | 7227365 | #,##0 \"kr\"", sheet + "D14 |  | 7452263 | #,##0 \"kr\"",
				// 7 452 263 − 7 227 365 and 3 153 538 − 3 181 795
				sheet + "E14 | =D14-C14 | 224898 | #,##0 \"kr\"", sheet + "E15 | =D15-C15 | -28257 | #,##0 \"kr\"",
				sheet + "C18 | =SUM(C14:C17) | 15041639 | #,##0 \"kr\"",
				sheet + "D18 | =SUM(D14:D17) | 15356496 | #,##0 \"kr\"",
				sheet + "E18 | =SUM(E14:E17) | 314857 | #,##0 \"kr\"");
	}

	@Test
	void showsThePaymentPerMunicipalityWithItsSum() throws IOException {
		Path file = this.folder.resolve("utbetalningsunderlag-2027-v1.xlsx");

		PaymentWorkbook.write(PaymentExample.payment(), file);

		List<String> dump = WorkbookDump.of(file);
		assertThat(WorkbookDump.cells(dump, "Utbetalningsunderlag", "C")).containsExactly(
				"Utbetalningsunderlag!C12 |  | Belopp | General",
				"Utbetalningsunderlag!C13 |  | 7227365 | #,##0 \"kr\"",
				"Utbetalningsunderlag!C14 |  | 3181795 | #,##0 \"kr\"",
				"Utbetalningsunderlag!C15 |  | 2236910 | #,##0 \"kr\"",
				"Utbetalningsunderlag!C16 |  | 2395569 | #,##0 \"kr\"",
				"Utbetalningsunderlag!C17 | =SUM(C13:C16) | 15041639 | #,##0 \"kr\"");
		assertThat(WorkbookDump.value(dump, "Utbetalningsunderlag!B5")).isEqualTo("januari 2027");
		assertThat(WorkbookDump.value(dump, "Utbetalningsunderlag!A13")).isEqualTo("9001");
	}

	@Test
	void printsOnOneA4PageInPortraitWithTheVersionInTheHeader() throws IOException {
		Path file = this.folder.resolve("utbetalningsunderlag-2027-v1.xlsx");
		PaymentWorkbook.write(PaymentExample.payment(), file);

		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			PrintSetup setup = sheet.getPrintSetup();
			assertThat(workbook.getNumberOfSheets()).isOne();
			assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(setup.getLandscape()).isFalse();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(setup.getFitWidth()).isOne();
			assertThat(setup.getFitHeight()).isOne();
			assertThat(sheet.getHeader().getLeft()).isEqualTo("Tilläggsbelopp 2027 – version 1 – SLUTLIG");
			assertThat(sheet.getProtect()).isTrue();
		}
	}

	@Test
	void wrapsADigestOntoTwoLinesWhereTheTableIsNarrowSoThatItPrintsWhole() throws IOException {
		Path payment = this.folder.resolve("payment.xlsx");
		Path correction = this.folder.resolve("correction.xlsx");
		PaymentWorkbook.write(PaymentExample.payment(), payment);
		PaymentWorkbook.write(PaymentExample.correction(), correction);

		// the run id (64 characters) across Kommun and Belopp, 24 + 17 wide: two lines
		assertThat(factRow(payment, 8)).containsExactly("Körnings-id", "true", "2");
		assertThat(factRow(payment, 4)).containsExactly("Budgetår", "true", "1");
		// across Kommun and three amount columns, 24 + 3 × 17 wide: one line
		assertThat(factRow(correction, 8)).containsExactly("Körnings-id", "true", "1");
	}

	/**
	 * A fact's label, whether its value wraps, and how many lines its row has room for.
	 */
	private static List<String> factRow(Path file, int row) throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			// SheetWriter.lines: 13.5 points a line and 2 to spare
			float height = sheet.getRow(row - 1).getHeightInPoints();
			return List.of(sheet.getRow(row - 1).getCell(0).getStringCellValue(),
					String.valueOf(sheet.getRow(row - 1).getCell(1).getCellStyle().getWrapText()),
					String.valueOf(Math.round((height - 2) / 13.5f)));
		}
	}

	@Test
	void writesTheSameBytesForTheSameBasis() throws IOException {
		Path first = this.folder.resolve("first.xlsx");
		Path second = this.folder.resolve("second.xlsx");

		PaymentWorkbook.write(PaymentExample.correction(), first);
		PaymentWorkbook.write(PaymentExample.correction(), second);

		assertThat(Files.mismatch(first, second)).isEqualTo(-1);
	}

}
