package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * The one-shot {@code payment} command's refusals and its record of what was paid; its
 * payments and corrections are shown in {@link SchedulerModeTests}, where the scheduler
 * runs the same command.
 */
@ExtendWith(OutputCaptureExtension.class)
class PaymentCommandTests {

	@TempDir
	Path folder;

	@Test
	void needsTheBudgetYearNamedAndOpensNothingWithoutIt(CapturedOutput console) {
		// a registry named by URL, so that the command gets past the check that the
		// default registry exists
		Path registry = this.folder.resolve("registry");

		assertThat(run(NOVEMBER_2026, "payment", "--tillagg.registry-url=jdbc:h2:file:" + registry.resolve("r")))
			.isEqualTo(2);

		assertThat(console.getErr()).contains("Kommandot payment behöver budgetåret, t.ex. payment "
				+ "--tillagg.budget-year=2027 (utbetalningsunderlaget tas fram ur årets SLUTLIGA version).");
		assertThat(registry).doesNotExist();
	}

	@Test
	void refusesAYearWithoutAFinalVersionAndWritesNoPaymentBasis(CapturedOutput console) {
		Path output = this.folder.resolve("output");
		assertThat(run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output))).isZero();

		assertThat(run(NOVEMBER_2026, "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027"))
			.isEqualTo(2);

		assertThat(console.getErr())
			.contains("Budgetåret 2027 har ingen SLUTLIG version, så inget " + "utbetalningsunderlag togs fram");
		assertThat(output.resolve("2027")).isDirectoryNotContaining("glob:**/utbetalning-*");
	}

	@Test
	void paysAFinalVersionOnceAndSaysWhenTheFolderOfItsBasisIsGone(CapturedOutput console) throws IOException {
		Path output = this.folder.resolve("output");
		String[] payment = { "payment", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027" };
		assertThat(run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output))).isZero();
		assertThat(run(NOVEMBER_2026, "publish", "--tillagg.output-dir=" + output, "--tillagg.budget-year=2027",
				"--tillagg.version=1"))
			.isZero();
		assertThat(run(NOVEMBER_2026, payment)).isZero();
		Path basis = output.resolve("2027/utbetalning-1");
		assertThat(basis.resolve("utbetalningsunderlag-2027-v1.csv")).exists();

		assertThat(run(NOVEMBER_2026, payment)).isZero();
		assertThat(console.getOut())
			.contains("Budgetåret 2027 är redan utbetalt ur version 1 (SLUTLIG): underlag nr 1 i " + basis
					+ "; inget nytt skrevs.");

		FileSystemUtils.deleteRecursively(basis);
		assertThat(run(NOVEMBER_2026, payment)).isOne();
		assertThat(console.getErr()).contains("underlag nr 1 i " + basis + "; inget nytt skrevs. Men mappen finns inte "
				+ "längre: underlaget är utbetalt och skrivs aldrig en gång till. Återställ mappen ur säkerhetskopian");
		assertThat(basis).doesNotExist();
	}

}
