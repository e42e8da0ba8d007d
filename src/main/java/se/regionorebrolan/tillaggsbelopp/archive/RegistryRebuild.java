package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.registry.PaymentRegistry;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.NewRun;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredInput;

/**
 * Builds the registry again from the folders of the output folder, when it was lost or
 * damaged: every version from its manifest and archived input (calculated again, so the
 * amounts are what the input gives, and checked against the manifest's run id and results
 * file), every payment basis from its manifest (checked against its CSV file). Into an
 * empty registry only, and all or nothing: a folder that cannot be read stops it.
 */
@Component
public class RegistryRebuild {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private final RunRegistry runs;

	private final PaymentRegistry payments;

	private final OutputFolder output;

	RegistryRebuild(RunRegistry runs, PaymentRegistry payments, TillaggProperties properties) {
		this.runs = runs;
		this.payments = payments;
		this.output = new OutputFolder(properties.outputDir());
	}

	/** How many versions and payment bases were recorded. */
	public record Rebuilt(int versions, int payments) {
	}

	/**
	 * Records every folder in the (empty) registry.
	 * @throws ArchiveException naming every folder that cannot be read, or when the
	 * registry is not empty; nothing is recorded then
	 */
	@Transactional
	public Rebuilt rebuild() throws IOException {
		if (!this.runs.years().isEmpty() || !this.payments.paidYears().isEmpty()) {
			throw new ArchiveException("registret är inte tomt, och ett register byggs bara upp på nytt i ett tomt");
		}
		List<String> problems = new ArrayList<>();
		int versions = 0;
		int bases = 0;
		for (Path year : folders(this.output.root(), YEAR)) {
			for (Path folder : folders(year, Pattern.compile("v\\d+-[0-9a-f]{12}"))) {
				versions += record(folder, problems) ? 1 : 0;
			}
			for (Path folder : folders(year, Pattern.compile("utbetalning-\\d+"))) {
				bases += recordPayment(folder, problems) ? 1 : 0;
			}
		}
		if (!problems.isEmpty()) {
			throw new ArchiveException("registret byggdes inte upp: " + String.join("; ", problems));
		}
		return new Rebuilt(versions, bases);
	}

	private boolean record(Path folder, List<String> problems) throws IOException {
		if (Unregistered.isMarked(folder)) {
			return false;
		}
		try {
			ArchivedRun archived = ArchivedRun.load(folder);
			RunManifest manifest = archived.manifest();
			if (!archived.identity().equals(manifest.identity())
					|| !this.output.version(manifest.budgetYear(), manifest.version(), manifest.identity())
						.equals(folder)) {
				problems.add(folder + ": körnings-id:t stämmer inte med den arkiverade indatan eller mappens namn");
				return false;
			}
			RunFolder.requireUnchanged(folder.resolve(manifest.results().file()), manifest.results().sha256());
			this.runs.restore(newRun(folder, manifest, archived.calculate()), ManifestRuns.history(manifest));
			return true;
		}
		catch (ArchiveException ex) {
			problems.add(ex.getMessage());
			return false;
		}
	}

	private boolean recordPayment(Path folder, List<String> problems) throws IOException {
		if (Unregistered.isMarked(folder)) {
			return false;
		}
		try {
			PaymentManifest manifest = PaymentManifest.read(folder);
			Path csv = folder.resolve(manifest.csvFile());
			if (!Files.isRegularFile(csv) || !Sha256.hex(Files.readAllBytes(csv)).equals(manifest.csvSha256())) {
				problems.add(csv + " är inte filen som underlaget skrevs med");
				return false;
			}
			RegisteredPayment payment = manifest.toRecord(folder);
			this.payments.register(payment);
			return true;
		}
		catch (ArchiveException ex) {
			problems.add(ex.getMessage());
			return false;
		}
	}

	private static NewRun newRun(Path folder, RunManifest manifest, Calculation calculation) {
		List<RegisteredInput> inputs = manifest.inputs()
			.stream()
			.map(input -> new RegisteredInput(input.file(), input.sha256(), input.rows()))
			.toList();
		return new NewRun(manifest.budgetYear(), manifest.version(), manifest.identity(),
				OffsetDateTime.parse(manifest.calculatedAt()), manifest.softwareVersion(), folder,
				manifest.results().sha256(), Optional.ofNullable(manifest.comparedWithVersion()), inputs,
				manifest.parameters(), calculation.amounts());
	}

	private static List<Path> folders(Path parent, Pattern names) throws IOException {
		if (!Files.isDirectory(parent)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.list(parent)) {
			return paths.filter(Files::isDirectory)
				.filter(path -> names.matcher(path.getFileName().toString()).matches())
				.sorted()
				.toList();
		}
	}

}
