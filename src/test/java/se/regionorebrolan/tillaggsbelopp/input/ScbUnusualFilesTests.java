package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Files SCB could serve, or a finance officer could save, that the fixtures do not show:
 * other formats and damaged files are refused saying what they are, a PX file in UTF-8 is
 * read, and age classes or sexes that cannot be summed are named.
 */
class ScbUnusualFilesTests {

	private static final List<String> MUNICIPALITIES = List.of("1814", "1860");

	@TempDir
	Path folder;

	private Path input;

	@BeforeEach
	void municipalities() throws IOException {
		this.input = Files.createDirectories(this.folder.resolve("input"));
		Files.writeString(this.input.resolve("municipalities.csv"), """
				municipality_code,municipality_name,central_town
				1814,Lekeberg,Fjugesta
				1860,Laxå,Laxå
				""");
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{"columns":[],"data":[]}                                                 | filen är i formatet json-px | json-px
					{"a":1}                                                                  | filen är JSON men inte en JSON-stat 2.0-tabell från SCB | JSON of something else
					{"class":"dataset","version":"1.0","id":[]}                              | filen är JSON-stat version "1.0", inte 2.0; ladda ner den igen i formatet JSON-stat 2 (json-stat2) | an older JSON-stat
					{"class":"dataset","version":"2.0","id":["Region"],"size":[2],"dimension":{"Region":{"category":{"index":{"1814":0}}}},"value":[1,2]} | dimensionen Region har 1 värden men size säger 2; filen är skadad, ladda ner den igen | size and categories differ
					""")
	void refusesJsonThatIsNoJsonStat2Table(String json, String problem, String why) throws IOException {
		assertThat(problems("TAB638.json", json.getBytes(StandardCharsets.UTF_8))).as(why)
			.containsExactly("TAB638.json: " + problem + "; " + ScbFixtures.FORMATS);
	}

	@Test
	void refusesAJsonStatTableWithTooFewValuesOrAnotherVariable() throws IOException {
		String tooFew = """
				{"class":"dataset","version":"2.0","id":["Region","Tid"],"size":[1,2],
				 "dimension":{"Region":{"category":{"index":{"1814":0}}},"Tid":{"category":{"index":["2022","2023"]}}},
				 "value":[3]}
				""";
		String anotherVariable = tooFew.replace("\"Tid\"", "\"Fodelseregion\"")
			.replace("{\"category\":{\"index\":[", "{\"label\":\"födelseregion\",\"category\":{\"index\":[")
			.replace("[3]", "[3,4]");

		assertThat(problems("TAB638.json", tooFew.getBytes(StandardCharsets.UTF_8))).containsExactly(
				"TAB638.json: filen har 1 värden men dimensionerna ger 2, så den är ofullständig; ladda ner den igen");
		assertThat(problems("TAB638.json", anotherVariable.getBytes(StandardCharsets.UTF_8)))
			.containsExactly("TAB638.json: filen är en annan tabell från SCB (den har variabeln födelseregion), inte "
					+ "folkmängden efter region, ålder och kön; " + ScbFixtures.INSTEAD);
	}

	@Test
	void refusesAnOldExcelWorkbookAndUtf16Text() throws IOException {
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 };

		assertThat(problems("TAB638.xls", xls))
			.containsExactly("TAB638.xls: filen är en Excel-arbetsbok (xls); " + ScbFixtures.FORMATS);
		assertThat(problems("TAB638.csv", "\uFEFF\"region\";\"ålder\"".getBytes(StandardCharsets.UTF_16LE)))
			.singleElement()
			.asString()
			.startsWith("TAB638.csv: filen är sparad som UTF-16");
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					CHARSET="ANSI";\\nSTUB="region";\\n                                             | PX-filen slutar före sina data (DATA=), så nedladdningen avbröts troligen; ladda ner den igen | cut before DATA
					CHARSET="ANSI";\\nSTUB="region";\\nVALUES("region")="Lekeberg";\\nKEYS("region")=CODES;\\nDATA=\\n"1814" 5;\\n | PX-filen har sina data i KEYS-form (bara rader med värden); ladda ner tabellen igen som PX från SCB:s API eller som CSV | sparse KEYS data
					CHARSET="ANSI";\\nSTUB="region";\\nVALUES("region")="Lekeberg","Laxå";\\nDATA=\\n1 2 3;\\n | PX-filen har 3 av 2 värden; filen är skadad, ladda ner den igen | a value too many
					CHARSET="ANSI";\\nSTUB="region","ålder";\\nHEADING="tabellinnehåll";\\nVALUES("region")="Lekeberg";\\nVALUES("ålder")="0 år";\\nVALUES("tabellinnehåll")="Folkmängd";\\nDATA=\\n1;\\n | filen (PX, ISO-8859-1) är en tabell utan år, så folkmängden per kommun och 65 år och äldre kan inte räknas; {INSTEAD} | no year
					""")
	void refusesPxFilesThatCannotBeRead(String px, String problem, String why) throws IOException {
		byte[] bytes = px.replace("\\n", "\n").getBytes(StandardCharsets.ISO_8859_1);

		assertThat(problems("TAB638.px", bytes)).as(why)
			.containsExactly("TAB638.px: " + problem.replace("{INSTEAD}", ScbFixtures.INSTEAD));
	}

