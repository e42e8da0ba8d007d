package se.regionorebrolan.tillaggsbelopp.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculator;
import se.regionorebrolan.tillaggsbelopp.comparison.ComparedVersion;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.InputSource;
import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.parameters.EffectiveParameters;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * A run as its folder keeps it: the manifest and the archived input files (or input
 * workbook), from which the run is calculated again without the database and without
 * today's input.
 */
public record ArchivedRun(Path folder, RunManifest manifest, InputSet input, CalculationParameters parameters) {

	static final String INPUT_FOLDER = "indata";

	/**
	 * Loads a run folder and checks that its archived input (the CSV files or the input
	 * workbook) is what the manifest records.
	 * @throws ArchiveException naming what does not match
	 */
	public static ArchivedRun load(Path folder) {
		RunManifest manifest = RunManifest.read(folder);
		InputSet input;
		try {
			input = InputSource.archived(folder.resolve(INPUT_FOLDER), Optional.ofNullable(manifest.inputWorkbook()))
				.read();
		}
		catch (InvalidInputException ex) {
			throw new ArchiveException(folder + ": den arkiverade indatan kan inte läsas: " + ex.getMessage());
		}
		for (RunManifest.Input recorded : manifest.inputs()) {
			String archived = input.files()
				.stream()
				.filter(file -> file.name().equals(recorded.file()))
				.map(InputFile::sha256)
				.findFirst()
				.orElse("(saknas)");
			if (!archived.equals(recorded.sha256())) {
				throw new ArchiveException(folder + ": " + INPUT_FOLDER + "/" + recorded.file() + " har SHA-256 "
						+ archived + " men manifestet anger " + recorded.sha256());
			}
		}
		return new ArchivedRun(folder, manifest, input, EffectiveParameters.fromListing(manifest.parameters()));
	}

	public Calculation calculate() {
		return TillaggsbeloppCalculator.calculate(this.input.toCalculationInput(), this.parameters);
	}

	/** The identity of the archived input and parameters, calculated anew. */
	public String identity() {
		return RunIdentity.of(this.input, this.manifest.parameters());
	}

	public List<Parameter> parameterListing() {
		return this.manifest.parameters();
	}

	/** This run as one side of a comparison, as the version it is registered as. */
	public ComparedVersion compared(int version) {
		return new ComparedVersion(version, input(), parameterListing(), calculate());
	}

}
