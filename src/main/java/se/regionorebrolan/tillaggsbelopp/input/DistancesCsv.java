package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;

import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;

/**
 * distances.csv: road distance from each central town to the nearest hospital; one row
 * per municipality; km ≥ 0, decimals allowed.
 */
final class DistancesCsv {

	static final CsvLayout LAYOUT = new CsvLayout("distances.csv", "Avstånd", "municipality_code", "nearest_hospital",
			"road_distance_km");

	private DistancesCsv() {
	}

	static InputFile<HospitalDistance> read(Tables tables, KnownCodes knownCodes, InputProblems problems) {
		return tables.read(LAYOUT, problems)
			.toInputFile(row -> distance(row, knownCodes), HospitalDistance::municipalityCode, "en rad per kommun");
	}

	private static HospitalDistance distance(TableRow row, KnownCodes knownCodes) {
		String code = row.knownCode("municipality_code", knownCodes);
		String hospital = row.text("nearest_hospital");
		BigDecimal km = row.decimal("road_distance_km", Expectations.NON_NEGATIVE,
				Expectations.decimal("ett avstånd i km ≥ 0", "", "36.5"));
		return row.valid() ? new HospitalDistance(code, hospital, km) : null;
	}

}
