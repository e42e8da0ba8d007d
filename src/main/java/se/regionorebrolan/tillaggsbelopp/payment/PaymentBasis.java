package se.regionorebrolan.tillaggsbelopp.payment;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.regionorebrolan.tillaggsbelopp.version.RegisteredTotal;

/**
 * Utbetalningsunderlag: what each municipality is paid for a budget year, taken from the
 * final (SLUTLIG) version and paid in January of the year (agreement 4.2: computed in
 * December, paid in January). After that version is superseded, a korrigeringsunderlag:
 * per municipality the difference between the new final version and what was paid, never
 * a second full payment.
 *
 * @param budgetYear the budget year paid
 * @param number 1 for the payment, 2, … for the corrections after it
 * @param paymentMonth January of the budget year for the payment; for a correction the
 * month it is produced in, but never before that January
 * @param paid the final version whose amounts are paid
 * @param paidBefore for a correction, the version that was paid before
 * @param lines one per municipality, by kommunkod
 * @param producedAt when the basis was produced, Swedish time
 * @param softwareVersion the program version that produced it
 */
public record PaymentBasis(int budgetYear, int number, YearMonth paymentMonth, VersionReference paid,
		Optional<VersionReference> paidBefore, List<PaymentLine> lines, ZonedDateTime producedAt,
		String softwareVersion) {

	public PaymentBasis {
		Objects.requireNonNull(paymentMonth, "paymentMonth is required");
		Objects.requireNonNull(paid, "paid is required");
		Objects.requireNonNull(paidBefore, "paidBefore is required (may be empty)");
		lines = List.copyOf(lines);
		Objects.requireNonNull(producedAt, "producedAt is required");
		Objects.requireNonNull(softwareVersion, "softwareVersion is required");
	}

	/** The first payment of a year: the final version's totals, paid in January. */
	public static PaymentBasis payment(int budgetYear, int number, VersionReference paid, List<RegisteredTotal> totals,
			ZonedDateTime producedAt, String softwareVersion) {
		return new PaymentBasis(budgetYear, number, YearMonth.of(budgetYear, Month.JANUARY), paid, Optional.empty(),
				lines(totals, List.of()), producedAt, softwareVersion);
	}

	/**
	 * A correction after the paid version was superseded: the new final version's totals
	 * less the paid version's, settled in the month it is produced. A correction made
	 * before the year's January (a payment basis produced and superseded in December) is
	 * settled in that January, with the payment it corrects, never before it.
	 */
	public static PaymentBasis correction(int budgetYear, int number, VersionReference paid,
			List<RegisteredTotal> totals, VersionReference paidBefore, List<RegisteredTotal> paidBeforeTotals,
			ZonedDateTime producedAt, String softwareVersion) {
		YearMonth january = YearMonth.of(budgetYear, Month.JANUARY);
		YearMonth produced = YearMonth.from(producedAt);
		return new PaymentBasis(budgetYear, number, produced.isBefore(january) ? january : produced, paid,
				Optional.of(paidBefore), lines(totals, paidBeforeTotals), producedAt, softwareVersion);
	}

	public boolean isCorrection() {
		return this.paidBefore.isPresent();
	}

	/** What the basis pays in all; for a correction, the sum of the differences. */
	public BigDecimal amount() {
		return this.lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Utbetalningsunderlag or Korrigeringsunderlag. */
	public String title() {
		return isCorrection() ? "Korrigeringsunderlag" : "Utbetalningsunderlag";
	}

	/**
	 * The name of its files without extension, e.g. {@code utbetalningsunderlag-2027-v1}
	 * or {@code korrigeringsunderlag-2027-v2-mot-v1}.
	 */
	public String fileBaseName() {
		return title().toLowerCase(java.util.Locale.ROOT) + "-" + this.budgetYear + "-v" + this.paid.version()
				+ this.paidBefore.map(before -> "-mot-v" + before.version()).orElse("");
	}

	/**
	 * Every municipality of either version, by kommunkod: one that is in only one of them
	 * has 0 kr in the other.
	 */
	private static List<PaymentLine> lines(List<RegisteredTotal> totals, List<RegisteredTotal> paidBeforeTotals) {
		Map<String, RegisteredTotal> now = byCode(totals);
		Map<String, RegisteredTotal> before = byCode(paidBeforeTotals);
		TreeSet<String> codes = new TreeSet<>(now.keySet());
		codes.addAll(before.keySet());
		List<PaymentLine> lines = new ArrayList<>();
		for (String code : codes) {
			RegisteredTotal named = now.getOrDefault(code, before.get(code));
			lines.add(new PaymentLine(code, named.municipalityName(), amount(before.get(code)), amount(now.get(code))));
		}
		return lines;
	}

	private static Map<String, RegisteredTotal> byCode(List<RegisteredTotal> totals) {
		return totals.stream().collect(Collectors.toMap(RegisteredTotal::municipalityCode, Function.identity()));
	}

	private static BigDecimal amount(RegisteredTotal total) {
		return (total != null) ? total.totalSek() : BigDecimal.ZERO;
	}

}
