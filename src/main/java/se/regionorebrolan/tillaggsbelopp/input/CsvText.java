package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of an input file and the encoding it was read with: UTF-8 (with or without
 * byte-order mark), or Windows-1252, Swedish Excel's default, when the bytes are not
 * UTF-8. Files that are neither, mix the two or are no text at all are refused with their
 * line (docs/decisions/0010).
 *
 * @param text the text, without a leading byte-order mark
 * @param encoding how it was decoded, for the workbook: "UTF-8", "UTF-8 med BOM" or
 * "Windows-1252"
 */
record CsvText(String text, String encoding) {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final String RESAVE = "spara den som \"CSV UTF-8 (kommaavgränsad)\" eller \"CSV (semikolonavgränsad)\"";

	/** The text, or empty with a located problem. */
	static Optional<CsvText> decode(byte[] bytes, String file, InputProblems problems) {
		Optional<String> notText = notText(bytes);
		if (notText.isPresent()) {
			problems.add(InputProblem.ofFile(file, notText.get()));
			return Optional.empty();
		}
		return readable(bytes, file, problems).filter(text -> charactersFit(text.text(), file, problems));
	}

	/** Why the bytes are no CSV text at all, judged by how they start. */
	private static Optional<String> notText(byte[] bytes) {
		if (Utf8Bytes.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)
				|| Utf8Bytes.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			return Optional
				.of("filen är en Excel-arbetsbok (eller annan zip-fil), inte en CSV-fil; öppna den i Excel och "
						+ RESAVE);
		}
		if (Utf8Bytes.startsWith(bytes, 0xFF, 0xFE) || Utf8Bytes.startsWith(bytes, 0xFE, 0xFF)) {
			return Optional.of("filen är sparad som UTF-16 (\"Unicode-text\"); " + RESAVE);
		}
		return Optional.empty();
	}

	private static Optional<CsvText> readable(byte[] bytes, String file, InputProblems problems) {
		boolean bom = Utf8Bytes.startsWith(bytes, 0xEF, 0xBB, 0xBF);
		int firstBad = Utf8Bytes.firstInvalid(bytes);
		if (firstBad < 0) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			return Optional.of(bom ? new CsvText(text.substring(1), "UTF-8 med BOM") : new CsvText(text, "UTF-8"));
		}
		int line = lineOf(bytes, firstBad);
		String bad = String.format("byte 0x%02X", bytes[firstBad]);
		if (bom) {
			problems.add(InputProblem.ofLine(file, line,
					"filen börjar med UTF-8-märket (BOM) men " + bad + " är inte UTF-8; " + RESAVE));
			return Optional.empty();
		}
		int utf8 = Utf8Bytes.firstCharacter(bytes);
		if (utf8 >= 0) {
			problems.add(InputProblem.ofLine(file, line, mixed(bytes, firstBad, utf8, bad)));
			return Optional.empty();
		}
		return windows1252(bytes, file, problems);
	}

	private static String mixed(byte[] bytes, int firstBad, int utf8, String bad) {
		if (firstBad > utf8 && Utf8Bytes.isCutAtTheEnd(bytes, firstBad)) {
			return "filen slutar mitt i ett UTF-8-tecken (" + bad + "); den är troligen avkortad – spara den igen";
		}
		return "filen blandar två teckenkodningar: " + bad + " är inte UTF-8, men rad " + lineOf(bytes, utf8)
				+ " har UTF-8-tecknet \"" + Utf8Bytes.character(bytes, utf8)
				+ "\"; spara hela filen igen med en kodning, helst \"CSV UTF-8\"";
	}

	/**
	 * The text in Windows-1252, one character per byte; the five bytes it leaves
	 * undefined decode to U+FFFD, which no Windows-1252 byte stands for.
	 */
	private static Optional<CsvText> windows1252(byte[] bytes, String file, InputProblems problems) {
		String text = new String(bytes, WINDOWS_1252);
		int undefined = text.indexOf('\uFFFD');
		if (undefined >= 0) {
			problems.add(InputProblem.ofLine(file, lineOf(bytes, undefined),
					String.format("byte 0x%02X är varken UTF-8 eller Windows-1252; ", bytes[undefined]) + RESAVE));
			return Optional.empty();
		}
		return Optional.of(new CsvText(text, "Windows-1252"));
	}

	/**
	 * Control characters (NUL, form feed, …) and a byte-order mark after the start, which
	 * files joined together carry, are no part of a table even when the encoding is
	 * right.
	 */
	private static boolean charactersFit(String text, String file, InputProblems problems) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\uFEFF') {
				problems.add(InputProblem.ofLine(file, new LineIndex(text).lineAt(i),
						"ett osynligt byte-ordningsmärke (BOM, U+FEFF) "
								+ "mitt i filen; filen är troligen ihopsatt av två filer – ta bort tecknet eller "
								+ RESAVE));
				return false;
			}
			if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
				problems.add(InputProblem.ofLine(file, new LineIndex(text).lineAt(i),
						String.format("styrtecknet U+%04X hör inte hemma i en CSV-fil; ", (int) c) + RESAVE));
				return false;
			}
		}
		return true;
	}

	/** The line of a byte: line breaks are the same bytes in both encodings. */
	private static int lineOf(byte[] bytes, int position) {
		return new LineIndex(new String(bytes, 0, position, StandardCharsets.ISO_8859_1)).lineAt(position);
	}

}
