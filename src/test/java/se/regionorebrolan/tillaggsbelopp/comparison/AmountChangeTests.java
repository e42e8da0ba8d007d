package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * One amount before and after: its difference, its change in percent and whether it
 * changed.
 */
class AmountChangeTests {

	private static final Municipality ALFA = new Municipality("9001", "Alfa", "Alfaby");

	@Test
	void givesTheDifferenceAsAfterMinusBefore() {
		// 1 724 219 − 1 499 321
		assertThat(change("1499321", "1724219").difference()).isEqualByComparingTo("224898");
		// 412 313 − 449 796
		assertThat(change("449796", "412313").difference()).isEqualByComparingTo("-37483");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1499321 | 1724219 | 15.0  | 224 898 / 1 499 321 = 14.99999 %
			449796  | 412313  | -8.3  | −37 483 / 449 796 = −8.3334 %
			16      | 17      | 6.3   | 1 / 16 = 6.25 %: half up
			16      | 15      | -6.3  | −1 / 16 = −6.25 %: half up is away from zero
			3       | 2       | -33.3 | −1 / 3 = −33.33 %
			100     | 100     | 0.0   | unchanged
			100     | 0       | -100.0 | the amount went to 0
			""")
	void givesThePercentWithOneDecimalHalfUp(String before, String after, String percent, String why) {
		assertThat(change(before, after).percent()).as(why).contains(new BigDecimal(percent));
	}

	@Test
	void givesNoPercentWhenTheAmountWasZero() {
		assertThat(change("0", "450007").percent()).isEmpty();
		assertThat(change("0", "0").percent()).isEmpty();
	}

	@Test
	void comparesAmountsByValue() {
		assertThat(change("5", "5.00").changed()).isFalse();
		assertThat(change("5", "6").changed()).isTrue();
		assertThat(change("0", "0").changed()).isFalse();
	}

	@Test
	void tellsTheTotalFromAComponent() {
		assertThat(new AmountChange(ALFA, Optional.empty(), BigDecimal.ONE, BigDecimal.TEN).isTotal()).isTrue();
		assertThat(change("1", "10").isTotal()).isFalse();
	}

	@Test
	void requiresEveryValue() {
		assertThatNullPointerException()
			.isThrownBy(() -> new AmountChange(ALFA, Optional.empty(), null, BigDecimal.ONE))
			.withMessage("before is required");
	}

	private static AmountChange change(String before, String after) {
		return new AmountChange(ALFA, Optional.of(Component.ADVANCED), new BigDecimal(before), new BigDecimal(after));
	}

}
