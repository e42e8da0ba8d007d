package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the number columns accept, with the Swedish wording of each expectation, shared by
 * the file readers so that the same kind of value is always explained the same way. An
 * expectation about decimals names the table's decimal mark.
 */
final class Expectations {

	static final String COUNT = "förväntat ett heltal ≥ 0, t.ex. 1523";

	static final String TOO_LARGE = "för stort tal; högst 12 siffror före decimaltecknet, så att arbetsboken räknar exakt";

	static final String TOO_PRECISE = "för många värdesiffror; högst " + SpreadsheetLimits.SIGNIFICANT_DIGITS
			+ ", så många som Excel räknar med, annars räknar arbetsboken med ett annat tal än programmet";

	static final Function<DecimalMark, String> AMOUNT = decimal("ett belopp i kronor ≥ 0",
			" och högst två decimaler (öre)", "1882000 eller 1882000.50");

	static final Function<DecimalMark, String> SIGNED_AMOUNT = decimal("ett belopp i kronor",
			" och högst två decimaler (öre)", "253877.50")
		.andThen(expectation -> expectation + "; negativt för en kreditfaktura");

	static final Predicate<BigDecimal> NON_NEGATIVE = value -> value.signum() >= 0;

	static final Predicate<BigDecimal> ORE = value -> value.scale() <= 2;

	private Expectations() {
	}

	/**
	 * "förväntat {what} med punkt som decimaltecken{rule}, t.ex. {example}", with the
	 * table's decimal mark in the rule and the example.
	 */
	static Function<DecimalMark, String> decimal(String what, String rule, String example) {
		return mark -> "förväntat " + what + " " + mark.rule() + rule + ", t.ex. " + mark.example(example);
	}

}
