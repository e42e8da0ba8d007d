package se.regionorebrolan.tillaggsbelopp.input;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The seven input tables of one run, read and checked row by row, with the warnings found
 * (e.g. unknown columns): seven CSV files, or the sheets of one input workbook.
 *
 * @param workbook the input workbook the tables are sheets of, or empty for CSV files
 */
public record InputSet(InputFile<Municipality> municipalities, InputFile<PopulationCount> population,
		InputFile<HospitalDistance> distances, InputFile<TaxBaseGrowth> taxBaseGrowth,
		InputFile<SomaticBase> somaticBases, InputFile<PsychiatricInvoice> psychiatricInvoices,
		InputFile<HomeCareMeasurement> measurements, List<InputProblem> warnings, Optional<InputWorkbook> workbook) {

	public InputSet {
		warnings = List.copyOf(warnings);
		Objects.requireNonNull(workbook, "workbook is required (may be empty)");
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

	/**
	 * The files a run archives, by name, with the SHA-256 each must have: the seven CSV
	 * files, or the workbook.
	 */
	public Map<String, String> sourceFiles() {
		Map<String, String> files = new LinkedHashMap<>();
		this.workbook.ifPresentOrElse(book -> files.put(book.name(), book.sha256()),
				() -> files().forEach(file -> files.put(file.name(), file.sha256())));
		return files;
	}

	/**
	 * The calculation's problems as input problems that name the file (or sheet) to
	 * correct.
	 */
	public List<InputProblem> locate(List<CalculationProblem> problems) {
		return problems.stream()
			.map(problem -> InputProblem.ofFile(file(problem.table()).name(), problem.message()))
			.toList();
	}

	private InputFile<?> file(InputTable table) {
		return InputTables.ALL.stream()
			.filter(description -> description.table() == table)
			.findFirst()
			.orElseThrow()
			.in(this);
	}

}
