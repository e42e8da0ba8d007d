package se.regionorebrolan.tillaggsbelopp.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

/**
 * The header row of an input file: which column holds which name. Names match without
 * regard to case; messages show them as written. A header with problems yields no
 * columns, so the rows are not read against a wrong layout.
 */
final class CsvHeader {

	private CsvHeader() {
	}

	/** Column name (lower case) → position, or empty when the header has problems. */
	static Optional<Map<String, Integer>> read(CSVRecord header, int line, CsvLayout layout, InputProblems problems) {
		String file = layout.fileName();
		if (header.stream().anyMatch(name -> name.contains(";"))) {
			problems.add(InputProblem.ofLine(file, line, "rubrikraden är avgränsad med semikolon (;); spara filen som "
					+ "\"CSV UTF-8 (kommaavgränsad)\" med rubrikraden " + layout.expectedHeader()));
			return Optional.empty();
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		boolean valid = true;
		for (int index = 0; index < header.size(); index++) {
			String written = header.get(index);
			String name = written.toLowerCase(Locale.ROOT);
			String position = String.valueOf(index + 1);
			if (name.isEmpty()) {
				problems.add(InputProblem.ofField(file, line, position, "", "kolumnnamn saknas i rubrikraden"));
				valid = false;
			}
			else if (columns.putIfAbsent(name, index) != null) {
				problems.add(InputProblem.ofField(file, line, position, written,
						"kolumnen finns redan i rubrikraden (kolumn " + (columns.get(name) + 1) + ")"));
				valid = false;
			}
			else if (!layout.isKnown(name)) {
				problems.warn(InputProblem.ofField(file, line, position, written,
						"okänd kolumn, används inte (kända kolumner: " + layout.knownColumns() + ")"));
			}
		}
		for (String column : required(layout)) {
			if (!columns.containsKey(column)) {
				problems.add(InputProblem.ofLine(file, line, "kolumnen " + column
						+ " saknas i rubrikraden; förväntad rubrikrad: " + layout.expectedHeader()));
				valid = false;
			}
		}
		return valid ? Optional.of(columns) : Optional.empty();
	}

	private static List<String> required(CsvLayout layout) {
		if (!layout.sourceRequired()) {
			return layout.requiredColumns();
		}
		List<String> required = new java.util.ArrayList<>(layout.requiredColumns());
		required.add(CsvLayout.SOURCE);
		return required;
	}

}
