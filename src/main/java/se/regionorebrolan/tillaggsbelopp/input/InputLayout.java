package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;

/**
 * An input table as the templates show it: its file, its sheet in the input workbook and
 * its columns, each with the heading a template writes (the first Swedish name, e.g.
 * "Antal 65 och äldre", which the readers accept as any other name of the column).
 *
 * @param table which table
 * @param fileName e.g. population.csv
 * @param sheetName e.g. Befolkning
 * @param columns the English names of the columns, source last
 * @param sourceRequired whether the source column is required
 */
public record InputLayout(InputTable table, String fileName, String sheetName, List<String> columns,
		boolean sourceRequired) {

	public static final String SOURCE = CsvLayout.SOURCE;

	private static final Map<InputTable, CsvLayout> LAYOUTS = Map.of(InputTable.MUNICIPALITIES,
			MunicipalitiesCsv.LAYOUT, InputTable.POPULATION, PopulationCsv.LAYOUT, InputTable.DISTANCES,
			DistancesCsv.LAYOUT, InputTable.TAX_BASE_GROWTH, TaxBaseGrowthCsv.LAYOUT, InputTable.SOMATIC_BASE,
			SomaticBaseCsv.LAYOUT, InputTable.PSYCHIATRIC_INVOICED, PsychiatricInvoicedCsv.LAYOUT,
			InputTable.HOME_CARE_MEASUREMENT, HomeCareMeasurementCsv.LAYOUT);

	public InputLayout {
		Objects.requireNonNull(table, "table is required");
		columns = List.copyOf(columns);
	}

	/** The seven tables in the order they are read and reported. */
	public static List<InputLayout> all() {
		return List.of(InputTable.values()).stream().map(InputLayout::of).toList();
	}

	private static InputLayout of(InputTable table) {
		CsvLayout layout = LAYOUTS.get(table);
		return new InputLayout(table, layout.fileName(), layout.sheetName(), layout.columns(), layout.sourceRequired());
	}

	/** The headings of a template's header row, in column order. */
	public List<String> headings() {
		return this.columns.stream().map(InputLayout::heading).toList();
	}

	/**
	 * The other names a header may give a column: its English name and its Swedish names
	 * but the {@link #heading}.
	 */
	public static List<String> otherNames(String column) {
		List<String> names = ColumnNames.namesOf(column);
		return Stream.concat(Stream.of(names.get(0)), names.stream().skip(2)).toList();
	}

	/**
	 * The heading a template writes for a column: its first Swedish name with spaces and
	 * a capital, e.g. "Antal 65 och äldre" for population_65_plus.
	 */
	public static String heading(String column) {
		String swedish = ColumnNames.namesOf(column).get(1).replace('_', ' ');
		return swedish.substring(0, 1).toUpperCase(Locale.ROOT) + swedish.substring(1);
	}

}
