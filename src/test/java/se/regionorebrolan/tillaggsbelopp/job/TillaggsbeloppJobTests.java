package se.regionorebrolan.tillaggsbelopp.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.regionorebrolan.tillaggsbelopp.command.WriteStepClock;
import se.regionorebrolan.tillaggsbelopp.program.ClockConfiguration;
import se.regionorebrolan.tillaggsbelopp.workbook.WorkbookDump;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.fileEndingWith;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.run;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.snapshot;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExample;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.specExampleInput;

/**
 * The whole job on the spec example, as a finance officer runs it: the results file and
 * the summary sheet must reproduce spec §5 to the krona.
 */
@ExtendWith(OutputCaptureExtension.class)
class TillaggsbeloppJobTests {

	private static final String HEADER = "municipality_code,municipality_name,somatic_sek,psychiatric_sek,advanced_sek,distance_sek,total_sek";

	@TempDir
	Path folder;

	@Test
	void reproducesTheWorkedExampleInTheResultsFileAndTheWorkbook(CapturedOutput console) throws IOException {
		Path output = this.folder.resolve("output");

		int exitCode = run(NOVEMBER_2026, specExample(specExampleInput(this.folder), output));

		assertThat(exitCode).isZero();
		Path runFolder = runFolders(output, 2027).get(0);
		assertThat(Files.readAllLines(fileEndingWith(runFolder, ".csv"), StandardCharsets.UTF_8)).containsExactly(
				HEADER, "9001,Alfa,5340600,387444,1499321,0,7227365", "9002,Beta,2136240,154978,449796,440781,3181795",
				"9003,Gamma,1602180,96861,262381,275488,2236910", "9004,Delta,1922616,135606,337347,0,2395569");
		List<String> dump = WorkbookDump.of(fileEndingWith(runFolder, ".xlsx"));
		assertThat(Stream
			.of("A1", "A6", "B6", "C6", "D6", "E6", "F6", "G6", "G9", "A10", "C10", "D10", "E10", "F10", "G10")
			.map(cell -> WorkbookDump.value(dump, "Sammanställning!" + cell)))
			.containsExactly("Tilläggsbelopp för budgetåret 2027 – version 1 – PRELIMINÄR", "9001", "Alfa", "5340600",
					"387444", "1499321", "0", "7227365", "2395569", "Länet", "11001636", "774889", "2548845", "716269",
					"15041639");
		assertThat(WorkbookDump.value(dump, "Kontroller!A4")).isEqualTo("Alla kontroller godkända");
		assertThat(console.getOut())
			.contains("Länet               11 001 636         774 889       2 548 845         716 269      15 041 639")
			.contains(fileEndingWith(runFolder, ".xlsx").toString());
	}

	@Test
	void reproducesTheRemeasurementVariant() throws IOException {
		Path output = this.folder.resolve("output");

		int exitCode = run(NOVEMBER_2026,
				specExample(specExampleInput(this.folder), output, "--tillagg.advanced.measurement-date=2025-11-14"));

		assertThat(exitCode).isZero();
		assertThat(resultRows(output, 2027)).containsExactly("9001,Alfa,5340600,387444,1724219,0,7452263",
				"9002,Beta,2136240,154978,412313,450007,3153538", "9003,Gamma,1602180,96861,337347,281255,2317643",
				"9004,Delta,1922616,135606,374830,0,2433052");
	}

	@Test
	void reproducesTheBudgetYear2026Variant() throws IOException {
		Path output = this.folder.resolve("output");

		int exitCode = run(NOVEMBER_2026,
				specExample(specExampleInput(this.folder), output, "--tillagg.budget-year=2026"));

		assertThat(exitCode).isZero();
		assertThat(resultRows(output, 2026)).extracting(row -> row.substring(row.lastIndexOf(',') + 1))
			.containsExactly("7003261", "3083134", "2167549", "2321288");
		Path workbook = fileEndingWith(runFolders(output, 2026).get(0), ".xlsx");
		assertThat(WorkbookDump.value(WorkbookDump.of(workbook), "Sammanställning!G10")).isEqualTo("14575232");
	}

	@Test
	void defaultsToNextYearInSwedenAndToTheLatestPopulationDate() throws IOException {
		// 23:30 UTC on New Year's Eve is already 2026 in Stockholm, so the budget year is
		// 2027
		Clock newYearInStockholm = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ClockConfiguration.SWEDEN);
		Path output = this.folder.resolve("output");
		String[] withoutYearAndDate = specExample(specExampleInput(this.folder), output).clone();
		List<String> arguments = java.util.Arrays.stream(withoutYearAndDate)
			.filter(a -> !a.startsWith("--tillagg.budget-year") && !a.startsWith("--tillagg.population-reference-date"))
			.toList();

		int exitCode = run(newYearInStockholm, arguments.toArray(String[]::new));

