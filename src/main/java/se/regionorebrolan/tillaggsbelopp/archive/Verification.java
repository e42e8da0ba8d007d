package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.report.ResultsCsv;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredResults;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.workbook.TillaggsbeloppWorkbook;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookValues;

/**
 * Calculates a stored version again from its archived input and lists every difference
 * from what was stored: the run identity, the results file, every value of the workbook,
 * and the registry's amounts. A run folder can be verified on its own, without the
 * registry, e.g. years later on another machine.
 */
@Component
public class Verification {

	private final ObjectProvider<RunRegistry> registry;

	Verification(ObjectProvider<RunRegistry> registry) {
		this.registry = registry;
	}

	/** The version verified and its differences; none when it is verified. */
	public record Result(RegisteredRun run, List<String> differences) {
	}

	/**
	 * Verifies a run folder without the registry.
	 * @throws ArchiveException when its manifest cannot be read
	 */
	public Result ofFolder(Path runFolder) throws IOException {
		RegisteredRun run = ManifestRuns.of(runFolder);
		return verify(run, version -> ManifestRuns.sibling(run.folder(), version), Optional.empty());
	}

	/** Verifies a version of the registry, or empty when the year has no such version. */
	public Optional<Result> ofVersion(int budgetYear, int version) throws IOException {
		RunRegistry runs = RegistryBusyException.guard(this.registry::getObject);
		Optional<RegisteredRun> run = runs.find(budgetYear, version);
		if (run.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(verify(run.get(), other -> runs.find(budgetYear, other).orElseThrow().folder(),
				Optional.of(runs.results(budgetYear, version))));
	}

	private static Result verify(RegisteredRun run, IntFunction<Path> folders, Optional<RegisteredResults> registered)
			throws IOException {
		ArchivedRun archived;
		try {
			archived = ArchivedRun.load(run.folder());
		}
		catch (ArchiveException ex) {
			return new Result(run, List.of(ex.getMessage()));
		}
		List<String> differences = new ArrayList<>();
		if (!archived.identity().equals(run.identity()) || !archived.manifest().identity().equals(run.identity())) {
			differences.add("körnings-id: arkivet ger " + archived.identity() + ", registrerat " + run.identity());
		}
		WorkbookContent content = VersionContents.of(run, archived, run.status(), run.comparedWithVersion(), folders);
		differences.addAll(results(archived, content));
		registered.ifPresent(amounts -> differences.addAll(amounts(content, amounts)));
		differences.addAll(workbook(archived, content));
		return new Result(run, differences);
	}

	private static List<String> results(ArchivedRun archived, WorkbookContent content) throws IOException {
		Path stored = archived.folder().resolve(archived.manifest().results().file());
		Path again = Files.createTempFile("tillaggsbelopp-verify", ".csv");
		try {
			ResultsCsv.write(content.calculation(), again);
			List<String> differences = new ArrayList<>();
			String expected = archived.manifest().results().sha256();
			if (!Sha256.hex(Files.readAllBytes(again)).equals(expected)) {
				differences
					.add("resultatfilen beräknad på nytt har en annan SHA-256 än manifestet anger (" + expected + ")");
			}
			if (!Files.exists(stored) || !Sha256.hex(Files.readAllBytes(stored)).equals(expected)) {
				differences.add(stored.getFileName() + " saknas eller har ändrats sedan körningen");
			}
			return differences;
		}
		finally {
			Files.deleteIfExists(again);
		}
	}

	private static List<String> amounts(WorkbookContent content, RegisteredResults registered) {
		List<String> differences = new ArrayList<>();
		for (MunicipalityAmounts amounts : content.calculation().amounts()) {
			String code = amounts.municipality().code();
			amounts.amounts().forEach((component, amount) -> {
				Optional<BigDecimal> stored = registered.amount(code, component);
				if (stored.isEmpty() || stored.get().compareTo(amount) != 0) {
					differences.add("registret: " + code + " " + component.swedishLabel() + " "
							+ stored.map(BigDecimal::toPlainString).orElse("(saknas)") + " ≠ "
							+ amount.toPlainString());
				}
			});
		}
		return differences;
	}

	private static List<String> workbook(ArchivedRun archived, WorkbookContent content) throws IOException {
		Path stored = archived.folder().resolve(archived.manifest().results().file().replace(".csv", ".xlsx"));
		if (!Files.exists(stored)) {
			return List.of(stored.getFileName() + " saknas");
		}
		Path again = Files.createTempFile("tillaggsbelopp-verify", ".xlsx");
		try {
			TillaggsbeloppWorkbook.write(content, again);
			return WorkbookValues.differences(again, stored)
				.stream()
				.map(difference -> stored.getFileName() + " " + difference)
				.toList();
		}
		finally {
			Files.deleteIfExists(again);
		}
	}

}
