package se.regionorebrolan.tillaggsbelopp.workbook;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputWorkbook;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * Körinformation: which run made this workbook: its identity, time, program version,
 * status, the digest of each input file and how it was read (or the input workbook and
 * its sheets), the digest of the parameters, and the parameters as set.
 */
final class RunSheet {

	static final String NAME = "Körinformation";

	/**
	 * The rows of the facts a Kommunblad shows, in the order {@link #write} writes them.
	 */
	private static final int SHORT_IDENTITY_ROW = 4;

	private static final int VERSION_ROW = 6;

	private static final int STATUS_ROW = 7;

	private static final int CALCULATED_ROW = 8;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

	private RunSheet() {
	}

	/**
	 * A formula for one line with the run's status, version, short identity and time,
	 * e.g. "Status PRELIMINÄR · version 1 · körnings-id 85e563aeeaf1 · beräknad
	 * 2026-11-22 10:15:00 +01:00".
	 */
	static String summary() {
		return "\"Status \"&" + fact(STATUS_ROW) + "&\" · version \"&" + fact(VERSION_ROW) + "&\" · körnings-id \"&"
				+ fact(SHORT_IDENTITY_ROW) + "&\" · beräknad \"&" + fact(CALCULATED_ROW);
	}

	private static String fact(int row) {
		return SheetWriter.quoted(NAME) + "!" + SheetWriter.abs(row, 1);
	}

	static void write(SheetWriter sheet, WorkbookContent content) {
		Styles styles = sheet.styles();
		RunInfo run = content.run();
		sheet.heading(NAME,
				"Vilken körning som gjorde arbetsboken. Samma indata och parametrar ger samma körnings-id.");
		String[][] facts = { { "Körnings-id", run.identity() }, { "Kort körnings-id", run.shortIdentity() },
				{ "Budgetår", String.valueOf(content.budgetYear()) }, { "Version", String.valueOf(run.version()) },
				{ "Status", run.status() }, { "Beräknad", TIME.format(run.calculatedAt()) },
				{ "Programversion", run.softwareVersion() }, { "Parametrarnas SHA-256", run.parametersDigest() } };
		int row = 3;
		for (String[] fact : facts) {
			sheet.text(row, 0, fact[0], styles.totalLabel);
			sheet.text(row++, 1, fact[1], styles.text);
		}
		for (String change : run.statusHistory()) {
			sheet.text(row, 0, "Statushistorik", styles.totalLabel);
			sheet.text(row++, 1, change, styles.text);
		}
		Optional<InputWorkbook> workbook = content.input().workbook();
		if (workbook.isPresent()) {
			sheet.text(row, 0, "Indataarbetsbok", styles.totalLabel);
			sheet.text(row++, 1, workbook.get().name(), styles.text);
		}
		row++;
		sheet.headers(row++, 1, workbook.isPresent() ? "Blad i indataarbetsboken" : "Indatafil", "SHA-256", "Rader",
				"Läst som");
		for (InputFile<?> file : content.input().files()) {
			sheet.text(row, 0, file.name(), styles.text);
			sheet.text(row, 1, file.sha256(), styles.text);
			sheet.number(row, 2, file.rows().size(), styles.integer);
			sheet.text(row++, 3, file.readAs(), styles.text);
		}
		row++;
		sheet.text(row++, 0, "Parametrarna som de angavs, underlag för körnings-id (förklaras på bladet Parametrar)",
				styles.note);
		sheet.headers(row++, 1, "Inställning", "Värde");
		for (Parameter parameter : content.parameters()) {
			sheet.text(row, 0, parameter.property(), styles.text);
			sheet.text(row++, 1, parameter.value(), styles.text);
		}
		sheet.widths(38, 70, 8, 36);
		sheet.print(-1);
		sheet.protect();
	}

}
