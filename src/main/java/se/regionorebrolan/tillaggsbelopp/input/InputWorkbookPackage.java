package se.regionorebrolan.tillaggsbelopp.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.SpreadsheetVersion;

import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;

/**
 * The input workbook's zip package, looked through before POI opens it, so that a file
 * Excel did not save is refused with a Swedish sentence that says what to do, instead of
 * POI's English, its stack traces or all the memory of the machine: a package that ends
 * too early, one without the parts every workbook has, an XML document type declaration
 * (which can make an XML reader fetch other files: XXE; Excel never writes one), a part
 * larger than POI reads, a package that unpacks to more than a hundred times its size (a
 * zip bomb) and a sheet of more rows than Excel holds.
 */
final class InputWorkbookPackage {

	/** POI reads a part of a workbook in memory up to this size. */
	static final long LARGEST_PART = 100_000_000;

	/** A workbook unpacks to some ten times its size; a zip bomb to thousands. */
	static final long LARGEST_RATIO = 100;

	/** Below this, a package is too small to harm however well it is packed. */
	private static final long RATIO_FROM = 1_000_000;

	private static final String RESAVE = "öppna den i Excel och spara den igen som Excel-arbetsbok (.xlsx)";

	private static final String[] REQUIRED = { "[Content_Types].xml", "_rels/.rels" };

	private static final String BROKEN = "arbetsboken är ofullständig eller skadad: zip-arkivet den består av tar slut "
			+ "för tidigt eller kan inte packas upp (t.ex. en avbruten kopiering); kopiera den igen, eller " + RESAVE;

	private static final String ZIP_BOMB = "arbetsboken packas upp till mer än " + LARGEST_RATIO + " gånger sin "
			+ "storlek, som en så kallad zip-bomb, och läses inte; en arbetsbok som Excel sparat packas upp till "
			+ "ungefär tio gånger sin storlek. Kontrollera att det är rätt fil, eller " + RESAVE;

	private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ROW = "<row".getBytes(StandardCharsets.US_ASCII);

	private static final int CHUNK = 1 << 16;

	/** Bytes kept from one chunk to the next, so that no pattern is cut in two. */
	private static final int CARRY = 16;

	private InputWorkbookPackage() {
	}

	/** Why the workbook cannot be opened, or empty when POI may open it. */
	static Optional<String> problem(byte[] bytes) {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			Optional<String> problem = parts(zip, names, Math.max(RATIO_FROM, LARGEST_RATIO * bytes.length));
			if (problem.isPresent()) {
				return problem;
			}
		}
		catch (IOException ex) {
			return Optional.of(BROKEN);
		}
		return Arrays.stream(REQUIRED)
			.filter(required -> !names.contains(required))
			.findFirst()
			.map(missing -> "arbetsboken saknar delen " + missing
					+ ", som varje Excel-arbetsbok har, så den är skadad eller inte sparad av Excel; " + RESAVE);
	}

	/**
	 * Looks through the parts, noting their names, until one cannot be read or the
	 * package has unpacked to more than {@code unpackedLimit} bytes.
	 */
	private static Optional<String> parts(ZipInputStream zip, Set<String> names, long unpackedLimit)
			throws IOException {
		long unpacked = 0;
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			names.add(entry.getName());
			Part part = Part.scan(zip, entry.getName(), Math.min(LARGEST_PART, unpackedLimit - unpacked));
			unpacked += part.size();
			Optional<String> problem = (unpacked > unpackedLimit && part.size() <= LARGEST_PART) ? Optional.of(ZIP_BOMB)
					: part.problem(entry.getName());
			if (problem.isPresent()) {
				return problem;
			}
		}
		return Optional.empty();
	}

	/**
	 * One part of the package as read: its unpacked size, whether it declares an XML
	 * document type, and how many rows it has if it is a sheet.
	 */
	private record Part(long size, boolean doctype, long rows) {

		/** Reads the part up to just over {@code limit} bytes. */
		static Part scan(InputStream in, String name, long limit) throws IOException {
			boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
			boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
			byte[] buffer = new byte[CARRY + CHUNK];
			int carried = 0;
			long size = 0;
			boolean doctype = false;
			long rows = 0;
			for (int read = in.read(buffer, carried, CHUNK); read > 0
					&& size <= limit; read = in.read(buffer, carried, CHUNK)) {
				size += read;
				int end = carried + read;
				doctype |= xml && count(buffer, carried, end, DOCTYPE) > 0;
				rows += sheet ? count(buffer, carried, end, ROW) : 0;
				carried = Math.min(CARRY, end);
				System.arraycopy(buffer, end - carried, buffer, 0, carried);
			}
			return new Part(size, doctype, rows);
		}

		/**
		 * The occurrences of {@code pattern} in {@code buffer[0, end)} whose next byte is
		 * at or after {@code from}, where the chunk just read starts: each is counted
		 * once, with the chunk that holds the byte after it. A row element is
		 * {@code <row} followed by a space or {@code >}, not {@code <rowBreaks}.
		 */
		private static int count(byte[] buffer, int from, int end, byte[] pattern) {
			int found = 0;
			for (int i = Math.max(0, from - pattern.length); i + pattern.length < end; i++) {
				if (startsWith(buffer, i, pattern)
						&& (pattern != ROW || buffer[i + ROW.length] == ' ' || buffer[i + ROW.length] == '>')) {
					found++;
				}
			}
			return found;
		}

		private static boolean startsWith(byte[] buffer, int at, byte[] pattern) {
			for (int i = 0; i < pattern.length; i++) {
				if (buffer[at + i] != pattern[i]) {
					return false;
				}
			}
			return true;
		}

		Optional<String> problem(String name) {
			if (this.size > LARGEST_PART) {
				return Optional.of("delen " + name + " är större än " + SwedishFormat.count(LARGEST_PART)
						+ " byte uppackad, mer än programmet läser; indata är några hundra rader per blad, så "
						+ "arbetsboken har ett blad som inte hör dit (t.ex. ett med miljontals rader): ta bort det, "
						+ "eller kopiera de sju bladen till en ny arbetsbok");
			}
			if (this.doctype) {
				return Optional.of("delen " + name + " har en XML-dokumenttypdeklaration (<!DOCTYPE …>), som Excel "
						+ "aldrig skriver och som kan få ett program att läsa andra filer på datorn (XXE), så "
						+ "arbetsboken läses inte; kopiera tabellerna till en ny arbetsbok i Excel");
			}
			int excelRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
			if (this.rows > excelRows) {
				return Optional.of("bladet i delen " + name + " har " + SwedishFormat.count(this.rows)
						+ " rader, fler än de " + SwedishFormat.count(excelRows)
						+ " som ett blad i Excel rymmer, så arbetsboken är inte sparad av Excel " + "och läses inte; "
						+ RESAVE);
			}
			return Optional.empty();
		}

	}

}
