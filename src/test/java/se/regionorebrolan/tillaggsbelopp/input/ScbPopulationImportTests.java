package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * population.csv from an export of SCB's Statistikdatabasen (docs/decisions/0013): the
 * sample in the real layout gives the shipped figures; each other layout PxWeb writes
 * gives the same; anything else is refused naming line, column and value.
 */
class ScbPopulationImportTests {

	private static final String FILE = "TAB638.csv";

	private static final LocalDate END_OF_2022 = LocalDate.of(2022, 12, 31);

	private static final LocalDate END_OF_2023 = LocalDate.of(2023, 12, 31);

	@TempDir
	Path folder;

	@Test
	void sumsTheSampleToTheShippedPopulation() {
		ImportedPopulation population = ScbPopulationImport.read(ScbExportSample.path(), Path.of("input"));

		assertThat(population.counts()).containsExactlyElementsOf(shippedPopulation());
		assertThat(population.skippedRegions()).containsExactly("18 Örebro län");
		assertThat(population.readAs()).isEqualTo("CSV, Windows-1252, semikolon (;)");
		// The county totals of 2023 in the data folder's README.
		assertThat(population.total(END_OF_2023)).isEqualTo(308_116);
		assertThat(population.aged65Plus(END_OF_2023)).isEqualTo(67_590);
	}

	@Test
	void readsTheOlderCommaLayoutInUtf8WithByteOrderMark() throws IOException {
		Path export = write("\uFEFF" + String.join("\r\n", ScbExportSample.withCommas()), StandardCharsets.UTF_8);

		ImportedPopulation population = ScbPopulationImport.read(export, Path.of("input"));

		assertThat(population.counts()).containsExactlyElementsOf(shippedPopulation());
		assertThat(population.readAs()).isEqualTo("CSV, UTF-8 med BOM, komma (,)");
	}

	@ParameterizedTest
	@ValueSource(strings = { ";", "," })
	void readsATitleWrittenWithoutQuotesThoughItHasCommas(String separator) throws IOException {
		List<String> lines = new ArrayList<>(
				ScbExportSample.lines().stream().map(line -> line.replace(";", separator)).toList());
		lines.set(0, "Folkmängd efter region, ålder, kön och år");
		lines.add(1, "");

		ImportedPopulation population = ScbPopulationImport
			.read(write(String.join("\r\n", lines), ScbExportSample.WINDOWS_1252), Path.of("input"));

		assertThat(population.counts()).containsExactlyElementsOf(shippedPopulation());
	}