	@Test
	void readsAPxFileInTheCodepageItNames() throws IOException {
		// Every age class of both municipalities has 1 man and 2 women: 101 × 3 = 303,
		// of which 65 år … 100+ år: 36 × 3 = 108.
		StringBuilder data = new StringBuilder();
		for (int row = 0; row < 2 * 101; row++) {
			data.append("1 2\n");
		}
		String px = "CHARSET=\"ANSI\";\nCODEPAGE=\"utf-8\";\nSTUB=\"region\",\"ålder\";\nHEADING=\"kön\",\"år\";\n"
				+ "VALUES(\"region\")=\"Lekeberg\",\"Laxå\";\nCODES(\"region\")=\"1814\",\"1860\";\n"
				+ "VALUES(\"ålder\")=" + ages("\"%s\"") + ";\nVALUES(\"kön\")=\"män\",\"kvinnor\";\n"
				+ "VALUES(\"år\")=\"2023\";\nDATA=\n" + data + ";";

		ImportedPopulation population = ScbPopulationImport
			.read(write("TAB638.px", px.getBytes(StandardCharsets.UTF_8)), this.input);

		LocalDate end = LocalDate.of(2023, 12, 31);
		assertThat(population.counts()).containsExactly(new PopulationCount("1814", end, 303, 108),
				new PopulationCount("1860", end, 303, 108));
		assertThat(population.readAs()).isEqualTo("PX, UTF-8");
	}

	@Test
	void refusesTwoOpenClassesThatBothCloseTheOneYearClasses() throws IOException {
		List<String> ages = new ArrayList<>(oneYearCodes());
		ages.add("100+1");

		assertThat(problems("TAB5557.csv", csv(ages, List.of("1", "2")))).containsExactly("TAB5557.csv: filen har "
				+ "flera äldsta åldersklasser (100+, 100+1) och det går inte att avgöra vilken som hör till "
				+ "ettårsklasserna; välj ettårsklasserna 0 år … 100+ år utan totaler och åldersgrupper");
	}

	@Test
	void refusesFiveAndTenYearGroupsTogether() throws IOException {
		List<String> ages = List.of("-4", "5-9", "-9", "10-19");

		assertThat(problems("TAB5557.csv", csv(ages, List.of("1", "2")))).containsExactly(
				"TAB5557.csv: åldersklasserna 0–4 år och 0–9 år överlappar; välj en indelning, helst ettårsklasserna "
						+ "0 år … 100+ år");
	}

	@Test
	void refusesOneSexOnly() throws IOException {
		assertThat(problems("TAB638.csv", csv(oneYearCodes(), List.of("1"))))
			.containsExactly("TAB638.csv: filen har bara män; välj båda könen, eller inget, så att SCB summerar dem");
	}

	/** A CSV with codes: every municipality, age and sex, 10 inhabitants each in 2023. */
	private static byte[] csv(List<String> ages, List<String> sexes) {
		StringBuilder csv = new StringBuilder("\"Region\",\"Alder\",\"Kon\",\"BE0101N1 2023\"\n");
		for (String region : MUNICIPALITIES) {
			for (String age : ages) {
				for (String sex : sexes) {
					csv.append('"')
						.append(region)
						.append("\",\"")
						.append(age)
						.append("\",\"")
						.append(sex)
						.append("\",10\n");
				}
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> oneYearCodes() {
		List<String> ages = new ArrayList<>();
		for (int age = 0; age < 100; age++) {
			ages.add(String.valueOf(age));
		}
		ages.add("100+");
		return ages;
	}

	private static String ages(String format) {
		List<String> ages = new ArrayList<>();
		for (int age = 0; age < 100; age++) {
			ages.add(format.formatted(age + " år"));
		}
		ages.add(format.formatted("100+ år"));
		return String.join(",", ages);
	}

	private List<String> problems(String name, byte[] bytes) throws IOException {
		Path file = write(name, bytes);
		return catchThrowableOfType(InvalidInputException.class, () -> ScbPopulationImport.read(file, this.input))
			.problems()
			.stream()
			.map(InputProblem::toString)
			.toList();
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve(name), bytes);
	}

}
