package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * The program version that a version's workbook and manifest and a payment basis name is
 * the POM's, which Surefire passes on (pom.xml), as the build wrote it.
 */
class BuildVersionTests {

	private static final String POM_VERSION = System.getProperty("project.version");

	@TempDir
	Path folder;

	@Test
	void theWorkbookTheManifestAndThePaymentBasisNameThePomsVersion() throws IOException {
		Path output = this.folder.resolve("output");
		assertThat(POM_VERSION).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
		assertThat(run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output))).isZero();
		assertThat(run(NOVEMBER_2026, "publish", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027",
				"--tillagg.version=1"))
			.isZero();
		assertThat(run(NOVEMBER_2026, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isZero();
		Path version = only(output.resolve("2027"), "v1-*");

		try (XSSFWorkbook workbook = open(only(version, "*.xlsx"))) {
			assertThat(valueBeside(workbook.getSheet("Körinformation"), "Programversion")).isEqualTo(POM_VERSION);
			assertThat(workbook.getProperties().getCoreProperties().getCreator())
				.isEqualTo("tillaggsbelopp " + POM_VERSION);
		}
		assertThat(Files.readString(version.resolve("manifest.json")))
			.containsPattern("\"softwareVersion\" ?: ?\"" + POM_VERSION.replace(".", "\\.") + "\"");
		try (XSSFWorkbook basis = open(only(output.resolve("2027/utbetalning-1"), "*.xlsx"))) {
			assertThat(valueBeside(basis.getSheetAt(0), "Framtaget")).endsWith(" av tillaggsbelopp " + POM_VERSION);
			assertThat(basis.getProperties().getCoreProperties().getCreator())
				.isEqualTo("tillaggsbelopp " + POM_VERSION);
		}
	}

	private static Path only(Path folder, String glob) throws IOException {
		try (Stream<Path> found = Files.list(folder)) {
			List<Path> matching = found
				.filter(path -> folder.getFileSystem().getPathMatcher("glob:" + glob).matches(path.getFileName()))
				.toList();
			assertThat(matching).as(folder + "/" + glob).hasSize(1);
			return matching.get(0);
		}
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The text of the cell to the right of the first cell with this label. */
	private static String valueBeside(Sheet sheet, String label) {
		for (Row row : sheet) {
			for (int column = row.getFirstCellNum(); column >= 0 && column < row.getLastCellNum(); column++) {
				if (row.getCell(column) != null && label.equals(row.getCell(column).toString())) {
					return row.getCell(column + 1).toString();
				}
			}
		}
		throw new AssertionError("no cell " + label + " on " + sheet.getSheetName());
	}

}
