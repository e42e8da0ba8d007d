package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.scheduling.ManualTaskScheduler;
import se.regionorebrolan.tillaggsbelopp.scheduling.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.fileEndingWith;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.scheduledSpecExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.startScheduler;

/**
 * Scheduler mode in the whole application, with a clock the test sets and triggers it
 * fires by hand: the December calculation, the January payment from the published
 * version, and the correction after a superseding publication, as the operations guide
 * describes them.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchedulerModeTests {

	private static final int CALCULATION = 0;

	private static final int PAYMENT = 1;

	@TempDir
	Path folder;

	@Test
	void calculatesInDecemberPaysInJanuaryAndCorrectsAfterASupersedingPublication(CapturedOutput console)
			throws IOException {
		Path input = specExampleInput(this.folder);
		Path output = this.folder.resolve("output");
		Path log = output.resolve("logs/tillaggsbelopp.log");
		MutableClock clock = new MutableClock(LocalDateTime.parse("2026-12-01T05:59"));
		ManualTaskScheduler triggers = new ManualTaskScheduler();
		try (ConfigurableApplicationContext scheduler = startScheduler(clock, triggers,
				scheduledSpecExample(input, output))) {
			assertThat(scheduler.isRunning()).isTrue();
			assertThat(runFolders(output, 2027)).isEmpty();

			// 1 December 06:00: the preliminary version of the next budget year, once
			clock.set(LocalDateTime.parse("2026-12-01T06:00"));
			triggers.fire(CALCULATION);
			triggers.fire(CALCULATION);
			assertThat(runFolders(output, 2027)).hasSize(1);
			assertThat(Files.readString(log)).contains("Beräkningen för budgetåret 2027 (planerad 2026-12-01 06:00): "
					+ "Budgetåret 2027 är beräknat: version 1 (PRELIMINÄR) i " + output.resolve("2027/v1-85e563aeeaf1")
					+ ". [avslutningskod 0]");

			// never from a preliminary version; published in December, paid in January,
			// once
			assertThat(run(at("2026-12-05T10:00"), command(output, 2027, "payment"))).isEqualTo(2);
			assertThat(run(at("2026-12-10T10:00"), command(output, 2027, "publish", "--tillagg.version=1"))).isZero();
			clock.set(LocalDateTime.parse("2027-01-15T06:00"));
			// a folder the registry does not know stops the payment; it is never replaced
			Files.createDirectories(output.resolve("2027/utbetalning-1"));
			triggers.fire(PAYMENT);
			assertThat(output.resolve("2027/utbetalning-1")).isEmptyDirectory();
			Files.delete(output.resolve("2027/utbetalning-1"));
			triggers.fire(PAYMENT);
			assertThat(run(at("2027-01-20T10:00"), command(output, 2027, "payment"))).isZero();
			Path payment = output.resolve("2027/utbetalning-1/utbetalningsunderlag-2027-v1.csv");
			String v1 = "1,85e563aeeaf1," + resultsSha256(output, 0);
			assertThat(Files.readString(payment)).isEqualTo(
					"municipality_code,municipality_name,amount_sek,payment_month,budget_year,version,run_id,results_sha256\n"
							+ "9001,Alfa,7227365,2027-01,2027," + v1 + "\n9002,Beta,3181795,2027-01,2027," + v1
							+ "\n9003,Gamma,2236910,2027-01,2027," + v1 + "\n9004,Delta,2395569,2027-01,2027," + v1
							+ "\n");
			assertThat(output.resolve("2027/utbetalning-1/utbetalningsunderlag-2027-v1.xlsx")).exists();
			assertThat(output.resolve("2027/utbetalning-2")).doesNotExist();

			// a remeasurement in March, published in place of version 1
			assertThat(run(at("2027-03-02T10:00"),
					specExample(input, output, "--tillagg.advanced.measurement-date=2025-11-14")))
				.isZero();
			assertThat(run(at("2027-03-09T10:00"),
					command(output, 2027, "publish", "--tillagg.version=2", "--tillagg.reason=Ny mätning 2025-11-14")))
				.isZero();

			// the next payment trigger corrects 2027, and refuses 2028 until a version of
			// it is published
			clock.set(LocalDateTime.parse("2028-01-14T06:00"));
			triggers.fire(PAYMENT);
			Path correction = output.resolve("2027/utbetalning-2/korrigeringsunderlag-2027-v2-mot-v1.csv");
			String v2 = "1,2,ef1c38217276," + resultsSha256(output, 1);
			// version 2 minus the paid version 1 (spec §5, remeasurement variant)
			assertThat(Files.readString(correction)).isEqualTo("municipality_code,municipality_name,paid_sek,"
					+ "final_sek,difference_sek,payment_month,budget_year,paid_version,version,run_id,results_sha256\n"
					+ "9001,Alfa,7227365,7452263,224898,2028-01,2027," + v2 + "\n"
					+ "9002,Beta,3181795,3153538,-28257,2028-01,2027," + v2 + "\n"
					+ "9003,Gamma,2236910,2317643,80733,2028-01,2027," + v2 + "\n"
					+ "9004,Delta,2395569,2433052,37483,2028-01,2027," + v2 + "\n");
			assertThat(output.resolve("2028")).doesNotExist();
		}
		assertThat(run(at("2028-01-20T10:00"), command(output, 2027, "list"))).isZero();
		assertThat(console.getOut()).contains(
				"Utbetalningsunderlaget för budgetåret 2027 (planerad 2027-01-15 06:00): Utbetalningsunderlag nr 1 "
						+ "för budgetåret 2027 ur version 1 (SLUTLIG): 15 041 639 kr att betala ut i januari 2027, i "
						+ output.resolve("2027/utbetalning-1") + ". [avslutningskod 0]",
				"Budgetåret 2027 är redan utbetalt ur version 1 (SLUTLIG): underlag nr 1 i "
						+ output.resolve("2027/utbetalning-1") + "; inget nytt skrevs.",
				"ERROR",
				"Utbetalningsunderlaget för budgetåret 2028 (planerad 2028-01-14 06:00): Korrigeringsunderlag "
						+ "nr 2 för budgetåret 2027 ur version 2 (SLUTLIG) mot utbetald version 1: 314 857 kr att "
						+ "reglera i januari 2028, i " + output.resolve("2027/utbetalning-2") + ". Budgetåret 2028 har "
						+ "ingen SLUTLIG version, så inget utbetalningsunderlag togs fram")
			.containsPattern("ERROR .* : Utbetalningsunderlaget för budgetåret 2028 ")
			.contains(
					"  nr 1   ur v1         januari 2027      15 041 639 kr  2027-01-15 06:00  "
							+ output.resolve("2027/utbetalning-1"),
					"  nr 2   ur v2 mot v1  januari 2028         314 857 kr  2028-01-14 06:00  "
							+ output.resolve("2027/utbetalning-2"));
		assertThat(console.getErr()).contains("Registret känner inte till 1 mapp i utmatningsmappen",
				"  - " + output.resolve("2027/utbetalning-1") + " (utbetalningsunderlag nr 1 av budgetåret 2027)",
				"Budgetåret 2027 har ingen SLUTLIG version, så inget "
						+ "utbetalningsunderlag togs fram: det tas bara fram ur den publicerade versionen. Publicera en version "
						+ "med publish --tillagg.budget-year=2027 --tillagg.version=N och kör payment "
						+ "--tillagg.budget-year=2027.");
	}

	@Test
	void catchesUpTheDecemberCalculationAtStartButDoesNotRepeatItAfterTheInputChanged(CapturedOutput console)
			throws IOException {
		Path input = specExampleInput(this.folder);
		Path output = this.folder.resolve("output");
		ManualTaskScheduler triggers = new ManualTaskScheduler();
		// down over 1 December
		try (ConfigurableApplicationContext started = startScheduler(at("2026-12-03T08:00"), triggers,
				scheduledSpecExample(input, output))) {
			assertThat(started.isRunning()).isTrue();
			assertThat(runFolders(output, 2027)).hasSize(1);
		}
		Files.writeString(input.resolve("tax_base_growth.csv"),
				Files.readString(input.resolve("tax_base_growth.csv")).replace("example", "exempel"));

		try (ConfigurableApplicationContext restarted = startScheduler(at("2026-12-04T08:00"), triggers,
				scheduledSpecExample(input, output))) {
			assertThat(restarted.isRunning()).isTrue();
			assertThat(runFolders(output, 2027)).hasSize(1);
		}
		assertThat(console.getOut()).contains(
				"Beräkningen för budgetåret 2027 (planerad 2026-12-01 06:00, i efterhand): Budgetåret 2027 är beräknat",
				"Beräkningen för budgetåret 2027 (planerad 2026-12-01 06:00, i efterhand): Redan gjort efter den "
						+ "planerade tiden; inget att ta igen. [avslutningskod 0]");
	}

	@Test
	void refusesACommandOrABudgetYearInSchedulerMode(CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(at("2026-12-01T06:00"), "list", "--tillagg.mode=scheduler", "--tillagg.output-dir=" + output))
			.isEqualTo(2);
		assertThat(run(at("2026-12-01T06:00"), "--tillagg.mode=scheduler", "--tillagg.budget-year=2027",
				"--tillagg.output-dir=" + output))
			.isEqualTo(2);

		assertThat(console.getErr()).contains("Schemaläget (--tillagg.mode=scheduler) tar inget kommando och ingen "
				+ "tillagg.budget-year: det beräknar nästa budgetår och tar fram utbetalningsunderlaget för det "
				+ "innevarande när det är dags enligt tillagg.schedule.*. Kör kommandon för sig, utan "
				+ "--tillagg.mode=scheduler.");
		assertThat(output.resolve("registry")).doesNotExist();
	}

	@Test
	void refusesAScheduleThatCanNeverFireOrAnUnknownMode(CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(at("2026-12-01T06:00"), "--tillagg.mode=scheduler", "--tillagg.output-dir=" + output,
				"--tillagg.schedule.calculation-cron=0 6 1 12 *"))
			.isEqualTo(2);
		assertThat(run(at("2026-12-01T06:00"), "--tillagg.mode=schema", "--tillagg.output-dir=" + output)).isEqualTo(2);

		assertThat(console.getErr()).contains(
				"tillagg.schedule.calculation-cron = \"0 6 1 12 *\" (kommandoraden): "
						+ "förväntat ett cron-uttryck med sex fält: sekund minut timme dag månad veckodag, t.ex. "
						+ "\"0 0 6 1 12 *\" (1 december kl. 06.00)",
				"tillagg.mode = \"schema\" (kommandoraden): värdet kan inte tolkas; förväntat one-shot (ett kommando, "
						+ "sedan slut) eller scheduler (schemaläge)");
	}

	private static Clock at(String swedishTime) {
		return new MutableClock(LocalDateTime.parse(swedishTime));
	}

	private static String[] command(Path output, int year, String command, String... options) {
		List<String> arguments = new ArrayList<>(
				List.of(command, "--tillagg.output-dir=" + output, "--tillagg.budget-year=" + year));
		arguments.addAll(List.of(options));
		return arguments.toArray(String[]::new);
	}

	/** The SHA-256 of the results file of the n-th version of 2027. */
	private static String resultsSha256(Path output, int index) throws IOException {
		return Sha256.hex(Files.readAllBytes(fileEndingWith(runFolders(output, 2027).get(index), ".csv")));
	}

}
