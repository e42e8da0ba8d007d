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
 * publication is repaired by publishing again.
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
			ArchivedRun archived = ArchivedRun.load(run.folder());
			if (!archived.manifest().status().equals(run.status().label())) {
				WorkbookContent content = VersionContents.of(run, archived, run.status(), run.comparedWithVersion(),
						version -> this.registry.find(budgetYear, version).orElseThrow().folder());
				written.add(RunFolder.restatus(archived, content, run.status(), history(run)));
			}
		}
		return written;
	}

	private static List<RunManifest.StatusEntry> history(RegisteredRun run) {
		return run.history().stream().map(StatusFiles::entry).toList();
	}

	private static RunManifest.StatusEntry entry(StatusChange change) {
		return new RunManifest.StatusEntry(change.status().label(), change.at().toString(), change.reason());
	}

}
