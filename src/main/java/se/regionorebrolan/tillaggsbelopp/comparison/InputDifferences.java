package se.regionorebrolan.tillaggsbelopp.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import se.regionorebrolan.tillaggsbelopp.calculation.HomeCareMeasurement;
import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;
import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;
import se.regionorebrolan.tillaggsbelopp.comparison.Column.Style;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.InputWorkbook;

/**
 * Ändrade indata: the differences between two versions of the seven input files (spec
 * §6), one Swedish line per changed value, file by file; a file with the same SHA-256 is
 * not looked into.
 */
final class InputDifferences {

	static final RowDifferences<Municipality> MUNICIPALITIES = new RowDifferences<>(Municipality::code,
			List.of(Column.text("municipality_name", Municipality::name),
					Column.text("central_town", Municipality::centralTown), Column.source()));

	static final RowDifferences<PopulationCount> POPULATION = new RowDifferences<>(
			count -> count.municipalityCode() + ", " + count.referenceDate(),
			List.of(Column.count("population_total", PopulationCount::total),
					Column.count("population_65_plus", PopulationCount::aged65Plus), Column.source()));

	static final RowDifferences<HospitalDistance> DISTANCES = new RowDifferences<>(HospitalDistance::municipalityCode,
			List.of(Column.text("nearest_hospital", HospitalDistance::nearestHospital),
					Column.decimal("road_distance_km", Style.KILOMETRES, HospitalDistance::roadDistanceKm),
					Column.source()));

	static final RowDifferences<TaxBaseGrowth> TAX_BASE_GROWTH = new RowDifferences<>(
			growth -> String.valueOf(growth.year()),
			List.of(Column.decimal("growth_percent", Style.PERCENT, TaxBaseGrowth::growthPercent),
					Column.text("kind", growth -> growth.kind().name().toLowerCase(Locale.ROOT)), Column.source()));

	static final RowDifferences<SomaticBase> SOMATIC_BASE = new RowDifferences<>(SomaticBase::municipalityCode,
			List.of(Column.count("price_level_year", SomaticBase::priceLevelYear),
					Column.decimal("amount_sek", Style.KRONOR, SomaticBase::amountSek), Column.source()));

	static final RowDifferences<HomeCareMeasurement> HOME_CARE_MEASUREMENT = new RowDifferences<>(
			measurement -> measurement.municipalityCode() + ", " + measurement.measurementDate() + ", kategori "
					+ measurement.category(),
			List.of(Column.count("patients", HomeCareMeasurement::patients), Column.source()));

	private InputDifferences() {
	}

	/**
	 * The lines of every file, in the order of {@link InputSet#files()}. The sheets of an
	 * input workbook share its digest, so when either version was a workbook a change
	 * that moves no value is said once, for the whole input.
	 */
	static List<String> between(InputSet before, InputSet after) {
		boolean perFile = before.workbook().isEmpty() && after.workbook().isEmpty();
		List<String> lines = new ArrayList<>();
		lines.addAll(of(before.municipalities(), after.municipalities(), MUNICIPALITIES::between, perFile));
		lines.addAll(of(before.population(), after.population(), POPULATION::between, perFile));
		lines.addAll(of(before.distances(), after.distances(), DISTANCES::between, perFile));
		lines.addAll(of(before.taxBaseGrowth(), after.taxBaseGrowth(), TAX_BASE_GROWTH::between, perFile));
		lines.addAll(of(before.somaticBases(), after.somaticBases(), SOMATIC_BASE::between, perFile));
		lines.addAll(of(before.psychiatricInvoices(), after.psychiatricInvoices(), PsychiatricSums::between, perFile));
		lines.addAll(of(before.measurements(), after.measurements(), HOME_CARE_MEASUREMENT::between, perFile));
		if (lines.isEmpty() && !perFile && !before.sourceFiles().equals(after.sourceFiles())) {
			lines.add(after.workbook().map(InputWorkbook::name).orElse("indatafilerna")
					+ ": indata har ändrats men inga värden som används i beräkningen");
		}
		return lines;
	}

	/**
	 * Nothing when the bytes are equal; one line when they differ but no value does (rows
	 * reordered, line endings, an ignored column), if {@code perFile}.
	 */
	private static <T> List<String> of(InputFile<T> before, InputFile<T> after,
			BiFunction<InputFile<T>, InputFile<T>, List<String>> differences, boolean perFile) {
		if (before.sha256().equals(after.sha256())) {
			return List.of();
		}
		List<String> lines = differences.apply(before, after);
		return (lines.isEmpty() && perFile)
				? List.of(after.name() + ": filen har ändrats men inga värden som används i beräkningen") : lines;
	}

}
