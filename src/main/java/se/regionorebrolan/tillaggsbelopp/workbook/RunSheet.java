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

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

	private RunSheet() {
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
