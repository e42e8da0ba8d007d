package se.regionorebrolan.tillaggsbelopp.scb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset;
import se.regionorebrolan.tillaggsbelopp.input.JsonStatDataset.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The query built from a table's recorded metadata: split to SCB's cells per request, and
 * refused when the metadata does not say what to ask for.
 */
class ScbQueryTests {

	private static final List<String> OREBRO_LAN = List.of("1814", "1860", "1861", "1862", "1863", "1864", "1880",
			"1881", "1882", "1883", "1884", "1885");

	@Test
	void splitsByMunicipalitiesWhenOneYearIsMoreCellsThanARequestMayHave() {
		ScbQuery query = ScbQuery.of("TAB638", metadata("TAB638"), OREBRO_LAN, List.of("2022", "2023"),
				list -> List.of());

		// 101 ages × 2 sexes = 202 cells per municipality and year: 1 000 cells take 4
		// municipalities, so 3 requests a year; 12 × 202 = 2 424 cells take a year each.
		List<String> small = query.bodies(1_000);
		assertThat(small).hasSize(6);
		assertThat(small.get(0))
			.startsWith("{\"selection\":[{\"variableCode\":\"Region\",\"valueCodes\":[\"1814\","
					+ "\"1860\",\"1861\",\"1862\"]}")
			.endsWith("{\"variableCode\":\"Tid\",\"valueCodes\":[\"2022\"]}]}");
		assertThat(small.get(5)).contains("[\"1882\",\"1883\",\"1884\",\"1885\"]").endsWith("[\"2023\"]}]}");
		assertThat(query.bodies(2_424)).hasSize(2);
		assertThat(query.bodies(4_848)).hasSize(1);
	}

	@Test
	void refusesALimitBelowOneMunicipalitysYear() {
		ScbQuery query = ScbQuery.of("TAB638", metadata("TAB638"), OREBRO_LAN, List.of("2023"), list -> List.of());

		assertThat(catchThrowableOfType(ScbUnavailableException.class, () -> query.bodies(201)))
			.hasMessage("SCB tillåter bara 201 celler per fråga, färre än en kommuns 202 för ett år i TAB638; inget "
					+ "skrevs.");
	}

	@Test
	void asksTheOneYearCodeListWhichOfTheOldestClassesToUse() {
		List<String> asked = new ArrayList<>();
		ScbQuery query = ScbQuery.of("TAB5557", metadata("TAB5557"), OREBRO_LAN, List.of("2025"), list -> {
			asked.add(list.id());
			return List.of(new Category("99", "99 år"), new Category("100+1", "100+ år"),
					new Category("TOT1", "totalt, samtliga åldrar"));
		});

		assertThat(asked).containsExactly("vs_CKMÅlder1årTOT");
		assertThat(query.bodies(150_000).get(0)).contains("\"98\",\"99\",\"100+1\"]")
			.contains("{\"variableCode\":\"Civilstand\",\"valueCodes\":[\"SC\"]}");
	}

	@Test
	void refusesWhenTheMetadataDoesNotSayWhichOldestClassBelongsToTheOneYearClasses() {
		ScbUnavailableException failure = catchThrowableOfType(ScbUnavailableException.class,
				() -> ScbQuery.of("TAB5557", metadata("TAB5557"), OREBRO_LAN, List.of("2025"), list -> List.of()));

		assertThat(failure).hasMessage("SCB:s tabell TAB5557 säger inte vilken åldersklass \"100+ år\" som hör till "
				+ "ettårsklasserna (100+1, 100+5, 100+10); importen kan inte fråga efter den – inget skrevs.");
	}

	@Test
	void refusesATableWithoutFolkmangd() {
		String withoutFolkmangd = text("TAB638").replace("\"BE0101N1\":\"Folkmängd\"",
				"\"BE0101N1\":\"Medelfolkmängd\"");

		assertThat(catchThrowableOfType(ScbUnavailableException.class,
				() -> ScbQuery.of("TAB638", JsonStatDataset.read(withoutFolkmangd), OREBRO_LAN, List.of("2023"),
						list -> List.of())))
			.hasMessage("SCB:s tabell TAB638 har inget tabellinnehåll Folkmängd; inget skrevs.");
	}

	private static JsonStatDataset metadata(String table) {
		return JsonStatDataset.read(text(table));
	}

	private static String text(String table) {
		return new String(ScbReplayServer.recorded("api/" + table + "_metadata_sv.json"), StandardCharsets.UTF_8);
	}

}
