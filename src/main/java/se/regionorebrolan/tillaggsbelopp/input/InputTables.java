package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;

/**
 * The seven input tables of spec §6, each described once, in the order they are read and
 * reported.
 */
public final class InputTables {

	/** Every table, municipalities first: its codes are checked in the others. */
	public static final List<TableDescription<?>> ALL = List.of(MunicipalitiesCsv.TABLE, PopulationCsv.TABLE,
			DistancesCsv.TABLE, TaxBaseGrowthCsv.TABLE, SomaticBaseCsv.TABLE, PsychiatricInvoicedCsv.TABLE,
			HomeCareMeasurementCsv.TABLE);

	private InputTables() {
	}

}
