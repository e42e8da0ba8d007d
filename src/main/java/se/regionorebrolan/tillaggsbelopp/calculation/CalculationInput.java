package se.regionorebrolan.tillaggsbelopp.calculation;

import java.util.List;

/**
 * Everything the calculation reads: the seven input tables of spec §6, as domain records.
 */
public record CalculationInput(List<Municipality> municipalities, List<PopulationCount> population,
		List<HospitalDistance> distances, List<TaxBaseGrowth> taxBaseGrowth, List<SomaticBase> somaticBases,
		List<PsychiatricInvoice> psychiatricInvoices, List<HomeCareMeasurement> measurements) {

	public CalculationInput {
		if (municipalities.stream().map(Municipality::code).distinct().count() != municipalities.size()) {
			throw new IllegalArgumentException("municipality codes must be unique");
		}
		municipalities = List.copyOf(municipalities);
		population = List.copyOf(population);
		distances = List.copyOf(distances);
		taxBaseGrowth = List.copyOf(taxBaseGrowth);
		somaticBases = List.copyOf(somaticBases);
		psychiatricInvoices = List.copyOf(psychiatricInvoices);
		measurements = List.copyOf(measurements);
	}

	/** The growth series as an index. */
	public IndexSeries indexSeries() {
		return new IndexSeries(this.taxBaseGrowth);
	}

}
