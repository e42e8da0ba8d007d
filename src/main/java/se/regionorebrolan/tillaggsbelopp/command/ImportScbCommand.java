package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.input.ImportedPopulation;
import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.input.ScbPopulationImport;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;

/**
 * {@code import-scb}: writes population.csv in the input folder from a population export
 * of SCB's Statistikdatabasen ({@code tillagg.scb-file}), every row's source naming the
 * export. An existing population.csv is replaced only when
 * {@code tillagg.replace-population} says so; an export with problems writes nothing
 * (docs/decisions/0013).
 */
@Component
@Order(8)
class ImportScbCommand implements Command {

	private final TillaggProperties properties;

	private final Clock clock;

	private final Console console;

	ImportScbCommand(TillaggProperties properties, Clock clock, Console console) {
		this.properties = properties;
		this.clock = clock;
		this.console = console;
	}

	@Override
	public String name() {
		return "import-scb";
	}

	@Override
	public List<String> options() {
		return List.of("input-dir", "scb-file", "replace-population");
	}

	@Override
	public ExitCode execute() throws IOException {
		if (this.properties.scbFile() == null) {
			this.console.failure("Kommandot import-scb behöver SCB-exporten, t.ex. import-scb "
					+ "--tillagg.scb-file=TAB638_20261122-101500.csv (docs/inputs.md: Population from SCB).");
			return ExitCode.BAD_INPUT;
		}
		ImportedPopulation population;
		try {
			population = ScbPopulationImport.read(this.properties.scbFile(), this.properties.inputDir());
		}
		catch (InvalidInputException ex) {
			this.console.problems(
					"SCB-exporten kan inte användas – population.csv skrevs inte (" + ex.problems().size() + " fel):",
					ex.problems());
			return ExitCode.BAD_INPUT;
		}
		reportRead(population);
		return write(population);
	}

	private void reportRead(ImportedPopulation population) {
		this.console.say("SCB-exporten " + population.export() + " är läst (" + population.readAs() + ").");
		if (!population.skippedRegions().isEmpty()) {
			this.console.say("Regioner som inte finns i municipalities.csv hoppades över ("
					+ population.skippedRegions().size() + "): " + String.join(", ", population.skippedRegions()));
		}
	}

	private ExitCode write(ImportedPopulation population) throws IOException {
		Path target = ScbPopulationImport.target(this.properties.inputDir());
		if (Files.exists(target) && !this.properties.replacePopulation()) {
			this.console.failure(target + " finns redan och ändrades inte. Kör igen med "
					+ "--tillagg.replace-population=true för att ersätta den med exportens "
					+ population.counts().size() + " rader (kopiera den först om du vill spara den).");
			return ExitCode.BAD_INPUT;
		}
		ZonedDateTime importedAt = ZonedDateTime.now(this.clock);
		ScbPopulationImport.write(population, this.properties.inputDir(), importedAt);
		int dates = population.referenceDates().size();
		String source = ScbPopulationImport.source(population, population.counts().get(0), importedAt.toLocalDate());
		this.console.say("Skrev " + target + ": " + population.counts().size() + " rader (" + dates
				+ " referensdatum), källa \"" + source + "\".");
		this.console.say("Summa för de " + (population.counts().size() / dates) + " kommunerna:");
		this.console.say(String.format("  %-13s %12s %16s", "Referensdatum", "Invånare", "65 år och äldre"));
		population.referenceDates()
			.forEach(date -> this.console.say(String.format("  %-13s %12s %16s", date, number(population.total(date)),
					number(population.aged65Plus(date)))));
		return ExitCode.SUCCESS;
	}

	private static String number(long count) {
		return SwedishFormat.decimal(BigDecimal.valueOf(count), 0);
	}

}
