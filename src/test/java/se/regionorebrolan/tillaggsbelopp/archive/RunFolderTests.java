package se.regionorebrolan.tillaggsbelopp.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunFolderTests {

	@TempDir
	Path folder;

	@Test
	void writesTheRunFolderWholeAndNeverOverAnEarlierOne() throws IOException {
		WorkbookContent content = WorkbookFixture.specExample();

		RunFolder written = RunFolder.write(this.folder, content);

		assertThat(written.folder()).isEqualTo(this.folder.resolve("2027/20261122-101500-85e563aeeaf1"));
		assertThat(written.resultsCsv().getFileName()).hasToString("tillaggsbelopp-2027-85e563aeeaf1.csv");
		assertThat(written.workbook().getFileName()).hasToString("tillaggsbelopp-2027-85e563aeeaf1.xlsx");
		assertThat(entries(this.folder.resolve("2027"))).containsExactly(written.folder());
		assertThatThrownBy(() -> RunFolder.write(this.folder, content)).isInstanceOf(FileAlreadyExistsException.class);
		assertThat(entries(this.folder.resolve("2027"))).containsExactly(written.folder());
	}

	private static Stream<Path> entries(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.toList().stream();
		}
	}

}
