package se.regionorebrolan.tillaggsbelopp.input;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Input tables as a finance officer types them into the input workbook: one sheet per
 * table with its Swedish name, the header row first, numbers (codes too) as number cells,
 * dates as date cells and everything else as text. Tests then change single cells to show
 * a rule.
 */
public final class CsvWorkbook {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle date;

	private CsvWorkbook() {
		this.date = this.workbook.createCellStyle();
		this.date.setDataFormat(this.workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	/** The seven files of a folder (UTF-8, comma-separated) as sheets. */
	public static CsvWorkbook of(Path folder) {
		CsvWorkbook book = new CsvWorkbook();
		for (TableDescription<?> layout : InputTables.ALL) {
			try {
				book.sheet(layout.sheetName(),
						Files.readString(folder.resolve(layout.fileName()), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return book;
	}

	public XSSFWorkbook workbook() {
		return this.workbook;
	}

	/** The cell at a reference like {@code Befolkning!C2}, created when missing. */
	public Cell cell(String reference) {
		CellReference where = new CellReference(reference);
		Sheet sheet = this.workbook.getSheet(where.getSheetName());
		Row row = (sheet.getRow(where.getRow()) != null) ? sheet.getRow(where.getRow())
				: sheet.createRow(where.getRow());
		Cell cell = row.getCell(where.getCol());
		return (cell != null) ? cell : row.createCell(where.getCol());
	}

	/**
	 * A new cell at a reference with a formula and no value, as a program that does not
	 * calculate writes it.
	 */
	public Cell uncalculated(String reference, String formula) {
		Cell old = cell(reference);
		Row row = old.getRow();
		row.removeCell(old);
		Cell cell = row.createCell(old.getColumnIndex());
		cell.setCellFormula(formula);
		return cell;
	}

	/** A cell with a date and, when it has one, a time of day, formatted as a date. */
	public void date(String reference, LocalDateTime value) {
		Cell cell = cell(reference);
		cell.setCellValue(value);
		cell.setCellStyle(this.date);
	}

	/** Writes the workbook to a file. */
	public Path write(Path file) {
		try (OutputStream out = Files.newOutputStream(file)) {
			this.workbook.write(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void sheet(String name, String csv) {
		Sheet sheet = this.workbook.createSheet(name);
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(csv))
			.setFormat(CSVFormat.RFC4180)
			.get()) {
			int index = 0;
			for (CSVRecord csvRecord : parser) {
				Row row = sheet.createRow(index++);
				for (int column = 0; column < csvRecord.size(); column++) {
					write(row, column, csvRecord.get(column), index == 1);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(Row row, int column, String value, boolean header) {
		if (value.isEmpty()) {
			return;
		}
		Cell cell = row.createCell(column);
		if (!header && NUMBER.matcher(value).matches()) {
			cell.setCellValue(Double.parseDouble(value));
		}
		else if (!header && DATE.matcher(value).matches()) {
			cell.setCellValue(LocalDate.parse(value));
			cell.setCellStyle(this.date);
		}
		else {
			cell.setCellValue(value);
		}
	}

}
