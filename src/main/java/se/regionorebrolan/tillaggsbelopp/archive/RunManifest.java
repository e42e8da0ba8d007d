package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * manifest.json, the portable record of one run in its folder: what was calculated from
 * which input files and parameters, by which program version, with which results and
 * status. With the archived input beside it, a run can be reproduced without the
 * database.
 *
 * @param format the manifest format, for readers years from now
 * @param budgetYear the budget year
 * @param version the version of the budget year
 * @param identity the run identity
 * @param status the status now, e.g. SLUTLIG
 * @param calculatedAt when the run calculated (ISO 8601 with offset)
 * @param softwareVersion the program version
 * @param comparedWithVersion the version the Jämförelse sheet compares with, or null
 * @param inputs the input files, archived in indata/, or the sheets of the input workbook
 * @param inputWorkbook the input workbook archived in indata/, or null when the input was
 * CSV files (and then left out of the file)
 * @param parameters the effective parameters
 * @param results the results file and its digest
 * @param statusHistory every status change, oldest first
 */
public record RunManifest(String format, int budgetYear, int version, String identity, String status,
		String calculatedAt, String softwareVersion, Integer comparedWithVersion, List<Input> inputs,
		@JsonInclude(JsonInclude.Include.NON_NULL) String inputWorkbook, List<Parameter> parameters, Results results,
		List<StatusEntry> statusHistory) {

	static final String FORMAT = "tillaggsbelopp-manifest/1";

	static final String FILE_NAME = "manifest.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** One archived input file, or a sheet of the archived input workbook. */
	public record Input(String file, String sha256, int rows) {
	}

	/** The results file, its SHA-256 and the county total. */
	public record Results(String file, String sha256, BigDecimal countyTotal) {
	}

	/** One status change. */
	public record StatusEntry(String status, String at, String reason) {
	}

	/**
	 * The same manifest with another status and history, and the results file's new name.
	 */
	RunManifest withStatus(String newStatus, List<StatusEntry> history, String resultsFile) {
		return new RunManifest(this.format, this.budgetYear, this.version, this.identity, newStatus, this.calculatedAt,
				this.softwareVersion, this.comparedWithVersion, this.inputs, this.inputWorkbook, this.parameters,
				new Results(resultsFile, this.results.sha256(), this.results.countyTotal()), history);
	}

	void write(Path file) {
		try {
			Files.writeString(file, JSON.writeValueAsString(this) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the folder has a manifest, which makes it a run folder. */
	public static boolean isIn(Path folder) {
		return Files.isRegularFile(folder.resolve(FILE_NAME));
	}

	/**
	 * Reads a run folder's manifest.
	 * @throws ArchiveException when it is missing or cannot be read
	 */
	public static RunManifest read(Path folder) {
		Path file = folder.resolve(FILE_NAME);
		if (!isIn(folder)) {
			throw new ArchiveException(folder + ": " + FILE_NAME + " saknas; mappen är ingen körningsmapp");
		}
		RunManifest manifest;
		try {
			manifest = JSON.readValue(file.toFile(), RunManifest.class);
		}
		catch (JacksonException ex) {
			throw new ArchiveException(file + " kan inte läsas: " + ex.getOriginalMessage());
		}
		manifest.requirePlainNames(file);
		return manifest;
	}

	/**
	 * The files a manifest names are files of its own folder: a name with a folder in it
	 * ({@code ../../victim/keep.csv}) would make publish rename or delete, and verify
	 * read, a file elsewhere.
	 */
	private void requirePlainNames(Path file) {
		List<String> names = new ArrayList<>();
		names.add(this.results == null ? null : this.results.file());
		if (this.inputs != null) {
			this.inputs.forEach(input -> names.add(input.file()));
		}
		if (this.inputWorkbook != null) {
			names.add(this.inputWorkbook);
		}
		for (String name : names) {
			if (!isPlainName(name)) {
				throw new ArchiveException(file + " kan inte användas: \"" + name + "\" är inget filnamn i "
						+ "körningsmappen; manifestet har ändrats efter körningen");
			}
		}
	}

	private static boolean isPlainName(String name) {
		return name != null && !name.isBlank() && !name.equals(".") && !name.equals("..") && !name.contains("/")
				&& !name.contains("\\") && !name.contains(":") && name.chars().noneMatch(Character::isISOControl);
	}

}
