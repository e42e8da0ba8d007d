package se.regionorebrolan.tillaggsbelopp.job;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.ArchivedRun;
import se.regionorebrolan.tillaggsbelopp.archive.RunFolder;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.comparison.ComparedVersion;
import se.regionorebrolan.tillaggsbelopp.comparison.Comparison;
import se.regionorebrolan.tillaggsbelopp.comparison.Comparisons;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.NewRun;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredInput;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.version.RunStatus;
import se.regionorebrolan.tillaggsbelopp.version.StatusChange;
import se.regionorebrolan.tillaggsbelopp.workbook.RunInfo;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;

/**
 * Writes a calculated run as the next version of its budget year: compared with the final
 * version (or the latest when none is final), written to its folder, and registered in
 * the same transaction as the job step. The folder keeps the mark of an unregistered
 * folder until that transaction commits, so a folder left by an attempt that stopped in
 * between is removed at the next start ({@code ArchiveRepair}) and written again.
 */
@Component
public class VersionWriter {

	private final RunRegistry registry;

	private final TillaggProperties properties;

	private final Clock clock;

	VersionWriter(RunRegistry registry, TillaggProperties properties, Clock clock) {
		this.registry = registry;
		this.properties = properties;
		this.clock = clock;
	}

	/** A written version and what it was compared with. */
	public record WrittenVersion(RunFolder folder, int version, Optional<Comparison> comparison) {
	}

	public WrittenVersion write(ValidatedInput input, Calculation calculation) throws IOException {
		int year = calculation.parameters().budgetYear();
		int version = this.registry.nextVersion(year);
		ZonedDateTime at = ZonedDateTime.now(this.clock);
		Optional<Comparison> comparison = base(year).map(base -> compare(base, version, input, calculation));
		RunInfo run = new RunInfo(at, input.identity(), version, SoftwareVersion.current(),
				RunStatus.PRELIMINAR.label(),
				List.of(new StatusChange(RunStatus.PRELIMINAR, at.toOffsetDateTime(), "").describe()),
				input.parametersDigest());
		WorkbookContent content = WorkbookContent.of(calculation, input.input(), input.parameterListing(), run,
				comparison);
		RunFolder folder = RunFolder.write(this.properties.outputDir(), content, RunStatus.PRELIMINAR,
				input.source().folder());
		this.registry.register(newRun(content, folder, at.toOffsetDateTime()));
		folder.registeredOnCommit();
		return new WrittenVersion(folder, version, comparison);
	}

	/** The version a new one is compared with: the final one, or else the latest. */
	private Optional<RegisteredRun> base(int year) {
		List<RegisteredRun> versions = this.registry.list(year);
		return this.registry.finalVersion(year)
			.or(() -> versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1)));
	}

	private Comparison compare(RegisteredRun base, int version, ValidatedInput input, Calculation calculation) {
		return Comparisons.compare(base.budgetYear(), ArchivedRun.load(base.folder()).compared(base.version()),
				new ComparedVersion(version, input.input(), input.parameterListing(), calculation));
	}

	private NewRun newRun(WorkbookContent content, RunFolder folder, OffsetDateTime at) throws IOException {
		RunInfo run = content.run();
		List<RegisteredInput> inputs = content.input()
			.files()
			.stream()
			.map(file -> new RegisteredInput(file.name(), file.sha256(), file.rows().size()))
			.toList();
		return new NewRun(content.calculation().parameters().budgetYear(), run.version(), run.identity(), at,
				run.softwareVersion(), folder.folder(), Sha256.hex(Files.readAllBytes(folder.resultsCsv())),
				content.comparedWithVersion(), inputs, content.parameters(), content.calculation().amounts());
	}

}
