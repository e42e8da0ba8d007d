package se.regionorebrolan.tillaggsbelopp.registry;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;

/**
 * The payment bases produced from the final versions: which version each paid, for which
 * month, and where its files are. What has been paid for a year is the final version its
 * latest basis names, so a year is never paid twice from the same version.
 */
public class PaymentRegistry {

	private final JdbcClient jdbc;

	private final OutputFolder output;

	PaymentRegistry(DataSource dataSource, OutputFolder output) {
		this.jdbc = JdbcClient.create(dataSource);
		this.output = output;
	}

	/** The payment bases of a year, oldest first. */
	public List<RegisteredPayment> list(int budgetYear) {
		return this.jdbc
			.sql("select budget_year, basis_no, version, paid_before_version, payment_month, produced_at, folder, "
					+ "csv_sha256, amount_sek from tb_payment_basis where budget_year = ? order by basis_no")
			.param(budgetYear)
			.query((row, number) -> new RegisteredPayment(row.getInt(1), row.getInt(2), row.getInt(3),
					Optional.ofNullable(row.getObject(4, Integer.class)), YearMonth.parse(row.getString(5)),
					row.getObject(6, OffsetDateTime.class), this.output.payment(row.getInt(1), row.getInt(2)),
					row.getString(8), row.getBigDecimal(9)))
			.list();
	}

	/** The latest payment basis of a year: what has been paid for it. */
	public Optional<RegisteredPayment> latest(int budgetYear) {
		List<RegisteredPayment> bases = list(budgetYear);
		return bases.isEmpty() ? Optional.empty() : Optional.of(bases.get(bases.size() - 1));
	}

	/** The years that have a payment basis, earliest first. */
	public List<Integer> paidYears() {
		return this.jdbc.sql("select distinct budget_year from tb_payment_basis order by budget_year")
			.query(Integer.class)
			.list();
	}

	/** The number the next basis of the year gets: one more than the last. */
	public int nextNumber(int budgetYear) {
		return this.jdbc.sql("select coalesce(max(basis_no), 0) + 1 from tb_payment_basis where budget_year = ?")
			.param(budgetYear)
			.query(Integer.class)
			.single();
	}

	public void register(RegisteredPayment payment) {
		this.jdbc.sql("insert into tb_payment_basis values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(payment.budgetYear(), payment.number(), payment.version(), payment.paidBeforeVersion().orElse(null),
					payment.paymentMonth().toString(), payment.producedAt(), this.output.recorded(payment.folder()),
					payment.csvSha256(), payment.amount())
			.update();
	}

}
