package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * municipalities.csv: the municipalities that get a tilläggsbelopp; codes unique.
 */
final class MunicipalitiesCsv {

	static final CsvLayout LAYOUT = new CsvLayout("municipalities.csv", "municipality_code", "municipality_name",
			"central_town");

	private MunicipalitiesCsv() {
	}

	static InputFile<Municipality> read(Path directory, InputProblems problems) {
		return CsvTable.read(directory, LAYOUT, problems)
			.toInputFile(MunicipalitiesCsv::municipality, Municipality::code,
					"varje kommunkod får bara finnas en gång");
	}

	private static Municipality municipality(CsvRow row) {
		String code = row.code("municipality_code");
		String name = row.text("municipality_name");
		String centralTown = row.text("central_town");
		return row.valid() ? new Municipality(code, name, centralTown) : null;
	}

}
