package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers as the files write them, read without a locale: thousands separated by spaces,
 * the decimal mark of the file's dialect and nothing else.
 */
class NumberTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1882000             | .  | 1882000    | plain
			1882000.50          | .  | 1882000.50 | öre, and the scale is kept
			1 882 000           | .  | 1882000    | spaces between thousands
			1\u00A0882\u00A0000,50    | ,  | 1882000.50 | no-break spaces and decimal comma (Swedish Excel)
			1\u202F882\u202F000       | ,  | 1882000    | narrow no-break spaces
			1 882\u00A0000      | ,  | 1882000    | mixed separators, still in threes
			-253 877,50         | ,  | -253877.50 | a credit note
			0,5                 | ,  | 0.5        | below one
			007                 | .  | 7          | leading zeros
			""")
	void readsANumber(String written, char decimalMark, String expected, String why) {
		assertThat(NumberText.parse(written, decimalMark)).as(why).contains(new BigDecimal(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1882000,50  | .  | decimal comma in a comma file
			1882000.50  | ,  | decimal point in a semicolon file
			1.882.000   | ,  | points between thousands
			1,882,000   | .  | commas between thousands
			18 82 000   | .  | groups that are not thousands
			1 8820 00   | .  | a group of four
			'1882000 '  | ,  | trailing space: values arrive trimmed
			1.8E6       | .  | an exponent
			+5          | .  | a plus sign
			−5          | .  | a minus that is not a hyphen-minus
			5-          | .  | a trailing minus
			(5)         | .  | parentheses for negative
			12,         | ,  | a decimal mark without decimals
			,5          | ,  | decimals without a whole part
			''          | .  | nothing
			""")
	void refusesWhatIsNoNumber(String written, char decimalMark, String why) {
		assertThat(NumberText.parse(written, decimalMark)).as(why).isEqualTo(Optional.empty());
	}

}
