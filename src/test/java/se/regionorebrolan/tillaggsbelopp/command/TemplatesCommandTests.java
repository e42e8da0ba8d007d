package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookDump;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * The templates command: an input workbook with instructions, headers and drop-down
 * lists, and blank CSV files, which the readers accept as they are; never over an
 * existing file, and never from input with problems.
 */
@ExtendWith(OutputCaptureExtension.class)
class TemplatesCommandTests {

	@TempDir
	Path folder;

	@Test
	void writesAWorkbookAndCsvFilesThatTheReadersAccept() throws Exception {
		Path templates = this.folder.resolve("mallar");

		assertThat(run(NOVEMBER_2026, "templates", "--tillagg.templates-dir=" + templates)).isZero();

		assertThat(Files.readString(templates.resolve("csv/population.csv"), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFKommunkod;Referensdatum;Folkmängd;Antal 65 och äldre;Källa\r\n");
		InputSet csv = InputReader.read(templates.resolve("csv"));
		assertThat(csv.files()).extracting(InputFile::readAs).containsOnly("UTF-8 med BOM, semikolon, decimalkomma");
		InputSet workbook = InputReader.readWorkbook(templates.resolve("indata.xlsx"));
		assertThat(workbook.files()).allMatch(file -> file.rows().isEmpty());
		assertThat(csv.warnings()).isEmpty();
		assertThat(workbook.warnings()).isEmpty();
		try (XSSFWorkbook book = new XSSFWorkbook(templates.resolve("indata.xlsx").toFile())) {
			assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName)).containsExactly(
					"Instruktioner", "Kommuner", "Befolkning", "Avstånd", "Skatteunderlag", "Somatik", "Psykiatri",
					"Mätning");
			assertThat(lists(book.getSheet("Skatteunderlag"))).containsExactly("C2:C1048576 utfall,prognos");
			assertThat(lists(book.getSheet("Mätning"))).containsExactly("C2:C1048576 1,2,3,4");
			assertThat(book.getSheet("Befolkning").getColumnStyle(0).getDataFormatString()).isEqualTo("@");
			List<String> dump = WorkbookDump.of(book);
			assertThat(WorkbookDump.value(dump, "Skatteunderlag!A1")).isEqualTo("År");
			assertThat(WorkbookDump.cells(dump, "Instruktioner", "A"))
				.anyMatch(line -> line.contains("| Befolkning (population.csv) |"));
		}
	}

	@Test
	void neverOverwritesAFile(CapturedOutput console) throws IOException {
		Path templates = this.folder.resolve("mallar");
		Path existing = Files.createDirectories(templates.resolve("csv")).resolve("distances.csv");
		Files.writeString(existing, "mina avstånd");
		List<String> before = snapshot(templates);

		assertThat(run(NOVEMBER_2026, "templates", "--tillagg.templates-dir=" + templates)).isEqualTo(2);

		assertThat(snapshot(templates)).isEqualTo(before);
		assertThat(console.getErr()).contains("Mallarna skrevs inte: filerna nedan finns redan, och en fil skrivs "
				+ "aldrig över. Ta bort dem eller ange en annan mapp med --tillagg.templates-dir=<mapp>.\n  - "
				+ existing.toAbsolutePath());
	}

	@Test
	void doesNotPrefillFromInputWithProblems(CapturedOutput console) throws IOException {
		Path input = specExampleInput(this.folder);
		Files.writeString(input.resolve("distances.csv"), "municipality_code,nearest_hospital,road_distance_km\n"
				+ "9001,Alfa sjukhus,4\n9002,Alfa sjukhus,48km\n");
		Path templates = this.folder.resolve("mallar");

		assertThat(run(NOVEMBER_2026, "templates", "--tillagg.input-dir=" + input,
				"--tillagg.templates-dir=" + templates, "--tillagg.templates-prefill=true"))
			.isEqualTo(2);

		assertThat(templates).doesNotExist();
		assertThat(console.getErr()).contains("Indata har fel – mallarna skrevs inte (1 fel):\n  - distances.csv rad "
				+ "3, kolumn road_distance_km: värdet \"48km\" – förväntat ett avstånd i km ≥ 0 med punkt som "
				+ "decimaltecken, t.ex. 36.5");
	}

	/** The drop-down lists of a sheet: range and values. */
	private static List<String> lists(XSSFSheet sheet) {
		return sheet.getDataValidations()
			.stream()
			.filter(validation -> validation.getValidationConstraint()
				.getValidationType() == DataValidationConstraint.ValidationType.LIST)
			.map(validation -> validation.getRegions().getCellRangeAddress(0).formatAsString() + " "
					+ String.join(",", validation.getValidationConstraint().getExplicitListValues()))
			.toList();
	}

}
