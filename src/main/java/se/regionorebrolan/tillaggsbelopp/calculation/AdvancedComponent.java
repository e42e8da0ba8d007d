package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Avancerad hemsjukvård (agreement 4.2: "beräknad på 5 % förskjutning av avancerade
 * hemsjukvårdspatienter (kategori 4 …). Beräkningen av belopp görs utifrån
 * skatteunderlagets procentuella utveckling från 2021"):
 * {@code A = round(shiftRate × Σ c4_k × costPerPatient × I(advYear → Y))}, allocated by
 * {@code c4_k} (spec §3.3).
 */
final class AdvancedComponent {

	private AdvancedComponent() {
	}

	static AdvancedBasis basis(List<Weight> patientsByMunicipality, AdvancedParameters parameters, IndexSeries index,
			int budgetYear) {
		long patients = patientsByMunicipality.stream().mapToLong(weight -> weight.value().longValueExact()).sum();
		BigDecimal factor = index.factor(parameters.priceLevelYear(), budgetYear);
		BigDecimal exact = parameters.shiftRate()
			.multiply(BigDecimal.valueOf(patients))
			.multiply(parameters.costPerPatientSek())
			.multiply(factor);
		return new AdvancedBasis(parameters.priceLevelYear(), patients, factor, Kronor.round(exact),
				patientsByMunicipality);
	}

}
