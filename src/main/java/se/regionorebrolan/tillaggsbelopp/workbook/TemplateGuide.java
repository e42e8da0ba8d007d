package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.List;

/**
 * The Swedish instructions of the input workbook template: how a sheet is filled in
 * (docs/inputs.md says the same in English). What each table and column holds is in the
 * tables' descriptions.
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

	private TemplateGuide() {
	}

}
