package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads one sheet of the input workbook into a {@link Table}, for the same table readers
 * as the CSV files: the first row with a value is the header, each row under it with a
 * value is a data row (row numbers as Excel shows them), cells are read as
 * {@link SheetCell} says, numbers stored as text with a decimal comma. A total row typed
 * by a human (Summa, Totalt, … in the first column) is not data: it is left out with a
 * warning. Cells to the right of the header's last name belong to no column and are not
 * read.
 */
final class SheetTable {

	/** What a human writes in the first column of a total row, compared in lower case. */
	private static final Set<String> TOTALS = Set.of("summa", "totalt", "total", "totalsumma", "s:a", "sum", "länet",
			"hela länet", "länstotal", "länet totalt");

	private SheetTable() {
	}

	/**
	 * @param readAs how the workbook was read, e.g. "blad i arbetsboken indata.xlsx"
	 * @param sha256 the workbook's SHA-256
	 */
	static Table read(Sheet sheet, TableDescription<?> layout, String readAs, String sha256, InputProblems problems) {
		TablePlace place = TablePlace.sheet(sheet.getSheetName());
		Optional<Row> headerRow = firstWithValues(sheet);
		if (headerRow.isEmpty()) {
			problems.add(place.whole("bladet är tomt; första raden ska vara rubrikraden " + layout.expectedHeader()));
			return Table.unreadable(place, sha256);
		}
		List<String> names = cells(headerRow.get(), headerRow.get().getLastCellNum()).stream()
			.map(SheetCell::text)
			.toList();
		Optional<List<TableRow>> rows = TableHeader
			.read(untilLastName(names), headerRow.get().getRowNum() + 1, layout, place, DecimalMark.COMMA, problems)
			.map(header -> rows(sheet, headerRow.get().getRowNum(), header, layout, problems));
		return new Table(place, sha256, readAs, rows);
	}

	private static Optional<Row> firstWithValues(Sheet sheet) {
		for (Row row : sheet) {
			if (cells(row, row.getLastCellNum()).stream().anyMatch(cell -> !cell.isBlank())) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}

	/** The header's names up to the last one that is not blank. */
	private static List<String> untilLastName(List<String> names) {
		int size = names.size();
		while (size > 0 && names.get(size - 1).isBlank()) {
			size--;
		}
		return names.subList(0, size);
	}

	private static List<TableRow> rows(Sheet sheet, int headerIndex, TableHeader header, TableDescription<?> layout,
			InputProblems problems) {
		Map<Integer, String> columnAt = new HashMap<>();
		header.positions().forEach((column, index) -> columnAt.put(index, column));
		String keyColumn = layout.requiredColumns().get(0);
		List<TableRow> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<SheetCell> cells = (row.getRowNum() > headerIndex) ? cells(row, header.size()) : List.of();
			if (cells.stream().allMatch(SheetCell::isBlank)) {
				continue;
			}
			int line = row.getRowNum() + 1;
			TableRow tableRow = new TableRow(header, line, header.values(cells.stream().map(SheetCell::text).toList()),
					problems);
			if (isTotal(tableRow.raw(keyColumn), cells)) {
				problems.warn(header.place()
					.line(line, "summaraden (\"" + tableRow.raw(keyColumn) + "\") läses inte som data; "
							+ "programmet summerar själv"));
				continue;
			}
			for (int index = 0; index < cells.size(); index++) {
				String column = columnAt.get(index);
				if (column != null) {
					cells.get(index).refusal().ifPresent(reason -> tableRow.reject(column, reason));
				}
			}
			rows.add(tableRow);
		}
		return rows;
	}

	/**
	 * A total row names itself in its first column, or leaves that column empty and says
	 * it in another one.
	 */
	private static boolean isTotal(String key, List<SheetCell> cells) {
		return isTotalWord(key)
				|| (key.isEmpty() && cells.stream().map(SheetCell::text).anyMatch(SheetTable::isTotalWord));
	}

	private static boolean isTotalWord(String text) {
		return TOTALS.contains(TableHeader.trimmed(text).replaceAll("[:.]$", "").toLowerCase(Locale.ROOT));
	}

	/** The first {@code count} cells of a row, blank ones included. */
	private static List<SheetCell> cells(Row row, int count) {
		List<SheetCell> cells = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			cells.add(SheetCell.of(row.getCell(index)));
		}
		return cells;
	}

}
