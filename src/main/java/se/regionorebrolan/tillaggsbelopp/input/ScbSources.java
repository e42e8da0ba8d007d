package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The folder {@code population-scb/} beside population.csv: the files SCB delivered, as
 * they were, and {@code sources.json}, which says for each where it came from (the API
 * request with its body, or the saved file) and when, so that every figure of
 * population.csv can be followed back to SCB. It is replaced together with population.csv
 * and never left half-written.
 */
final class ScbSources {

	static final String FOLDER = "population-scb";

	static final String MANIFEST = "sources.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ScbSources() {
	}

	/**
	 * sources.json.
	 *
	 * @param format the manifest format, for readers years from now
	 * @param importedAt when population.csv was written (ISO 8601 with offset)
	 * @param populationCsv the file the figures went into
	 * @param files the files SCB delivered
	 */
	record Manifest(String format, String importedAt, String populationCsv, List<Entry> files) {
	}

	/** One file SCB delivered and where it came from. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Entry(String file, String sha256, long bytes, String origin, String request, String contentType,
			String retrieved) {
	}

	/**
	 * Writes the folder and then population.csv, each in place of the one there in one
	 * step; when population.csv cannot be written, the earlier folder is put back.
	 */
	static void writeWith(Path inputDir, List<ScbDownload> downloads, ZonedDateTime importedAt,
			PopulationWriter population) throws IOException {
		Path folder = inputDir.resolve(FOLDER);
		Path unfinished = inputDir.resolve(FOLDER + ".tmp");
		Path earlier = inputDir.resolve(FOLDER + ".old");
		FolderTree.delete(unfinished);
		FolderTree.delete(earlier);
		try {
			write(unfinished, downloads, importedAt);
			if (Files.exists(folder)) {
				Files.move(folder, earlier, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(unfinished, folder, StandardCopyOption.ATOMIC_MOVE);
			writePopulation(population, folder, earlier);
		}
		finally {
			FolderTree.delete(unfinished);
			FolderTree.delete(earlier);
		}
	}

	private static void writePopulation(PopulationWriter population, Path folder, Path earlier) throws IOException {
		try {
			population.write();
		}
		catch (IOException | RuntimeException ex) {
			FolderTree.delete(folder);
			if (Files.exists(earlier)) {
				Files.move(earlier, folder, StandardCopyOption.ATOMIC_MOVE);
			}
			throw ex;
		}
	}

	private static void write(Path folder, List<ScbDownload> downloads, ZonedDateTime importedAt) throws IOException {
		Files.createDirectories(folder);
		for (ScbDownload download : downloads) {
			Files.write(folder.resolve(download.name()), download.content());
		}
		List<Entry> entries = downloads.stream()
			.map(download -> new Entry(download.name(), Sha256.hex(download.content()), download.content().length,
					download.origin(), download.request().orElse(null), download.contentType().orElse(null),
					download.retrieved().toString()))
			.toList();
		Manifest manifest = new Manifest("tillaggsbelopp-scb-sources/1", importedAt.toOffsetDateTime().toString(),
				PopulationCsv.TABLE.fileName(), entries);
		Files.writeString(folder.resolve(MANIFEST), JSON.writeValueAsString(manifest) + "\n");
	}

	/** Writes population.csv once the folder is in place. */
	@FunctionalInterface
	interface PopulationWriter {

		void write() throws IOException;

	}

}
