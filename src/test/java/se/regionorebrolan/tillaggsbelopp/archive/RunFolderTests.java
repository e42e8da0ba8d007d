package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.version.RunStatus;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunFolderTests {

	@TempDir
	Path folder;

	@Test
	void writesTheVersionWithManifestAndArchivedInputAndNeverOverAnEarlierOne() throws IOException {
		WorkbookContent content = WorkbookFixture.specExample();

		RunFolder written = RunFolder.write(this.folder, content, RunStatus.PRELIMINAR,
				WorkbookFixture.specExampleInput());

		assertThat(written.folder()).isEqualTo(this.folder.resolve("2027/v1-85e563aeeaf1"));
		assertThat(names(written.folder())).containsExactly(".ej-registrerad", "indata", "manifest.json",
				"tillaggsbelopp-2027-v1-preliminar.csv", "tillaggsbelopp-2027-v1-preliminar.xlsx");
		// without a transaction, registered at once
		written.registeredOnCommit();
		assertThat(names(written.folder())).containsExactly("indata", "manifest.json",
				"tillaggsbelopp-2027-v1-preliminar.csv", "tillaggsbelopp-2027-v1-preliminar.xlsx");
		assertThat(names(written.folder().resolve("indata"))).hasSize(7).contains("population.csv");
		assertThat(names(this.folder.resolve("2027"))).containsExactly("v1-85e563aeeaf1");
		assertThatThrownBy(
				() -> RunFolder.write(this.folder, content, RunStatus.PRELIMINAR, WorkbookFixture.specExampleInput()))
			.isInstanceOf(FileAlreadyExistsException.class);
		assertThat(names(this.folder.resolve("2027"))).containsExactly("v1-85e563aeeaf1");
	}

	@Test
	void keepsWhatIsNeededToReproduceTheRunInTheManifest() throws IOException {
		RunFolder written = RunFolder.write(this.folder, WorkbookFixture.specExample(), RunStatus.PRELIMINAR,
				WorkbookFixture.specExampleInput());

		ArchivedRun archived = ArchivedRun.load(written.folder());

		RunManifest manifest = archived.manifest();
		assertThat(manifest.format()).isEqualTo("tillaggsbelopp-manifest/1");
		assertThat(manifest.budgetYear()).isEqualTo(2027);
		assertThat(manifest.version()).isEqualTo(1);
		assertThat(manifest.status()).isEqualTo("PRELIMINÄR");
		assertThat(manifest.inputs()).hasSize(7);
		assertThat(manifest.results().file()).isEqualTo("tillaggsbelopp-2027-v1-preliminar.csv");
		assertThat(manifest.results().countyTotal()).isEqualByComparingTo("15041639");
		assertThat(archived.parameters()).isEqualTo(WorkbookFixture.parameters(2027));
		assertThat(archived.calculate().countyTotal()).isEqualByComparingTo("15041639");
	}

	@Test
	void refusesToArchiveAnInputFileThatChangedAfterItWasRead() throws IOException {
		Path input = WorkbookFixture.copyOfSpecExampleInput(this.folder.resolve("copy"));
		WorkbookContent content = WorkbookFixture.content(input, WorkbookFixture.parameters(2027));
		Files.writeString(input.resolve("distances.csv"), "changed\n", java.nio.file.StandardOpenOption.APPEND);
		Path output = this.folder.resolve("output");

		assertThatThrownBy(() -> RunFolder.write(output, content, RunStatus.PRELIMINAR, input))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("distances.csv changed after it was read; run again");
		assertThat(names(output.resolve("2027"))).isEmpty();
	}

	@Test
	void refusesAnArchiveWhoseInputDiffersFromTheManifest() throws IOException {
		RunFolder written = RunFolder.write(this.folder, WorkbookFixture.specExample(), RunStatus.PRELIMINAR,
				WorkbookFixture.specExampleInput());
		Path archivedDistances = written.folder().resolve("indata/distances.csv");
		Files.writeString(archivedDistances, Files.readString(archivedDistances).replace("36.5", "36.6"));

		assertThatThrownBy(() -> ArchivedRun.load(written.folder())).isInstanceOf(ArchiveException.class)
			.hasMessageContaining("indata/distances.csv har SHA-256");
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

}
