package se.regionorebrolan.tillaggsbelopp.input;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.calculation.TaxBaseGrowth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tax_base_growth.csv (spec §6): one row per year; kind outcome or forecast; growth above
 * −100; a source on every row.
 */
class TaxBaseGrowthCsvTests {

	@TempDir
	Path folder;

	private final InputProblems problems = new InputProblems();

	@Test
	void readsTheExampleSeriesWithItsSources() {
		InputFile<TaxBaseGrowth> file = read(ExampleInputFolder.TAX_BASE_GROWTH);

		assertThat(file.values()).hasSize(6)
			.startsWith(growth(2022, "4.0", GrowthKind.OUTCOME))
			.endsWith(growth(2026, "3.5", GrowthKind.FORECAST), growth(2027, "3.2", GrowthKind.FORECAST));
		assertThat(file.rows()).extracting(InputRow::source).containsOnly("example");
		assertThat(problems()).isEmpty();
	}

	@Test
	void matchesTheKindWithoutRegardToCase() {
		InputFile<TaxBaseGrowth> file = read("""
				year,growth_percent,kind,source
				2022,4.0,OUTCOME,SKR
				2023,5.0,Forecast,SKR
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).extracting(TaxBaseGrowth::kind)
			.containsExactly(GrowthKind.OUTCOME, GrowthKind.FORECAST);
	}

	@Test
	void readsTheSwedishKindsAndColumnNamesWithDecimalComma() {
		InputFile<TaxBaseGrowth> file = read("""
				år;förändring_procent;typ;källa
				2022;4,0;Utfall;SKR cirkulär 22:37
				2023;-1,5;prognos;SKR cirkulär 23:41
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).containsExactly(growth(2022, "4.0", GrowthKind.OUTCOME),
				growth(2023, "-1.5", GrowthKind.FORECAST));
		assertThat(file.rows()).extracting(InputRow::source)
			.containsExactly("SKR cirkulär 22:37", "SKR cirkulär 23:41");
	}

	@Test
	void acceptsAGrowthJustAboveMinusHundredAndANegativeGrowth() {
		InputFile<TaxBaseGrowth> file = read("""
				year,growth_percent,kind,source
				2022,-99.99,outcome,SKR
				2023,-1.5,outcome,SKR
				""");

		assertThat(problems()).isEmpty();
		assertThat(file.values()).containsExactly(growth(2022, "-99.99", GrowthKind.OUTCOME),
				growth(2023, "-1.5", GrowthKind.OUTCOME));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					28,1.0,outcome,SKR       | tax_base_growth.csv rad 8, kolumn year: värdet "28" – förväntat ett årtal med fyra siffror, t.ex. 2022                                          | year of two digits
					20280,1.0,outcome,SKR    | tax_base_growth.csv rad 8, kolumn year: värdet "20280" – förväntat ett årtal med fyra siffror, t.ex. 2022                                       | year of five digits
					2028.0,1.0,outcome,SKR   | tax_base_growth.csv rad 8, kolumn year: värdet "2028.0" – förväntat ett årtal med fyra siffror, t.ex. 2022                                      | year saved with decimals
					2028,-100,outcome,SKR    | tax_base_growth.csv rad 8, kolumn growth_percent: värdet "-100" – förväntat en procentsats större än -100 med punkt som decimaltecken, t.ex. 3.4   | exactly -100 would make the index 0
					2028,-100.00,outcome,SKR | tax_base_growth.csv rad 8, kolumn growth_percent: värdet "-100.00" – förväntat en procentsats större än -100 med punkt som decimaltecken, t.ex. 3.4 | -100 written with decimals
					2028,-150,outcome,SKR    | tax_base_growth.csv rad 8, kolumn growth_percent: värdet "-150" – förväntat en procentsats större än -100 med punkt som decimaltecken, t.ex. 3.4   | below -100
					2028,"3,4",outcome,SKR   | tax_base_growth.csv rad 8, kolumn growth_percent: värdet "3,4" – förväntat en procentsats större än -100 med punkt som decimaltecken, t.ex. 3.4    | decimal comma
					2028,3.4%,outcome,SKR    | tax_base_growth.csv rad 8, kolumn growth_percent: värdet "3.4%" – förväntat en procentsats större än -100 med punkt som decimaltecken, t.ex. 3.4   | with the percent sign
					2028,3.4,estimate,SKR    | tax_base_growth.csv rad 8, kolumn kind: värdet "estimate" – förväntat outcome (utfall) eller forecast (prognos)                                  | another kind
					2028,3.4,outcome,        | tax_base_growth.csv rad 8, kolumn source: värde saknas – förväntat källan till talet, t.ex. SKR cirkulär 22:37                                   | no source
					""")
	void refusesABadValue(String row, String expected, String why) {
		InputFile<TaxBaseGrowth> file = read(ExampleInputFolder.TAX_BASE_GROWTH + row + "\n");

		assertThat(problems()).as(why).containsExactly(expected);
		assertThat(file.values()).as(why).hasSize(6);
	}

	@Test
	void reportsAnEmptyKindOnce() {
		read(ExampleInputFolder.TAX_BASE_GROWTH + "2028,3.4,,SKR\n");

		assertThat(problems()).containsExactly(
				"tax_base_growth.csv rad 8, kolumn kind: värde saknas – förväntat outcome (utfall) eller forecast (prognos)");
	}

	@Test
	void requiresTheSourceColumn() {
		InputFile<TaxBaseGrowth> file = read("""
				year,growth_percent,kind
				2022,4.0,outcome
				""");

		assertThat(file.rows()).isEmpty();
		assertThat(problems()).containsExactly(
				"tax_base_growth.csv rad 1: kolumnen source saknas i rubrikraden; förväntad rubrikrad: year,growth_percent,kind,source");
	}

	@Test
	void refusesASecondRowForAYear() {
		read(ExampleInputFolder.TAX_BASE_GROWTH + "2024,4.1,outcome,SKR\n");

		assertThat(problems()).containsExactly("tax_base_growth.csv rad 8: samma nyckel som rad 4; en rad per år");
	}

	private static TaxBaseGrowth growth(int year, String percent, GrowthKind kind) {
		return new TaxBaseGrowth(year, new BigDecimal(percent), kind);
	}

	private InputFile<TaxBaseGrowth> read(String content) {
		ExampleInputFolder.writeString(this.folder.resolve("tax_base_growth.csv"), content);
		return TaxBaseGrowthCsv.read(Tables.folder(this.folder), this.problems);
	}

	private List<String> problems() {
		return ExampleInputFolder.texts(this.problems);
	}

}
