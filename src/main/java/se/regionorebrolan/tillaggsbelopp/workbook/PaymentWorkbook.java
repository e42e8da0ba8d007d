package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentBasis;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentLine;
import se.regionorebrolan.tillaggsbelopp.payment.VersionReference;
import se.regionorebrolan.tillaggsbelopp.version.RunStatus;

/**
 * The payment basis as a one-page document to print and sign: year, month, the version
 * and digests it is paid from, and per municipality the amount (for a correction: paid,
 * final and the difference). Sums and differences are formulas, checked against the basis
 * before the file is written, as in the review workbook.
 */
public final class PaymentWorkbook {

	private static final int FIRST_FACT_ROW = 3;

	private static final int CODE = 0;

	private static final int NAME = 1;

	/** The first amount column: the amount, or for a correction what was paid before. */
	private static final int AMOUNT = 2;

	/** Wide enough for the longest label, "Resultatfilens SHA-256". */
	private static final int LABEL_WIDTH = 23;

	private static final int NAME_WIDTH = 24;

	private static final int AMOUNT_WIDTH = 17;

	private PaymentWorkbook() {
	}

	public static void write(PaymentBasis basis, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			String runLine = "Tilläggsbelopp " + basis.budgetYear() + " – version " + basis.paid().version() + " – "
					+ RunStatus.SLUTLIG.label();
			SheetWriter sheet = new SheetWriter(workbook.createSheet(basis.title()), new Styles(workbook), runLine);
			List<CheckedCell> checks = fill(sheet, basis);
			SpreadsheetEvaluator.evaluateAll(workbook);
			List<String> differences = TillaggsbeloppWorkbook.differences(workbook, checks);
			if (!differences.isEmpty()) {
				throw new IllegalStateException(
						"the payment workbook disagrees with the basis: " + String.join("; ", differences));
			}
			describe(workbook.getProperties().getCoreProperties(), basis);
			TillaggsbeloppWorkbook.writeReproducibly(workbook, file);
		}
	}

	private static List<CheckedCell> fill(SheetWriter sheet, PaymentBasis basis) {
		int lastColumn = basis.isCorrection() ? AMOUNT + 2 : AMOUNT;
		sheet.heading(basis.title(), subtitle(basis));
		int row = FIRST_FACT_ROW;
		CellStyle label = sheet.sheet().getWorkbook().createCellStyle();
		label.cloneStyleFrom(sheet.styles().header);
		// beside a value on two lines, the label stands on the first
		label.setVerticalAlignment(VerticalAlignment.TOP);
		for (String[] fact : facts(basis)) {
			fact(sheet, row++, fact, label, lastColumn);
		}
		row++;
		List<CheckedCell> checks = new ArrayList<>();
		int firstLine = row + 1;
		row = lines(sheet, row, basis, checks);
		total(sheet, row, firstLine, basis, checks);
		Styles styles = sheet.styles();
		sheet.text(row + 3, CODE, "Attesteras av: ………………………………………………    Datum: ………………………", styles.text);
		sheet.text(row + 5, CODE, "Hela kronor. CSV-filen med samma namn är samma underlag för ekonomisystemet.",
				styles.note);
		sheet.widths(LABEL_WIDTH, NAME_WIDTH, AMOUNT_WIDTH, AMOUNT_WIDTH, AMOUNT_WIDTH);
		sheet.printOnOnePage();
		sheet.protect();
		return checks;
	}

	private static String subtitle(PaymentBasis basis) {
		String month = SwedishFormat.month(basis.paymentMonth());
		return basis.paidBefore()
			.map(before -> "Skillnaden mellan version " + basis.paid().version()
					+ " (SLUTLIG) och den utbetalda version " + before.version() + ", att reglera i " + month + ".")
			.orElse("Tilläggsbeloppen att betala ut till kommunerna i " + month + ", ur den slutliga versionen.");
	}

	private static List<String[]> facts(PaymentBasis basis) {
		VersionReference paid = basis.paid();
		List<String[]> facts = new ArrayList<>();
		facts.add(new String[] { "Budgetår", String.valueOf(basis.budgetYear()) });
		facts.add(new String[] { "Utbetalningsmånad", SwedishFormat.month(basis.paymentMonth()) });
		facts.add(new String[] { "Underlag",
				"nr " + basis.number() + ": "
						+ basis.paidBefore()
							.map(before -> "korrigering av det som betalats ut ur version " + before.version())
							.orElse("utbetalning") });
		facts.add(new String[] { "Version", paid.version() + " (" + RunStatus.SLUTLIG.label() + ")" });
		facts.add(new String[] { "Körnings-id", paid.identity() });
		facts.add(new String[] { "Resultatfilens SHA-256", paid.resultsSha256() });
		basis.paidBefore()
			.ifPresent(before -> facts.add(new String[] { "Utbetalt tidigare",
					"version " + before.version() + ", körnings-id " + before.runId() + ", resultatfilens SHA-256 "
							+ before.resultsSha256().substring(0, 12) + "…" }));
		facts.add(new String[] { "Framtaget",
				SwedishFormat.minute(basis.producedAt()) + " av tillaggsbelopp " + basis.softwareVersion() });
		return facts;
	}

	/**
	 * A label and a value that may be as long as a digest, across the table's width and
	 * wrapped onto as many lines as it needs, so that a printed digest is whole.
	 */
	private static void fact(SheetWriter sheet, int row, String[] fact, CellStyle label, int lastColumn) {
		sheet.text(row, CODE, fact[0], label);
		sheet.text(row, NAME, fact[1], sheet.styles().wrapped);
		sheet.sheet().addMergedRegion(new CellRangeAddress(row, row, NAME, lastColumn));
		int width = NAME_WIDTH + AMOUNT_WIDTH * (lastColumn - NAME);
		sheet.lines(row, (fact[1].length() + width - 1) / width);
	}

	/** The table: headings, then one row per municipality. Returns the row after it. */
	private static int lines(SheetWriter sheet, int row, PaymentBasis basis, List<CheckedCell> checks) {
		Styles styles = sheet.styles();
		Optional<VersionReference> before = basis.paidBefore();
		if (before.isPresent()) {
			sheet.headers(row++, 2, "Kommunkod", "Kommun", "Utbetalt ur version " + before.get().version(),
					"Slutligt enligt version " + basis.paid().version(), "Att reglera");
		}
		else {
			sheet.headers(row++, 1, "Kommunkod", "Kommun", "Belopp");
		}
		for (PaymentLine line : basis.lines()) {
			sheet.text(row, CODE, line.municipalityCode(), styles.text);
			sheet.text(row, NAME, line.municipalityName(), styles.text);
			if (before.isPresent()) {
				sheet.number(row, AMOUNT, line.paidBefore(), styles.kronor);
				sheet.number(row, AMOUNT + 1, line.finalAmount(), styles.kronor);
				sheet.formula(row, AMOUNT + 2, SheetWriter.ref(row, AMOUNT + 1) + "-" + SheetWriter.ref(row, AMOUNT),
						styles.kronor);
				checks.add(CheckedCell.kronor("Att reglera, " + line.municipalityCode() + " " + line.municipalityName(),
						sheet.name(), row, AMOUNT + 2, line.amount()));
			}
			else {
				sheet.number(row, AMOUNT, line.amount(), styles.kronor);
			}
			row++;
		}
		return row;
	}

	/** The sums of the amount columns, each checked against the basis. */
	private static void total(SheetWriter sheet, int row, int firstLine, PaymentBasis basis, List<CheckedCell> checks) {
		Styles styles = sheet.styles();
		sheet.text(row, CODE, "Summa", styles.totalLabel);
		sheet.text(row, NAME, "", styles.totalLabel);
		List<BigDecimal> sums = basis.isCorrection()
				? List.of(sum(basis, PaymentLine::paidBefore), sum(basis, PaymentLine::finalAmount), basis.amount())
				: List.of(basis.amount());
		for (int i = 0; i < sums.size(); i++) {
			int column = AMOUNT + i;
			sheet.formula(row, column,
					"SUM(" + SheetWriter.ref(firstLine, column) + ":" + SheetWriter.ref(row - 1, column) + ")",
					styles.totalKronor);
			checks.add(CheckedCell.kronor("Summa, kolumn " + (column + 1), sheet.name(), row, column, sums.get(i)));
		}
	}

	private static BigDecimal sum(PaymentBasis basis, Function<PaymentLine, BigDecimal> amount) {
		return basis.lines().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static void describe(POIXMLProperties.CoreProperties properties, PaymentBasis basis) {
		properties.setTitle(basis.title() + " " + basis.budgetYear() + " – version " + basis.paid().version());
		properties.setSubjectProperty("Tilläggsbelopp till kommunerna i Örebro län, budgetåret " + basis.budgetYear()
				+ ", " + SwedishFormat.month(basis.paymentMonth()));
		properties.setCreator("tillaggsbelopp " + basis.softwareVersion());
		properties.setCreated(Optional.of(Date.from(basis.producedAt().toInstant())));
	}

}
