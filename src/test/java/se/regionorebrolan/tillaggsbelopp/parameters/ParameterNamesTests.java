package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of the parameters, from the properties record, and what a misspelt one means.
 */
class ParameterNamesTests {

	@Test
	void namesEveryParameterAsTheOperatorWritesIt() {
		assertThat(ParameterNames.all()).hasSize(33)
			.startsWith("tillagg.home", "tillagg.input-dir", "tillagg.input-workbook", "tillagg.output-dir")
			.contains("tillagg.advanced.cost-per-patient-sek", "tillagg.psychiatric.average-years",
					"tillagg.distance.share-rate", "tillagg.scb-years")
			.endsWith("tillagg.mode", "tillagg.schedule.calculation-cron", "tillagg.schedule.payment-cron",
					"tillagg.schedule.zone", "tillagg.schedule.catch-up-days")
			.doesNotContain("tillagg.advanced", "tillagg.schedule");
	}

	@Test
	void everyParameterIsInTheTableOfDocsInputs() throws IOException {
		String docs = Files.readString(Path.of("docs/inputs.md"), StandardCharsets.UTF_8);

		assertThat(ParameterNames.all()).allSatisfy(name -> assertThat(docs).contains("| `" + name + "` |"));
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			tillagg.budget-yaer,             tillagg.budget-year,                  two neighbours swapped
			budget-year,                     tillagg.budget-year,                  the prefix left out
			tillagg.advanced.shift-rat,      tillagg.advanced.shift-rate,          a letter left out of a nested name
			tillagg.home,                    tillagg.home,                         the name itself
			advanced.cost-per-patient-sek,   tillagg.advanced.cost-per-patient-sek, a nested name without the prefix
			""")
	void meansTheNearestParameter(String written, String meant, String why) {
		assertThat(ParameterNames.meant(written)).as(why).contains(meant);
	}

	@Test
	void meansNothingFarFromEveryParameter() {
		assertThat(ParameterNames.meant("tillagg.arbetsmapp")).isEmpty();
		assertThat(ParameterNames.meant("year")).isEmpty();
	}

}
