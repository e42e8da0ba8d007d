package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.ComponentResult;
import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;
import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.input.HomeCareMeasurementCsv;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.PsychiatricInvoicedCsv;
import se.regionorebrolan.tillaggsbelopp.input.SomaticBaseCsv;
import se.regionorebrolan.tillaggsbelopp.input.SpreadsheetLimits;
import se.regionorebrolan.tillaggsbelopp.input.TaxBaseGrowthCsv;

/**
 * What the results workbook cannot hold, found from the input and the calculation before
 * anything is written (docs/decisions/0025), each problem at the input row it comes from:
 * more rows than a sheet has (the Indata sheet shows every input row, the compact
 * Beräkning sheet four blocks of municipalities), and an index factor or a county total
 * with more than twelve digits before the decimal mark, which a spreadsheet's doubles no
 * longer compute to the krona as the program does.
 */
public final class WorkbookLimits {

	private static final String LARGEST = SwedishFormat.kronor(SpreadsheetLimits.LARGEST.subtract(BigDecimal.ONE));

	private WorkbookLimits() {
	}

	/** Every problem, or none when the workbook can hold the run. */
	public static List<InputProblem> problems(InputSet input, Calculation calculation) {
		List<InputProblem> problems = new ArrayList<>();
		rows(input, calculation).ifPresent(problems::add);
		List<InputProblem> factors = factors(input, calculation);
		// A county total beyond the limit follows from a factor beyond it: that is said
		// once.
		problems.addAll(factors.isEmpty() ? amounts(input, calculation) : factors);
		return problems;
	}

	private static Optional<InputProblem> rows(InputSet input, Calculation calculation) {
		int municipalities = calculation.municipalities().size();
		if (TillaggsbeloppWorkbook.compact(municipalities)) {
			long needed = CompactCalculationSheet.rowsNeeded(municipalities);
			if (needed <= SpreadsheetLimits.SHEET_ROWS) {
				return Optional.empty();
			}
			return Optional.of(InputProblem.ofFile(input.municipalities().name(),
					"filen har " + SwedishFormat.count(municipalities) + " kommuner; bladet " + CalculationSheet.NAME
							+ " i resultatarbetsboken visar varje kommun en gång per komponent och skulle behöva "
							+ SwedishFormat.count(needed) + " rader, fler än de "
							+ SwedishFormat.count(SpreadsheetLimits.SHEET_ROWS) + " som ett blad i Excel rymmer"));
		}
		return inputSheetRows(input);
	}

	/**
	 * The Indata sheet shows the tables one under the other: the first input row that
	 * falls below the sheet's last row.
	 */
	private static Optional<InputProblem> inputSheetRows(InputSet input) {
		int tableRow = InputSheet.FIRST_TABLE_ROW;
		long total = input.files().stream().mapToLong(file -> file.rows().size()).sum();
		for (InputFile<?> file : input.files()) {
			int fitting = SpreadsheetLimits.SHEET_ROWS - InputSheet.firstDataRow(tableRow);
			if (file.rows().size() > fitting) {
				int line = file.rows().get(Math.max(0, fitting)).line();
				return Optional.of(InputProblem.ofLine(file.name(), line, "bladet " + InputSheet.NAME
						+ " i resultatarbetsboken visar alla indatarader under varandra och rymmer inte den här raden "
						+ "eller de efter den: tabellerna har tillsammans " + SwedishFormat.count(total)
						+ " rader, och ett blad i Excel har högst "
						+ SwedishFormat.count(SpreadsheetLimits.SHEET_ROWS)));
			}
			tableRow = InputSheet.nextTable(tableRow, file.rows().size());
		}
		return Optional.empty();
	}

	/**
	 * Each index factor to the budget year beyond the limit, at the growth row with the
	 * largest growth of its years; one problem per row.
	 */
	private static List<InputProblem> factors(InputSet input, Calculation calculation) {
		int budgetYear = calculation.parameters().budgetYear();
		Map<Integer, BigDecimal> factors = new TreeMap<>(calculation.somaticBasis().indexFactors());
		factors.put(calculation.psychiatricBasis().priceLevelYear(), calculation.psychiatricBasis().indexFactor());
		factors.put(calculation.advancedBasis().priceLevelYear(), calculation.advancedBasis().indexFactor());
		Map<Integer, InputProblem> byLine = new TreeMap<>();
		factors.forEach((year, factor) -> {
			if (SpreadsheetLimits.tooLarge(factor)) {
				largest(input.taxBaseGrowth(), growth -> growth.year() > year && growth.year() <= budgetYear,
						TaxBaseGrowth::growthPercent)
					.ifPresent(row -> byLine.putIfAbsent(row.line(),
							field(input.taxBaseGrowth(), row, TaxBaseGrowthCsv.GROWTH, row.value().growthPercent(),
									"uppräkningsfaktorn från " + year + " till " + budgetYear + " blir "
											+ approximately(factor) + ", större än " + LARGEST
											+ ", det största tal arbetsboken räknar exakt med; kontrollera "
											+ "förändringarna " + (year + 1) + "–" + budgetYear)));
			}
		});
		return List.copyOf(byLine.values());
	}

