package se.regionorebrolan.tillaggsbelopp.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.regionorebrolan.tillaggsbelopp.calculation.CalculationInput;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationProblem;
import se.regionorebrolan.tillaggsbelopp.calculation.HomeCareMeasurement;
import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;
import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;
import se.regionorebrolan.tillaggsbelopp.calculation.SomaticBase;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;

/**
 * The seven input files of one run, read and checked row by row, with the warnings found
 * (e.g. unknown columns).
 */
public record InputSet(InputFile<Municipality> municipalities, InputFile<PopulationCount> population,
		InputFile<HospitalDistance> distances, InputFile<TaxBaseGrowth> taxBaseGrowth,
		InputFile<SomaticBase> somaticBases, InputFile<PsychiatricInvoice> psychiatricInvoices,
		InputFile<HomeCareMeasurement> measurements, List<InputProblem> warnings) {

	private static final Map<InputTable, String> FILE_NAMES = Map.of(InputTable.MUNICIPALITIES,
			MunicipalitiesCsv.LAYOUT.fileName(), InputTable.POPULATION, PopulationCsv.LAYOUT.fileName(),
			InputTable.DISTANCES, DistancesCsv.LAYOUT.fileName(), InputTable.TAX_BASE_GROWTH,
			TaxBaseGrowthCsv.LAYOUT.fileName(), InputTable.SOMATIC_BASE, SomaticBaseCsv.LAYOUT.fileName(),
			InputTable.PSYCHIATRIC_INVOICED, PsychiatricInvoicedCsv.LAYOUT.fileName(), InputTable.HOME_CARE_MEASUREMENT,
			HomeCareMeasurementCsv.LAYOUT.fileName());

	public InputSet {
		warnings = List.copyOf(warnings);
	}

	/** The files in the order they are read and reported. */
	public List<InputFile<?>> files() {
		return List.of(this.municipalities, this.population, this.distances, this.taxBaseGrowth, this.somaticBases,
				this.psychiatricInvoices, this.measurements);
	}

	public CalculationInput toCalculationInput() {
		return new CalculationInput(this.municipalities.values(), this.population.values(), this.distances.values(),
				this.taxBaseGrowth.values(), this.somaticBases.values(), this.psychiatricInvoices.values(),
				this.measurements.values());
	}

	/**
	 * The latest reference date in population.csv: the default population reference date.
	 */
	public Optional<LocalDate> latestPopulationDate() {
		return this.population.values().stream().map(PopulationCount::referenceDate).max(LocalDate::compareTo);
	}

	/** The calculation's problems as input problems that name the file to correct. */
	public static List<InputProblem> locate(List<CalculationProblem> problems) {
		return problems.stream()
			.map(problem -> InputProblem.ofFile(FILE_NAMES.get(problem.table()), problem.message()))
			.toList();
	}

}