		assertThat(exitCode).isZero();
		// the latest population date in the example is 2025-12-31: the worked example's
		// figures
		assertThat(resultRows(output, 2027)).first().isEqualTo("9001,Alfa,5340600,387444,1499321,0,7227365");
	}

	@Test
	void doesNotRecomputeIdenticalInputAndPointsAtTheEarlierRun(CapturedOutput output) {
		Path out = this.folder.resolve("output");
		String[] arguments = specExample(specExampleInput(this.folder), out);
		assertThat(run(NOVEMBER_2026, arguments)).isZero();
		List<String> afterFirstRun = snapshot(out.resolve("2027"));

		int exitCode = run(Clock.offset(NOVEMBER_2026, java.time.Duration.ofHours(1)), arguments);

		assertThat(exitCode).isZero();
		assertThat(runFolders(out, 2027)).hasSize(1);
		assertThat(snapshot(out.resolve("2027"))).isEqualTo(afterFirstRun);
		assertThat(output.getOut()).contains(
				"Budgetåret 2027 är redan beräknat med exakt samma indata och parametrar: version 1 (PRELIMINÄR); ingen ny "
						+ "beräkning gjordes.",
				"Resultaten finns i " + runFolders(out, 2027).get(0));
	}

	@Test
	void writesANewRunFolderWhenAParameterChangesAndKeepsTheEarlierOne() {
		Path out = this.folder.resolve("output");
		Path input = specExampleInput(this.folder);
		assertThat(run(NOVEMBER_2026, specExample(input, out))).isZero();
		List<String> firstRun = snapshot(out.resolve("2027"));

		int exitCode = run(Clock.offset(NOVEMBER_2026, java.time.Duration.ofMinutes(5)),
				specExample(input, out, "--tillagg.advanced.measurement-date=2025-11-14"));

		assertThat(exitCode).isZero();
		assertThat(runFolders(out, 2027)).hasSize(2);
		assertThat(snapshot(out.resolve("2027"))).containsAll(firstRun);
	}

	@Test
	void refusesBadInputWithExitCode2AndLeavesTheOutputFolderAsItWas(CapturedOutput output) throws IOException {
		Path out = this.folder.resolve("output");
		Path input = specExampleInput(this.folder);
		assertThat(run(NOVEMBER_2026, specExample(input, out))).isZero();
		List<String> before = snapshot(out);
		Path population = input.resolve("population.csv");
		Files.writeString(population,
				Files.readString(population).replace("9002,2025-12-31,17000,4000", "9002,2025-12-31,17000,40000"));

		int exitCode = run(NOVEMBER_2026, specExample(input, out));

		assertThat(exitCode).isEqualTo(2);
		assertThat(snapshot(out)).isEqualTo(before);
		assertThat(output.getErr()).contains("Indata eller parametrar har fel – beräkningen startades inte",
				"population.csv rad 3, kolumn population_65_plus: värdet \"40000\" – får inte vara större än population_total (17000)");
	}

	@Test
	void createsNothingAtAllForBadInputInAFreshOutputFolder(CapturedOutput output) throws IOException {
		Path out = this.folder.resolve("fresh-output");
		Path input = specExampleInput(this.folder);
		Files.delete(input.resolve("distances.csv"));

		int exitCode = run(NOVEMBER_2026, specExample(input, out));

		assertThat(exitCode).isEqualTo(2);
		assertThat(out).doesNotExist();
		assertThat(output.getErr()).contains("distances.csv: filen saknas i " + input.toAbsolutePath());
	}

	@Test
	void refusesMissingRowsFoundOnlyWithTheParametersWithExitCode2(CapturedOutput output) {
		Path out = this.folder.resolve("output");

		int exitCode = run(NOVEMBER_2026,
				specExample(specExampleInput(this.folder), out, "--tillagg.population-reference-date=2023-12-31"));

		assertThat(exitCode).isEqualTo(2);
		assertThat(out).doesNotExist();
		assertThat(output.getErr()).contains(
				"population.csv: 9001 Alfa: ingen rad med reference_date 2023-12-31 (befolkningens referensdatum)",
				"population.csv: 9004 Delta: ingen rad med reference_date 2023-12-31 (befolkningens referensdatum)");
	}

	@Test
	void refusesBadParametersWithExitCode2NamingPropertyAndValue(CapturedOutput output) {
		Path out = this.folder.resolve("output");

		int exitCode = run(NOVEMBER_2026, specExample(specExampleInput(this.folder), out,
				"--tillagg.advanced.shift-rate=1.5", "--tillagg.budget-year=2027"));

		assertThat(exitCode).isEqualTo(2);
		assertThat(out).doesNotExist();
		assertThat(output.getErr()).contains("Felaktiga parametrar – beräkningen startades inte:",
				"tillagg.advanced.shift-rate = \"1.5\" (kommandoraden): förväntat en andel från 0 till 1, t.ex. 0.05");
	}

	@Test
	void refusesAParameterThatCannotBeReadWithExitCode2(CapturedOutput output) {
		int exitCode = run(NOVEMBER_2026, specExample(specExampleInput(this.folder), this.folder.resolve("out"),
				"--tillagg.advanced.measurement-date=15/11/2022"));

		assertThat(exitCode).isEqualTo(2);
		assertThat(output.getErr()).contains("tillagg.advanced.measurement-date = \"15/11/2022\" (kommandoraden): "
				+ "värdet kan inte tolkas; förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2025-12-31");
	}

	@Test
	void refusesAMisspeltParameterInsteadOfIgnoringIt(CapturedOutput output) {
		int exitCode = run(NOVEMBER_2026, specExample(specExampleInput(this.folder), this.folder.resolve("out"),
				"--tillagg.advanced.shift-rat=0.10"));

		assertThat(exitCode).isEqualTo(2);
		assertThat(output.getErr()).contains("tillagg.advanced.shift-rat = \"0.10\" (kommandoraden): okänd parameter "
				+ "(menade du --tillagg.advanced.shift-rate?)");
	}

	@Test
	void refusesArgumentsThatWouldBeIgnored(CapturedOutput output) {
		int exitCode = run(NOVEMBER_2026, specExample(specExampleInput(this.folder), this.folder.resolve("out"),
				"tillagg.budget-year=2026", "--budget-year=2026"));

		assertThat(exitCode).isEqualTo(2);
		assertThat(output.getErr()).contains(
				"kommandoraden: \"tillagg.budget-year=2026\" är inget kommando; kommandona är run, publish, list, compare, verify",
				"kommandoraden: --budget-year är ingen känd parameter (menade du --tillagg.budget-year?)");
	}

	@Test
	void refusesAnOptionGivenTwiceInsteadOfJoiningTheValues(CapturedOutput output) {
		String[] arguments = specExample(specExampleInput(this.folder), this.folder.resolve("out"));
		String[] twice = java.util.Arrays.copyOf(arguments, arguments.length + 1);
		twice[arguments.length] = "--tillagg.budget-year=2026";

		int exitCode = run(NOVEMBER_2026, twice);

		assertThat(exitCode).isEqualTo(2);
		assertThat(output.getErr()).contains("kommandoraden: --tillagg.budget-year anges 2 gånger (2027, 2026); "
				+ "ange den en gång, en lista med kommatecken: --tillagg.budget-year=a,b");
	}

	@Test
	void refusesAPriceLevelYearAfterTheBudgetYear(CapturedOutput output) {
		int exitCode = run(NOVEMBER_2026, specExample(specExampleInput(this.folder), this.folder.resolve("out"),
				"--tillagg.advanced.price-level-year=2028"));

		assertThat(exitCode).isEqualTo(2);
		assertThat(output.getErr()).contains("tillagg.advanced.price-level-year: värdet \"2028\" – prisnivååret ligger "
				+ "efter budgetåret 2027 (tillagg.budget-year)");
	}

	@Test
	void failsWithExitCode1WhenTheResultsCannotBeWrittenAndCompletesWhenRunAgain(CapturedOutput output)
			throws IOException {
		Path input = specExampleInput(this.folder);
		Path out = this.folder.resolve("output");
		String[] arguments = specExample(input, out);
		// A file in the way when the results are written, after the start's checks
		Clock fileInTheWay = new WriteStepClock(NOVEMBER_2026, () -> {
			throw new UncheckedIOException(new FileAlreadyExistsException(out.resolve("2027").toString()));
		});

		int failed = run(fileInTheWay, arguments);

		assertThat(failed).isEqualTo(1);
		assertThat(output.getErr())
			.contains("Körningen misslyckades; inga resultatfiler skrevs.",
					"Orsak: en fil står i vägen (" + out.resolve("2027") + ")")
			.doesNotContain("Exception", "FAILED");
		int restarted = run(NOVEMBER_2026, arguments);
		assertThat(restarted).isZero();
		assertThat(runFolders(out, 2027)).hasSize(1);
	}

	@Test
	void writesByteIdenticalFilesForTheSameInputAndClock() throws IOException {
		Path input = specExampleInput(this.folder);
		Path first = this.folder.resolve("first");
		Path second = this.folder.resolve("second");

		assertThat(run(NOVEMBER_2026, specExample(input, first))).isZero();
		assertThat(run(NOVEMBER_2026, specExample(input, second))).isZero();

		Path firstRun = runFolders(first, 2027).get(0);
		Path secondRun = runFolders(second, 2027).get(0);
		assertThat(firstRun.getFileName()).isEqualTo(secondRun.getFileName());
		for (String ending : List.of(".csv", ".xlsx")) {
			assertThat(Files.readAllBytes(fileEndingWith(secondRun, ending)))
				.isEqualTo(Files.readAllBytes(fileEndingWith(firstRun, ending)));
		}
	}

	private static List<String> resultRows(Path output, int budgetYear) throws IOException {
		List<String> lines = Files.readAllLines(fileEndingWith(runFolders(output, budgetYear).get(0), ".csv"));
		assertThat(lines.get(0)).isEqualTo(HEADER);
		return lines.subList(1, lines.size());
	}

}
