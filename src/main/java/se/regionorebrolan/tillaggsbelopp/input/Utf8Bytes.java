package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where a file's bytes are and are not UTF-8, for deciding its encoding ({@link CsvText},
 * and the settings files').
 */
public final class Utf8Bytes {

	private Utf8Bytes() {
	}

	/** Whether the bytes begin with a mark: a byte order mark, a zip file's signature. */
	public static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The position of the first byte that is not part of valid UTF-8, or -1. */
	static int firstInvalid(byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		boolean error = strict().decode(in, CharBuffer.allocate(bytes.length), true).isError();
		return error ? in.position() : -1;
	}

	/**
	 * The position of the first well-formed multi-byte UTF-8 character, or -1. Text in
	 * Windows-1252 practically never holds one: it would read e.g. "Ã–".
	 */
	static int firstCharacter(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (length(bytes[i]) > 1 && character(bytes, i) != null) {
				return i;
			}
		}
		return -1;
	}

	/** The multi-byte character at {@code position}, or null when there is none. */
	static String character(byte[] bytes, int position) {
		int length = length(bytes[position]);
		if (!continues(bytes, position + 1, length - 1)) {
			return null;
		}
		try {
			return strict().decode(ByteBuffer.wrap(bytes, position, length)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Whether the bytes from {@code position} to the end are the start of one character,
	 * cut off.
	 */
	static boolean isCutAtTheEnd(byte[] bytes, int position) {
		return position + length(bytes[position]) > bytes.length
				&& continues(bytes, position + 1, bytes.length - position - 1);
	}

	/** How many bytes a character starting with {@code lead} has; 1 if it starts none. */
	private static int length(byte lead) {
		int b = lead & 0xFF;
		if (b >= 0xC2 && b <= 0xDF) {
			return 2;
		}
		if (b >= 0xE0 && b <= 0xEF) {
			return 3;
		}
		return (b >= 0xF0 && b <= 0xF4) ? 4 : 1;
	}

	/** Whether {@code count} bytes from {@code from} are continuation bytes. */
	private static boolean continues(byte[] bytes, int from, int count) {
		if (from + count > bytes.length) {
			return false;
		}
		for (int i = from; i < from + count; i++) {
			if ((bytes[i] & 0xC0) != 0x80) {
				return false;
			}
		}
		return true;
	}

	private static CharsetDecoder strict() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

}
