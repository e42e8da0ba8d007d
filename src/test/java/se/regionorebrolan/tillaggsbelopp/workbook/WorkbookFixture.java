package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.DistanceParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculator;
import se.regionorebrolan.tillaggsbelopp.comparison.Comparison;
import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.parameters.EffectiveParameters;

/**
 * The workbook content of the spec example (spec §5), read from the example's files, with
 * a fixed run.
 */
public final class WorkbookFixture {

	public static final ZonedDateTime CALCULATED_AT = ZonedDateTime.of(2026, 11, 22, 10, 15, 0, 0,
			ZoneId.of("Europe/Stockholm"));

	private WorkbookFixture() {
	}

	/** The spec example's content for budget year 2027. */
	public static WorkbookContent specExample() {
		return content(specExampleInput(), parameters(2027));
	}

	public static WorkbookContent content(Path inputFolder, CalculationParameters parameters) {
		return content(inputFolder, parameters, 1, Optional.empty());
	}

	/**
	 * Version {@code version} of the input, preliminary, optionally compared with an
	 * earlier one.
	 */
	public static WorkbookContent content(Path inputFolder, CalculationParameters parameters, int version,
			Optional<Comparison> comparison) {
		InputSet input = InputReader.read(inputFolder);
		RunInfo run = new RunInfo(CALCULATED_AT, "85e563aeeaf1" + "0".repeat(52), version, "1.0.0-test", "PRELIMINÄR",
				List.of("PRELIMINÄR 2026-11-22 10:15"), "ab".repeat(32));
		return WorkbookContent.of(TillaggsbeloppCalculator.calculate(input.toCalculationInput(), parameters), input,
				EffectiveParameters.listing(parameters), run, comparison);
	}

	/** The parameters of spec §5 for a budget year. */
	public static CalculationParameters parameters(int budgetYear) {
		return new CalculationParameters(budgetYear, LocalDate.of(2025, 12, 31),
				new PsychiatricParameters(List.of(2021, 2022), 2022), new AdvancedParameters(LocalDate.of(2022, 11, 15),
						4, new BigDecimal("0.05"), new BigDecimal("600000"), 2021),
				new DistanceParameters(new BigDecimal("35"), new BigDecimal("0.05")));
	}

	public static Path specExampleInput() {
		try {
			return Path.of(WorkbookFixture.class.getResource("/spec-example/input").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A copy of the spec example's input that a test may change. */
	public static Path copyOfSpecExampleInput(Path folder) {
		try (Stream<Path> files = Files.list(specExampleInput())) {
			Path target = Files.createDirectories(folder.resolve("input"));
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName().toString()));
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
