package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fördelning i hela kronor (spec §4): allocates a whole-krona total over weights so that
 * the parts add up exactly and no part is a krona or more away from its exact share.
 * <ol>
 * <li>exact share {@code e = T × w / Σw}, floor {@code f = ⌊e⌋};</li>
 * <li>the leftover {@code L = T − Σf} kronor go one each to the L largest remainders
 * {@code e − f}; ties go to the larger weight, then to the lower municipality code;</li>
 * <li>if {@code Σw = 0} every share is 0 (a non-zero T cannot be allocated).</li>
 * </ol>
 * All comparisons are exact: remainders are compared as {@code T × w − f × Σw}, which
 * share the denominator Σw.
 */
public final class LargestRemainder {

	private static final int DISPLAY_SCALE = 10;

	private static final Comparator<Share> LEFTOVER_ORDER = Comparator
		.comparing(Share::remainderNumerator, Comparator.reverseOrder())
		.thenComparing(share -> share.weight().value(), Comparator.reverseOrder())
		.thenComparing(share -> share.weight().municipalityCode());

	private LargestRemainder() {
	}

	/**
	 * Allocates {@code total} over {@code weights}; the lines come back in the order of
	 * the weights.
	 * @throws IllegalArgumentException when the total is not whole kronor, is negative,
	 * or is non-zero while every weight is zero
	 */
	public static List<AllocationLine> allocate(BigDecimal total, List<Weight> weights) {
		requireWholeNonNegative(total);
		BigDecimal weightSum = weights.stream().map(Weight::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (weightSum.signum() == 0 && total.signum() != 0) {
			throw new IllegalArgumentException("cannot allocate " + total + " kr over weights that are all zero");
		}
		List<Share> shares = weights.stream().map(weight -> Share.of(total, weight, weightSum)).toList();
		BigDecimal floors = shares.stream().map(Share::floor).reduce(BigDecimal.ZERO, BigDecimal::add);
		int leftover = total.subtract(floors).intValueExact();
		int[] ranks = ranks(shares);
		List<AllocationLine> lines = new ArrayList<>(shares.size());
		for (int i = 0; i < shares.size(); i++) {
			lines.add(shares.get(i).toLine(ranks[i], ranks[i] <= leftover, weightSum));
		}
		return List.copyOf(lines);
	}

	/**
	 * The 1-based rank of each share in leftover order, by position in {@code shares}.
	 */
	private static int[] ranks(List<Share> shares) {
		List<Integer> order = IntStream.range(0, shares.size())
			.boxed()
			.sorted(Comparator.comparing(shares::get, LEFTOVER_ORDER))
			.toList();
		int[] ranks = new int[shares.size()];
		for (int rank = 0; rank < order.size(); rank++) {
			ranks[order.get(rank)] = rank + 1;
		}
		return ranks;
	}

	private static void requireWholeNonNegative(BigDecimal total) {
		if (total.signum() < 0 || total.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException("the total must be whole, non-negative kronor: " + total);
		}
	}

	/**
	 * Exact intermediate values of one share; the remainder is kept as a numerator over
	 * Σw.
	 */
	private record Share(Weight weight, BigDecimal numerator, BigDecimal floor, BigDecimal remainderNumerator) {

		static Share of(BigDecimal total, Weight weight, BigDecimal weightSum) {
			if (weightSum.signum() == 0) {
				return new Share(weight, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
			}
			BigDecimal numerator = total.multiply(weight.value());
			BigDecimal floor = numerator.divide(weightSum, 0, RoundingMode.FLOOR);
			return new Share(weight, numerator, floor, numerator.subtract(floor.multiply(weightSum)));
		}

		AllocationLine toLine(int rank, boolean getsLeftoverKrona, BigDecimal weightSum) {
			BigDecimal exactShare = divideForDisplay(this.numerator, weightSum);
			BigDecimal allocated = getsLeftoverKrona ? this.floor.add(BigDecimal.ONE) : this.floor;
			return new AllocationLine(this.weight.municipalityCode(), this.weight.value(), exactShare, this.floor,
					divideForDisplay(this.remainderNumerator, weightSum), rank, allocated);
		}

		private static BigDecimal divideForDisplay(BigDecimal numerator, BigDecimal weightSum) {
			return (weightSum.signum() == 0) ? BigDecimal.ZERO.setScale(DISPLAY_SCALE)
					: numerator.divide(weightSum, DISPLAY_SCALE, Kronor.ROUNDING);
		}

	}

}
