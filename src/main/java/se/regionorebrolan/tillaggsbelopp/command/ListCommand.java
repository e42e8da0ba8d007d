package se.regionorebrolan.tillaggsbelopp.command;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.parameters.EffectiveParameters;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.program.ClockConfiguration;
import se.regionorebrolan.tillaggsbelopp.program.Console;
import se.regionorebrolan.tillaggsbelopp.registry.PaymentRegistry;
import se.regionorebrolan.tillaggsbelopp.registry.RegistryBusyException;
import se.regionorebrolan.tillaggsbelopp.registry.RunRegistry;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.version.StatusChange;

/**
 * {@code list}: the versions of a budget year (the year after today unless given), with
 * status, time, county total, run id and the latest status change, and the payment bases
 * produced from them.
 */
@Component
@Order(3)
class ListCommand implements Command {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final TillaggProperties properties;

	private final ObjectProvider<RunRegistry> registry;

	private final ObjectProvider<PaymentRegistry> payments;

	private final Clock clock;

	private final Console console;

	ListCommand(TillaggProperties properties, ObjectProvider<RunRegistry> registry,
			ObjectProvider<PaymentRegistry> payments, Clock clock, Console console) {
		this.properties = properties;
		this.registry = registry;
		this.payments = payments;
		this.clock = clock;
		this.console = console;
	}

	@Override
	public String name() {
		return "list";
	}

	@Override
	public String summary() {
		return "versionerna av ett budgetår och deras utbetalningsunderlag";
	}

	@Override
	public List<String> options() {
		return List.of("budget-year");
	}

	@Override
	public String example() {
		return "list --tillagg.budget-year=2027";
	}

	@Override
	public boolean readsCalculatedVersions() {
		return true;
	}

	@Override
	public ExitCode execute() {
		int year = EffectiveParameters.budgetYear(this.properties, this.clock);
		List<RegisteredRun> versions = RegistryBusyException.guard(this.registry::getObject).list(year);
		if (versions.isEmpty()) {
			this.console.say("Budgetåret " + year + " har inga beräknade versioner.");
			return ExitCode.SUCCESS;
		}
		this.console.say("Versioner av budgetåret " + year + ":");
		this.console.say(String.format("  %-8s %-11s %-17s %16s  %-13s %s", "Version", "Status", "Beräknad",
				"Länets totalt", "Körnings-id", "Senaste statusändring"));
		for (RegisteredRun run : versions) {
			StatusChange latest = run.history().get(run.history().size() - 1);
			this.console.say(String.format("  %-8s %-11s %-17s %16s  %-13s %s", "v" + run.version(),
					run.status().label(), TIME.format(run.calculatedAt().atZoneSameInstant(ClockConfiguration.SWEDEN)),
					SwedishFormat.kronor(run.countyTotal()) + " kr", run.shortIdentity(), latest.describe()));
		}
		listPayments(year);
		return ExitCode.SUCCESS;
	}

	private void listPayments(int year) {
		List<RegisteredPayment> payments = this.payments.getObject().list(year);
		if (payments.isEmpty()) {
			return;
		}
		this.console.say("Utbetalningsunderlag:");
		for (RegisteredPayment payment : payments) {
			String paid = "ur v" + payment.version()
					+ payment.paidBeforeVersion().map(before -> " mot v" + before).orElse("");
			this.console.say(String.format("  nr %-3d %-13s %-14s %16s  %-17s %s", payment.number(), paid,
					SwedishFormat.month(payment.paymentMonth()), SwedishFormat.kronor(payment.amount()) + " kr",
					TIME.format(payment.producedAt().atZoneSameInstant(ClockConfiguration.SWEDEN)), payment.folder()));
		}
	}

}
