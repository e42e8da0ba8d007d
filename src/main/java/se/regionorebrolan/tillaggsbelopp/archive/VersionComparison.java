package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.comparison.Comparison;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.workbook.TillaggsbeloppWorkbook;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;

/**
 * Compares two versions of a budget year on demand: the later version's workbook with a
 * Jämförelse sheet against the other, written in the year's output folder. It is derived
 * from two archived versions, so it may be written again.
 */
@Component
public class VersionComparison {

	private final RunRegistry registry;

	VersionComparison(RunRegistry registry) {
		this.registry = registry;
	}

	/** The comparison and the workbook it was written to. */
	public record Compared(Comparison comparison, Path workbook) {
	}

	/**
	 * Compares {@code version} with {@code comparedWith}, which the year must have (see
	 * {@link #missing}).
	 */
	public Compared compare(int budgetYear, int version, int comparedWith) throws IOException {
		RegisteredRun after = find(budgetYear, version);
		ArchivedRun archived = ArchivedRun.load(after.folder());
		WorkbookContent content = VersionContents.of(after, archived, after.status(), Optional.of(comparedWith),
				other -> find(budgetYear, other).folder());
		Path workbook = write(content, after.folder()
			.getParent()
			.resolve("tillaggsbelopp-" + budgetYear + "-v" + version + "-jamford-med-v" + comparedWith + ".xlsx"));
		return new Compared(content.comparison().orElseThrow(), workbook);
	}

	/** The first of the versions that the year does not have, if any. */
	public Optional<Integer> missing(int budgetYear, int... versions) {
		for (int version : versions) {
			if (this.registry.find(budgetYear, version).isEmpty()) {
				return Optional.of(version);
			}
		}
		return Optional.empty();
	}

	private RegisteredRun find(int budgetYear, int version) {
		return this.registry.find(budgetYear, version).orElseThrow();
	}

	private static Path write(WorkbookContent content, Path target) throws IOException {
		Path temporary = target.resolveSibling(".ofullstandig-" + target.getFileName());
		try {
			TillaggsbeloppWorkbook.write(content, temporary);
			return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
