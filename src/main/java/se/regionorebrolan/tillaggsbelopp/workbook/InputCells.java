package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.HashMap;
import java.util.Map;

import se.regionorebrolan.tillaggsbelopp.input.DistancesCsv;
import se.regionorebrolan.tillaggsbelopp.input.HomeCareMeasurementCsv;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.PopulationCsv;
import se.regionorebrolan.tillaggsbelopp.input.SomaticBaseCsv;
import se.regionorebrolan.tillaggsbelopp.input.TableDescription;
import se.regionorebrolan.tillaggsbelopp.input.TaxBaseGrowthCsv;

/**
 * Where on the Indata sheet each figure that the calculation uses stands, so that a
 * formula refers to the very cell (click it, and Excel shows the input row) instead of
 * searching a whole table for it. The columns follow from the tables' descriptions, as
 * {@link InputSheet} writes them.
 */
final class InputCells {

	static final int POPULATION_TOTAL = column(PopulationCsv.TABLE, PopulationCsv.TOTAL);

	static final int POPULATION_65 = column(PopulationCsv.TABLE, PopulationCsv.AGED_65_PLUS);

	static final int DISTANCE_KM = column(DistancesCsv.TABLE, DistancesCsv.KM);

	static final int SOMATIC_YEAR = column(SomaticBaseCsv.TABLE, SomaticBaseCsv.PRICE_LEVEL_YEAR);

	static final int SOMATIC_AMOUNT = column(SomaticBaseCsv.TABLE, SomaticBaseCsv.AMOUNT);

	static final int PATIENTS = column(HomeCareMeasurementCsv.TABLE, HomeCareMeasurementCsv.PATIENTS);

	static final int GROWTH = column(TaxBaseGrowthCsv.TABLE, TaxBaseGrowthCsv.GROWTH);

	final Map<String, Integer> populationRows = new HashMap<>();

	final Map<String, Integer> distanceRows = new HashMap<>();

	final Map<String, Integer> somaticRows = new HashMap<>();

	final Map<String, Integer> measurementRows = new HashMap<>();

	final Map<Integer, Integer> growthRows = new HashMap<>();

	String populationTotal(String code) {
		return cell(this.populationRows.get(code), POPULATION_TOTAL);
	}

	String aged65Plus(String code) {
		return cell(this.populationRows.get(code), POPULATION_65);
	}

	String distanceKm(String code) {
		return cell(this.distanceRows.get(code), DISTANCE_KM);
	}

	String somaticPriceLevel(String code) {
		return cell(this.somaticRows.get(code), SOMATIC_YEAR);
	}

	String somaticAmount(String code) {
		return cell(this.somaticRows.get(code), SOMATIC_AMOUNT);
	}

	String advancedPatients(String code) {
		return cell(this.measurementRows.get(code), PATIENTS);
	}

	String growth(int year) {
		return cell(this.growthRows.get(year), GROWTH);
	}

	/** The sheet column of a table's column: the first holds the line in the file. */
	static <T> int column(TableDescription<T> table, InputColumn<T> column) {
		return 1 + table.position(column);
	}

	private static String cell(Integer row, int column) {
		return SheetWriter.quoted(InputSheet.NAME) + "!" + SheetWriter.abs(row, column);
	}

}
