package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * What the number columns accept, with the Swedish wording of each expectation, shared by
 * the file readers so that the same kind of value is always explained the same way.
 */
final class Expectations {

	static final String COUNT = "förväntat ett heltal ≥ 0, t.ex. 1523";

	static final String AMOUNT = "förväntat ett belopp i kronor ≥ 0 med punkt som decimaltecken och högst två decimaler (öre), t.ex. 1882000 eller 1882000.50";

	static final String SIGNED_AMOUNT = "förväntat ett belopp i kronor med punkt som decimaltecken och högst två decimaler (öre), t.ex. 253877.50; negativt för en kreditfaktura";

	static final Predicate<BigDecimal> NON_NEGATIVE = value -> value.signum() >= 0;

	static final Predicate<BigDecimal> ORE = value -> value.scale() <= 2;

	private Expectations() {
	}

}
