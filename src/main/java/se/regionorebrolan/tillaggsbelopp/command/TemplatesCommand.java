package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.input.CsvTemplates;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.InputSource;
import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.job.InputChoice;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.parameters.WritableFolder;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.program.SoftwareVersion;
import se.regionorebrolan.tillaggsbelopp.workbook.InputTemplate;

/**
 * {@code templates}: writes the input templates into {@code tillagg.templates-dir}: the
 * input workbook (indata.xlsx) and blank CSV files in csv/. With
 * {@code tillagg.templates-prefill=true} the workbook holds the current input (what a run
 * would read), so that it can be kept as the input from then on. A file is never
 * overwritten: when any of them exists, none is written.
 */
@Component
@Order(9)
class TemplatesCommand implements Command {

	static final String CSV_FOLDER = "csv";

	private final TillaggProperties properties;

	private final InputChoice choice;

	private final Console console;

	private final Clock clock;

	TemplatesCommand(TillaggProperties properties, InputChoice choice, Console console, Clock clock) {
		this.properties = properties;
		this.choice = choice;
		this.console = console;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "templates";
	}

	@Override
	public String summary() {
		return "skriver mallen för indataarbetsboken och tomma CSV-filer";
	}

	@Override
	public List<String> options() {
		return List.of("input-dir", "input-workbook", "templates-dir", "templates-prefill");
	}

	/** A folder the templates cannot be written to is refused before anything starts. */
	@Override
	public List<String> incomplete() {
		return WritableFolder.problem(this.properties.templatesDir())
			.map(reason -> List.of("Mallarna skrevs inte: --tillagg.templates-dir=" + this.properties.templatesDir()
					+ " kan inte användas: " + reason + "; ange en mapp som programmet kan skriva i eller skapa. "
					+ "Inget skrevs."))
			.orElse(List.of());
	}

	@Override
	public String example() {
		return "templates --tillagg.templates-prefill=true";
	}

	@Override
	public ExitCode execute() throws IOException {
		Path folder = this.properties.templatesDir().toAbsolutePath().normalize();
		Path workbook = folder.resolve(InputTemplate.FILE_NAME);
		List<Path> targets = new ArrayList<>(List.of(workbook));
		targets.addAll(CsvTemplates.files(folder.resolve(CSV_FOLDER)));
		List<Path> existing = targets.stream().filter(Files::exists).toList();
		if (!existing.isEmpty()) {
			this.console.failure("Mallarna skrevs inte: filerna nedan finns redan, och en fil skrivs aldrig över. "
					+ "Ta bort dem eller ange en annan mapp med --tillagg.templates-dir=<mapp>.");
			existing.forEach(file -> this.console.failure("  - " + file));
			return ExitCode.BAD_INPUT;
		}
		Optional<InputSet> prefill = Optional.empty();
		if (this.properties.templatesPrefill()) {
			try {
				prefill = Optional.of(read(this.choice.source()));
			}
			catch (InvalidInputException ex) {
				this.console.warnings(ex.warnings());
				this.console.problems("Indata har fel – mallarna skrevs inte (" + ex.problems().size() + " fel):",
						ex.problems());
				return ExitCode.BAD_INPUT;
			}
		}
		Files.createDirectories(folder);
		InputTemplate.write(workbook, prefill, ZonedDateTime.now(this.clock), SoftwareVersion.current());
		CsvTemplates.write(folder.resolve(CSV_FOLDER));
		this.console.say("Skrivet:");
		targets.forEach(file -> this.console.say("  " + file));
		return ExitCode.SUCCESS;
	}

	private InputSet read(InputSource source) {
		InputSet input = source.read();
		this.console.warnings(input.warnings());
		this.console.say("Arbetsboken fylls i med " + source.describe() + ".");
		return input;
	}

	@Override
	public boolean usesOutputFolder() {
		return false;
	}

}
