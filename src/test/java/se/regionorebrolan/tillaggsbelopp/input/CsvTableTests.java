package se.regionorebrolan.tillaggsbelopp.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File-level reading of one CSV input file (spec §6 and §8), shown on municipalities.csv:
 * encoding, line endings, blank lines, quoting, the header and the line numbers in the
 * messages.
 */
class CsvTableTests {

	private static final TableDescription<?> LAYOUT = MunicipalitiesCsv.TABLE;

	private static final String HEADER = "municipality_code,municipality_name,central_town";

	@TempDir
	Path folder;

	private final InputProblems problems = new InputProblems();

	@Test
	void readsEachRowWithTheLineItIsOn() {
		List<String> rows = rows("""
				municipality_code,municipality_name,central_town
				9001,Alfa,Alfaby
				9002,Beta,Betaby
				""");

		assertThat(rows).containsExactly("2 Alfa", "3 Beta");
		assertThat(problems()).isEmpty();
		assertThat(warnings()).isEmpty();
	}

	@Test
	void reportsAMissingFileWithTheFolderAndTheExpectedHeader() {
		InputFile<String> file = read();

		assertThat(file.rows()).isEmpty();
		assertThat(file.sha256()).isEmpty();
		assertThat(problems())
			.containsExactly("municipalities.csv: filen saknas i " + this.folder.toAbsolutePath().normalize()
					+ "; förväntad rubrikrad: municipality_code,municipality_name,central_town");
	}

	@Test
	void reportsAnEmptyFile() {
		List<String> rows = rows("");

		assertThat(rows).isEmpty();
		assertThat(problems()).containsExactly(
				"municipalities.csv: filen är tom; första raden ska vara rubrikraden municipality_code,municipality_name,central_town");
	}

	@Test
	void reportsAFileOfOnlyBlankLinesAsEmpty() {
		// an empty line, one of spaces and a tab, one of only commas (an Excel row left
		// empty)
		List<String> rows = rows("\n   \t\n,,\n");

		assertThat(rows).isEmpty();
		assertThat(problems()).containsExactly(
				"municipalities.csv: filen är tom; första raden ska vara rubrikraden municipality_code,municipality_name,central_town");
	}

	@Test
	void acceptsAFileWithOnlyTheHeader() {
		// whether rows are missing is for the calculation's completeness rules to say
		List<String> rows = rows(HEADER + "\n");

		assertThat(rows).isEmpty();
		assertThat(problems()).isEmpty();
	}

	@Test
	void readsWindows1252WhenTheBytesAreNotUtf8WithoutManglingNames() {
		// Ö saved as Windows-1252 is the single byte 0xD6, not valid UTF-8
		write((HEADER + "\n1880,Örebro,Örebro\n1863,Hällefors,Hällefors\n1860,Laxå,Laxå\n")
			.getBytes(Charset.forName("windows-1252")));

		InputFile<String> file = read();

		assertThat(problems()).isEmpty();
		assertThat(lines(file)).containsExactly("2 Örebro", "3 Hällefors", "4 Laxå");
		assertThat(file.readAs()).isEqualTo("Windows-1252, komma");
	}

	@Test
	void readsWindows1252EndingInALetterThatStartsAUtf8Character() {
		// å is 0xE5 in Windows-1252, which would start a three-byte UTF-8 character: the
		// file is not a UTF-8 file cut short, since nothing in it is UTF-8
		write((HEADER + "\n1860,Laxå,Laxå").getBytes(Charset.forName("windows-1252")));

		InputFile<String> file = read();

		assertThat(problems()).isEmpty();
		assertThat(lines(file)).containsExactly("2 Laxå");
	}

	@Test
	void reportsAUtf8FileCutInTheMiddleOfACharacter() {
		byte[] text = (HEADER + "\n1880,Örebro,Örebro\n1881,Kumla,Ö").getBytes(StandardCharsets.UTF_8);
		// the last byte of Ö (0xC3 0x96) is lost
		write(Arrays.copyOf(text, text.length - 1));

		read();

		assertThat(problems()).containsExactly(
				"municipalities.csv rad 3: filen slutar mitt i ett UTF-8-tecken (byte 0xC3); den är troligen avkortad – spara den igen");
	}

