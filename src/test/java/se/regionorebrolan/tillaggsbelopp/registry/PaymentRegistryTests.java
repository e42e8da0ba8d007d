package se.regionorebrolan.tillaggsbelopp.registry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.version.NewRun;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredTotal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment bases in the registry, in a registry made before they existed, and the
 * registry's connections released and opened again.
 */
class PaymentRegistryTests {

	private static final OffsetDateTime DECEMBER = OffsetDateTime.parse("2026-12-01T06:00+01:00");

	@TempDir
	Path folder;

	private final AtomicInteger openings = new AtomicInteger();

	@Test
	void addsThePaymentTableToARegistryFromBeforeAndKeepsItsVersions() {
		RegistryDatabase older = database();
		new RunRegistry(older, output()).register(version1());
		// a registry as the program wrote it before issue 6
		JdbcClient.create(older).sql("drop table tb_payment_basis").update();
		older.release();

		RegistryDatabase database = database();
		RunRegistry runs = new RunRegistry(database, output());
		PaymentRegistry payments = new PaymentRegistry(database, output());

		assertThat(runs.list(2027)).extracting(RegisteredRun::version).containsExactly(1);
		// Alfa 100 + 20 + 3 + 0, Beta 50 + 7 + 0 + 4
		assertThat(runs.totals(2027, 1)).containsExactly(total("9001", "Alfa", "123"), total("9002", "Beta", "61"));
		assertThat(payments.list(2027)).isEmpty();
		assertThat(payments.nextNumber(2027)).isOne();
		database.release();
	}

	@Test
	void recordsEachPaymentBasisAndKnowsTheLatest() {
		RegistryDatabase database = database();
		new RunRegistry(database, output()).register(version1());
		PaymentRegistry payments = new PaymentRegistry(database, output());
		RegisteredPayment payment = new RegisteredPayment(2027, 1, 1, Optional.empty(), YearMonth.of(2027, 1),
				OffsetDateTime.parse("2027-01-15T06:00+01:00"), this.folder.resolve("2027/utbetalning-1"),
				"c".repeat(64), new BigDecimal("184"));

		payments.register(payment);

		assertThat(payments.list(2027)).containsExactly(payment);
		assertThat(payments.latest(2027)).contains(payment);
		assertThat(payments.latest(2028)).isEmpty();
		assertThat(payments.paidYears()).containsExactly(2027);
		assertThat(payments.nextNumber(2027)).isEqualTo(2);
		database.release();
	}

	@Test
	void opensTheDatabaseOnUseAndAgainAfterARelease() {
		RegistryDatabase database = database();
		assertThat(this.openings).hasValue(0);

		RunRegistry runs = new RunRegistry(database.open(), output());
		database.release();
		database.release();
		assertThat(runs.list(2027)).isEmpty();

		assertThat(this.openings).hasValue(2);
		database.close();
	}

	private OutputFolder output() {
		return new OutputFolder(this.folder);
	}

	private RegistryDatabase database() {
		String url = "jdbc:h2:file:" + this.folder.resolve("registry/tillaggsbelopp").toAbsolutePath()
				+ ";WRITE_DELAY=0";
		return new RegistryDatabase(() -> {
			this.openings.incrementAndGet();
			return DataSourceBuilder.create().url(url).username("sa").password("").build();
		}, url);
	}

	private NewRun version1() {
		return new NewRun(2027, 1, "85e563aeeaf1" + "0".repeat(52), DECEMBER, "0.1.0",
				this.folder.resolve("2027/v1-85e563aeeaf1"), "a".repeat(64), Optional.empty(), List.of(), List.of(),
				List.of(amounts("9001", "Alfa", 100, 20, 3, 0), amounts("9002", "Beta", 50, 7, 0, 4)));
	}

	private static MunicipalityAmounts amounts(String code, String name, int somatic, int psychiatric, int advanced,
			int distance) {
		return new MunicipalityAmounts(new Municipality(code, name, name + "by"),
				Map.of(Component.SOMATIC, BigDecimal.valueOf(somatic), Component.PSYCHIATRIC,
						BigDecimal.valueOf(psychiatric), Component.ADVANCED, BigDecimal.valueOf(advanced),
						Component.DISTANCE, BigDecimal.valueOf(distance)));
	}

	private static RegisteredTotal total(String code, String name, String kronor) {
		return new RegisteredTotal(code, name, new BigDecimal(kronor));
	}

}
