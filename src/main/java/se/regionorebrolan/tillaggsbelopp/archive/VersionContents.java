package se.regionorebrolan.tillaggsbelopp.archive;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntFunction;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.comparison.ComparedVersion;
import se.regionorebrolan.tillaggsbelopp.comparison.Comparison;
import se.regionorebrolan.tillaggsbelopp.comparison.Comparisons;
import se.regionorebrolan.tillaggsbelopp.program.ClockConfiguration;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.version.RunStatus;
import se.regionorebrolan.tillaggsbelopp.version.StatusChange;
import se.regionorebrolan.tillaggsbelopp.workbook.RunInfo;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;

/**
 * The workbook content of a version, calculated anew from its archived input, with a
 * given status and comparison: how a version is written again when its status changes,
 * compared on demand, and verified.
 */
final class VersionContents {

	private VersionContents() {
	}

	/**
	 * @param comparedWith the version to compare with, if any
	 * @param folderOfVersion where another version of the same year is archived
	 */
	static WorkbookContent of(RegisteredRun run, ArchivedRun archived, RunStatus status, Optional<Integer> comparedWith,
			IntFunction<Path> folderOfVersion) {
		Calculation calculation = archived.calculate();
		Optional<Comparison> comparison = comparedWith.map(version -> Comparisons.compare(run.budgetYear(),
				ArchivedRun.load(folderOfVersion.apply(version)).compared(version),
				new ComparedVersion(run.version(), archived.input(), archived.parameterListing(), calculation)));
		RunInfo info = new RunInfo(run.calculatedAt().atZoneSameInstant(ClockConfiguration.SWEDEN), run.identity(),
				run.version(), run.softwareVersion(), status.label(),
				run.history().stream().map(StatusChange::describe).toList(),
				RunIdentity.parametersDigest(archived.parameterListing()));
		return WorkbookContent.of(calculation, archived.input(), archived.parameterListing(), info, comparison);
	}

}
