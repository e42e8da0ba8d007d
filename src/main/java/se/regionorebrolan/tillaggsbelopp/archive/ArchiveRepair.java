package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.input.FolderTree;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.registry.PaymentRegistry;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;

/**
 * Finishes or undoes what an interrupted command left in the output folder, and checks
 * that the registry knows every folder, before a command works on versions. It runs once
 * this process holds the registry, so no other process is writing. Undone: temporary
 * files and folders of a write that stopped, and folders that were moved into place but
 * never registered (they still have their {@link Unregistered} mark). Finished: a
 * publication that changed the registry but not yet the files. Refused: a registry that
 * lacks a folder the output folder holds ({@link RegistryMismatchException}).
 */
@Component
public class ArchiveRepair {

	static final String TEMPORARY = ".ofullstandig-";

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern VERSION = Pattern.compile("v(\\d+)-([0-9a-f]{12})");

	private static final Pattern PAYMENT = Pattern.compile("utbetalning-(\\d+)");

	private final RunRegistry runs;

	private final PaymentRegistry payments;

	private final StatusFiles statusFiles;

	private final OutputFolder output;

	ArchiveRepair(RunRegistry runs, PaymentRegistry payments, StatusFiles statusFiles, TillaggProperties properties) {
		this.runs = runs;
		this.payments = payments;
		this.statusFiles = statusFiles;
		this.output = new OutputFolder(properties.outputDir());
	}

	/**
	 * Repairs the output folder.
	 * @return what was done, one Swedish line each; none when nothing was left
	 * @throws RegistryMismatchException when the registry lacks folders of the output
	 * folder (nothing more is done then)
	 */
	public List<String> repair() throws IOException {
		List<String> done = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (Path year : children(this.output.root(), path -> YEAR.matcher(name(path)).matches())) {
			int budgetYear = Integer.parseInt(name(year));
			removeTemporary(year, done);
			for (Path folder : children(year, Files::isDirectory)) {
				Matcher version = VERSION.matcher(name(folder));
				Matcher payment = PAYMENT.matcher(name(folder));
				if (version.matches()) {
					removeTemporary(folder, done);
					version(folder, budgetYear, Integer.parseInt(version.group(1)), version.group(2), done, unknown);
				}
				else if (payment.matches()) {
					payment(folder, budgetYear, Integer.parseInt(payment.group(1)), done, unknown);
				}
			}
		}
		if (!unknown.isEmpty()) {
			throw new RegistryMismatchException(unknown);
		}
		for (int year : this.runs.years()) {
			done.addAll(missingFolders(year));
			for (RunFolder written : this.statusFiles.synchronize(year)) {
				done.add("En avbruten publicering av budgetåret " + year + " gjordes klar: " + written.folder()
						+ " har fått den status registret anger.");
			}
		}
		return done;
	}

	private void version(Path folder, int year, int version, String shortIdentity, List<String> done,
			List<String> unknown) throws IOException {
		Optional<RegisteredRun> registered = this.runs.find(year, version)
			.filter(run -> run.shortIdentity().equals(shortIdentity));
		if (Unregistered.isMarked(folder)) {
			if (registered.isPresent()) {
				Unregistered.clear(folder);
			}
			else {
				FolderTree.delete(folder);
				done.add("Tog bort " + folder + ": körningen avbröts innan versionen registrerades.");
			}
		}
		else if (registered.isEmpty()) {
			unknown.add(folder + " (version " + version + " av budgetåret " + year + ")");
		}
	}

	private void payment(Path folder, int year, int number, List<String> done, List<String> unknown)
			throws IOException {
		boolean registered = this.payments.list(year).stream().anyMatch(basis -> basis.number() == number);
		if (Unregistered.isMarked(folder)) {
			if (registered) {
				Unregistered.clear(folder);
			}
			else {
				FolderTree.delete(folder);
				done.add("Tog bort " + folder + ": utbetalningsunderlaget avbröts innan det registrerades och har "
						+ "aldrig använts.");
			}
		}
		else if (!registered) {
			unknown.add(folder + " (utbetalningsunderlag nr " + number + " av budgetåret " + year + ")");
		}
	}

	/**
	 * Registered folders that are gone (the record of a version or a payment is lost) or
	 * whose manifest cannot be used.
	 */
	private List<String> missingFolders(int year) {
		List<String> missing = new ArrayList<>();
		for (RegisteredRun run : this.runs.list(year)) {
			if (!Files.isDirectory(run.folder())) {
				missing
					.add("Version " + run.version() + " av budgetåret " + year + " är registrerad men " + run.folder()
							+ " saknas; återställ mappen ur säkerhetskopian (docs/operations.md, Backup and restore).");
			}
			else {
				unusableManifest(run.folder()).ifPresent(missing::add);
			}
		}
		for (RegisteredPayment basis : this.payments.list(year)) {
			if (!Files.isDirectory(basis.folder())) {
				missing
					.add("Utbetalningsunderlag nr " + basis.number() + " av budgetåret " + year + " är registrerat men "
							+ basis.folder() + " saknas; återställ mappen ur säkerhetskopian (docs/operations.md, "
							+ "Backup and restore).");
			}
		}
		return missing;
	}

	private static Optional<String> unusableManifest(Path folder) {
		try {
			RunManifest.read(folder);
			return Optional.empty();
		}
		catch (ArchiveException ex) {
			return Optional.of("Varning: " + ex.getMessage() + "; kontrollera versionen med verify.");
		}
	}

	private static void removeTemporary(Path folder, List<String> done) throws IOException {
		List<Path> left = children(folder, path -> name(path).startsWith(TEMPORARY));
		for (Path temporary : left) {
			FolderTree.delete(temporary);
		}
		if (!left.isEmpty()) {
			done.add("Tog bort " + left.size() + " ofullständiga " + ((left.size() == 1) ? "fil" : "filer")
					+ " efter en avbruten körning i " + folder + ".");
		}
	}

	private static List<Path> children(Path folder, java.util.function.Predicate<Path> which) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter(which).sorted().toList();
		}
	}

	private static String name(Path path) {
		return path.getFileName().toString();
	}

}