	/**
	 * Each component whose county total is beyond the limit, at its largest source, and
	 * each averaged year whose invoices add up beyond it.
	 */
	private static List<InputProblem> amounts(InputSet input, Calculation calculation) {
		List<InputProblem> problems = new ArrayList<>();
		calculation.psychiatricBasis().countySumByYear().forEach((year, sum) -> {
			if (SpreadsheetLimits.tooLarge(sum)) {
				largest(input.psychiatricInvoices(), invoice -> invoice.year() == year,
						invoice -> invoice.amountSek().abs())
					.ifPresent(row -> problems.add(field(input.psychiatricInvoices(), row,
							PsychiatricInvoicedCsv.AMOUNT, row.value().amountSek(),
							"fakturorna för " + year + " blir tillsammans " + approximately(sum) + " kr, mer än de "
									+ LARGEST + " kr som arbetsboken räknar exakt med; kontrollera beloppen")));
			}
		});
		for (ComponentResult result : calculation.components()) {
			// The distance compensation is a share of the other three: too large only
			// because of them, unless they are each within the limit.
			boolean consequence = result.component() == Component.DISTANCE && !problems.isEmpty();
			if (SpreadsheetLimits.tooLarge(result.countyTotal()) && !consequence) {
				String tooLarge = result.component().swedishLabel() + " blir " + approximately(result.countyTotal())
						+ " kr för länet, mer än de " + LARGEST + " kr som arbetsboken räknar exakt med";
				problems.add(source(input, calculation, result.component(), tooLarge));
			}
		}
		return problems;
	}

	/** The input row a component's county total comes most from, or the share rate. */
	private static InputProblem source(InputSet input, Calculation calculation, Component component, String tooLarge) {
		String indexed = tooLarge + "; kontrollera beloppen och förändringarna i " + input.taxBaseGrowth().name();
		Optional<InputProblem> found = switch (component) {
			case SOMATIC -> largest(input.somaticBases(), base -> true, SomaticBase::amountSek)
				.map(row -> field(input.somaticBases(), row, SomaticBaseCsv.AMOUNT, row.value().amountSek(), indexed));
			case PSYCHIATRIC -> largest(input.psychiatricInvoices(),
					invoice -> calculation.parameters().psychiatric().averageYears().contains(invoice.year()),
					invoice -> invoice.amountSek().abs())
				.map(row -> field(input.psychiatricInvoices(), row, PsychiatricInvoicedCsv.AMOUNT,
						row.value().amountSek(), indexed));
			case ADVANCED -> advanced(input, calculation, tooLarge);
			case DISTANCE -> Optional.empty();
		};
		return found.orElseGet(() -> InputProblem.ofField("tillagg.distance.share-rate", 0, "",
				calculation.parameters().distance().shareRate().toPlainString(),
				tooLarge + " (andelen av de tre andra komponenterna, "
						+ approximately(calculation.distanceBasis().base()) + " kr)"));
	}

	/** The measurement row with the most patients, with the product written out. */
	private static Optional<InputProblem> advanced(InputSet input, Calculation calculation, String tooLarge) {
		AdvancedParameters advanced = calculation.parameters().advanced();
		String product = " (" + plain(advanced.shiftRate()) + " × "
				+ SwedishFormat.count(calculation.advancedBasis().patients()) + " patienter × "
				+ plain(advanced.costPerPatientSek()) + " kr × "
				+ plain(calculation.advancedBasis().indexFactor().setScale(6, RoundingMode.HALF_UP))
				+ "); kontrollera antalet patienter och tillagg.advanced.cost-per-patient-sek";
		return largest(input.measurements(),
				measurement -> measurement.measurementDate().equals(advanced.measurementDate())
						&& measurement.category() == advanced.category(),
				measurement -> BigDecimal.valueOf(measurement.patients()))
			.map(row -> field(input.measurements(), row, HomeCareMeasurementCsv.PATIENTS,
					BigDecimal.valueOf(row.value().patients()), tooLarge + product));
	}

	private static <T> InputProblem field(InputFile<T> file, InputRow<T> row, InputColumn<T> column, BigDecimal value,
			String message) {
		return InputProblem.ofField(file.name(), row.line(), column.name(), value.toPlainString(), message);
	}

	/** The row of {@code file} that {@code which} takes with the largest {@code size}. */
	private static <T> Optional<InputRow<T>> largest(InputFile<T> file, Predicate<T> which,
			Function<T, BigDecimal> size) {
		return file.rows()
			.stream()
			.filter(row -> which.test(row.value()))
			.max(Comparator.comparing(row -> size.apply(row.value())));
	}

	/** A number as written, with a decimal comma and spaces between thousands. */
	private static String plain(BigDecimal number) {
		return SwedishFormat.decimal(number, Math.max(0, number.stripTrailingZeros().scale()));
	}

	/**
	 * A number far beyond the limit by its first digits and its size, e.g. {@code 1,00 ·
	 * 10^60}; one near it in full.
	 */
	static String approximately(BigDecimal number) {
		if (number.abs().compareTo(BigDecimal.TEN.pow(18)) < 0) {
			return SwedishFormat.kronor(number);
		}
		BigDecimal rounded = number.round(new MathContext(3, RoundingMode.HALF_UP));
		int exponent = rounded.precision() - rounded.scale() - 1;
		return SwedishFormat.decimal(rounded.movePointLeft(exponent), 2) + " · 10^" + exponent;
	}

}
