package se.regionorebrolan.tillaggsbelopp.report;

import java.util.ArrayList;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentBasis;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentLine;

/**
 * A payment basis for the console: what it is, and per municipality what is paid (for a
 * correction: paid before, final, difference), in kronor.
 */
public final class PaymentSummary {

	private static final String PAYMENT_ROW = "  %-20s %14s";

	private static final String CORRECTION_ROW = "  %-20s %14s %14s %14s";

	private PaymentSummary() {
	}

	/**
	 * One line that says what the basis is, e.g. "Utbetalningsunderlag nr 1 för
	 * budgetåret 2027 ur version 1 (SLUTLIG): 15 041 639 kr att betala ut i januari
	 * 2027".
	 */
	public static String headline(PaymentBasis basis) {
		String month = SwedishFormat.month(basis.paymentMonth());
		String amount = SwedishFormat.kronor(basis.amount()) + " kr";
		return basis.title() + " nr " + basis.number() + " för budgetåret " + basis.budgetYear() + " ur version "
				+ basis.paid().version() + " (SLUTLIG)"
				+ basis.paidBefore()
					.map(before -> " mot utbetald version " + before.version() + ": " + amount + " att reglera i "
							+ month)
					.orElse(": " + amount + " att betala ut i " + month);
	}

	public static List<String> lines(PaymentBasis basis) {
		List<String> lines = new ArrayList<>();
		lines.add(headline(basis) + ".");
		if (basis.isCorrection()) {
			lines.add(String.format(CORRECTION_ROW, "Kommun", "Utbetalt", "Slutligt", "Att reglera"));
		}
		else {
			lines.add(String.format(PAYMENT_ROW, "Kommun", "Belopp"));
		}
		for (PaymentLine line : basis.lines()) {
			String name = line.municipalityCode() + " " + line.municipalityName();
			lines.add(basis.isCorrection()
					? String.format(CORRECTION_ROW, name, SwedishFormat.kronor(line.paidBefore()),
							SwedishFormat.kronor(line.finalAmount()), SwedishFormat.kronor(line.amount()))
					: String.format(PAYMENT_ROW, name, SwedishFormat.kronor(line.amount())));
		}
		return lines;
	}

}
