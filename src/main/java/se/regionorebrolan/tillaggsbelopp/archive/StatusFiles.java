package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.version.StatusChange;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookContent;

/**
 * Makes every version's files show the status the registry has: a version whose manifest
 * says otherwise gets its workbook written again (from its archive), its results file
 * renamed and its manifest updated. Doing it again changes nothing, so an interrupted
 * publication is finished by the next start. A folder that is gone is left to
 * {@link ArchiveRepair} to report.
 */
@Component
class StatusFiles {

	private final RunRegistry registry;

	StatusFiles(RunRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Brings the year's files in line with the registry; returns the folders written
	 * again.
	 */
	List<RunFolder> synchronize(int budgetYear) throws IOException {
		List<RunFolder> written = new ArrayList<>();
		for (RegisteredRun run : this.registry.list(budgetYear)) {
			if (!needsStatus(run)) {
				continue;
			}
			ArchivedRun archived = ArchivedRun.load(run.folder());
			WorkbookContent content = VersionContents.of(run, archived, run.status(), run.comparedWithVersion(),
					version -> this.registry.find(budgetYear, version).orElseThrow().folder());
			written.add(RunFolder.restatus(archived, content, run.status(), history(run)));
		}
		return written;
	}

	/**
	 * Whether the folder's files show another status than the registry. A folder that is
	 * gone or whose manifest cannot be used is left as it is: {@link ArchiveRepair}
	 * reports it, and verify names what is wrong.
	 */
	private static boolean needsStatus(RegisteredRun run) {
		try {
			return RunManifest.isIn(run.folder())
					&& !RunManifest.read(run.folder()).status().equals(run.status().label());
		}
		catch (ArchiveException ex) {
			return false;
		}
	}

	/**
	 * Checks, before a status changes in the registry, that the version's folder can be
	 * given it: its manifest names files of its own, its archived input and results file
	 * are what the run wrote.
	 * @throws ArchiveException naming what is wrong
	 */
	void requireIntact(RegisteredRun run) throws IOException {
		ArchivedRun archived = ArchivedRun.load(run.folder());
		RunFolder.requireUnchanged(archived.folder().resolve(archived.manifest().results().file()),
				archived.manifest().results().sha256());
	}

	private static List<RunManifest.StatusEntry> history(RegisteredRun run) {
		return run.history().stream().map(StatusFiles::entry).toList();
	}

	private static RunManifest.StatusEntry entry(StatusChange change) {
		return new RunManifest.StatusEntry(change.status().label(), change.at().toString(), change.reason());
	}

}
