package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.input.ImportedPopulation;
import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.input.ScbPopulationImport;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.scb.ScbPopulationFetch;
import se.regionorebrolan.tillaggsbelopp.scb.ScbUnavailableException;

/**
 * {@code import-scb}: writes population.csv in the input folder from SCB's population by
 * region, age and sex, fetched from SCB's API ({@code tillagg.scb-fetch} and
 * {@code tillagg.scb-years}) or read from a download of Statistikdatabasen
 * ({@code tillagg.scb-file}), with SCB's files kept beside it and every row's source
 * naming its file. An existing population.csv is replaced only when
 * {@code tillagg.replace-population} says so; problems write nothing (docs/decisions/0013
 * and 0020).
 */
@Component
@Order(8)
class ImportScbCommand implements Command {

	private static final String EXAMPLE = "t.ex. import-scb --tillagg.scb-fetch=true --tillagg.scb-years=2024,2025 "
			+ "eller import-scb --tillagg.scb-file=TAB638_20261122-101500.csv (docs/inputs.md: Population from SCB)";

	private final TillaggProperties properties;

	private final ScbPopulationFetch fetch;

	private final Clock clock;

	private final Console console;

	ImportScbCommand(TillaggProperties properties, ScbPopulationFetch fetch, Clock clock, Console console) {
		this.properties = properties;
		this.fetch = fetch;
		this.clock = clock;
		this.console = console;
	}

	@Override
	public String name() {
		return "import-scb";
	}

	@Override
	public String summary() {
		return "skriver population.csv från SCB:s API eller från en fil hämtad från SCB";
	}

	@Override
	public List<String> options() {
		return List.of("input-dir", "scb-file", "scb-fetch", "scb-years", "scb-api-url", "scb-proxy",
				"replace-population");
	}

	@Override
	public String example() {
		return "import-scb --tillagg.scb-fetch=true --tillagg.scb-years=2023,2024,2025 --tillagg.replace-population=true";
	}

	@Override
	public ExitCode execute() throws IOException {
		Optional<String> refusal = refusal();
		if (refusal.isPresent()) {
			this.console.failure(refusal.get());
			return ExitCode.BAD_INPUT;
		}
		ImportedPopulation population;
		try {
			population = read();
		}
		catch (InvalidInputException ex) {
			this.console.problems(
					(this.properties.scbFetch() ? "SCB:s svar" : "SCB-exporten")
							+ " kan inte användas – population.csv skrevs inte (" + ex.problems().size() + " fel):",
					ex.problems());
			return ExitCode.BAD_INPUT;
		}
		catch (ScbUnavailableException ex) {
			this.console.failure(ex.getMessage());
			return ExitCode.INTERNAL_FAILURE;
		}
		reportRead(population);
		return write(population);
	}

	/** Why the parameters cannot be meant: one source, and years only to fetch. */
	private Optional<String> refusal() {
		boolean file = this.properties.scbFile() != null;
		if (file == this.properties.scbFetch()) {
			return Optional.of("Kommandot import-scb hämtar folkmängden från SCB:s API eller läser en nedladdad fil, "
					+ (file ? "inte båda" : "men fick ingen av dem") + ": " + EXAMPLE + ".");
		}
		if (file != this.properties.scbYears().isEmpty()) {
			return Optional.of(file
					? "--tillagg.scb-years gäller bara med --tillagg.scb-fetch=true: en nedladdad fil "
							+ "ger sina egna år. Ta bort --tillagg.scb-years."
					: "Ange vilka år som ska hämtas från SCB, " + EXAMPLE + ".");
		}
		return Optional.empty();
	}

	private ImportedPopulation read() {
		if (this.properties.scbFetch()) {
			return this.fetch.fetch(URI.create(this.properties.scbApiUrl()),
					Optional.ofNullable(this.properties.scbProxy()), this.properties.inputDir(),
					this.properties.scbYears());
		}
		return ScbPopulationImport.read(this.properties.scbFile(), this.properties.inputDir());
	}

	private void reportRead(ImportedPopulation population) {
		if (population.fetched()) {
			this.console.say("Hämtade folkmängden från SCB (" + this.properties.scbApiUrl() + "): "
					+ population.downloads().size() + " svar, lästa som " + population.readAs() + ".");
		}
		else {
			this.console.say("SCB-exporten " + population.export() + " är läst (" + population.readAs() + ").");
		}
		this.console.warnings(population.warnings());
		if (!population.skippedRegions().isEmpty()) {
			this.console.say("Regioner som inte finns i municipalities.csv hoppades över ("
					+ population.skippedRegions().size() + "): " + String.join(", ", population.skippedRegions()));
		}
	}

	private ExitCode write(ImportedPopulation population) throws IOException {
		Path target = ScbPopulationImport.target(this.properties.inputDir());
		if (Files.exists(target) && !this.properties.replacePopulation()) {
			this.console.failure(target + " finns redan och ändrades inte. Kör igen med "
					+ "--tillagg.replace-population=true för att ersätta den med SCB:s " + population.counts().size()
					+ " rader (kopiera den först om du vill spara den).");
			return ExitCode.BAD_INPUT;
		}
		ZonedDateTime importedAt = ZonedDateTime.now(this.clock);
		ScbPopulationImport.write(population, this.properties.inputDir(), importedAt);
		int dates = population.referenceDates().size();
		String source = ScbPopulationImport.source(population, population.counts().get(0), importedAt.toLocalDate());
		this.console.say("Skrev " + target + ": " + population.counts().size() + " rader (" + dates
				+ " referensdatum), källa \"" + source + "\"" + ((population.downloads().size() > 1) ? " m.fl." : "")
				+ "; SCB:s filer finns i " + ScbPopulationImport.sourcesFolder(this.properties.inputDir()) + ".");
		this.console.say("Summa för de " + (population.counts().size() / dates) + " kommunerna:");
		this.console.say(String.format("  %-13s %12s %16s", "Referensdatum", "Invånare", "65 år och äldre"));
		population.referenceDates()
			.forEach(date -> this.console.say(String.format("  %-13s %12s %16s", date, number(population.total(date)),
					number(population.aged65Plus(date)))));
		if (population.referenceDates().stream().anyMatch(date -> date.getYear() >= 2025)) {
			this.console.say("Från 2025 har SCB lagt ett litet slumpmässigt brus på varje cell (röjandeskydd), så "
					+ "summan av åldersklasserna kan skilja några invånare från den total SCB publicerar.");
		}
		return ExitCode.SUCCESS;
	}

	private static String number(long count) {
		return SwedishFormat.decimal(BigDecimal.valueOf(count), 0);
	}

	@Override
	public boolean usesOutputFolder() {
		return false;
	}

}
