package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.DistanceParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricInvoice;
import se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculator;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.SpreadsheetLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the results workbook cannot hold is found before anything is written, at the input
 * row it comes from (issue 14, item 9; docs/decisions/0025), on the spec example with one
 * file changed.
 */
class WorkbookLimitsTests {

	private static final CalculationParameters SPEC = WorkbookFixture.parameters(2027);

	@TempDir
	Path folder;

	@Test
	void acceptsTheSpecExample() {
		assertThat(problems(WorkbookFixture.specExampleInput(), SPEC)).isEmpty();
	}

	/**
	 * A = 0.05 × (999 999 999 999 + 12 + 7 + 9) patients × 600 000 kr × I(2021 → 2027) =
	 * 30 000 000 000 810 000 000 × 1.2494337924… ≈ 3.75 · 10¹⁶; the distance
	 * compensation, 5 % of it and the others, is too large only because of it and is not
	 * named.
	 */
	@Test
	void namesTheRowOfTheLargestCountWhenTheAdvancedTotalIsTooLarge() throws IOException {
		Path input = input("home_care_measurement.csv", "9001,2022-11-15,4,40", "9001,2022-11-15,4,999999999999");

		assertThat(problems(input, SPEC)).containsExactly(
				"home_care_measurement.csv rad 5, kolumn patients: värdet \"999999999999\" – Avancerad hemsjukvård "
						+ "blir 37 483 013 918 452 041 kr för länet, mer än de 999 999 999 999 kr som arbetsboken räknar "
						+ "exakt med (0,05 × 1 000 000 000 027 patienter × 600 000 kr × 1,249434); kontrollera antalet "
						+ "patienter och tillagg.advanced.cost-per-patient-sek");
	}

	/**
	 * 999 999 999 999 % growth multiplies by about 10¹⁰ a year: six years from 2021 give
	 * 10⁶⁰. Each factor is named once at the first year of its own; the amounts, too
	 * large because of them, are not named again.
	 */
	@Test
	void namesTheGrowthOfEachIndexFactorThatIsTooLarge() throws IOException {
		Path input = WorkbookFixture.copyOfSpecExampleInput(this.folder);
		Path growth = input.resolve("tax_base_growth.csv");
		Files.writeString(growth, Files.readString(growth).replaceAll("\\n(20\\d\\d),[0-9.]+,", "\n$1,999999999999,"));

		assertThat(problems(input, SPEC)).containsExactly(
				"tax_base_growth.csv rad 2, kolumn growth_percent: värdet \"999999999999\" – uppräkningsfaktorn från "
						+ "2021 till 2027 blir 1,00 · 10^60, större än 999 999 999 999, det största tal arbetsboken "
						+ "räknar exakt med; kontrollera förändringarna 2022–2027",
				"tax_base_growth.csv rad 3, kolumn growth_percent: värdet \"999999999999\" – uppräkningsfaktorn från "
						+ "2022 till 2027 blir 1,00 · 10^50, större än 999 999 999 999, det största tal arbetsboken "
						+ "räknar exakt med; kontrollera förändringarna 2023–2027",
				"tax_base_growth.csv rad 6, kolumn growth_percent: värdet \"999999999999\" – uppräkningsfaktorn från "
						+ "2025 till 2027 blir 1,00 · 10^20, större än 999 999 999 999, det största tal arbetsboken "
						+ "räknar exakt med; kontrollera förändringarna 2026–2027");
	}

	/**
	 * S = (999 999 999 999 + 2 000 000 + 1 500 000 + 1 800 000) × 1.035 × 1.032 = 1 068
	 * 125 661 034.93: the largest base is named.
	 */
	@Test
	void namesTheLargestBaseWhenTheSomaticTotalIsTooLarge() throws IOException {
		Path input = input("somatic_base.csv", "9001,2025,5000000", "9001,2025,999999999999");

		assertThat(problems(input, SPEC))
			.containsExactly("somatic_base.csv rad 2, kolumn amount_sek: värdet \"999999999999\" – Somatisk grund blir "
					+ "1 068 125 661 035 kr för länet, mer än de 999 999 999 999 kr som arbetsboken räknar exakt "
					+ "med; kontrollera beloppen och förändringarna i tax_base_growth.csv");
	}

	/**
	 * Two invoices of 999 999 999 999 kr for 2021 add up to 2 000 000 149 998 kr with the
	 * others, and P = (2 000 000 149 998 + 740 000) / 2 × 1.2013786512 = 1 201 379 185
	 * 812.30 is above the limit too.
	 */
	@Test
	void namesTheLargestInvoiceOfAYearWhoseSumIsTooLarge() throws IOException {
		Path input = input("psychiatric_invoiced.csv", "9001,2021,400000\n9001,2022,500000",
				"9001,2021,999999999999\n9002,2021,999999999999\n9001,2022,500000");

		assertThat(problems(input, SPEC)).containsExactly(
				"psychiatric_invoiced.csv rad 2, kolumn amount_sek: värdet \"999999999999\" – fakturorna för 2021 "
						+ "blir tillsammans 2 000 000 149 998 kr, mer än de 999 999 999 999 kr som arbetsboken räknar "
						+ "exakt med; kontrollera beloppen",
				"psychiatric_invoiced.csv rad 2, kolumn amount_sek: värdet \"999999999999\" – Psykiatrisk "
						+ "hemsjukvård blir 1 201 379 185 812 kr för länet, mer än de 999 999 999 999 kr som "
						+ "arbetsboken räknar exakt med; kontrollera beloppen och förändringarna i tax_base_growth.csv");
	}

