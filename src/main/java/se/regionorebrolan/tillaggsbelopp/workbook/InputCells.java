package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * Where on the Indata sheet each figure that the calculation uses stands, so that a
 * formula refers to the very cell (click it, and Excel shows the input row) instead of
 * searching a whole table for it.
 */
final class InputCells {

	static final int POPULATION_TOTAL = 3;

	static final int POPULATION_65 = 4;

	static final int DISTANCE_KM = 3;

	static final int SOMATIC_YEAR = 2;

	static final int SOMATIC_AMOUNT = 3;

	static final int PATIENTS = 4;

	static final int GROWTH = 2;

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

	private static String cell(Integer row, int column) {
		return SheetWriter.quoted(InputSheet.NAME) + "!" + SheetWriter.abs(row, column);
	}

}
