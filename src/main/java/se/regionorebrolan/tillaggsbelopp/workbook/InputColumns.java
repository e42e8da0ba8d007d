package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.calculation.HomeCareMeasurement;
import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;
import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;

/**
 * The columns of each input table (spec §6, without source) as the workbooks write a row
 * of it: the Indata sheet of the results and the input workbook template. Each column has
 * its English name, the value in a record, its cell style and, for the invoices, the
 * defined name of its range on Indata.
 */
final class InputColumns {

	static final List<Column<Municipality>> MUNICIPALITIES = List.of(text("municipality_code", Municipality::code),
			text("municipality_name", Municipality::name), text("central_town", Municipality::centralTown));

	static final List<Column<PopulationCount>> POPULATION = List.of(
			text("municipality_code", PopulationCount::municipalityCode),
			date("reference_date", PopulationCount::referenceDate), count("population_total", PopulationCount::total),
			count("population_65_plus", PopulationCount::aged65Plus));

	static final List<Column<HospitalDistance>> DISTANCES = List.of(
			text("municipality_code", HospitalDistance::municipalityCode),
			text("nearest_hospital", HospitalDistance::nearestHospital),
			decimal("road_distance_km", HospitalDistance::roadDistanceKm));

	static final List<Column<TaxBaseGrowth>> TAX_BASE_GROWTH = List.of(year("year", TaxBaseGrowth::year, null),
			decimal("growth_percent", TaxBaseGrowth::growthPercent),
			new Column<>("kind", TaxBaseGrowth::kind, styles -> styles.text, null));

	static final List<Column<SomaticBase>> SOMATIC_BASE = List.of(
			text("municipality_code", SomaticBase::municipalityCode),
			year("price_level_year", SomaticBase::priceLevelYear, null),
			kronor("amount_sek", SomaticBase::amountSek, null));

	static final List<Column<PsychiatricInvoice>> PSYCHIATRIC_INVOICED = List.of(
			text("municipality_code", PsychiatricInvoice::municipalityCode),
			year("year", PsychiatricInvoice::year, InputSheet.INVOICE_YEAR),
			kronor("amount_sek", PsychiatricInvoice::amountSek, InputSheet.INVOICE_AMOUNT));

	static final List<Column<HomeCareMeasurement>> HOME_CARE_MEASUREMENT = List.of(
			text("municipality_code", HomeCareMeasurement::municipalityCode),
			date("measurement_date", HomeCareMeasurement::measurementDate),
			year("category", HomeCareMeasurement::category, null), count("patients", HomeCareMeasurement::patients));

	private InputColumns() {
	}

	private static <T> Column<T> text(String name, Function<T, String> value) {
		return new Column<>(name, value::apply, styles -> styles.text, null);
	}

	private static <T> Column<T> date(String name, Function<T, LocalDate> value) {
		return new Column<>(name, value::apply, styles -> styles.date, null);
	}

	private static <T> Column<T> count(String name, Function<T, Long> value) {
		return new Column<>(name, value::apply, styles -> styles.integer, null);
	}

	private static <T> Column<T> year(String name, Function<T, Integer> value, String definedName) {
		return new Column<>(name, t -> value.apply(t).longValue(), styles -> styles.year, definedName);
	}

	private static <T> Column<T> decimal(String name, Function<T, BigDecimal> value) {
		return new Column<>(name, value::apply, styles -> styles.decimal, null);
	}

	private static <T> Column<T> kronor(String name, Function<T, BigDecimal> value, String definedName) {
		return new Column<>(name, value::apply, styles -> styles.kronorDecimals, definedName);
	}

	/**
	 * One column of a table: its English name, its value, its style and the defined name
	 * of its range on Indata, if any.
	 */
	record Column<T>(String name, Function<T, Object> value, Function<Styles, CellStyle> style, String definedName) {

		/**
		 * Writes the record's value; a kind of growth as {@code kindWord} says (outcome
		 * as the files write it, utfall as the template does).
		 */
		Cell write(SheetWriter sheet, int row, int column, T record, Function<GrowthKind, String> kindWord) {
			Object cellValue = this.value.apply(record);
			CellStyle cellStyle = this.style.apply(sheet.styles());
			if (cellValue instanceof LocalDate date) {
				return sheet.date(row, column, date, cellStyle);
			}
			if (cellValue instanceof BigDecimal number) {
				return sheet.number(row, column, number, cellStyle);
			}
			if (cellValue instanceof Long number) {
				return sheet.number(row, column, number, cellStyle);
			}
			if (cellValue instanceof GrowthKind kind) {
				return sheet.text(row, column, kindWord.apply(kind), cellStyle);
			}
			return sheet.text(row, column, (String) cellValue, cellStyle);
		}

	}

}