	/**
	 * S ≈ 9.6 · 10¹¹ and A ≈ 9.4 · 10¹¹ are each within the limit, but the distance
	 * compensation at a share of 1 is their sum: the share is named.
	 */
	@Test
	void namesTheShareWhenOnlyTheDistanceCompensationIsTooLarge() throws IOException {
		Path input = input("somatic_base.csv", "9001,2025,5000000", "9001,2025,900000000000");
		CalculationParameters parameters = new CalculationParameters(2027, SPEC.populationReferenceDate(),
				SPEC.psychiatric(),
				new AdvancedParameters(SPEC.advanced().measurementDate(), 4, BigDecimal.ONE,
						new BigDecimal("11000000000"), 2021),
				new DistanceParameters(SPEC.distance().thresholdKm(), BigDecimal.ONE));

		assertThat(problems(input, parameters)).singleElement()
			.asString()
			.startsWith("tillagg.distance.share-rate: värdet \"1\" – Avståndskompensation blir ")
			.contains("mer än de 999 999 999 999 kr som arbetsboken räknar exakt med (andelen av de tre andra "
					+ "komponenterna, ");
	}

	/**
	 * The Indata sheet shows every input row, the tables under each other: its first
	 * table's rows start on row 6 (0-based), and with the tables of the spec example the
	 * invoices start on row 51, so 1 048 525 of them fit and the next one is named. The
	 * file is made in memory: reading a million rows takes longer than the check.
	 */
	@Test
	void namesTheFirstInputRowThatTheIndataSheetCannotHold() {
		InputSet example = InputReader.read(WorkbookFixture.specExampleInput());
		List<InputRow<PsychiatricInvoice>> invoices = new ArrayList<>();
		for (int i = 0; i < 1_048_560; i++) {
			invoices.add(new InputRow<>(i + 2, new PsychiatricInvoice("9001", 2021 + i % 2, BigDecimal.ONE), ""));
		}
		InputSet input = new InputSet(example.municipalities(), example.population(), example.distances(),
				example.taxBaseGrowth(), example.somaticBases(),
				new InputFile<>("psychiatric_invoiced.csv", "", "", invoices), example.measurements(), List.of(),
				Optional.empty());

		assertThat(texts(WorkbookLimits.problems(input, calculation(input, SPEC)))).containsExactly(
				"psychiatric_invoiced.csv rad 1048527: bladet Indata i resultatarbetsboken visar alla indatarader "
						+ "under varandra och rymmer inte den här raden eller de efter den: tabellerna har tillsammans "
						+ "1 048 606 rader, och ett blad i Excel har högst 1 048 576");
	}

	/**
	 * Beyond 290 municipalities the Beräkning sheet has four blocks of every
	 * municipality: 4 n + 37 rows, so 262 134 municipalities fit a sheet and one more
	 * does not.
	 */
	@Test
	void knowsHowManyRowsTheCompactCalculationSheetTakes() {
		assertThat(CompactCalculationSheet.rowsNeeded(291)).isEqualTo(4 * 291 + 37);
		assertThat(CompactCalculationSheet.rowsNeeded(262_134)).isLessThanOrEqualTo(SpreadsheetLimits.SHEET_ROWS);
		assertThat(CompactCalculationSheet.rowsNeeded(262_135)).isGreaterThan(SpreadsheetLimits.SHEET_ROWS);
	}

	@Test
	void showsANumberFarBeyondTheLimitByItsSize() {
		assertThat(WorkbookLimits.approximately(new BigDecimal("37483013918452041")))
			.isEqualTo("37 483 013 918 452 041");
		assertThat(WorkbookLimits.approximately(new BigDecimal("1.000000000594E60"))).isEqualTo("1,00 · 10^60");
		assertThat(WorkbookLimits.approximately(new BigDecimal("1.23456E18"))).isEqualTo("1,23 · 10^18");
	}

	/** The spec example's input with one line of a file replaced. */
	private Path input(String file, String line, String replacement) throws IOException {
		Path input = WorkbookFixture.copyOfSpecExampleInput(this.folder);
		String content = Files.readString(input.resolve(file), StandardCharsets.UTF_8);
		assertThat(content).contains(line + "\n");
		Files.writeString(input.resolve(file), content.replace(line + "\n", replacement + "\n"),
				StandardCharsets.UTF_8);
		return input;
	}

	private static List<String> problems(Path folder, CalculationParameters parameters) {
		InputSet input = InputReader.read(folder);
		return texts(WorkbookLimits.problems(input, calculation(input, parameters)));
	}

	private static Calculation calculation(InputSet input, CalculationParameters parameters) {
		return TillaggsbeloppCalculator.calculate(input.toCalculationInput(), parameters);
	}

	private static List<String> texts(List<InputProblem> problems) {
		return problems.stream().map(InputProblem::toString).toList();
	}

}
