package se.regionorebrolan.tillaggsbelopp.workbook;

import java.util.List;

/**
 * Metod: how the amounts are calculated, step by step in plain Swedish, with the
 * agreement's own words where they are the source, a small worked example of the rounding
 * rule, and where in the workbook each step can be followed.
 */
final class MethodSheet {

	static final String NAME = "Metod";

	private static final String[] CHECKS = { "8. Kontroller",
			"Bladet Kontroller visar att varje komponent summerar till länets belopp, att varje kommun ligger inom "
					+ "1 kr från sin exakta andel, att restkronorna går till de största resterna, vilka kommuner som får "
					+ "avståndskompensation och varför, och att varje formel i arbetsboken ger programmets värde. "
					+ "Programmet skriver inte arbetsboken om någon kontroll inte är godkänd.",
			"" };

	/** Step 8 in the compact workbook, whose large sheets are values. */
	private static final String[] COMPACT_CHECKS = { "8. Kontroller",
			"Med fler än " + TillaggsbeloppWorkbook.FULL_WORKBOOK_LIMIT + " kommuner visar bladen värden i stället för "
					+ "formler. Programmet kontrollerar då med exakt aritmetik, för varje kommun, att varje komponent "
					+ "summerar till länets belopp, att varje kommun ligger inom 1 kr från sin exakta andel, att "
					+ "restkronorna går till de största resterna och vilka kommuner som får avståndskompensation; "
					+ "bladet Kontroller visar resultatet. Programmet skriver inte arbetsboken om någon kontroll inte "
					+ "är godkänd.",
			"" };

	private static final List<String[]> STEPS = List.of(new String[] { "Underlag",
			"Beräkningen följer avsnitt 4 \"Ekonomisk reglering\" i överenskommelsen Hälso- och sjukvård i hemmet, "
					+ "primärvårdsnivå, mellan Region Örebro län och länets kommuner (gäller från 2025-03-11). Indata är sju "
					+ "filer (bladet Indata) och parametrarna på bladet Parametrar.",
			"" },
			new String[] { "1. Uppräkning",
					"Alla belopp räknas upp från sitt prisnivåår b till budgetåret Y med skatteunderlagets procentuella "
							+ "utveckling: faktorn är produkten av (1 + utveckling/100) för åren b+1 till och med Y. Ingen "
							+ "avrundning görs under vägen. Åren som ännu är prognos (inte utfall) är markerade på bladet Index.",
					"\"Beloppen beräknas årligen efter skatteunderlagets procentuella utveckling.\" (4.1.2)" },
			new String[] { "2. Somatisk grund",
					"Varje kommuns tidigare tilläggsbelopp för somatisk vård räknas upp. Länets belopp S är summan, avrundad "
							+ "till hela kronor, och fördelas i proportion till kommunernas uppräknade belopp.",
					"\"Tidigare tilläggsbelopp för somatisk vård uppräknat till 2025 års nivå finns kvar som grund.\" (4.2)" },
			new String[] { "3. Psykiatrisk hemsjukvård",
					"Länets fakturerade belopp summeras för varje år i medelvärdet; medelvärdet räknas upp och avrundas till "
							+ "länets belopp P. P fördelas efter antal invånare 65 år och äldre på referensdatumet.",
					"\"Till detta läggs fakturerade belopp för psykiatrisk hemsjukvård i genomsnitt för perioden "
							+ "2021–2022. Fördelning av denna del sker efter andel 65 år och äldre.\" (4.2)" },
			new String[] { "4. Avancerad hemsjukvård",
					"A = förskjutningen × antalet patienter i vårdkategorin vid mätningen × kostnaden per patient × "
							+ "uppräkningsfaktorn, avrundat. A fördelas efter varje kommuns antal patienter i kategorin.",
					"\"Tillägg för avancerad hemsjukvård är beräknad på 5 % förskjutning av avancerade "
							+ "hemsjukvårdspatienter (kategori 4 i ursprunglig mätning från november 2022). Beräkningen av "
							+ "belopp görs utifrån skatteunderlagets procentuella utveckling från 2021.\" (4.2)" },
			new String[] { "5. Avståndskompensation",
					"D = andelen × (S + P + A), avrundat, till de kommuner vars centralort ligger mer än gränsen från "
							+ "närmaste sjukhus (exakt 35,0 km räcker inte), fördelat efter deras invånare 65 år och äldre. "
							+ "Ligger ingen kommun så långt bort är D = 0.",
					"\"Kompensation för avstånd utgör 5 % av ovanstående och fördelas proportionellt mellan de kommuner "
							+ "vars centralort ligger mer än 35 kilometer från närmaste sjukhus proportionellt efter andel 65 "
							+ "år och äldre.\" (4.2)" },
			new String[] { "6. Avrundning",
					"Länets belopp avrundas till hela kronor, 0,5 kr och mer uppåt (AVRUNDA i Excel). Varje kommuns "
							+ "totala tilläggsbelopp är summan av dess fyra komponenter.",
					"" },
			new String[] { "7. Fördelning i hela kronor (största-rest-metoden)",
					"Varje kommun får först golvet (heltalsdelen) av sin exakta andel. De kronor som blir kvar delas ut en "
							+ "och en till kommunerna med störst rest (exakt andel minus golv). Vid lika rest går kronan till "
							+ "kommunen med störst vikt och därefter till den med lägst kommunkod. Då summerar kommunernas belopp "
							+ "exakt till länets belopp och ingen kommun hamnar 1 kr eller mer från sin exakta andel.",
					"" },
			new String[] { "Exempel",
					"100 kr fördelas på tre kommuner med lika vikt: den exakta andelen är 33,33 kr var, golven blir 33 kr "
							+ "(summa 99 kr) och den kvarvarande kronan går till kommunen med lägst kommunkod eftersom resterna "
							+ "och vikterna är lika: 34 + 33 + 33 = 100 kr.",
					"" },
			CHECKS,
			new String[] { "9. Utbetalning",
					"Beloppen för nästa budgetår tas fram i december och betalas ut i januari.",
					"\"Beräkning av beloppet per kommun för nästkommande år tas fram och presenteras i december och betalas "
							+ "ut i januari månad för innevarande år.\" (4.2)" });

	private MethodSheet() {
	}

	/**
	 * @param compact whether the workbook is the compact one, whose checks the program
	 * makes instead of formulas
	 */
	static void write(SheetWriter sheet, boolean compact) {
		Styles styles = sheet.styles();
		sheet.heading(NAME, "Så beräknas tilläggsbeloppet, steg för steg. Citaten är ur överenskommelsen.");
		int headerRow = 3;
		sheet.headers(headerRow, 1, "Steg", "Hur", "Överenskommelsens ord");
		int row = headerRow + 1;
		for (String[] step : STEPS) {
			String[] shown = (compact && step == CHECKS) ? COMPACT_CHECKS : step;
			sheet.text(row, 0, shown[0], styles.wrapped);
			sheet.text(row, 1, shown[1], styles.wrapped);
			sheet.text(row, 2, shown[2], styles.wrapped);
			sheet.lines(row, lines(shown));
			row++;
		}
		sheet.widths(26, 80, 60);
		sheet.print(headerRow);
		sheet.protect();
	}

	/**
	 * Lines of text the fullest column needs at its width (26, 80 and 60 characters, less
	 * a little for the words that wrap early).
	 */
	private static int lines(String[] step) {
		return Math.max(1, Math.max(lines(step[0], 24), Math.max(lines(step[1], 88), lines(step[2], 64))));
	}

	private static int lines(String text, int perLine) {
		return (text.length() + perLine - 1) / perLine;
	}

}
