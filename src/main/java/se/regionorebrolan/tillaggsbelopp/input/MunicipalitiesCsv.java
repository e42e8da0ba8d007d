package se.regionorebrolan.tillaggsbelopp.input;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * municipalities.csv: the municipalities that get a tilläggsbelopp; codes unique.
 */
final class MunicipalitiesCsv {

	static final CsvLayout LAYOUT = new CsvLayout("municipalities.csv", "Kommuner", "municipality_code",
			"municipality_name", "central_town");

	private MunicipalitiesCsv() {
	}

	/**
	 * The municipalities as read, and the codes the file lists (see {@link KnownCodes}).
	 */
	record Listed(InputFile<Municipality> file, KnownCodes codes) {
	}

	static Listed read(Tables tables, InputProblems problems) {
		Table table = tables.read(LAYOUT, problems);
		return new Listed(table.toInputFile(MunicipalitiesCsv::municipality, Municipality::code,
				"varje kommunkod får bara finnas en gång"), KnownCodes.listedIn(table, "municipality_code"));
	}

	private static Municipality municipality(TableRow row) {
		String code = row.code("municipality_code");
		String name = row.text("municipality_name");
		String centralTown = row.text("central_town");
		return row.valid() ? new Municipality(code, name, centralTown) : null;
	}

}
