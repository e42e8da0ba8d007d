package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;
import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;

/**
 * distances.csv: road distance from each central town to the nearest hospital; one row
 * per municipality; km ≥ 0, decimals allowed, beyond 300 with a warning.
 */
public final class DistancesCsv {

	static final InputColumn<HospitalDistance> CODE = InputColumn.code(HospitalDistance::municipalityCode);

	static final InputColumn<HospitalDistance> HOSPITAL = InputColumn.of("nearest_hospital",
			List.of("närmaste_sjukhus"), ColumnKind.TEXT, HospitalDistance::nearestHospital, "Närmaste sjukhus",
			"Text");

	/** The road distance from the central town to the hospital. */
	public static final InputColumn<HospitalDistance> KM = InputColumn.of("road_distance_km", List.of("avstånd_km"),
			ColumnKind.KILOMETRES, HospitalDistance::roadDistanceKm, "Vägavstånd",
			"Kilometer ≥ 0, decimaler tillåtna, t.ex. 36,5");

	public static final TableDescription<HospitalDistance> TABLE = new TableDescription<>(InputTable.DISTANCES,
			"distances.csv", "Avstånd", List.of(CODE, HOSPITAL, KM, InputColumn.source()),
			"Vägavståndet från centralorten till närmaste sjukhus; en rad per kommun. Mer än 35 km "
					+ "(tillagg.distance.threshold-km) ger avståndskompensation.",
			"Regionens fördelningsmodell.", false, InputSet::distances);

	/**
	 * Beyond this many kilometres a distance is more likely a slipped decimal or metres
	 * than a Swedish central town's road to its hospital.
	 */
	private static final BigDecimal USUAL_LONGEST_KM = BigDecimal.valueOf(300);

	private DistancesCsv() {
	}

	static InputFile<HospitalDistance> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		return tables.read(TABLE, problems)
			.toInputFile(row -> distance(row, knownCodes), HospitalDistance::municipalityCode, "en rad per kommun");
	}

	private static HospitalDistance distance(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode(CODE.name(), knownCodes);
		String hospital = row.text(HOSPITAL.name());
		BigDecimal km = row.decimal(KM.name(), Expectations.NON_NEGATIVE,
				Expectations.decimal("ett avstånd i km ≥ 0", "", "36.5"));
		if (row.valid() && km.compareTo(USUAL_LONGEST_KM) > 0) {
			row.warn(KM.name(),
					"ovanligt långt: vägavståndet från en svensk centralort till närmaste sjukhus brukar "
							+ "vara under " + USUAL_LONGEST_KM
							+ " km; kontrollera enheten (km, inte meter) och decimaltecknet");
		}
		return row.valid() ? new HospitalDistance(code, hospital, km) : null;
	}

}
