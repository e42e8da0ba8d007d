package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LargestRemainderTests {

	@Test
	void givesLeftoverKronorToLargestRemainders() {
		// 100 over 1:1:1 → 33.33 each, floors 99, one leftover krona; equal remainders
		// and weights,
		// so the lowest code wins
		List<AllocationLine> lines = LargestRemainder.allocate(kr(100), weights("1", "1", "1"));

		assertThat(allocated(lines)).containsExactly(34L, 33L, 33L);
		assertThat(lines.get(0).gotLeftoverKrona()).isTrue();
		assertThat(lines).extracting(AllocationLine::remainderRank).containsExactly(1, 2, 3);
	}

	@Test
	void showsEveryIntermediateValue() {
		// 10 over 1:2 → 3.333… and 6.666…; floors 3 and 6; the leftover goes to the
		// larger remainder
		List<AllocationLine> lines = LargestRemainder.allocate(kr(10), weights("1", "2"));

		AllocationLine first = lines.get(0);
		assertThat(first.exactShare()).isEqualByComparingTo("3.3333333333");
		assertThat(first.floor()).isEqualByComparingTo("3");
		assertThat(first.remainder()).isEqualByComparingTo("0.3333333333");
		assertThat(first.remainderRank()).isEqualTo(2);
		assertThat(allocated(lines)).containsExactly(3L, 7L);
	}

	@ParameterizedTest(name = "{0} over {1} → {2} ({3})")
	@CsvSource(delimiter = ';',
			textBlock = """
					# total; weights; expected; why (codes are 0001, 0002, … in order)
					1;       1 1;     1 0;      exact .5 .5, equal weights: the lower code wins
					1;       1 3;     0 1;      exact .25 .75: the larger remainder wins
					2;       1 1 2;   1 0 1;    exact .5 .5 1, one leftover: the lower code of the two .5s
					6;       1 4 7;   0 2 4;    exact .5 2 3.5, one leftover: equal remainders, the larger weight wins over the lower code
					3;       1 1 1 1; 1 1 1 0;  exact .75 each, three leftovers: codes 1 to 3
					5;       3 3 4;   2 1 2;    exact 1.5 1.5 2, one leftover: the lower code of the two .5s
					0;       5 7;     0 0;      nothing to allocate
					7;       0 1;     0 7;      a zero weight gets nothing
					""")
	void followsTheTieRules(long total, String weights, String expected, String why) {
		List<AllocationLine> lines = LargestRemainder.allocate(kr(total), weights(weights.split(" ")));

		assertThat(allocated(lines)).as(why).containsExactlyElementsOf(longs(expected));
	}

	@Test
	void breaksEqualRemaindersByTheLargerWeightBeforeTheCode() {
		// 6 over 1:4:7 (Σ 12): exact .5, 2, 3.5 → floors 0, 2, 3 (Σ 5), one leftover
		// krona;
		// remainders .5, 0, .5 tie: the larger weight (7, code 0003) beats the lower code
		// 0001
		List<AllocationLine> tie = LargestRemainder.allocate(kr(6),
				List.of(weight("0003", "7"), weight("0002", "4"), weight("0001", "1")));

		assertThat(allocated(tie)).containsExactly(4L, 2L, 0L);
		assertThat(tie).extracting(AllocationLine::remainderRank).containsExactly(1, 3, 2);
	}

	@Test
	void breaksEqualRemaindersAndWeightsByTheLowerCodeWhateverTheInputOrder() {
		// the lowest code comes last, so input order cannot be what decides
		List<Weight> ordered = List.of(weight("1885", "1"), weight("1880", "1"), weight("1814", "1"));

		List<AllocationLine> lines = LargestRemainder.allocate(kr(1), ordered);

		// 1/3 each → floors 0, L = 1 → the lowest code, 1814
		assertThat(allocated(lines)).containsExactly(0L, 0L, 1L);
		assertThat(lines).extracting(AllocationLine::remainderRank).containsExactly(3, 2, 1);
	}

	@Test
	void givesEveryoneZeroWhenNothingIsToBeAllocatedOverZeroWeights() {
		List<AllocationLine> lines = LargestRemainder.allocate(kr(0), weights("0", "0"));

		assertThat(allocated(lines)).containsExactly(0L, 0L);
		assertThat(lines).extracting(AllocationLine::exactShare).allMatch(share -> share.signum() == 0);
	}

	@Test
	void refusesANonZeroTotalOverZeroWeights() {
		assertThatIllegalArgumentException().isThrownBy(() -> LargestRemainder.allocate(kr(5), weights("0", "0")))
			.withMessage("cannot allocate 5 kr over weights that are all zero");
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.5", "-1", "0.01" })
	void refusesATotalThatIsNotWholeNonNegativeKronor(String total) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LargestRemainder.allocate(new BigDecimal(total), weights("1")))
			.withMessageContaining(total);
	}

	@Test
	void acceptsAWholeTotalWrittenWithDecimals() {
		assertThat(allocated(LargestRemainder.allocate(new BigDecimal("10.00"), weights("1", "1")))).containsExactly(5L,
				5L);
	}

	@Test
	void keepsTheInvariantsForSeededRandomCases() {
		SplittableRandom random = new SplittableRandom(20261122L);
		for (int round = 0; round < 2_000; round++) {
			List<Weight> weights = randomWeights(random);
			BigDecimal total = kr(random.nextLong(0, 50_000_000L));
			if (weights.stream().allMatch(w -> w.value().signum() == 0)) {
				total = BigDecimal.ZERO;
			}
			assertInvariants(total, weights);
		}
	}

	@Test
	void keepsTheInvariantsForEverySmallCase() {
		// every total 0..12 over every weight vector of three weights in 0..4
		for (int total = 0; total <= 12; total++) {
			for (int a = 0; a <= 4; a++) {
				for (int b = 0; b <= 4; b++) {
					for (int c = 0; c <= 4; c++) {
						if (a + b + c > 0 || total == 0) {
							assertInvariants(kr(total),
									weights(String.valueOf(a), String.valueOf(b), String.valueOf(c)));
						}
					}
				}
			}
		}
	}

	@Test
	void dependsNeitherOnInputOrderNorOnRepetition() {
		SplittableRandom random = new SplittableRandom(7L);
		for (int round = 0; round < 200; round++) {
			List<Weight> weights = randomWeights(random);
			BigDecimal total = kr(random.nextLong(1, 1_000_000L));
			if (weights.stream().allMatch(w -> w.value().signum() == 0)) {
				continue;
			}
			List<Weight> shuffled = new ArrayList<>(weights);
			Collections.shuffle(shuffled, new java.util.Random(round));

			assertThat(byCode(LargestRemainder.allocate(total, shuffled)))
				.isEqualTo(byCode(LargestRemainder.allocate(total, weights)));
		}
	}

	private static void assertInvariants(BigDecimal total, List<Weight> weights) {
		List<AllocationLine> lines = LargestRemainder.allocate(total, weights);
		BigDecimal sum = lines.stream().map(AllocationLine::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sum).as("sum of %s over %s", total, weights).isEqualByComparingTo(total);
		BigDecimal weightSum = weights.stream().map(Weight::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		for (int i = 0; i < lines.size(); i++) {
			AllocationLine line = lines.get(i);
			BigDecimal exact = (weightSum.signum() == 0) ? BigDecimal.ZERO
					: total.multiply(weights.get(i).value()).divide(weightSum, MathContext.DECIMAL128);
			assertThat(line.allocated().subtract(exact).abs()).as("distance from exact share %s", line)
				.isLessThan(BigDecimal.ONE);
			assertThat(line.allocated().scale()).isLessThanOrEqualTo(0);
			assertThat(line.allocated()).isGreaterThanOrEqualTo(line.floor());
			if (weights.get(i).value().signum() == 0) {
				assertThat(line.allocated()).isZero();
			}
		}
		int leftover = total
			.subtract(lines.stream().map(AllocationLine::floor).reduce(BigDecimal.ZERO, BigDecimal::add))
			.intValueExact();
		assertThat(lines.stream().filter(AllocationLine::gotLeftoverKrona).count()).isEqualTo(leftover);
		assertThat(lines).extracting(AllocationLine::remainderRank).doesNotHaveDuplicates();
	}

	private static List<Weight> randomWeights(SplittableRandom random) {
		int count = random.nextInt(1, 30);
		List<Weight> weights = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String value = random.nextInt(5) == 0 ? "0"
					: BigDecimal.valueOf(random.nextLong(1, 10_000_000L), random.nextInt(0, 4)).toPlainString();
			weights.add(weight(String.format("%04d", 1000 + i), value));
		}
		return weights;
	}

	private static java.util.Map<String, BigDecimal> byCode(List<AllocationLine> lines) {
		java.util.Map<String, BigDecimal> byCode = new java.util.TreeMap<>();
		lines.forEach(line -> byCode.put(line.municipalityCode(), line.allocated()));
		return byCode;
	}

	private static List<Weight> weights(String... values) {
		List<Weight> weights = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			weights.add(weight(String.format("%04d", i + 1), values[i]));
		}
		return weights;
	}

	private static Weight weight(String code, String value) {
		return new Weight(code, new BigDecimal(value));
	}

	private static BigDecimal kr(long amount) {
		return BigDecimal.valueOf(amount);
	}

	private static List<Long> allocated(List<AllocationLine> lines) {
		return lines.stream().map(line -> line.allocated().longValueExact()).toList();
	}

	private static List<Long> longs(String spaceSeparated) {
		return java.util.Arrays.stream(spaceSeparated.split(" ")).map(Long::valueOf).toList();
	}

}
