package se.regionorebrolan.tillaggsbelopp.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A file from SCB, recognised by its content and not its name (docs/decisions/0020):
 * JSON-stat 2.0 ({@link ScbJsonStat}), PX ({@link ScbPx}) or CSV ({@link ScbCsv}).
 * Anything else — a zip of an export, an Excel workbook, a web page, another table, a
 * table without regions or ages — is refused saying what it is and what to get instead.
 */
final class ScbFile {

	/**
	 * What to get instead of a file that is not the population by region, age and sex.
	 */
	static final String INSTEAD = "hämta i stället folkmängden med import-scb --tillagg.scb-fetch=true, eller ladda "
			+ "ner tabell TAB638 (till och med 2024) eller TAB5557 (från 2025) i Statistikdatabasen med region: "
			+ "kommunerna, ålder: 0 år … 100+ år, kön: män och kvinnor och tabellinnehåll: Folkmängd "
			+ "(docs/inputs.md, Population from SCB)";

	/** The formats the import reads, for a file in another. */
	static final String FORMATS = "importen läser SCB:s CSV (med koder, texter eller båda; komma, semikolon eller "
			+ "tabb), PX och JSON-stat 2.0 – ladda ner i något av dem eller hämta med import-scb "
			+ "--tillagg.scb-fetch=true";

	/** The population tables: to 2024, and from 2025 (TAB638's PX matrix is BE0101N1). */
	private static final Set<String> TABLES = Set.of("TAB638", "TAB5557", "BE0101N1");

	private ScbFile() {
	}

	/**
	 * What the file holds, or empty when it is not a table that can be read (recorded).
	 */
	static Optional<ScbData> read(String file, byte[] bytes, InputProblems problems) {
		Optional<String> notATable = notATable(bytes);
		if (notATable.isPresent()) {
			problems.add(InputProblem.ofFile(file, notATable.get()));
			return Optional.empty();
		}
		Optional<ScbData> data;
		if (ScbPx.recognises(bytes)) {
			data = ScbPx.read(file, bytes, problems);
		}
		else {
			data = CsvText.decode(bytes, file, problems).flatMap(text -> text(file, text, problems));
		}
		return data.filter(read -> hasTheVariables(read, problems));
	}

	private static Optional<ScbData> text(String file, CsvText text, InputProblems problems) {
		String start = text.text().stripLeading();
		if (start.startsWith("{") || start.startsWith("[")) {
			return ScbJsonStat.read(file, text.text(), problems);
		}
		if (start.startsWith("<")) {
			problems.add(InputProblem.ofFile(file, "filen är en webbsida (HTML), t.ex. SCB:s format html eller ett "
					+ "felmeddelande, inte en tabell; " + FORMATS));
			return Optional.empty();
		}
		return ScbCsv.read(file, text, problems);
	}

	/** Why the bytes are no table at all, judged by how they start. */
	private static Optional<String> notATable(byte[] bytes) {
		if (bytes.length == 0) {
			return Optional.of("filen är tom");
		}
		if (Utf8Bytes.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			List<String> entries = entries(bytes);
			if (entries.contains("[Content_Types].xml")) {
				return Optional.of("filen är en Excel-arbetsbok (xlsx); " + FORMATS);
			}
			return Optional.of("filen är ett zip-arkiv med " + String.join(", ", entries)
					+ "; packa upp det och importera filen i det");
		}
		if (Utf8Bytes.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			return Optional.of("filen är en Excel-arbetsbok (xls); " + FORMATS);
		}
		return Optional.empty();
	}

	private static List<String> entries(byte[] zip) {
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		catch (IOException ex) {
			// A damaged archive: the entries read so far say enough.
		}
		return entries.isEmpty() ? List.of("okänt innehåll") : entries;
	}

	/** What a file with a variable the population tables do not have is. */
	static String anotherTable(String variable) {
		return "filen är en annan tabell från SCB (den har variabeln " + variable
				+ "), inte folkmängden efter region, ålder och kön; " + INSTEAD;
	}

	/**
	 * Whether a table id is one of the population tables; another is refused naming it.
	 */
	static boolean knownTable(String file, String table, String title, InputProblems problems) {
		if (TABLES.contains(table)) {
			return true;
		}
		problems.add(InputProblem.ofFile(file,
				"filen är SCB-tabellen " + table + (title.isEmpty() ? "" : " (\"" + title + "\")")
						+ ", inte folkmängden den 31 december efter region, ålder och kön; " + INSTEAD));
		return false;
	}

	/**
	 * Region, ålder and år are needed: without region the file is the whole country (or
	 * SCB summed the regions), without ålder it cannot give 65 and over.
	 */
	private static boolean hasTheVariables(ScbData data, InputProblems problems) {
		boolean region = data.has(ScbVariable.REGION);
		boolean age = data.has(ScbVariable.AGE);
		String what;
		if (!region && !age) {
			what = "folkmängden för hela riket utan åldersindelning (den har varken region eller ålder)";
		}
		else if (!region) {
			what = "folkmängden för hela riket (den har ingen region)";
		}
		else if (!age) {
			what = "folkmängden utan åldersindelning (den har ingen ålder, så SCB har summerat åldrarna)";
		}
		else if (!data.has(ScbVariable.YEAR)) {
			what = "en tabell utan år";
		}
		else {
			return true;
		}
		problems.add(InputProblem.ofFile(data.file(), "filen (" + data.readAs() + ") är " + what
				+ ", så folkmängden per kommun och 65 år och äldre kan inte räknas; " + INSTEAD));
		return false;
	}

}
