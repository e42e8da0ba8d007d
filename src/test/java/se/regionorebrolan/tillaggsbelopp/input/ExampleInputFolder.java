package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The seven input files of the worked example (spec §5, shared/spec/example/input)
 * written to a folder, where a test may replace or leave out one file to show a rule.
 */
final class ExampleInputFolder {

	static final String MUNICIPALITIES = """
			municipality_code,municipality_name,central_town
			9001,Alfa,Alfaby
			9002,Beta,Betaby
			9003,Gamma,Gammaby
			9004,Delta,Deltaby
			""";

	static final String POPULATION = """
			municipality_code,reference_date,population_total,population_65_plus
			9001,2025-12-31,52000,10000
			9002,2025-12-31,17000,4000
			9003,2025-12-31,9500,2500
			9004,2025-12-31,15000,3500
			9001,2024-12-31,51000,9800
			9002,2024-12-31,17100,3950
			9003,2024-12-31,9600,2450
			9004,2024-12-31,14900,3400
			""";

	static final String DISTANCES = """
			municipality_code,nearest_hospital,road_distance_km
			9001,Alfa sjukhus,4
			9002,Alfa sjukhus,48
			9003,Alfa sjukhus,36.5
			9004,Alfa sjukhus,35
			""";

	static final String TAX_BASE_GROWTH = """
			year,growth_percent,kind,source
			2022,4.0,outcome,example
			2023,5.0,outcome,example
			2024,4.0,outcome,example
			2025,3.0,outcome,example
			2026,3.5,forecast,example
			2027,3.2,forecast,example
			""";

	static final String SOMATIC_BASE = """
			municipality_code,price_level_year,amount_sek
			9001,2025,5000000
			9002,2025,2000000
			9003,2025,1500000
			9004,2025,1800000
			""";

	static final String PSYCHIATRIC_INVOICED = """
			municipality_code,year,amount_sek
			9001,2021,400000
			9001,2022,500000
			9002,2021,100000
			9002,2022,120000
			9003,2021,50000
			9003,2022,30000
			9004,2022,90000
			9001,2020,999999
			""";

	static final String HOME_CARE_MEASUREMENT = """
			municipality_code,measurement_date,category,patients
			9001,2022-11-15,1,310
			9001,2022-11-15,2,120
			9001,2022-11-15,3,55
			9001,2022-11-15,4,40
			9002,2022-11-15,1,90
			9002,2022-11-15,2,30
			9002,2022-11-15,3,14
			9002,2022-11-15,4,12
			9003,2022-11-15,1,60
			9003,2022-11-15,2,20
			9003,2022-11-15,3,9
			9003,2022-11-15,4,7
			9004,2022-11-15,1,85
			9004,2022-11-15,2,28
			9004,2022-11-15,3,12
			9004,2022-11-15,4,9
			9001,2025-11-14,4,46
			9002,2025-11-14,4,11
			9003,2025-11-14,4,9
			9004,2025-11-14,4,10
			""";

	/** The codes of {@link #MUNICIPALITIES}, for reading one file on its own. */
	static final KnownCodes CODES = KnownCodes.of(Set.of("9001", "9002", "9003", "9004"));

	private final Path directory;

	private final Map<String, String> files = new LinkedHashMap<>();

	private ExampleInputFolder(Path directory) {
		this.directory = directory;
		this.files.put("municipalities.csv", MUNICIPALITIES);
		this.files.put("population.csv", POPULATION);
		this.files.put("distances.csv", DISTANCES);
		this.files.put("tax_base_growth.csv", TAX_BASE_GROWTH);
		this.files.put("somatic_base.csv", SOMATIC_BASE);
		this.files.put("psychiatric_invoiced.csv", PSYCHIATRIC_INVOICED);
		this.files.put("home_care_measurement.csv", HOME_CARE_MEASUREMENT);
	}

	/** The complete, valid example, to be written into {@code directory}. */
	static ExampleInputFolder in(Path directory) {
		return new ExampleInputFolder(directory);
	}

	/** Replaces one file's content. */
	ExampleInputFolder with(String fileName, String content) {
		if (this.files.put(fileName, content) == null) {
			throw new IllegalArgumentException("not an input file: " + fileName);
		}
		return this;
	}

	/** Replaces one whole line of a file, which must be there. */
	ExampleInputFolder replacing(String fileName, String line, String replacement) {
		String content = this.files.get(fileName);
		if (content == null || !content.contains(line + "\n")) {
			throw new IllegalArgumentException(fileName + " has no line " + line);
		}
		return with(fileName, content.replace(line + "\n", replacement + "\n"));
	}

	/** Adds one line at the end of a file. */
	ExampleInputFolder withRow(String fileName, String row) {
		return with(fileName, this.files.get(fileName) + row + "\n");
	}

	/** Leaves one file out. */
	ExampleInputFolder without(String fileName) {
		if (this.files.remove(fileName) == null) {
			throw new IllegalArgumentException("not an input file: " + fileName);
		}
		return this;
	}

	/** Writes the files (UTF-8) and returns the folder. */
	Path write() {
		this.files.forEach((name, content) -> writeString(this.directory.resolve(name), content));
		return this.directory;
	}

	/** Writes the files and reads them, expecting no problem. */
	InputSet read() {
		return InputReader.read(write());
	}

	/** Writes the files, reads them and returns every problem as its Swedish line. */
	List<String> problems() {
		return rejection().problems().stream().map(InputProblem::toString).toList();
	}

	/** Writes the files, reads them and returns the exception that rejects them. */
	InvalidInputException rejection() {
		Path folder = write();
		InvalidInputException rejection = catchThrowableOfType(InvalidInputException.class,
				() -> InputReader.read(folder));
		assertThat(rejection).as("the input in %s is rejected", folder).isNotNull();
		return rejection;
	}

	/** The problems collected so far, each as its Swedish line. */
	static List<String> texts(InputProblems problems) {
		return problems.problems().stream().map(InputProblem::toString).toList();
	}

	/** The warnings collected so far, each as its Swedish line. */
	static List<String> warningTexts(InputProblems problems) {
		return problems.warnings().stream().map(InputProblem::toString).toList();
	}

	static void writeString(Path path, String content) {
		try {
			Files.writeString(path, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