	@Test
	void namesTheLineOfAProblemBelowATitleWithoutQuotes() throws IOException {
		String export = export(replacingLine(3, "\"1814 Lekeberg\";\"0 år\";\"män\";10;elva"))
			.replaceFirst("\"Folkmängd efter region, ålder, kön och år\"", "Folkmängd efter region, ålder, kön och år");

		assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(export)).problems())
			.extracting(InputProblem::toString)
			.singleElement()
			.asString()
			.startsWith(FILE + " rad 3, kolumn 2023: värdet \"elva\"");
	}

	@Test
	void readsOneCountColumnWithTheSexesSummedBySCB() throws IOException {
		Path export = write(String.join("\n", ScbExportSample.withOneCountColumn()), StandardCharsets.UTF_8);

		assertThat(ScbPopulationImport.read(export, Path.of("input")).counts())
			.containsExactlyElementsOf(shippedPopulation());
	}

	@Test
	void sumsEveryAgeAndBothSexesAndFrom65Up() throws IOException {
		// Lekeberg: every age class has 10 men and 20 women in 2022, 11 and 21 in 2023;
		// Laxå twice as many. 101 classes × 30 = 3030, of which 65 år … 100+ år: 36 × 30.
		ImportedPopulation population = read(export(UnaryOperator.identity()));

		assertThat(population.counts()).containsExactly(new PopulationCount("1814", END_OF_2022, 3030, 1080),
				new PopulationCount("1860", END_OF_2022, 6060, 2160),
				new PopulationCount("1814", END_OF_2023, 3232, 1152),
				new PopulationCount("1860", END_OF_2023, 6464, 2304));
		assertThat(population.referenceDates()).containsExactly(END_OF_2022, END_OF_2023);
	}

	@Test
	void readsTheContentInTheHeadingAndAsAColumn() throws IOException {
		String inHeading = export(UnaryOperator.identity()).replace("\"2022\";\"2023\"",
				"\"Folkmängd 2022\";\"2023 Folkmängd\"");
		String asColumn = export(
				line -> line.startsWith("\"region\"") ? line.replace("\"kön\";", "\"kön\";" + "\"tabellinnehåll\";")
						: line.replaceFirst("\"(män|kvinnor)\";", "\"$1\";\"Folkmängd\";"));

		assertThat(read(inHeading).total(END_OF_2022)).isEqualTo(3030 + 6060);
		assertThat(read(asColumn).total(END_OF_2022)).isEqualTo(3030 + 6060);
	}

	@Test
	void skipsRegionsThatAreNotInMunicipalitiesCsv() throws IOException {
		String export = export(UnaryOperator.identity()) + region("18 Örebro län", 3) + region("1780 Karlstad", 1);

		ImportedPopulation population = read(export);

		assertThat(population.skippedRegions()).containsExactly("18 Örebro län", "1780 Karlstad");
		assertThat(population.counts()).hasSize(4);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					3 | "Lekeberg";"0 år";"män";10;11             | TAB638.csv rad 3, kolumn region: värdet "Lekeberg" – förväntat en region med sin kod, t.ex. 1880 Örebro eller 1880 | name without code
					3 | "1814 Lekeberg";"0 åå";"män";10;11        | TAB638.csv rad 3, kolumn ålder: värdet "0 åå" – förväntat en åldersklass, t.ex. 65 år, 65-69 år, 100+ år eller koden 65 | no age class
					3 | "1814 Lekeberg";"0 år";"båda";10;11       | TAB638.csv rad 3, kolumn kön: värdet "båda" – förväntat män eller kvinnor (välj båda, eller inget kön så att SCB summerar dem) | no sex
					3 | "1814 Lekeberg";"0 år";"män";..;11         | TAB638.csv rad 3, kolumn 2022: värdet ".." – uppgiften saknas hos SCB (".."); förväntat ett antal invånare, ett heltal ≥ 0 | SCB's sign for a missing figure
					3 | "1814 Lekeberg";"0 år";"män";-10;11        | TAB638.csv rad 3, kolumn 2022: värdet "-10" – förväntat ett heltal ≥ 0, t.ex. 1523 | negative
					3 | "1814 Lekeberg";"0 år";"män";10;11.5       | TAB638.csv rad 3, kolumn 2023: värdet "11.5" – förväntat ett heltal ≥ 0, t.ex. 1523 | not whole
					3 | "1814 Lekeberg";"0 år";"män";10            | TAB638.csv rad 3: raden har 4 fält men rubrikraden har 5 | a field too few
					2 | "region";"ålder";"kön";"2022";"2022"       | TAB638.csv rad 2, kolumn 5: värdet "2022" – kolumnen finns redan i rubrikraden (kolumn 4) | a year twice
					2 | "region";"ålder";"kön";"år";"2023"         | TAB638.csv rad 2: rubrikraden ska ha antingen ett år per kolumn eller kolumnerna år och Folkmängd; förväntade kolumner: region, ålder, kön (kan saknas) och ett år per kolumn, t.ex. 2023, eller region, ålder, kön, år och Folkmängd | both layouts at once
					2 | "region";"age";"sex";"2022";"2023"         | TAB638.csv rad 2, kolumn 2: värdet "age" – filen är sparad från Statistikdatabasen på engelska; ladda ner den på svenska | the English site
					""")
	void refusesAWrongLineWithLineColumnAndValue(int line, String written, String expected, String why)
			throws IOException {
		assertThat(problems(export(replacingLine(line, written)))).as(why).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			"1814";"0";"1";10;11                       | codes (UseCodes)
			"1814 - 1814 Lekeberg";"0 - 0 år";"1 - män";10;11 | codes and texts (UseCodesAndTexts)
			"1814 Lekeberg";"0 år";"män";10;11         | texts (UseTexts)
			""")
	void readsCodesTextsOrBoth(String written, String why) throws IOException {
		ImportedPopulation population = read(export(replacingLine(3, written)));

		assertThat(population.counts()).as(why).hasSize(4);
		assertThat(population.total(END_OF_2022)).as(why).isEqualTo(3030 + 6060);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			"1814 Lekeberg";"totalt ålder";"män";10;11 | 0 år män | the age total beside the one-year classes
			"1814 Lekeberg";"0-4 år";"män";10;11       | 0 år män | a group beside the one-year classes
			"1814 Lekeberg";"0 år";"totalt";10;11      | 0 år män | both sexes beside men and women
			""")
	void leavesOutTotalsAndGroupsBesideTheClassesAndNamesTheClassThatIsThenMissing(String written, String missing,
			String why) throws IOException {
		assertThat(problems(export(replacingLine(3, written)))).as(why)
			.containsExactly(
					"TAB638.csv: 1814 Lekeberg år 2022: 1 av 202 åldersklasser och kön saknas (" + missing
							+ "); välj alla åldrar 0 år … 100+ år och båda könen",
					"TAB638.csv: 1814 Lekeberg år 2023: 1 av 202 åldersklasser och kön saknas (" + missing
							+ "); välj alla åldrar 0 år … 100+ år och båda könen");
	}

	@Test
	void leavesOutFolkokningBesideFolkmangdWithAWarning() throws IOException {
		String export = export(UnaryOperator.identity()).replace("\"2022\";\"2023\"",
				"\"Folkökning 2022\";\"Folkmängd 2023\"");

		ImportedPopulation population = read(export);

		// Only 2023 is Folkmängd: 101 classes × (11 + 21) in Lekeberg, twice that in
		// Laxå.
		assertThat(population.counts()).containsExactly(new PopulationCount("1814", END_OF_2023, 3232, 1152),
				new PopulationCount("1860", END_OF_2023, 6464, 2304));
		assertThat(population.warnings()).extracting(InputProblem::toString)
			.containsExactly(
					"TAB638.csv: filen har också Folkökning; den lämnades utanför och bara Folkmängd importerades");
	}

	@Test
	void refusesAMunicipalityWithoutInhabitantsInAYear() throws IOException {
		// SCB writes 0 for the years before a municipality existed (Lekeberg before
		// 1994).
		String export = export(
				line -> line.startsWith("\"1814 Lekeberg\"") ? line.replaceFirst(";\\d+;", ";0;") : line);

		assertThat(problems(export)).containsExactly("TAB638.csv: 1814 Lekeberg har 0 invånare år 2022 i filen, så "
				+ "kommunen fanns troligen inte då (SCB skriver 0 för åren före en ny kommun); välj år då kommunen "
				+ "fanns, eller ta bort den ur municipalities.csv");
	}

	@Test
	void refusesAMissingAgeClassOrSex() throws IOException {
		String export = export(line -> line.startsWith("\"1814 Lekeberg\";\"0 år\";\"kvinnor\"")
				|| line.startsWith("\"1814 Lekeberg\";\"100+ år\"") ? null : line);

		assertThat(problems(export)).containsExactly(
				"TAB638.csv: 1814 Lekeberg år 2022: 3 av 202 åldersklasser och kön saknas (0 år kvinnor, 100+ år män, "
						+ "100+ år kvinnor); välj alla åldrar 0 år … 100+ år och båda könen",
				"TAB638.csv: 1814 Lekeberg år 2023: 3 av 202 åldersklasser och kön saknas (0 år kvinnor, 100+ år män, "
						+ "100+ år kvinnor); välj alla åldrar 0 år … 100+ år och båda könen");
	}

	@Test
	void refusesAMunicipalityMissingFromTheExport() throws IOException {
		String export = export(line -> line.startsWith("\"1860 Laxå\"") ? null : line);

		assertThat(problems(export)).containsExactly("TAB638.csv: kommunen 1860 Laxå i municipalities.csv saknas i "
				+ "exporten; välj den under region i Statistikdatabasen");
	}

	@Test
	void refusesAYearMissingForOneMunicipality() throws IOException {
		List<String> lines = new ArrayList<>(List.of("\"region\",\"ålder\",\"år\",\"Folkmängd\""));
		for (int age = 0; age <= 100; age++) {
			String ageClass = (age == 100) ? "100+ år" : age + " år";
			lines.add("\"1814 Lekeberg\",\"" + ageClass + "\",\"2022\",30");
			lines.add("\"1814 Lekeberg\",\"" + ageClass + "\",\"2023\",32");
			lines.add("\"1860 Laxå\",\"" + ageClass + "\",\"2022\",60");
		}

		assertThat(problems(String.join("\n", lines)))
			.containsExactly("TAB638.csv: 1860 Laxå saknas för år 2023; välj samma år för alla regioner");
	}

	@Test
	void refusesARowTwice() throws IOException {
		String export = export(UnaryOperator.identity()) + "\"1814 Lekeberg\";\"7 år\";\"män\";10;11\r\n";

		assertThat(problems(export)).containsExactly(
				"TAB638.csv rad 407: samma region, ålder, kön och år som rad 17; varje rad får finnas en gång");
	}

	@Test
	void refusesFilesThatAreNoExport() throws IOException {
		assertThat(problems("\"Folkmängd efter region, ålder, kön och år\"\r\n")).containsExactly(
				"TAB638.csv: filen har ingen rubrikrad som börjar med en variabel från SCB (region, ålder, "
						+ "kön, år …), så den är ingen tabell från Statistikdatabasen; " + ScbFixtures.INSTEAD);
		assertThat(problems("\"region\" \"ålder\" \"kön\" \"2023\"\n"))
			.containsExactly("TAB638.csv rad 1: raden är avgränsad med mellanslag; " + ScbFixtures.FORMATS);
		assertThat(problems("\"region\";\"ålder\";\"kön\";\"2023\"\r\n")).containsExactly(
				"TAB638.csv: filen har inga värden under rubrikraden, så den är ofullständig; ladda ner den igen");
		assertThat(problems("<html><body>Service Unavailable</body></html>")).containsExactly(
				"TAB638.csv: filen är en webbsida (HTML), t.ex. SCB:s format html eller ett felmeddelande, inte en "
						+ "tabell; " + ScbFixtures.FORMATS);
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> ScbPopulationImport.read(this.folder.resolve("saknas.csv"), municipalities()))
			.problems()).extracting(InputProblem::toString)
			.containsExactly("saknas.csv: filen finns inte (" + this.folder.resolve("saknas.csv") + ")");
	}

	@Test
	void refusesAWorkbookOrAnEmptyFile() throws IOException {
		Path workbook = this.folder.resolve("TAB638.xlsx");
		try (XSSFWorkbook xlsx = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
			xlsx.createSheet("TAB638");
			xlsx.write(out);
		}
		Path empty = Files.write(this.folder.resolve("TAB638.csv"), new byte[0]);
		Path input = municipalities();

		assertThat(catchThrowableOfType(InvalidInputException.class, () -> ScbPopulationImport.read(workbook, input))
			.problems()).extracting(InputProblem::toString)
			.containsExactly("TAB638.xlsx: filen är en Excel-arbetsbok (xlsx); " + ScbFixtures.FORMATS);
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> ScbPopulationImport.read(empty, input))
			.problems()).extracting(InputProblem::toString).containsExactly("TAB638.csv: filen är tom");
	}

	@Test
	void refusesAnEmptyMunicipalitiesCsv() throws IOException {
		Path export = write(export(UnaryOperator.identity()), ScbExportSample.WINDOWS_1252);
		Path input = municipalities();
		Files.writeString(input.resolve("municipalities.csv"), "municipality_code,municipality_name,central_town\n");

		assertThat(catchThrowableOfType(InvalidInputException.class, () -> ScbPopulationImport.read(export, input))
			.problems()).extracting(InputProblem::toString)
			.containsExactly("municipalities.csv: filen har inga kommuner; importen tar med kommunerna i "
					+ "municipalities.csv");
	}

	/**
	 * An export of Lekeberg and Laxå in 2022 and 2023 as the sample writes it, each line
	 * passed through {@code edit} (null leaves it out): line 1 the title, 2 the header,
	 * then from line 3 a row per region, age and sex.
	 */
	private static String export(UnaryOperator<String> edit) {
		String export = "\"Folkmängd efter region, ålder, kön och år\"\r\n"
				+ "\"region\";\"ålder\";\"kön\";\"2022\";\"2023\"\r\n" + region("1814 Lekeberg", 1)
				+ region("1860 Laxå", 2);
		StringBuilder edited = new StringBuilder();
		for (String line : export.split("\r\n")) {
			String kept = edit.apply(line);
			if (kept != null) {
				edited.append(kept).append("\r\n");
			}
		}
		return edited.toString();
	}

	/**
	 * 10 men and 20 women in every age class in 2022, 11 and 21 in 2023, times a factor.
	 */
	private static String region(String region, int factor) {
		StringBuilder rows = new StringBuilder();
		for (int age = 0; age <= 100; age++) {
			String ageClass = (age == 100) ? "100+ år" : age + " år";
			rows.append(row(region, ageClass, "män", 10 * factor, 11 * factor));
			rows.append(row(region, ageClass, "kvinnor", 20 * factor, 21 * factor));
		}
		return rows.toString();
	}

	private static String row(String region, String age, String sex, int in2022, int in2023) {
		return "\"" + region + "\";\"" + age + "\";\"" + sex + "\";" + in2022 + ";" + in2023 + "\r\n";
	}

	private static UnaryOperator<String> replacingLine(int line, String written) {
		int[] current = { 0 };
		return text -> (++current[0] == line) ? written : text;
	}

	private ImportedPopulation read(String export) throws IOException {
		return ScbPopulationImport.read(write(export, ScbExportSample.WINDOWS_1252), municipalities());
	}

	private List<String> problems(String export) throws IOException {
		Path file = write(export, ScbExportSample.WINDOWS_1252);
		Path municipalities = municipalities();
		return catchThrowableOfType(InvalidInputException.class, () -> ScbPopulationImport.read(file, municipalities))
			.problems()
			.stream()
			.map(InputProblem::toString)
			.toList();
	}

	private Path write(String text, Charset encoding) throws IOException {
		return Files.writeString(this.folder.resolve(FILE), text, encoding);
	}

	private Path municipalities() throws IOException {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		Files.writeString(input.resolve("municipalities.csv"), """
				municipality_code,municipality_name,central_town
				1814,Lekeberg,Fjugesta
				1860,Laxå,Laxå
				""");
		return input;
	}

	private static List<PopulationCount> shippedPopulation() {
		return InputReader.read(Path.of("input")).population().values();
	}

}
