package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rules that need the tables and the parameters together (spec §6, last paragraph,
 * and §2): every municipality has each figure the calculation uses, the index series
 * covers every year it is needed for, and each averaged psychiatric year has rows and a
 * non-negative sum.
 */
final class InputCompleteness {

	private InputCompleteness() {
	}

	static List<CalculationProblem> problems(CalculationInput input, CalculationParameters parameters) {
		List<CalculationProblem> problems = new ArrayList<>();
		if (input.municipalities().isEmpty()) {
			problems.add(CalculationProblem.of(InputTable.MUNICIPALITIES, "inga kommuner; minst en rad behövs"));
		}
		problems.addAll(missingRows(input, parameters));
		problems.addAll(somaticPriceLevelsAfterBudgetYear(input, parameters.budgetYear()));
		problems.addAll(missingIndexYears(input, parameters));
		problems.addAll(psychiatricYears(input.psychiatricInvoices(), parameters.psychiatric()));
		return problems;
	}

	private static List<CalculationProblem> missingRows(CalculationInput input, CalculationParameters parameters) {
		LocalDate referenceDate = parameters.populationReferenceDate();
		AdvancedParameters advanced = parameters.advanced();
		Set<String> withPopulation = codes(input.population(), c -> c.referenceDate().equals(referenceDate),
				PopulationCount::municipalityCode);
		Set<String> withDistance = codes(input.distances(), d -> true, HospitalDistance::municipalityCode);
		Set<String> withSomatic = codes(input.somaticBases(), b -> true, SomaticBase::municipalityCode);
		Set<String> withMeasurement = codes(input.measurements(),
				m -> m.measurementDate().equals(advanced.measurementDate()) && m.category() == advanced.category(),
				HomeCareMeasurement::municipalityCode);
		List<CalculationProblem> problems = new ArrayList<>();
		for (Municipality municipality : input.municipalities()) {
			String code = municipality.code();
			if (!withPopulation.contains(code)) {
				problems.add(CalculationProblem.of(InputTable.POPULATION, municipality,
						"ingen rad med reference_date " + referenceDate + " (befolkningens referensdatum)"));
			}
			if (!withDistance.contains(code)) {
				problems.add(CalculationProblem.of(InputTable.DISTANCES, municipality, "ingen rad med avstånd"));
			}
			if (!withSomatic.contains(code)) {
				problems
					.add(CalculationProblem.of(InputTable.SOMATIC_BASE, municipality, "ingen rad med somatisk grund"));
			}
			if (!withMeasurement.contains(code)) {
				problems.add(CalculationProblem.of(InputTable.HOME_CARE_MEASUREMENT, municipality,
						"ingen rad med measurement_date " + advanced.measurementDate() + " och category "
								+ advanced.category() + " (finns inga patienter ska raden ha patients 0)"));
			}
		}
		return problems;
	}

	private static <T> Set<String> codes(List<T> rows, Predicate<T> filter, Function<T, String> code) {
		return rows.stream().filter(filter).map(code).collect(Collectors.toSet());
	}

	private static List<CalculationProblem> somaticPriceLevelsAfterBudgetYear(CalculationInput input, int budgetYear) {
		Map<String, Municipality> byCode = input.municipalities()
			.stream()
			.collect(Collectors.toMap(Municipality::code, Function.identity()));
		return input.somaticBases()
			.stream()
			.filter(base -> base.priceLevelYear() > budgetYear && byCode.containsKey(base.municipalityCode()))
			.map(base -> CalculationProblem.of(InputTable.SOMATIC_BASE, byCode.get(base.municipalityCode()),
					"price_level_year " + base.priceLevelYear() + " ligger efter budgetåret " + budgetYear))
			.toList();
	}

	/**
	 * One problem per price level year whose indexation lacks years, naming who needs it.
	 */
	private static List<CalculationProblem> missingIndexYears(CalculationInput input,
			CalculationParameters parameters) {
		int budgetYear = parameters.budgetYear();
		// A price level after the budget year needs no index years (it is reported on its
		// own).
		SortedMap<Integer, Set<String>> usersByBaseYear = new TreeMap<>();
		input.somaticBases().forEach(base -> addUser(usersByBaseYear, base.priceLevelYear(), Component.SOMATIC));
		addUser(usersByBaseYear, parameters.psychiatric().priceLevelYear(), Component.PSYCHIATRIC);
		addUser(usersByBaseYear, parameters.advanced().priceLevelYear(), Component.ADVANCED);
		IndexSeries index = input.indexSeries();
		List<CalculationProblem> problems = new ArrayList<>();
		usersByBaseYear.forEach((baseYear, users) -> {
			List<Integer> missing = index.missingYears(baseYear, budgetYear);
			if (!missing.isEmpty()) {
				problems.add(CalculationProblem.of(InputTable.TAX_BASE_GROWTH,
						(missing.size() == 1 ? "år " : "åren ") + joined(missing)
								+ " saknas; behövs för uppräkning från " + baseYear + " till budgetåret " + budgetYear
								+ " (" + String.join(", ", users) + ")"));
			}
		});
		return problems;
	}

	private static void addUser(SortedMap<Integer, Set<String>> usersByBaseYear, int baseYear, Component user) {
		usersByBaseYear.computeIfAbsent(baseYear, year -> new TreeSet<>()).add(user.swedishLabel());
	}

	private static List<CalculationProblem> psychiatricYears(List<PsychiatricInvoice> invoices,
			PsychiatricParameters parameters) {
		List<CalculationProblem> problems = new ArrayList<>();
		for (int year : parameters.averageYears()) {
			List<BigDecimal> amounts = invoices.stream()
				.filter(invoice -> invoice.year() == year)
				.map(PsychiatricInvoice::amountSek)
				.toList();
			BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (amounts.isEmpty()) {
				problems.add(CalculationProblem.of(InputTable.PSYCHIATRIC_INVOICED, "inga rader för år " + year
						+ ", som ingår i medelvärdet (åren " + joined(parameters.averageYears()) + ")"));
			}
			else if (sum.signum() < 0) {
				problems.add(CalculationProblem.of(InputTable.PSYCHIATRIC_INVOICED, "länets summa för år " + year
						+ " är " + sum.toPlainString() + " kr; summan för ett år i medelvärdet får inte vara negativ"));
			}
		}
		return problems;
	}

	private static String joined(List<Integer> years) {
		return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
