package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which encoding an input file is read with (docs/decisions/0010): UTF-8 when the bytes
 * are UTF-8, Windows-1252 when they are not and hold nothing that is; the refusals are in
 * the corpus (src/test/resources/corpus/encoding-*).
 */
class CsvTextTests {

	private static final String NAMES = "Örebro,Hällefors,Laxå,Ljusnarsberg – “Bergslagen” € 1\u00A0000\n";

	private final InputProblems problems = new InputProblems();

	@Test
	void readsUtf8() {
		assertThat(decode(NAMES.getBytes(StandardCharsets.UTF_8))).isEqualTo(new CsvText(NAMES, "UTF-8"));
	}

	@Test
	void readsUtf8WithAByteOrderMarkAndDropsTheMark() {
		byte[] bytes = ("\uFEFF" + NAMES).getBytes(StandardCharsets.UTF_8);

		assertThat(decode(bytes)).isEqualTo(new CsvText(NAMES, "UTF-8 med BOM"));
	}

	@Test
	void readsWindows1252WithItsPunctuationAndNoBreakSpace() {
		byte[] bytes = NAMES.getBytes(Charset.forName("windows-1252"));

		assertThat(decode(bytes)).isEqualTo(new CsvText(NAMES, "Windows-1252"));
	}

	@Test
	void readsPlainAsciiAsUtf8() {
		assertThat(decode("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)).encoding()).isEqualTo("UTF-8");
	}

	@Test
	void refusesAFileThatMixesTheTwo() {
		byte[] utf8 = "Örebro\n".getBytes(StandardCharsets.UTF_8);
		byte[] windows1252 = "Laxå\n".getBytes(Charset.forName("windows-1252"));
		byte[] both = new byte[utf8.length + windows1252.length];
		System.arraycopy(utf8, 0, both, 0, utf8.length);
		System.arraycopy(windows1252, 0, both, utf8.length, windows1252.length);

		assertThat(CsvText.decode(both, "f.csv", this.problems)).isEmpty();
		assertThat(ExampleInputFolder.texts(this.problems)).containsExactly(
				"f.csv rad 2: filen blandar två teckenkodningar: byte 0xE5 är inte UTF-8, men rad 1 har UTF-8-tecknet \"Ö\"; spara hela filen igen med en kodning, helst \"CSV UTF-8\"");
	}

	private CsvText decode(byte[] bytes) {
		CsvText text = CsvText.decode(bytes, "f.csv", this.problems).orElseThrow();
		assertThat(this.problems.problems()).isEmpty();
		return text;
	}

}
