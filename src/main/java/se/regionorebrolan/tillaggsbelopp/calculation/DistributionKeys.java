package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each municipality's figures that the components use, picked from the input tables for
 * the configured reference date and measurement; lists are in kommunkod order.
 */
record DistributionKeys(List<Municipality> municipalities, List<Weight> aged65Plus, List<Weight> advancedPatients,
		List<SomaticBase> somaticBases, Map<String, BigDecimal> distanceKm) {

	/** Picks the keys; the input must have passed {@link InputCompleteness}. */
	static DistributionKeys of(CalculationInput input, CalculationParameters parameters) {
		List<Municipality> municipalities = input.municipalities()
			.stream()
			.sorted(Comparator.comparing(Municipality::code))
			.toList();
		Map<String, Long> aged65Plus = input.population()
			.stream()
			.filter(count -> count.referenceDate().equals(parameters.populationReferenceDate()))
			.collect(Collectors.toMap(PopulationCount::municipalityCode, PopulationCount::aged65Plus));
		AdvancedParameters advanced = parameters.advanced();
		Map<String, Long> patients = input.measurements()
			.stream()
			.filter(m -> m.measurementDate().equals(advanced.measurementDate()) && m.category() == advanced.category())
			.collect(Collectors.toMap(HomeCareMeasurement::municipalityCode, HomeCareMeasurement::patients));
		Map<String, SomaticBase> somatic = input.somaticBases()
			.stream()
			.collect(Collectors.toMap(SomaticBase::municipalityCode, Function.identity()));
		Map<String, BigDecimal> distances = input.distances()
			.stream()
			.collect(Collectors.toMap(HospitalDistance::municipalityCode, HospitalDistance::roadDistanceKm));
		return new DistributionKeys(municipalities, weights(municipalities, aged65Plus),
				weights(municipalities, patients),
				municipalities.stream().map(municipality -> somatic.get(municipality.code())).toList(), distances);
	}

	private static List<Weight> weights(List<Municipality> municipalities, Map<String, Long> counts) {
		return municipalities.stream()
			.map(municipality -> new Weight(municipality.code(), BigDecimal.valueOf(counts.get(municipality.code()))))
			.toList();
	}

}
