package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped Örebro län data as a finance officer's Swedish Excel saves it ("CSV
 * (semikolonavgränsad)": Windows-1252, semicolons, decimal commas, no-break spaces
 * between thousands, CRLF, Swedish column names and kinds) reads to exactly the values of
 * the UTF-8 files, so the calculation gives identical results; only the files' digests,
 * and so the run identity, differ.
 */
class SwedishExcelInputTests {

	private static final Path SHIPPED = Path.of("input");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** A number with more than four digits before the point: not a code or a year. */
	private static final Pattern GROUPED = Pattern.compile("-?\\d{5,}(\\.\\d+)?");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

	private static final Map<String, String> KINDS = Map.of("outcome", "Utfall", "forecast", "Prognos");

	@TempDir
	Path folder;

	@Test
	void readsTheSameValuesAsFromTheUtf8Files() throws IOException {
		InputSet utf8 = InputReader.read(SHIPPED);

		InputSet excel = InputReader.read(savedBySwedishExcel());

		assertThat(excel.toCalculationInput()).isEqualTo(utf8.toCalculationInput());
		assertThat(sources(excel)).isEqualTo(sources(utf8));
		assertThat(excel.warnings()).isEmpty();
		assertThat(excel.files()).extracting(InputFile::readAs).containsOnly("Windows-1252, semikolon, decimalkomma");
		assertThat(utf8.files()).extracting(InputFile::readAs).containsOnly("UTF-8, komma");
		assertThat(excel.files()).extracting(InputFile::sha256)
			.doesNotContainAnyElementsOf(utf8.files().stream().map(InputFile::sha256).toList());
	}

	@Test
	void keepsTheSwedishLettersOfTheNames() throws IOException {
		InputSet excel = InputReader.read(savedBySwedishExcel());

		assertThat(excel.municipalities().values()).extracting(municipality -> municipality.name())
			.contains("Örebro", "Hällefors", "Laxå");
	}

	private Path savedBySwedishExcel() throws IOException {
		try (Stream<Path> files = Files.list(SHIPPED)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".csv")).toList()) {
				Files.write(this.folder.resolve(file.getFileName()),
						swedish(Files.readString(file, StandardCharsets.UTF_8)).getBytes(WINDOWS_1252));
			}
		}
		return this.folder;
	}

	/** One file's text as Swedish Excel writes it. */
	private static String swedish(String text) throws IOException {
		List<String> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(text))
			.setFormat(CSVFormat.RFC4180)
			.get()) {
			List<CSVRecord> records = parser.getRecords();
			lines.add(records.get(0).stream().map(SwedishExcelInputTests::heading).collect(Collectors.joining(";")));
			records.subList(1, records.size())
				.forEach(row -> lines
					.add(row.stream().map(SwedishExcelInputTests::cell).collect(Collectors.joining(";"))));
		}
		return lines.stream().map(line -> line + "\r\n").collect(Collectors.joining());
	}

	private static String cell(String value) {
		String written = KINDS.getOrDefault(value, value);
		if (GROUPED.matcher(written).matches()) {
			written = grouped(written);
		}
		if (DECIMAL.matcher(value).matches()) {
			written = written.replace('.', ',');
		}
		return written.contains(";") || written.contains("\"") ? "\"" + written.replace("\"", "\"\"") + "\"" : written;
	}

	/** 1882000.50 → 1 882 000.50 with no-break spaces. */
	private static String grouped(String number) {
		BigDecimal value = new BigDecimal(number);
		String whole = value.abs().toBigInteger().toString();
		StringBuilder groups = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				groups.append('\u00A0');
			}
			groups.append(whole.charAt(i));
		}
		int point = number.indexOf('.');
		return (value.signum() < 0 ? "-" : "") + groups + ((point < 0) ? "" : number.substring(point));
	}

	private static List<List<String>> sources(InputSet input) {
		return input.files().stream().map(file -> file.rows().stream().map(InputRow::source).toList()).toList();
	}

	/** The heading a template writes for the column of an English name. */
	private static String heading(String english) {
		return InputTables.ALL.stream()
			.flatMap(table -> table.columns().stream())
			.filter(column -> column.name().equals(english))
			.findFirst()
			.orElseThrow()
			.heading();
	}

}
