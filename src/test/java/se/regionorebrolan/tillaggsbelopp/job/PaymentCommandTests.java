package se.regionorebrolan.tillaggsbelopp.job;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.job.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.job.ApplicationRun.run;

/**
 * The one-shot {@code payment} command's refusals; its payments and corrections are shown
 * in {@link SchedulerModeTests}, where the scheduler runs the same command.
 */
@ExtendWith(OutputCaptureExtension.class)
class PaymentCommandTests {

	@TempDir
	Path folder;

	@Test
	void needsTheBudgetYearNamedAndOpensNothingWithoutIt(CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(NOVEMBER_2026, "payment", "--tillagg.output-dir=" + output)).isEqualTo(2);

		assertThat(console.getErr()).contains("Kommandot payment behöver budgetåret, t.ex. payment "
				+ "--tillagg.budget-year=2027 (utbetalningsunderlaget tas fram ur årets SLUTLIGA version).");
		assertThat(output).doesNotExist();
	}

	@Test
	void refusesAYearWithoutVersionsAndWritesNoPaymentBasis(CapturedOutput console) {
		Path output = this.folder.resolve("output");

		assertThat(run(NOVEMBER_2026, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isEqualTo(2);

		assertThat(console.getErr())
			.contains("Budgetåret 2027 har ingen SLUTLIG version, så inget " + "utbetalningsunderlag togs fram");
		assertThat(output.resolve("2027")).doesNotExist();
	}

}
