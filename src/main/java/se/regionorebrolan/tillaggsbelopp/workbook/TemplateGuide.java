package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.List;
import java.util.Map;

import se.regionorebrolan.tillaggsbelopp.calculation.InputTable;

/**
 * The Swedish instructions of the input workbook template: how a sheet is filled in, and
 * for every table and column what it holds, in which format and where the figures come
 * from (docs/inputs.md says the same in English).
 */
final class TemplateGuide {

	/** How every sheet is filled in, one paragraph each. */
	static final List<String> RULES = List.of(
			"Varje blad är en tabell. Rubrikraden står på rad 1. Kolumnerna får stå i valfri ordning och heta som i "
					+ "kolumnen Kolumn eller Även nedan; stora och små bokstäver, mellanslag och understreck spelar "
					+ "ingen roll. Bladen får också heta som CSV-filerna (population, distances …).",
			"Skriv en post per rad under rubrikraden. Tomma rader hoppas över. En summarad med Summa eller Totalt i "
					+ "första kolumnen läses inte: programmet summerar själv och varnar för raden.",
			"Tal skrivs som tal med decimalkomma, t.ex. 36,5. Tal som är lagrade som text läses också, med "
					+ "decimalkomma och mellanslag mellan tusental. Använd inte procentformat: skriv 3,4 för 3,4 %.",
			"Datum skrivs som datum, t.ex. 2023-12-31, eller som text ÅÅÅÅ-MM-DD. Formler får användas: programmet "
					+ "läser värdet som Excel sparade med formeln, så spara arbetsboken i Excel före körningen. En "
					+ "formel utan sparat värde eller med ett felvärde (#DIV/0!, #REF! …) stoppar körningen.",
			"Kommunkoden är SCB:s kod med fyra siffror. Kolumnen är formaterad som text så att en inledande nolla "
					+ "(t.ex. 0114) finns kvar. Varje kommunkod på de andra bladen ska finnas på bladet Kommuner.",
			"Andra blad, som det här, läses inte. Finns ett fel stoppar programmet utan att skriva något och anger "
					+ "blad och cell, t.ex. Befolkning!D7, och vad som förväntades.",
			"Kör: java -jar tillaggsbelopp.jar --tillagg.input-workbook=indata.xlsx (eller ange "
					+ "tillagg.input-workbook i config/application.yml). Arbetsboken sparas med körningen, och "
					+ "dess SHA-256 ingår i körnings-id:t.");

	private static final Column CODE = new Column("Kommunens kod", "Fyra siffror, t.ex. 1880");

	private static final Column SOURCE = new Column("Varifrån uppgiften kommer; visas i resultatarbetsboken",
			"Text, frivillig");

	private static final Map<InputTable, Table> TABLES = Map.of(InputTable.MUNICIPALITIES, new Table(
			"De kommuner som får tilläggsbelopp, en rad per kommun.", "SCB:s kommunkoder.",
			Map.of("municipality_code", CODE, "municipality_name", new Column("Kommunens namn", "Text"), "central_town",
					new Column("Kommunens centralort, varifrån avståndet till sjukhus mäts", "Text"))),
			InputTable.POPULATION,
			new Table(
					"Folkmängden per kommun och referensdatum, totalt och 65 år och äldre; en rad per kommun och "
							+ "datum. Varje kommun behöver en rad för referensdatumet som används "
							+ "(tillagg.population-reference-date, annars det senaste datumet).",
					"SCB, Statistikdatabasen: Folkmängden efter region, ålder och kön, den 31 december.",
					Map.of("municipality_code", CODE, "reference_date",
							new Column("Dagen folkmängden avser", "Datum, t.ex. 2023-12-31"), "population_total",
							new Column("Antal invånare", "Heltal ≥ 0"), "population_65_plus",
							new Column("Antal invånare 65 år och äldre; fördelar psykiatrisk hemsjukvård och "
									+ "avståndskompensation", "Heltal ≥ 0, högst folkmängden"))),
			InputTable.DISTANCES,
			new Table(
					"Vägavståndet från centralorten till närmaste sjukhus; en rad per kommun. Mer än 35 km "
							+ "(tillagg.distance.threshold-km) ger avståndskompensation.",
					"Regionens fördelningsmodell.",
					Map.of("municipality_code", CODE, "nearest_hospital", new Column("Närmaste sjukhus", "Text"),
							"road_distance_km",
							new Column("Vägavstånd", "Kilometer ≥ 0, decimaler tillåtna, t.ex. 36,5"))),
			InputTable.TAX_BASE_GROWTH,
			new Table(
					"Skatteunderlagets utveckling per år, utfall eller prognos; en rad per år, från varje "
							+ "prisnivåår till budgetåret.",
					"SKR:s cirkulär om skatteunderlagsprognosen.",
					Map.of("year", new Column("Året", "Årtal, t.ex. 2024"), "growth_percent",
							new Column("Förändring mot året före, i procent",
									"Tal större än −100, t.ex. 3,4 (inte procentformat)"),
							"kind", new Column("Utfall eller prognos", "Välj utfall eller prognos i listan"), "source",
							new Column("Varifrån talet kommer, t.ex. SKR cirkulär 22:37",
									"Text, krävs på det här bladet"))),
			InputTable.SOMATIC_BASE,
			new Table("Föregående tilläggsbelopp för somatisk vård per kommun och dess prisnivå; en rad per kommun.",
					"Tidigare beslutade tilläggsbelopp (avtalet, avsnitt 4.2).",
					Map.of("municipality_code", CODE, "price_level_year",
							new Column("Året vars prisnivå beloppet har", "Årtal, t.ex. 2025"), "amount_sek",
							new Column("Beloppet", "Kronor ≥ 0, högst två decimaler"))),
			InputTable.PSYCHIATRIC_INVOICED,
			new Table(
					"Fakturerad psykiatrisk hemsjukvård per kommun och år. Flera rader för samma kommun och år "
							+ "läggs ihop; en kreditfaktura skrivs som ett negativt belopp.",
					"Regionens fakturering (ekonomisystemet).",
					Map.of("municipality_code", CODE, "year", new Column("Fakturaåret", "Årtal, t.ex. 2022"),
							"amount_sek",
							new Column("Fakturerat belopp",
									"Kronor, högst två decimaler; negativt för en kreditfaktura"))),
			InputTable.HOME_CARE_MEASUREMENT,
			new Table("Antalet patienter i hemsjukvården per kommun, mätdatum och vårdkategori; en rad per kommun, "
					+ "datum och kategori. Varje kommun behöver en rad för kategori 4 vid mätdatumet som används "
					+ "(skriv 0, lämna inte tomt).", "Hemsjukvårdsmätningen i november.",
					Map.of("municipality_code", CODE, "measurement_date",
							new Column("Dagen mätningen gjordes", "Datum, t.ex. 2022-11-15"), "category",
							new Column("Vårdkategori; 4 är avancerad hemsjukvård", "Välj 1–4 i listan"), "patients",
							new Column("Antal patienter", "Heltal ≥ 0"))));

	private TemplateGuide() {
	}

	static Table table(InputTable table) {
		return TABLES.get(table);
	}

	/** What a table holds and where its figures come from. */
	record Table(String content, String source, Map<String, Column> columns) {

		/** What a column holds; every table's source column is explained alike. */
		Column column(String name) {
			return this.columns.getOrDefault(name, SOURCE);
		}

	}

	/** What a column holds and how it is written. */
	record Column(String meaning, String format) {
	}

}
