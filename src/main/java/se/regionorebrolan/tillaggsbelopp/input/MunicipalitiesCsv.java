package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

/**
 * municipalities.csv: the municipalities that get a tilläggsbelopp; codes unique.
 */
public final class MunicipalitiesCsv {

	static final InputColumn<Municipality> CODE = InputColumn.code(Municipality::code);

	static final InputColumn<Municipality> NAME = InputColumn.of("municipality_name", List.of("kommun", "kommunnamn"),
			ColumnKind.TEXT, Municipality::name, "Kommunens namn", "Text");

	static final InputColumn<Municipality> CENTRAL_TOWN = InputColumn.of("central_town", List.of("centralort"),
			ColumnKind.TEXT, Municipality::centralTown, "Kommunens centralort, varifrån avståndet till sjukhus mäts",
			"Text");

	public static final TableDescription<Municipality> TABLE = new TableDescription<>(InputTable.MUNICIPALITIES,
			"municipalities.csv", "Kommuner", List.of(CODE, NAME, CENTRAL_TOWN, InputColumn.source()),
			"De kommuner som får tilläggsbelopp, en rad per kommun.", "SCB:s kommunkoder.", false,
			InputSet::municipalities);

	private MunicipalitiesCsv() {
	}

	/**
	 * The municipalities as read, and the codes the file lists (see {@link KnownCodes}).
	 */
	record Listed(InputFile<Municipality> file, KnownCodes codes) {
	}

	static Listed read(Tables tables, InputProblems problems) {
		Table table = tables.read(TABLE, problems);
		return new Listed(table.toInputFile(MunicipalitiesCsv::municipality, Municipality::code,
				"varje kommunkod får bara finnas en gång"), KnownCodes.listedIn(table, CODE.name()));
	}

	private static Municipality municipality(TableRow row) {
		String code = row.code(CODE.name());
		String name = row.text(NAME.name());
		String centralTown = row.text(CENTRAL_TOWN.name());
		return row.valid() ? new Municipality(code, name, centralTown) : null;
	}

}
