package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seven tables' descriptions: one per table of spec §6, source last, the same Swedish
 * names wherever a column recurs, and the inputs guide listing each table with the
 * columns its header must have.
 */
class InputTablesTests {

	@Test
	void describesEveryTableOnceInTheOrderOfSpecSection6() {
		assertThat(InputTables.ALL).extracting(TableDescription::table).containsExactly(InputTable.values());
		assertThat(InputTables.ALL).extracting(TableDescription::fileName)
			.containsExactly("municipalities.csv", "population.csv", "distances.csv", "tax_base_growth.csv",
					"somatic_base.csv", "psychiatric_invoiced.csv", "home_care_measurement.csv");
	}

	@Test
	void keysIdentifyRowsAndOnlyTheInvoicesAddUp() {
		assertThat(InputTables.ALL).filteredOn(TableDescription::rowsAddUp)
			.extracting(TableDescription::fileName)
			.containsExactly("psychiatric_invoiced.csv");
		assertThat(PopulationCsv.TABLE.keyColumns()).extracting(InputColumn::name)
			.containsExactly("municipality_code", "reference_date");
		assertThat(HomeCareMeasurementCsv.TABLE.keyColumns()).extracting(InputColumn::name)
			.containsExactly("municipality_code", "measurement_date", "category");
		assertThat(TaxBaseGrowthCsv.TABLE.keyColumns()).extracting(InputColumn::name).containsExactly("year");
	}

	@Test
	void aRecurringColumnHasOneSetOfSwedishNames() {
		assertThat(ColumnNames.namesOf("municipality_code")).containsExactly("municipality_code", "kommunkod");
		assertThat(ColumnNames.namesOf("amount_sek")).containsExactly("amount_sek", "belopp_kr", "belopp_sek");
		assertThat(InputTables.ALL).allSatisfy(table -> assertThat(table.source().name()).isEqualTo("source"));
	}

	@Test
	void theInputsGuideListsEveryTableWithTheColumnsItsHeaderMustHave() throws IOException {
		String guide = Files.readString(Path.of("docs/inputs.md"), StandardCharsets.UTF_8);

		for (TableDescription<?> table : InputTables.ALL) {
			List<String> required = table.required();
			assertThat(guide).as(table.fileName())
				.contains("| `" + table.fileName() + "` | " + String.join(", ", required) + " |");
		}
	}

}
