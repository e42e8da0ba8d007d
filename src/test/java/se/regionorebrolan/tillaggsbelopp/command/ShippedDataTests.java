package se.regionorebrolan.tillaggsbelopp.command;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.NOVEMBER_2026;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.fileEndingWith;
import static se.regionorebrolan.tillaggsbelopp.command.ApplicationRun.runFolders;

/**
 * The README's run command on the shipped Örebro län data and config/application.yml (the
 * output goes to a temporary folder instead of output/).
 */
class ShippedDataTests {

	@TempDir
	Path output;

	@Test
	void calculatesTheShippedDataWithTheShippedConfiguration() throws IOException {
		int exitCode = ApplicationRun.runWithOperatorConfig(NOVEMBER_2026, "--tillagg.output-dir=" + this.output);

		assertThat(exitCode).isZero();
		List<String> lines = Files.readAllLines(fileEndingWith(runFolders(this.output, 2027).get(0), ".csv"));
		assertThat(lines).hasSize(13);
		assertThat(lines.get(7)).startsWith("1880,Örebro,");
		// Over 35 km: Laxå (1860), Hällefors (1863), Ljusnarsberg (1864), Askersund
		// (1882).
		assertThat(lines.subList(1, 13)).filteredOn(line -> !line.split(",")[5].equals("0"))
			.extracting(line -> line.substring(0, 4))
			.containsExactly("1860", "1863", "1864", "1882");
		BigDecimal county = lines.subList(1, 13)
			.stream()
			.map(line -> new BigDecimal(line.substring(line.lastIndexOf(',') + 1)))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// "With these inputs, budget year 2027 totals about 94.8 million kronor" (data
		// README).
		assertThat(county).isEqualByComparingTo("94750848");
	}

}
