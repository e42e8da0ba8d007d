package se.regionorebrolan.tillaggsbelopp.parameters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.input.Utf8Bytes;

/**
 * The characters of a settings file as Spring Boot decodes them: a YAML file as UTF-8, or
 * UTF-16 after a byte order mark (which Notepad writes); a {@code .properties} file as
 * ISO-8859-1. A byte that is not what the file claims is located by line and column, so
 * that a file saved as Windows-1252 is named before its "ö" becomes something else.
 */
final class SettingsText {

	private static final String NOT_UTF_8 = "tecknet här är inte skrivet i UTF-8 (byten 0x%02X); filen är troligen "
			+ "sparad som Windows-1252 (ANSI) – spara den som UTF-8";

	private static final Pattern BROKEN_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*(\\\\u)(?![0-9a-fA-F]{4})");

	private SettingsText() {
	}

	/** The text of a YAML file, or the problem of its first byte that cannot be read. */
	static String yaml(String file, byte[] bytes) {
		if (Utf8Bytes.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return decode(file, bytes, 3, StandardCharsets.UTF_8, NOT_UTF_8);
		}
		if (Utf8Bytes.startsWith(bytes, 0xFE, 0xFF) || Utf8Bytes.startsWith(bytes, 0xFF, 0xFE)) {
			return decode(file, bytes, 0, StandardCharsets.UTF_16,
					"tecknet här är inte UTF-16, fast filen börjar " + "som en UTF-16-fil; spara den som UTF-8");
		}
		if (looksLikeUtf16(bytes)) {
			nul(file, bytes);
		}
		String text = decode(file, bytes, 0, StandardCharsets.UTF_8, NOT_UTF_8);
		nul(file, bytes);
		return text;
	}

	/**
	 * The problem of a {@code .properties} file: Spring Boot reads it as ISO-8859-1, so
	 * any other character must be written as a backslash-u escape.
	 */
	static String properties(String file, byte[] bytes) {
		for (int offset = 0; offset < bytes.length; offset++) {
			if (bytes[offset] < 0) {
				throw new SettingsException(
						at(file, bytes, offset, "tecknet här är inte ASCII; en .properties-fil läses som "
								+ "ISO-8859-1, så å, ä och ö blir fel – skriv \\u00e5, \\u00e4 och \\u00f6 eller använd en .yml-fil"));
			}
		}
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		Matcher broken = BROKEN_ESCAPE.matcher(text);
		if (broken.find()) {
			throw new SettingsException(at(file, bytes, broken.start(1), "\\u ska följas av fyra hexadecimala "
					+ "siffror, t.ex. \\u00f6 för ö; skriv \\\\u för ett bakstreck följt av u"));
		}
		return text;
	}

	/**
	 * UTF-16 without a byte order mark: a NUL before or after every letter of ASCII text,
	 * so a quarter or more of the first bytes.
	 */
	private static boolean looksLikeUtf16(byte[] bytes) {
		int length = Math.min(bytes.length, 64);
		int nuls = 0;
		for (int index = 0; index < length; index++) {
			nuls += (bytes[index] == 0) ? 1 : 0;
		}
		return length > 0 && nuls * 4 >= length;
	}

	/** A NUL (in UTF-16, or in readable text) makes the file unreadable for YAML. */
	private static void nul(String file, byte[] bytes) {
		for (int offset = 0; offset < bytes.length; offset++) {
			if (bytes[offset] == 0) {
				Location location = Location.of(bytes, offset);
				throw new SettingsException(InputProblem.ofFile(file,
						"filen innehåller nolltecken (rad " + location.line() + ", kolumn " + location.column()
								+ ") och är troligen sparad som UTF-16 utan byteordningsmärke; spara den som UTF-8"));
			}
		}
	}

	private static String decode(String file, byte[] bytes, int start, Charset charset, String problem) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			String before = out.flip().toString();
			int lineStart = before.lastIndexOf('\n') + 1;
			throw new SettingsException(
					SettingsException.at(file, (int) before.chars().filter(c -> c == '\n').count() + 1,
							before.codePointCount(lineStart, before.length()) + 1,
							String.format(problem, bytes[in.position()] & 0xFF)));
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static InputProblem at(String file, byte[] bytes, int offset, String message) {
		Location location = Location.of(bytes, offset);
		return SettingsException.at(file, location.line(), location.column(), message);
	}

	/**
	 * A line and column from 1, counting characters as a text editor shows them: the
	 * bytes before the offset on its line, read as UTF-8.
	 */
	private record Location(int line, int column) {

		static Location of(byte[] bytes, int offset) {
			int line = 1;
			int lineStart = 0;
			for (int index = 0; index < offset; index++) {
				if (bytes[index] == '\n') {
					line++;
					lineStart = index + 1;
				}
			}
			String before = lenient(bytes, lineStart, offset - lineStart);
			return new Location(line, before.codePointCount(0, before.length()) + 1);
		}

		private static String lenient(byte[] bytes, int start, int length) {
			try {
				return StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.decode(ByteBuffer.wrap(bytes, start, length))
					.toString();
			}
			catch (CharacterCodingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
