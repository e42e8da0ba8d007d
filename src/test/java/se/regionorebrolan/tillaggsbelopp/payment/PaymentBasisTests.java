package se.regionorebrolan.tillaggsbelopp.payment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.report.PaymentBasisCsv;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredTotal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.payment.PaymentExample.total;

/**
 * The payment and the correction after a superseding publication, on the spec example's
 * totals, and their CSV files.
 */
class PaymentBasisTests {

	@TempDir
	Path folder;

	@Test
	void paysTheFinalVersionsTotalsInJanuaryOfTheBudgetYear() {
		PaymentBasis basis = PaymentExample.payment();

		assertThat(basis.paymentMonth()).isEqualTo(YearMonth.of(2027, 1));
		assertThat(basis.lines()).extracting(line -> line.municipalityCode() + " " + line.amount())
			.containsExactly("9001 7227365", "9002 3181795", "9003 2236910", "9004 2395569");
		// the county total of the worked example
		assertThat(basis.amount()).isEqualByComparingTo("15041639");
		assertThat(basis.isCorrection()).isFalse();
		assertThat(basis.fileBaseName()).isEqualTo("utbetalningsunderlag-2027-v1");
	}

	@Test
	void correctsByTheDifferencesInTheMonthItIsProduced() {
		PaymentBasis basis = PaymentExample.correction();

		assertThat(basis.paymentMonth()).isEqualTo(YearMonth.of(2027, 3));
		// version 2 minus version 1, e.g. Alfa 7 452 263 − 7 227 365 = 224 898
		assertThat(basis.lines()).extracting(line -> line.municipalityCode() + " " + line.amount())
			.containsExactly("9001 224898", "9002 -28257", "9003 80733", "9004 37483");
		// 15 356 496 − 15 041 639
		assertThat(basis.amount()).isEqualByComparingTo("314857");
		assertThat(basis.fileBaseName()).isEqualTo("korrigeringsunderlag-2027-v2-mot-v1");
	}

	@Test
	void settlesACorrectionMadeBeforeTheBudgetYearInItsJanuary() {
		PaymentBasis basis = PaymentBasis.correction(2027, 2, PaymentExample.V2, PaymentExample.VERSION_2,
				PaymentExample.V1, PaymentExample.VERSION_1,
				PaymentExample.payment().producedAt().withYear(2026).withMonth(12), "0.1.0");

		assertThat(basis.paymentMonth()).isEqualTo(YearMonth.of(2027, 1));
		assertThat(basis.amount()).isEqualByComparingTo("314857");
	}

	@Test
	void correctsAMunicipalityThatIsInOnlyOneOfTheVersions() {
		PaymentBasis basis = PaymentBasis.correction(2027, 2, PaymentExample.V2,
				List.of(total("9001", "Alfa", "100"), total("9005", "Epsilon", "40")), PaymentExample.V1,
				List.of(total("9001", "Alfa", "90"), total("9004", "Delta", "50")),
				PaymentExample.payment().producedAt(), "0.1.0");

		assertThat(basis.lines())
			.extracting(line -> line.municipalityCode() + " " + line.paidBefore() + " → " + line.finalAmount() + ": "
					+ line.amount())
			.containsExactly("9001 90 → 100: 10", "9004 50 → 0: -50", "9005 0 → 40: 40");
		assertThat(basis.amount()).isEqualByComparingTo("0");
	}

	@Test
	void writesThePaymentAsCsvWithItsMonthAndItsVersionOnEveryRow() throws IOException {
		Path file = this.folder.resolve("payment.csv");

		PaymentBasisCsv.write(PaymentExample.payment(), file);

		String reference = ",2027-01,2027,1,85e563aeeaf1," + "a".repeat(64) + "\n";
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
				"municipality_code,municipality_name,amount_sek,payment_month,budget_year,version,run_id,results_sha256\n"
						+ "9001,Alfa,7227365" + reference + "9002,Beta,3181795" + reference + "9003,Gamma,2236910"
						+ reference + "9004,Delta,2395569" + reference);
	}

	@Test
	void writesTheCorrectionAsCsvWithPaidFinalAndDifference() throws IOException {
		Path file = this.folder.resolve("correction.csv");

		PaymentBasisCsv.write(PaymentExample.correction(), file);

		String reference = ",2027-03,2027,1,2,ef1c38217276," + "b".repeat(64) + "\n";
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("municipality_code,municipality_name,"
				+ "paid_sek,final_sek,difference_sek,payment_month,budget_year,paid_version,version,run_id,results_sha256\n"
				+ "9001,Alfa,7227365,7452263,224898" + reference + "9002,Beta,3181795,3153538,-28257" + reference
				+ "9003,Gamma,2236910,2317643,80733" + reference + "9004,Delta,2395569,2433052,37483" + reference);
	}

	/**
	 * OWASP "CSV injection": names that Excel would take for formulas are written as
	 * quoted text with a single quote before them; a negative difference stays a number.
	 */
	@Test
	void writesANameThatWouldStartAFormulaAsTextAndANegativeDifferenceAsANumber() throws IOException {
		Path file = this.folder.resolve("correction.csv");
		List<RegisteredTotal> paid = List.of(total("9001", "@SUM(1+1)", "3181795"),
				total("9002", "+cmd|' /C calc'!A0", "2236910"));
		List<RegisteredTotal> corrected = List.of(total("9001", "@SUM(1+1)", "3153538"),
				total("9002", "+cmd|' /C calc'!A0", "2317643"));

		PaymentBasisCsv.write(PaymentBasis.correction(2027, 2, PaymentExample.V2, corrected, PaymentExample.V1, paid,
				LocalDateTime.parse("2027-03-09T10:00").atZone(ZoneId.of("Europe/Stockholm")), "0.1.0"), file);

		String reference = ",2027-03,2027,1,2,ef1c38217276," + "b".repeat(64);
		assertThat(Files.readAllLines(file)).containsExactly(
				"municipality_code,municipality_name,paid_sek,final_sek,"
						+ "difference_sek,payment_month,budget_year,paid_version,version,run_id,results_sha256",
				"9001,\"'@SUM(1+1)\",3181795,3153538,-28257" + reference,
				"9002,\"'+cmd|' /C calc'!A0\",2236910,2317643,80733" + reference);
	}

}
