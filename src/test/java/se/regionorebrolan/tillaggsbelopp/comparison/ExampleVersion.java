package se.regionorebrolan.tillaggsbelopp.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculator;
import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.parameters.EffectiveParameters;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One version of a budget year for a comparison test: input files read from a folder, the
 * parameter listing and the calculation.
 */
record ExampleVersion(InputSet input, List<Parameter> parameters, Calculation calculation) {

	static final LocalDate REMEASUREMENT_2025 = LocalDate.of(2025, 11, 14);

	/** The spec example (spec §5): its files and parameters for budget year 2027. */
	static ExampleVersion specExample() {
		return of(WorkbookFixture.specExampleInput(), WorkbookFixture.parameters(2027));
	}

	/** The spec example's files with the measurement of 2025-11-14 (spec §5 variant). */
	static ExampleVersion remeasurement() {
		return of(WorkbookFixture.specExampleInput(), withMeasurementDate(REMEASUREMENT_2025));
	}

	/** The files in {@code folder} with the parameters of spec §5. */
	static ExampleVersion of(Path folder) {
		return of(folder, WorkbookFixture.parameters(2027));
	}

	static ExampleVersion of(Path folder, CalculationParameters parameters) {
		InputSet input = InputReader.read(folder);
		return new ExampleVersion(input, EffectiveParameters.listing(parameters),
				TillaggsbeloppCalculator.calculate(input.toCalculationInput(), parameters));
	}

	/** This version as version 1, compared with {@code after} as version 2. */
	Comparison comparedWith(ExampleVersion after) {
		return Comparisons.compare(2027, new ComparedVersion(1, this.input, this.parameters, this.calculation),
				new ComparedVersion(2, after.input, after.parameters, after.calculation));
	}

	private static CalculationParameters withMeasurementDate(LocalDate date) {
		CalculationParameters example = WorkbookFixture.parameters(2027);
		AdvancedParameters advanced = example.advanced();
		return new CalculationParameters(example.budgetYear(), example.populationReferenceDate(), example.psychiatric(),
				new AdvancedParameters(date, advanced.category(), advanced.shiftRate(), advanced.costPerPatientSek(),
						advanced.priceLevelYear()),
				example.distance());
	}

	/** Replaces a text in an input file, failing when the text is not there. */
	static void replace(Path file, String old, String replacement) {
		String content = read(file);
		assertThat(content).as("%s contains the text to replace", file.getFileName()).contains(old);
		write(file, content.replace(old, replacement));
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void write(Path file, String content) {
		try {
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
