package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialect is decided by the header line: the separator it uses outside quotes.
 */
class CsvDialectTests {

	private final InputProblems problems = new InputProblems();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a,b,c\\n1;2,5;3\\n                 | COMMA     | commas in the header decide, whatever the rows hold
			a;b;c\\n1,5;2;3\\n                 | SEMICOLON | semicolons in the header
			"a;x",b,c\\n                       | COMMA     | a semicolon inside quotes is text
			"a,x";b;c\\n                       | SEMICOLON | a comma inside quotes is text
			\\n  \\n;;;\\na;b\\n               | SEMICOLON | blank lines and an empty Excel row before the header
			municipality_name\\nAlfa\\n        | COMMA     | a single column
			''                                | COMMA     | an empty file, reported by the table
			;;;\\r\\n;;;\\r\\n                 | SEMICOLON | only empty Excel rows, so that they are seen to be empty
			""")
	void detectsTheDialectFromTheHeaderLine(String text, CsvDialect expected, String why) {
		assertThat(CsvDialect.detect(text.replace("\\n", "\n").replace("\\r", "\r"), "f.csv", this.problems)).as(why)
			.contains(expected);
		assertThat(this.problems.problems()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					\\na,b;c\\n   | f.csv rad 2: rubrikraden innehåller både komma (,) och semikolon (;); skilj kolumnerna åt med samma tecken i hela filen
					a\\tb\\tc\\n  | f.csv rad 1: rubrikraden är avgränsad med tabb; spara filen som "CSV UTF-8 (kommaavgränsad)" eller "CSV (semikolonavgränsad)"
					"a"\\t"b"\\n | f.csv rad 1: rubrikraden är avgränsad med tabb; spara filen som "CSV UTF-8 (kommaavgränsad)" eller "CSV (semikolonavgränsad)"
					""")
	void refusesAHeaderWithBothSeparatorsOrTabs(String text, String expected) {
		assertThat(CsvDialect.detect(text.replace("\\n", "\n").replace("\\t", "\t"), "f.csv", this.problems)).isEmpty();
		assertThat(ExampleInputFolder.texts(this.problems)).isEqualTo(List.of(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			COMMA     | komma                   | med punkt som decimaltecken | 36.5
			SEMICOLON | semikolon, decimalkomma | med komma som decimaltecken | 36,5
			""")
	void describesItselfForTheWorkbookAndTheMessages(CsvDialect dialect, String description, String rule,
			String example) {
		assertThat(dialect.description()).isEqualTo(description);
		assertThat(dialect.decimalMark().rule()).isEqualTo(rule);
		assertThat(dialect.decimalMark().example("36.5")).isEqualTo(example);
	}

}
