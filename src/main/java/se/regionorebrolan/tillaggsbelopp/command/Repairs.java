package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.archive.ArchiveRepair;
import se.regionorebrolan.tillaggsbelopp.archive.RegistryMismatchException;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;

/**
 * Before a command works on versions: finishes or undoes what an interrupted command left
 * ({@link ArchiveRepair}) and says so. When the registry does not know folders of the
 * output folder, a command that writes versions or payments is refused (it would number
 * them again), and one that only reads says so and goes on.
 */
@Component
class Repairs {

	private final ObjectProvider<ArchiveRepair> repair;

	private final Console console;

	Repairs(ObjectProvider<ArchiveRepair> repair, Console console) {
		this.repair = repair;
		this.console = console;
	}

	/**
	 * Repairs the output folder.
	 * @param writes whether the command writes versions or payment bases
	 * @return the refusal, when it writes and the registry does not know the folders
	 */
	Optional<CommandResult> refusal(boolean writes) throws IOException {
		ArchiveRepair archive = RegistryBusyException.guard(this.repair::getObject);
		List<String> done;
		try {
			done = archive.repair();
		}
		catch (RegistryMismatchException ex) {
			return mismatch(ex.differences(), writes);
		}
		catch (RuntimeException ex) {
			throw RegistryBusyException.ifBusy(ex);
		}
		this.console.say(done);
		return Optional.empty();
	}

	private Optional<CommandResult> mismatch(List<String> folders, boolean writes) {
		this.console.failure("Registret känner inte till " + folders.size()
				+ ((folders.size() == 1) ? " mapp" : " mappar")
				+ " i utmatningsmappen; det kan vara återställt från en äldre säkerhetskopia, skadat eller borttaget"
				+ (writes ? ". Inget skrevs, och inga versioner eller underlag numreras förrän registret stämmer:"
						: ". Det som visas är bara det registret känner till:"));
		folders.forEach(folder -> this.console.failure("  - " + folder));
		this.console.failure("Återställ registret ur säkerhetskopian eller bygg upp det igen ur mapparna med "
				+ "kommandot rebuild-registry (docs/operations.md, Backup and restore).");
		return writes
				? Optional.of(new CommandResult(ExitCode.INTERNAL_FAILURE,
						"Registret känner inte till mappar i utmatningsmappen; inget skrevs (se konsolen)."))
				: Optional.empty();
	}

}
