package se.regionorebrolan.tillaggsbelopp.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationException;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculator;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.InputSource;
import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.parameters.EffectiveParameters;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookLimits;

/**
 * Reads and checks the input (the files of the input folder or the input workbook) with
 * the operator's parameters: row rules, parameter rules, the calculation's completeness
 * rules and what the results workbook can hold, all problems at once. Touches nothing but
 * the input.
 */
@Component
public class RunPreparation {

	private final TillaggProperties properties;

	private final InputChoice choice;

	RunPreparation(TillaggProperties properties, InputChoice choice) {
		this.properties = properties;
		this.choice = choice;
	}

	/**
	 * The validated input and parameters of a run for the budget year.
	 * @throws InvalidInputException with every problem found
	 */
	public ValidatedInput validate(int budgetYear) {
		List<InputProblem> parameterProblems = EffectiveParameters.problems(this.properties, budgetYear);
		InputSource source = this.choice.source();
		InputSet input = read(source, parameterProblems);
		requireNone(parameterProblems, input);
		CalculationParameters parameters = EffectiveParameters.resolve(this.properties, budgetYear,
				referenceDate(input));
		requireNone(WorkbookLimits.problems(input, calculate(input, parameters)), input);
		return ValidatedInput.of(source, input, parameters, EffectiveParameters.listing(parameters));
	}

	/**
	 * The calculation, which checks what needs all tables and the parameters together.
	 * @throws InvalidInputException with its problems, located in the input
	 */
	private static Calculation calculate(InputSet input, CalculationParameters parameters) {
		try {
			return TillaggsbeloppCalculator.calculate(input.toCalculationInput(), parameters);
		}
		catch (CalculationException ex) {
			throw new InvalidInputException(input.locate(ex.problems()), input.warnings());
		}
	}

	private static InputSet read(InputSource source, List<InputProblem> earlierProblems) {
		try {
			return source.read();
		}
		catch (InvalidInputException ex) {
			List<InputProblem> problems = new ArrayList<>(earlierProblems);
			problems.addAll(ex.problems());
			throw new InvalidInputException(problems, ex.warnings());
		}
	}

	private LocalDate referenceDate(InputSet input) {
		return EffectiveParameters.populationReferenceDate(this.properties, input.latestPopulationDate())
			.orElseThrow(() -> new InvalidInputException(List.of(InputProblem.ofFile(input.population().name(),
					"inga rader, så befolkningens referensdatum (tillagg.population-reference-date) kan inte bestämmas")),
					input.warnings()));
	}

	private static void requireNone(List<InputProblem> problems, InputSet input) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems, input.warnings());
		}
	}

}