	@Test
	void acceptsExcelsCsvUtf8WithByteOrderMarkAndWindowsLineEndings() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.write((HEADER + "\r\n1880,Örebro,Örebro\r\n1814,Lekeberg,Fjugesta\r\n").getBytes(StandardCharsets.UTF_8));
		write(bytes.toByteArray());

		InputFile<String> file = read();

		// without removing the mark the first column would be "\uFEFFmunicipality_code"
		assertThat(problems()).isEmpty();
		assertThat(warnings()).isEmpty();
		assertThat(lines(file)).containsExactly("2 Örebro", "3 Lekeberg");
		assertThat(file.readAs()).isEqualTo("UTF-8 med BOM, komma");
	}

	@Test
	void givesLineNumbersOfWindowsLineEndingsInProblems() {
		List<String> rows = rows("""
				municipality_code,municipality_name,central_town\r
				9001,Alfa,Alfaby\r
				\r
				123,Beta,Betaby\r
				9003,Gamma,Gammaby\r
				""");

		assertThat(rows).containsExactly("2 Alfa", "5 Gamma");
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 4, kolumn municipality_code: värdet \"123\" – förväntat en kommunkod med fyra siffror, t.ex. 1880");
	}

	@Test
	void recordsTheSha256OfTheBytesAsWritten() throws Exception {
		byte[] bytes = (HEADER + "\n9001,Alfa,Alfaby\n").getBytes(StandardCharsets.UTF_8);
		write(bytes);

		InputFile<String> file = read();

		assertThat(file.sha256()).hasSize(64)
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
	}

	@Test
	void skipsBlankAndWhitespaceOnlyLinesButCountsThem() {
		List<String> rows = rows("""


				municipality_code,municipality_name,central_town
				9001,Alfa,Alfaby

				   \t
				,,
				9002,Beta,Betaby
				12,Gamma,Gammaby
				""");

		// the header is on line 3; lines 5, 6 and 7 hold no value
		assertThat(rows).containsExactly("4 Alfa", "8 Beta");
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 9, kolumn municipality_code: värdet \"12\" – förväntat en kommunkod med fyra siffror, t.ex. 1880");
	}

	@Test
	void trimsSpacesAroundValues() {
		List<String> rows = rows("""
				municipality_code , municipality_name,central_town
				 9001 ,  Alfa  ,Alfaby
				""");

		assertThat(rows).containsExactly("2 Alfa");
		assertThat(problems()).isEmpty();
	}

	@Test
	void keepsCommasAndLineBreaksInsideQuotedFieldsAndCountsLinesFromTheFile() {
		List<String> rows = rows("""
				municipality_code,municipality_name,central_town
				9001,"Alfa
				kommun",Alfaby
				9002,"Beta, norra","Betaby"
				9003,"Gamma ""G""\",Gammaby
				123,Delta,Deltaby
				""");

		assertThat(rows).containsExactly("2 Alfa\nkommun", "4 Beta, norra", "5 Gamma \"G\"");
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 6, kolumn municipality_code: värdet \"123\" – förväntat en kommunkod med fyra siffror, t.ex. 1880");
	}

	@Test
	void reportsAnUnterminatedQuoteOnTheLineItOpensAndReadsNoRows() {
		List<String> rows = rows("""
				municipality_code,municipality_name,central_town
				9001,Alfa,Alfaby
				9002,"Beta,Betaby
				9003,Gamma,Gammaby
				""");

		assertThat(rows).isEmpty();
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 3: raden kan inte läsas som CSV; kontrollera citattecknen (\") från denna rad och framåt");
	}

	@Test
	void reportsAnUnterminatedQuoteAfterAQuotedLineBreakOnItsOwnLine() {
		rows("""
				municipality_code,municipality_name,central_town
				9001,"Alfa
				kommun",Alfaby
				9002,"Beta,Betaby
				9003,Gamma,Gammaby
				""");

		assertThat(problems()).containsExactly(
				"municipalities.csv rad 4: raden kan inte läsas som CSV; kontrollera citattecknen (\") från denna rad och framåt");
	}

	@Test
	void reportsAnUnterminatedQuoteAfterEmptyLinesOnItsOwnLine() {
		rows("""
				municipality_code,municipality_name,central_town
				9001,Alfa,Alfaby


				9002,"Beta,Betaby
				9003,Gamma,Gammaby
				""");

		assertThat(problems()).containsExactly(
				"municipalities.csv rad 5: raden kan inte läsas som CSV; kontrollera citattecknen (\") från denna rad och framåt");
	}

	@Test
	void reportsTextAfterAClosingQuote() {
		rows("""
				municipality_code,municipality_name,central_town
				9001,Alfa,Alfaby
				9002,"Beta"s,Betaby
				""");

		assertThat(problems()).containsExactly(
				"municipalities.csv rad 3: raden kan inte läsas som CSV; kontrollera citattecknen (\") från denna rad och framåt");
	}

	@Test
	void countsLinesOfAFileWithCarriageReturnsOnly() {
		List<String> rows = rows(HEADER + "\r9001,Alfa,Alfaby\r9002,Beta,Betaby\r12,Gamma,Gammaby\r");

		assertThat(rows).containsExactly("2 Alfa", "3 Beta");
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 4, kolumn municipality_code: värdet \"12\" – förväntat en kommunkod med fyra siffror, t.ex. 1880");
	}

	@Test
	void reportsARowWithTooFewOrTooManyFieldsAndKeepsTheOthers() {
		List<String> rows = rows("""
				municipality_code,municipality_name,central_town
				9001,Alfa
				9002,Beta,Betaby
				9003,Gamma,Gammaby,
				""");

		assertThat(rows).containsExactly("3 Beta");
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 2: raden har 2 fält men rubrikraden har 3; kontrollera kommatecken och citattecken",
				"municipalities.csv rad 4: raden har 4 fält men rubrikraden har 3; kontrollera kommatecken och citattecken");
	}

	@Test
	void reportsARepeatedColumnEvenInOtherCaseAndReadsNoRows() {
		List<String> rows = rows("""
				municipality_code,municipality_name,central_town,Municipality_Name
				9001,Alfa,Alfaby,Alfa
				12,Beta,Betaby,Beta
				""");

		// the bad code on line 3 is not reported: rows are not read under a bad header
		assertThat(rows).isEmpty();
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 1, kolumn 4: värdet \"Municipality_Name\" – kolumnen finns redan i rubrikraden (kolumn 2)");
	}

	@Test
	void reportsAnEmptyColumnName() {
		List<String> rows = rows("""
				municipality_code,,municipality_name,central_town
				9001,x,Alfa,Alfaby
				""");

		assertThat(rows).isEmpty();
		assertThat(problems())
			.containsExactly("municipalities.csv rad 1, kolumn 2: värde saknas – kolumnnamn saknas i rubrikraden");
	}

	@Test
	void reportsEachMissingColumnWithTheExpectedHeader() {
		List<String> rows = rows("""
				municipality_name
				Alfa
				""");

		assertThat(rows).isEmpty();
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 1: kolumnen municipality_code saknas i rubrikraden; förväntad rubrikrad: municipality_code,municipality_name,central_town",
				"municipalities.csv rad 1: kolumnen central_town saknas i rubrikraden; förväntad rubrikrad: municipality_code,municipality_name,central_town");
	}

	@Test
	void readsASemicolonSeparatedFileAsSwedishExcelSavesIt() {
		// "CSV (semikolonavgränsad)": a comma in a value needs no quotes
		write("""
				municipality_code;municipality_name;central_town
				9001;Alfa, norra;Alfaby
				9002;"Beta; södra";Betaby
				12;Gamma;Gammaby
				""");

		InputFile<String> file = read();

		assertThat(lines(file)).containsExactly("2 Alfa, norra", "3 Beta; södra");
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 4, kolumn municipality_code: värdet \"12\" – förväntat en kommunkod med fyra siffror, t.ex. 1880");
		assertThat(file.readAs()).isEqualTo("UTF-8, semikolon, decimalkomma");
	}

	@Test
	void readsTheHeaderInSwedishWithSpacesAndNamesColumnsAsWritten() {
		List<String> rows = rows("""
				Kommunkod;Kommun;Centralort
				9001;Alfa;Alfaby
				12;Beta;Betaby
				""");

		assertThat(rows).containsExactly("2 Alfa");
		assertThat(problems()).containsExactly(
				"municipalities.csv rad 3, kolumn Kommunkod: värdet \"12\" – förväntat en kommunkod med fyra siffror, t.ex. 1880");
		assertThat(warnings()).isEmpty();
	}

	@Test
	void trimsNoBreakSpacesAroundValuesAndNames() {
		List<String> rows = rows("""
				\u00A0municipality_code,municipality name\u00A0,central_town
				\u00A09001\u202F,\u00A0Alfa,Alfaby
				""");

		assertThat(rows).containsExactly("2 Alfa");
		assertThat(problems()).isEmpty();
		assertThat(warnings()).isEmpty();
	}

	@Test
	void warnsAboutAnUnknownColumnAndStillReadsTheRows() {
		List<String> rows = rows("""
				municipality_code,municipality_name,kommentar,central_town
				9001,Alfa,ny 2024,Alfaby
				""");

		assertThat(rows).containsExactly("2 Alfa");
		assertThat(problems()).isEmpty();
		assertThat(warnings()).containsExactly(
				"municipalities.csv rad 1, kolumn 3: värdet \"kommentar\" – okänd kolumn, används inte (kända kolumner: municipality_code,municipality_name,central_town,source)");
	}

	@Test
	void namesTheSourceColumnAmongTheKnownColumnsOfAnUnknownColumnWarning() {
		rows("""
				municipality_code,municipality_name,central_town,anteckning
				9001,Alfa,Alfaby,SCB
				""");

		assertThat(warnings()).singleElement().asString().contains("source");
	}

	@Test
	void readsKällaAsTheSourceColumn() {
		write("""
				kommunkod,kommun,centralort,Källa
				9001,Alfa,Alfaby,SCB 2025-11-01
				""");

		InputFile<String> file = read();

		assertThat(file.rows()).extracting(InputRow::source).containsExactly("SCB 2025-11-01");
		assertThat(warnings()).isEmpty();
	}

	@Test
	void matchesColumnNamesWithoutRegardToCaseAndInAnyOrder() {
		List<String> rows = rows("""
				Central_Town,MUNICIPALITY_NAME,Municipality_Code
				Alfaby,Alfa,9001
				""");

		assertThat(rows).containsExactly("2 Alfa");
		assertThat(problems()).isEmpty();
		assertThat(warnings()).isEmpty();
	}

	@Test
	void keepsTheSourceOfEachRow() {
		write("""
				municipality_code,municipality_name,central_town,Source
				9001,Alfa,Alfaby,SCB 2025-11-01
				9002,Beta,Betaby,
				""");

		InputFile<String> file = read();

		assertThat(file.rows()).extracting(InputRow::source).containsExactly("SCB 2025-11-01", "");
		assertThat(problems()).isEmpty();
		assertThat(warnings()).isEmpty();
	}

	@Test
	void givesAnEmptySourceWhenTheFileHasNoSourceColumn() {
		write(HEADER + "\n9001,Alfa,Alfaby\n");

		InputFile<String> file = read();

		assertThat(file.rows()).extracting(InputRow::source).containsExactly("");
	}

	/** Writes municipalities.csv and reads it, each valid row as "line name". */
	private List<String> rows(String content) {
		write(content);
		return lines(read());
	}

	private InputFile<String> read() {
		return CsvTable.read(this.folder, LAYOUT, this.problems).toInputFile(CsvTableTests::name);
	}

	/**
	 * The name of a row with a well-formed code, so that rows can show a located problem.
	 */
	private static String name(TableRow row) {
		row.code("municipality_code");
		return row.text("municipality_name");
	}

	private static List<String> lines(InputFile<String> file) {
		return file.rows().stream().map(row -> row.line() + " " + row.value()).toList();
	}

	private void write(String content) {
		ExampleInputFolder.writeString(this.folder.resolve(LAYOUT.fileName()), content);
	}

	private void write(byte[] bytes) {
		try {
			Files.write(this.folder.resolve(LAYOUT.fileName()), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> problems() {
		return ExampleInputFolder.texts(this.problems);
	}

	private List<String> warnings() {
		return ExampleInputFolder.warningTexts(this.problems);
	}

}
