package se.regionorebrolan.tillaggsbelopp.parameters;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.DistanceParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricParameters;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Resolves the operator's settings into the calculation's parameters (spec §7): the
 * defaults that depend on today or on the input, the checks between parameters, and the
 * listing that identifies a run.
 */
public final class EffectiveParameters {

	private EffectiveParameters() {
	}

	/**
	 * The budget year: as set, or the calendar year after today in the clock's time zone.
	 */
	public static int budgetYear(TillaggProperties properties, Clock clock) {
		return (properties.budgetYear() != null) ? properties.budgetYear() : Year.now(clock).getValue() + 1;
	}

	/**
	 * What a calculation needs that binding does not check: the cost per patient, which
	 * only calculating needs (publishing or listing do not), and price level years that
	 * are not after the budget year (an index cannot run backwards, spec §2).
	 */
	public static List<InputProblem> problems(TillaggProperties properties, int budgetYear) {
		List<InputProblem> problems = new ArrayList<>();
		if (properties.advanced().costPerPatientSek() == null) {
			problems.add(InputProblem.ofFile("tillagg.advanced.cost-per-patient-sek", "måste anges: årskostnaden för "
					+ "en avancerad patient i kronor, t.ex. 480000, i config/application.yml eller på kommandoraden"));
		}
		checkNotAfter("tillagg.psychiatric.price-level-year", properties.psychiatric().priceLevelYear(), budgetYear,
				problems);
		checkNotAfter("tillagg.advanced.price-level-year", properties.advanced().priceLevelYear(), budgetYear,
				problems);
		return problems;
	}

	private static void checkNotAfter(String property, int priceLevelYear, int budgetYear,
			List<InputProblem> problems) {
		if (priceLevelYear > budgetYear) {
			problems.add(InputProblem.ofField(property, 0, "", String.valueOf(priceLevelYear),
					"prisnivååret ligger efter budgetåret " + budgetYear + " (tillagg.budget-year)"));
		}
	}

	/** The population reference date: as set, or the latest date in population.csv. */
	public static Optional<LocalDate> populationReferenceDate(TillaggProperties properties,
			Optional<LocalDate> latestInInput) {
		return Optional.ofNullable(properties.populationReferenceDate()).or(() -> latestInInput);
	}

	/**
	 * The calculation's parameters, with the defaults that depend on today and the input
	 * resolved.
	 */
	public static CalculationParameters resolve(TillaggProperties properties, int budgetYear, LocalDate referenceDate) {
		TillaggProperties.Psychiatric psychiatric = properties.psychiatric();
		TillaggProperties.Advanced advanced = properties.advanced();
		TillaggProperties.Distance distance = properties.distance();
		return new CalculationParameters(budgetYear, referenceDate,
				new PsychiatricParameters(psychiatric.averageYears(), psychiatric.priceLevelYear()),
				new AdvancedParameters(advanced.measurementDate(), advanced.category(), advanced.shiftRate(),
						advanced.costPerPatientSek(), advanced.priceLevelYear()),
				new DistanceParameters(distance.thresholdKm(), distance.shareRate()));
	}

	/**
	 * Every parameter as {@code property=value}, in a fixed order and with numbers in one
	 * canonical form (0.050 is 0.05), so that equal parameters list equally.
	 */
	public static List<Parameter> listing(CalculationParameters parameters) {
		PsychiatricParameters psychiatric = parameters.psychiatric();
		AdvancedParameters advanced = parameters.advanced();
		DistanceParameters distance = parameters.distance();
		return List.of(new Parameter("tillagg.budget-year", String.valueOf(parameters.budgetYear())),
				new Parameter("tillagg.population-reference-date", parameters.populationReferenceDate().toString()),
				new Parameter("tillagg.psychiatric.average-years",
						psychiatric.averageYears().stream().map(String::valueOf).collect(Collectors.joining(","))),
				new Parameter("tillagg.psychiatric.price-level-year", String.valueOf(psychiatric.priceLevelYear())),
				new Parameter("tillagg.advanced.measurement-date", advanced.measurementDate().toString()),
				new Parameter("tillagg.advanced.category", String.valueOf(advanced.category())),
				new Parameter("tillagg.advanced.shift-rate", canonical(advanced.shiftRate())),
				new Parameter("tillagg.advanced.cost-per-patient-sek", canonical(advanced.costPerPatientSek())),
				new Parameter("tillagg.advanced.price-level-year", String.valueOf(advanced.priceLevelYear())),
				new Parameter("tillagg.distance.threshold-km", canonical(distance.thresholdKm())),
				new Parameter("tillagg.distance.share-rate", canonical(distance.shareRate())));
	}

	/**
	 * The parameters from their listing, e.g. as a run's manifest keeps them; the inverse
	 * of {@link #listing}.
	 * @throws IllegalArgumentException when a parameter is missing or cannot be read
	 */
	public static CalculationParameters fromListing(List<Parameter> listing) {
		Map<String, String> values = new HashMap<>();
		listing.forEach(parameter -> values.put(parameter.property(), parameter.value()));
		Function<String, String> value = property -> Optional.ofNullable(values.get(property))
			.orElseThrow(() -> new IllegalArgumentException("the listing lacks " + property));
		List<Integer> averageYears = Arrays.stream(value.apply("tillagg.psychiatric.average-years").split(","))
			.map(Integer::valueOf)
			.toList();
		return new CalculationParameters(Integer.parseInt(value.apply("tillagg.budget-year")),
				LocalDate.parse(value.apply("tillagg.population-reference-date")),
				new PsychiatricParameters(averageYears,
						Integer.parseInt(value.apply("tillagg.psychiatric.price-level-year"))),
				new AdvancedParameters(LocalDate.parse(value.apply("tillagg.advanced.measurement-date")),
						Integer.parseInt(value.apply("tillagg.advanced.category")),
						new BigDecimal(value.apply("tillagg.advanced.shift-rate")),
						new BigDecimal(value.apply("tillagg.advanced.cost-per-patient-sek")),
						Integer.parseInt(value.apply("tillagg.advanced.price-level-year"))),
				new DistanceParameters(new BigDecimal(value.apply("tillagg.distance.threshold-km")),
						new BigDecimal(value.apply("tillagg.distance.share-rate"))));
	}

	private static String canonical(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
