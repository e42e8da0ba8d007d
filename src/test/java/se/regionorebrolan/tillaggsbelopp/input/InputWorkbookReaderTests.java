package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The input workbook: the spec example as one sheet per table reads to the same values as
 * its CSV files, through the same checks, and every problem names its sheet and cell.
 */
class InputWorkbookReaderTests {

	private static final String RECALCULATE = "öppna arbetsboken i Excel och spara den, så att värdet räknas ut och sparas";

	@TempDir
	Path folder;

	private Path csvFolder;

	private CsvWorkbook book;

	@BeforeEach
	void example() {
		this.csvFolder = ExampleInputFolder.in(createDirectories(this.folder.resolve("csv"))).write();
		this.book = CsvWorkbook.of(this.csvFolder);
	}

	@Test
	void readsTheSameValuesAsTheCsvFiles() {
		InputSet csv = InputReader.read(this.csvFolder);

		InputSet sheets = read();

		assertThat(sheets.toCalculationInput()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(csv.toCalculationInput());
		assertThat(sheets.files()).extracting(InputFile::name)
			.containsExactly("Kommuner", "Befolkning", "Avstånd", "Skatteunderlag", "Somatik", "Psykiatri", "Mätning");
		assertThat(sheets.files()).extracting(InputFile::readAs).containsOnly("blad i arbetsboken indata.xlsx");
		assertThat(sheets.files()).extracting(InputFile::sha256).containsOnly(sheets.workbook().orElseThrow().sha256());
		assertThat(sheets.taxBaseGrowth().rows()).extracting(InputRow::line, InputRow::source)
			.startsWith(tuple(2, "example"));
		assertThat(sheets.warnings()).isEmpty();
	}

	@Test
	void acceptsTheFilesNamesForSheetsAndSwedishColumnNames() {
		XSSFWorkbook workbook = this.book.workbook();
		workbook.setSheetName(workbook.getSheetIndex("Befolkning"), "population");
		this.book.cell("population!A1").setCellValue("Kommunkod");
		this.book.cell("population!C1").setCellValue("Folkmängd");

		InputSet input = read();

		assertThat(input.population().name()).isEqualTo("population");
		assertThat(input.population().values()).hasSize(8);
	}

	@Test
	void readsNumbersStoredAsTextWithADecimalComma() {
		this.book.cell("Befolkning!C2").setCellValue("52\u00A0000");
		this.book.cell("Avstånd!C4").setCellValue("36,5");
		this.book.cell("Kommuner!A2").setCellValue("9001");

		InputSet input = read();

		assertThat(input.population().values().get(0).total()).isEqualTo(52000);
		assertThat(input.distances().values().get(2).roadDistanceKm()).isEqualByComparingTo("36.5");
	}

	@Test
	void refusesATextNumberWithADecimalPoint() {
		this.book.cell("Avstånd!C4").setCellValue("36.5");

		assertThat(problems()).containsExactly("Avstånd!C4, kolumn road_distance_km: värdet \"36.5\" – förväntat ett "
				+ "avstånd i km ≥ 0 med komma som decimaltecken, t.ex. 36,5");
	}

	@Test
	void usesTheSavedValuesOfFormulas() {
		this.book.cell("Befolkning!C2").setCellFormula("50000+2000");
		this.book.cell("Kommuner!B2").setCellFormula("\"Al\"&\"fa\"");
		XSSFFormulaEvaluator.evaluateAllFormulaCells(this.book.workbook());

		InputSet input = read();

		assertThat(input.population().values().get(0).total()).isEqualTo(52000);
		assertThat(input.municipalities().values().get(0).name()).isEqualTo("Alfa");
	}

	@Test
	void refusesAFormulaWithoutASavedValueOrWithAnErrorValue() {
		this.book.cell("Befolkning!D3").setCellFormula("1/0");
		XSSFFormulaEvaluator.evaluateAllFormulaCells(this.book.workbook());
		this.book.uncalculated("Befolkning!C2", "50000+2000");

		assertThat(problems()).containsExactly(
				"Befolkning!C2, kolumn population_total: värdet \"=50000+2000\" – formeln har inget sparat värde; "
						+ RECALCULATE,
				"Befolkning!D3, kolumn population_65_plus: värdet \"=1/0\" – formeln ger felvärdet #DIV/0!; rätta "
						+ "formeln eller skriv in värdet");
	}

	@Test
	void refusesAFormulaThatOpenpyxlSavedWithAnEmptyValueInsteadOfReadingZero() {
		// <c r="D5"><f>36+4</f><v /></c>: POI would read the empty value as 0 patients.
		assertThat(problems(thirdParty("openpyxl-formula-without-value.xlsx"))).containsExactly(
				"Mätning!D5, kolumn patients: värdet \"=36+4\" – formeln har inget sparat värde; " + RECALCULATE);
	}

	@Test
	void refusesAFormulaThatXlsxWriterSavedAsZero() {
		// <c r="D5"><f>36+4</f><v>0</v></c> in a workbook that asks to be recalculated on
		// opening.
		assertThat(problems(thirdParty("xlsxwriter-formula-saved-as-zero.xlsx"))).containsExactly(
				"Mätning!D5, kolumn patients: värdet \"=36+4\" – det sparade värdet 0 är inte vad formeln ger (40), "
						+ "så arbetsboken sparades utan att räknas om; " + RECALCULATE);
	}

	@Test
	void refusesASavedValueTheFormulaNoLongerGivesInEveryKindOfColumn() {
		this.book.cell("Befolkning!C2").setCellFormula("50000+2000");
		this.book.cell("Kommuner!B2").setCellFormula("\"Al\"&\"fa\"");
		this.book.cell("Avstånd!C4").setCellFormula("36+0.5");
		XSSFFormulaEvaluator.evaluateAllFormulaCells(this.book.workbook());
		this.book.cell("Befolkning!C2").setCellValue(0);
		this.book.cell("Kommuner!B2").setCellValue("");
		this.book.cell("Avstånd!C4").setCellValue(36);

		assertThat(problems()).containsExactly(
				"Kommuner!B2, kolumn municipality_name: värdet \"=\"Al\"&\"fa\"\" – det sparade värdet  är inte vad "
						+ "formeln ger (\"Alfa\"), så arbetsboken sparades utan att räknas om; " + RECALCULATE,
				"Befolkning!C2, kolumn population_total: värdet \"=50000+2000\" – det sparade värdet 0 är inte vad "
						+ "formeln ger (52000), så arbetsboken sparades utan att räknas om; " + RECALCULATE,
				"Avstånd!C4, kolumn road_distance_km: värdet \"=36+0.5\" – det sparade värdet 36 är inte vad "
						+ "formeln ger (36,5), så arbetsboken sparades utan att räknas om; " + RECALCULATE);
	}

	@Test
	void usesTheSavedValueOfAFormulaThatCannotBeWorkedOutUnlessTheWorkbookSaysItIsStale() {
		// A link to another workbook: POI cannot follow it, Excel saved what it gave.
		this.book.cell("Befolkning!C2").setCellFormula("50000+2000");
		XSSFFormulaEvaluator.evaluateAllFormulaCells(this.book.workbook());
		this.book.cell("Befolkning!C2").setCellFormula("[1]Blad1!A1");
		assertThat(read().population().values().get(0).total()).isEqualTo(52000);

		this.book.workbook().setForceFormulaRecalculation(true);

		assertThat(problems()).containsExactly("Befolkning!C2, kolumn population_total: värdet \"=[1]Blad1!A1\" – "
				+ "arbetsboken ska räknas om när den öppnas, så det sparade värdet gäller inte, och programmet kan "
				+ "inte räkna ut formeln; " + RECALCULATE);
	}

	@Test
	void leavesOutATotalRowWithAWarning() {
		Sheet population = this.book.workbook().getSheet("Befolkning");
		Row total = population.createRow(9);
		total.createCell(0).setCellValue("Summa:");
		total.createCell(2).setCellFormula("SUM(C2:C9)");
		total.createCell(3).setCellFormula("SUM(D2:D9)");
		XSSFFormulaEvaluator.evaluateAllFormulaCells(this.book.workbook());

		InputSet input = read();

		assertThat(input.population().values()).hasSize(8);
		assertThat(input.warnings()).extracting(InputProblem::toString)
			.containsExactly(
					"Befolkning rad 10: summaraden (\"Summa:\") läses inte som data; programmet summerar själv");
	}

	@Test
	void leavesOutATotalRowWithItsWordInAnotherColumnThanTheFirst() {
		Sheet population = this.book.workbook().getSheet("Befolkning");
		Row total = population.createRow(9);
		total.createCell(1).setCellValue("Totalt");
		total.createCell(2).setCellFormula("SUM(C2:C9)");
		XSSFFormulaEvaluator.evaluateAllFormulaCells(this.book.workbook());

		InputSet input = read();

		assertThat(input.population().values()).hasSize(8);
		assertThat(input.warnings()).extracting(InputProblem::toString)
			.containsExactly("Befolkning rad 10: summaraden (\"\") läses inte som data; programmet summerar själv");
	}

	@Test
	void findsTheHeaderUnderEmptyRowsAndIgnoresFormattedEmptyCellsBesideIt() {
		Sheet municipalities = this.book.workbook().getSheet("Kommuner");
		municipalities.shiftRows(0, municipalities.getLastRowNum(), 2);
		CellStyle yellow = this.book.workbook().createCellStyle();
		municipalities.createRow(0).createCell(0).setCellStyle(yellow);
		municipalities.getRow(2).createCell(3).setCellStyle(yellow);
		municipalities.getRow(2).createCell(4).setCellValue("");

		InputSet input = read();

		assertThat(input.warnings()).isEmpty();
		assertThat(input.municipalities().rows()).extracting(InputRow::line).containsExactly(4, 5, 6, 7);
		assertThat(input.municipalities().values()).hasSize(4);
	}

	@Test
	void skipsEmptyRowsAndCountsRowsAsExcelShowsThem() {
		Sheet measurement = this.book.workbook().getSheet("Mätning");
		measurement.shiftRows(5, measurement.getLastRowNum(), 2);
		CellStyle yellow = this.book.workbook().createCellStyle();
		measurement.createRow(5).createCell(0).setCellStyle(yellow);
		measurement.createRow(6).createCell(2).setCellValue(" ");

		InputSet input = read();

		assertThat(input.measurements().values()).hasSize(20);
		assertThat(input.measurements().rows()).extracting(InputRow::line).startsWith(2, 3, 4, 5, 8, 9);
	}

	@Test
	void namesTheRowOfADuplicateAndTheSheetOfAnUnknownCode() {
		this.book.cell("Befolkning!B3").setCellValue(LocalDateTime.of(2025, 12, 31, 0, 0));
		this.book.cell("Befolkning!A3").setCellValue(9001);
		this.book.cell("Avstånd!A2").setCellValue(9999);

		assertThat(problems()).containsExactly(
				"Befolkning rad 3: samma nyckel som rad 2; en rad per kommun och reference_date",
				"Avstånd!A2, kolumn municipality_code: värdet \"9999\" – kommunkoden finns inte i bladet Kommuner");
	}

	@Test
	void readsDateCellsAndDateTextButNotATimeOfDay() {
		this.book.cell("Befolkning!B2").setCellValue("2025-12-31");
		this.book.date("Befolkning!B3", LocalDateTime.of(2025, 12, 31, 13, 45));

		assertThat(problems()).containsExactly("Befolkning!B3, kolumn reference_date: värdet \"2025-12-31 13:45\" – "
				+ "förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-12-31");
	}

	@Test
	void refusesAGrowthFormattedAsPercent() {
		CellStyle percent = this.book.workbook().createCellStyle();
		percent.setDataFormat(this.book.workbook().createDataFormat().getFormat("0.0%"));
		this.book.cell("Skatteunderlag!B2").setCellValue(0.04);
		this.book.cell("Skatteunderlag!B2").setCellStyle(percent);

		assertThat(problems()).containsExactly("Skatteunderlag!B2, kolumn growth_percent: värdet \"4 %\" – cellen är "
				+ "formaterad som procent, så Excel sparar talet 0,04; skriv procentsatsen som ett tal utan "
				+ "procentformat, t.ex. 3,4");
	}

	@Test
	void namesTheCellOfAMisspeltHeader() {
		this.book.cell("Befolkning!C1").setCellValue("folkmangd");

		assertThat(problems()).containsExactly("Befolkning!C1: värdet \"folkmangd\" – okänd kolumn; menade du "
				+ "folkmängd (= population_total)? Kolumnen population_total saknas i rubrikraden");
	}

	@Test
	void namesAMissingSheetAndOneThatLooksLikeIt() {
		XSSFWorkbook workbook = this.book.workbook();
		workbook.removeSheetAt(workbook.getSheetIndex("Avstånd"));
		workbook.setSheetName(workbook.getSheetIndex("Befolkning"), "Befolknig");
		workbook.createSheet("Instruktioner");

		assertThat(problems()).containsExactly(
				"indata.xlsx: arbetsboken saknar bladet Befolkning (eller population); menade du bladet \"Befolknig\"? "
						+ "Byt namn på det till Befolkning; bladen i arbetsboken: Kommuner, Befolknig, Skatteunderlag, "
						+ "Somatik, Psykiatri, Mätning, Instruktioner",
				"indata.xlsx: arbetsboken saknar bladet Avstånd (eller distances); bladen i arbetsboken: Kommuner, "
						+ "Befolknig, Skatteunderlag, Somatik, Psykiatri, Mätning, Instruktioner");
	}

	@Test
	void refusesTwoSheetsOfOneTableAndAnEmptySheet() {
		XSSFWorkbook workbook = this.book.workbook();
		workbook.cloneSheet(workbook.getSheetIndex("Somatik"), "somatic_base");
		workbook.removeSheetAt(workbook.getSheetIndex("Psykiatri"));
		workbook.createSheet("Psykiatri");

		assertThat(problems()).containsExactly(
				"indata.xlsx: bladen Somatik och somatic_base är samma tabell (somatic_base.csv); ta bort det ena eller "
						+ "byt namn på det",
				"Psykiatri: bladet är tomt; första raden ska vara rubrikraden municipality_code,year,amount_sek");
	}

	@Test
	void refusesAFileThatIsNoWorkbookOrIsMissing() throws Exception {
		Path csv = Files.writeString(this.folder.resolve("indata.xlsx"), "municipality_code\n", StandardCharsets.UTF_8);

		assertThat(problems(csv)).containsExactly("indata.xlsx: filen är ingen Excel-arbetsbok (.xlsx); spara den som "
				+ "Excel-arbetsbok, eller ange mappen med CSV-filerna med --tillagg.input-dir");
		assertThat(problems(this.folder.resolve("saknas.xlsx"))).containsExactly("saknas.xlsx: arbetsboken finns inte ("
				+ this.folder.resolve("saknas.xlsx").toAbsolutePath().normalize() + ")");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { HostileWorkbooks.CONTENT_TYPES, HostileWorkbooks.FIRST_SHEET, "xl/workbook.xml",
			"xl/_rels/workbook.xml.rels" })
	void refusesADocumentTypeThatCouldReadAnotherFileAndReadsNothing(String part) throws IOException {
		Path secret = Files.writeString(this.folder.resolve("hemligt.txt"), "HEMLIGT");

		Path workbook = HostileWorkbooks.withExternalEntity(this.book.write(this.folder.resolve("bra.xlsx")), part,
				secret, this.folder.resolve("indata.xlsx"));

		assertThat(problems(workbook)).containsExactly("indata.xlsx: delen " + part
				+ " har en XML-dokumenttypdeklaration (<!DOCTYPE …>), som Excel aldrig skriver och som kan få ett "
				+ "program att läsa andra filer på datorn (XXE), så arbetsboken läses inte; kopiera tabellerna till en "
				+ "ny arbetsbok i Excel");
	}

	@Test
	void refusesAZipBombWithoutUnpackingIt() {
		Path workbook = HostileWorkbooks.zipBomb(this.book.write(this.folder.resolve("bra.xlsx")),
				this.folder.resolve("indata.xlsx"));

		assertThat(problems(workbook)).containsExactly("indata.xlsx: arbetsboken packas upp till mer än 100 gånger "
				+ "sin storlek, som en så kallad zip-bomb, och läses inte; en arbetsbok som Excel sparat packas upp "
				+ "till ungefär tio gånger sin storlek. Kontrollera att det är rätt fil, eller öppna den i Excel och "
				+ "spara den igen som Excel-arbetsbok (.xlsx)");
	}

	/**
	 * A sheet of over a million rows that POI would read for half a minute and 2 GB, and
	 * one too large for POI to read at all, are refused from the package alone.
	 */
	@Test
	void refusesASheetOfMoreRowsThanExcelHoldsOrTooLargeToRead() {
		Path workbook = this.book.write(this.folder.resolve("bra.xlsx"));

		assertThat(problems(HostileWorkbooks.withRows(workbook, 1_100_000, 1, this.folder.resolve("rader.xlsx"))))
			.containsExactly("rader.xlsx: bladet i delen xl/worksheets/sheet1.xml har 1 100 005 rader, fler än de "
					+ "1 048 576 som ett blad i Excel rymmer, så arbetsboken är inte sparad av Excel och läses inte; "
					+ "öppna den i Excel och spara den igen som Excel-arbetsbok (.xlsx)");
		assertThat(problems(HostileWorkbooks.withRows(workbook, 1_100_000, 2, this.folder.resolve("stor.xlsx"))))
			.containsExactly("stor.xlsx: delen xl/worksheets/sheet1.xml är större än 100 000 000 byte uppackad, mer "
					+ "än programmet läser; indata är några hundra rader per blad, så arbetsboken har ett blad som inte "
					+ "hör dit (t.ex. ett med miljontals rader): ta bort det, eller kopiera de sju bladen till en ny "
					+ "arbetsbok");
	}

	@Test
	void refusesABrokenPackageInSwedishWithoutPoisEnglish() {
		Path workbook = this.book.write(this.folder.resolve("bra.xlsx"));

		assertThat(problems(HostileWorkbooks.truncated(workbook, this.folder.resolve("halv.xlsx")))).containsExactly(
				"halv.xlsx: arbetsboken är ofullständig eller skadad: zip-arkivet den består av tar slut för tidigt "
						+ "eller kan inte packas upp (t.ex. en avbruten kopiering); kopiera den igen, eller öppna den i "
						+ "Excel och spara den igen som Excel-arbetsbok (.xlsx)");
		assertThat(problems(HostileWorkbooks.without(workbook, HostileWorkbooks.CONTENT_TYPES,
				this.folder.resolve("utan-typer.xlsx"))))
			.containsExactly("utan-typer.xlsx: arbetsboken saknar delen [Content_Types].xml, som varje "
					+ "Excel-arbetsbok har, så den är skadad eller inte sparad av Excel; öppna den i Excel och spara "
					+ "den igen som Excel-arbetsbok (.xlsx)");
		assertThat(problems(
				HostileWorkbooks.without(workbook, "xl/workbook.xml", this.folder.resolve("utan-arbetsbok.xlsx"))))
			.containsExactly("utan-arbetsbok.xlsx: arbetsboken kan inte läsas: en del som varje Excel-arbetsbok har "
					+ "saknas eller är trasig, så den är skadad eller inte sparad av Excel; öppna den i Excel och spara "
					+ "den igen som Excel-arbetsbok (.xlsx)");
	}

	@Test
	void refusesAnEncryptedWorkbookAndAnOldXlsEachWithWhatToDo() {
		Path workbook = this.book.write(this.folder.resolve("bra.xlsx"));

		assertThat(problems(HostileWorkbooks.encrypted(workbook, this.folder.resolve("krypterad.xlsx"))))
			.containsExactly("krypterad.xlsx: arbetsboken är skyddad med lösenord (krypterad), så programmet kan inte "
					+ "läsa den; spara den utan lösenord (Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord, töm "
					+ "rutan)");
		assertThat(problems(HostileWorkbooks.oldXls(this.folder.resolve("gammal.xlsx")))).containsExactly(
				"gammal.xlsx: arbetsboken är sparad i det äldre formatet .xls; spara den som Excel-arbetsbok (.xlsx)");
	}

	@Test
	void theInputsGuideNamesTheSheetsOfEveryTable() throws IOException {
		String guide = Files.readString(Path.of("docs/inputs.md"), StandardCharsets.UTF_8);

		assertThat(guide).contains(String.join("\n",
				InputTables.ALL.stream()
					.map(layout -> "| `" + layout.sheetName() + "` | `" + layout.baseName() + "` | `"
							+ layout.fileName() + "` |")
					.toList()));
	}

	private static Path createDirectories(Path path) {
		try {
			return Files.createDirectories(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private InputSet read() {
		return InputReader.readWorkbook(this.book.write(this.folder.resolve("indata.xlsx")));
	}

	private static Path thirdParty(String name) {
		return Path.of("src/test/resources/third-party-workbooks", name);
	}

	private List<String> problems() {
		return problems(this.book.write(this.folder.resolve("indata.xlsx")));
	}

	private static List<String> problems(Path workbook) {
		InvalidInputException rejection = catchThrowableOfType(InvalidInputException.class,
				() -> InputReader.readWorkbook(workbook));
		assertThat(rejection).as("the workbook is refused").isNotNull();
		return rejection.problems().stream().map(InputProblem::toString).toList();
	}

}
