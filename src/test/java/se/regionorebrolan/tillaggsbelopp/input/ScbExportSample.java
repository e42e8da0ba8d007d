package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample export of src/test/resources/scb (its README says how it was made) and the
 * other layouts PxWeb writes, made from it: the same figures, so every layout must give
 * the same population.
 */
public final class ScbExportSample {

	/** As Statistikdatabasen names a download: table, then date and time. */
	public static final String NAME = "TAB638_20261122-101500.csv";

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private ScbExportSample() {
	}

	/** The committed sample: semicolons, the title on line 1, Windows-1252, CRLF. */
	public static Path path() {
		try {
			return Path.of(ScbExportSample.class.getResource("/scb/" + NAME).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The sample's lines. */
	static List<String> lines() {
		try {
			return Files.readAllLines(path(), WINDOWS_1252);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * As the older Statistikdatabasen writes "Kommaavgränsad med rubrik": commas, and an
	 * empty line after the title.
	 */
	static List<String> withCommas() {
		List<String> lines = new ArrayList<>(lines().stream().map(line -> line.replace(';', ',')).toList());
		lines.add(1, "");
		return lines;
	}

	/**
	 * The same figures with both sexes summed (no kön column) and every variable a column
	 * ("region","ålder","år","Folkmängd"), as PxWeb writes when no variable is in the
	 * heading.
	 */
	static List<String> withOneCountColumn() {
		List<String> sample = lines();
		String[] years = sample.get(1).replace("\"", "").split(";");
		Map<String, long[]> bothSexes = new LinkedHashMap<>();
		for (String line : sample.subList(2, sample.size())) {
			String[] fields = line.split(";");
			long[] sums = bothSexes.computeIfAbsent(fields[0] + "," + fields[1], key -> new long[fields.length - 3]);
			for (int year = 0; year < sums.length; year++) {
				sums[year] += Long.parseLong(fields[3 + year]);
			}
		}
		List<String> lines = new ArrayList<>(List.of("\"region\",\"ålder\",\"år\",\"Folkmängd\""));
		bothSexes.forEach((regionAndAge, sums) -> {
			for (int year = 0; year < sums.length; year++) {
				lines.add(regionAndAge + ",\"" + years[3 + year] + "\"," + sums[year]);
			}
		});
		return lines;
	}

}
