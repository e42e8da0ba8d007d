package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckedCellTests {

	@Test
	void kronorMustMatchExactly() {
		CheckedCell cell = CheckedCell.kronor("x", "S", 0, 0, new BigDecimal("5340600"));
		assertThat(cell.matches(5340600.0)).isTrue();
		assertThat(cell.matches(5340600.000001)).isFalse();
	}

	@Test
	void aShareOfOrdinarySizeMatchesWithinOneMillionth() {
		CheckedCell cell = CheckedCell.share("x", "S", 0, 0, new BigDecimal("5340600.123456"));
		assertThat(cell.tolerance()).isEqualByComparingTo("0.000001");
		assertThat(cell.matches(5340600.1234565)).isTrue();
		assertThat(cell.matches(5340600.123458)).isFalse();
	}

	@Test
	void aShareOfBillionsMatchesWithinTheDigitsADoubleHolds() {
		// 14 913 351 491.48 is 1.4913351491480053E10 as a double: 5.3E-6 off.
		CheckedCell cell = CheckedCell.share("x", "S", 0, 0, new BigDecimal("14913351491.48"));
		assertThat(cell.tolerance()).isEqualByComparingTo("0.002");
		assertThat(cell.matches(1.4913351491480053E10)).isTrue();
		assertThat(cell.matches(14913351491.49)).isFalse();
	}

	@Test
	void aFactorNearOneMatchesWithinOneMillionthOfAMillionth() {
		CheckedCell cell = CheckedCell.factor("x", "I", 0, 0, new BigDecimal("1.2013786512"));
		assertThat(cell.tolerance()).isEqualByComparingTo("1E-12");
		assertThat(cell.matches(1.2013786512000004)).isTrue();
		assertThat(cell.matches(1.201378651202)).isFalse();
	}

	/**
	 * 950 % growth (a slipped decimal, but allowed) in six years with 3.4 % between:
	 * PRODUCT in doubles is some 10⁻¹⁰ off a factor of millions, which is the last digit
	 * a double holds, not a disagreement.
	 */
	@Test
	void aFactorOfMillionsMatchesWithinTheDigitsADoubleHolds() {
		BigDecimal exact = new BigDecimal("10.5").pow(6).multiply(new BigDecimal("1.034"));
		double product = 10.5 * 10.5 * 10.5 * 10.5 * 10.5 * 10.5 * (1 + 3.4 / 100);
		CheckedCell cell = CheckedCell.factor("x", "I", 0, 0, exact);
		assertThat(cell.tolerance()).isEqualByComparingTo("0.0000002");
		assertThat(cell.matches(product)).isTrue();
		assertThat(cell.matches(product + 0.000001)).isFalse();
	}

}
