package se.regionorebrolan.tillaggsbelopp.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.input.ColumnKind;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.InputFile;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;
import se.regionorebrolan.tillaggsbelopp.input.InputTables;
import se.regionorebrolan.tillaggsbelopp.input.TableDescription;

/**
 * The input workbook template: an instructions sheet in Swedish (Instruktioner), then one
 * sheet per table with its header row in Swedish, the code column formatted as text, the
 * date columns as dates and drop-down lists for the kind of growth (utfall, prognos) and
 * the care category (1–4). Prefilled with an input, it holds that input's rows as typed
 * cells, so that reading it back gives the same values.
 */
public final class InputTemplate {

	/** The template's file name: what a run reads with --tillagg.input-workbook. */
	public static final String FILE_NAME = "indata.xlsx";

	static final String INSTRUCTIONS = "Instruktioner";

	private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

	private final XSSFWorkbook workbook;

	private final Styles styles;

	private final CellStyle codeText;

	private InputTemplate(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.styles = new Styles(workbook);
		this.codeText = workbook.createCellStyle();
		this.codeText.cloneStyleFrom(this.styles.text);
		this.codeText.setDataFormat(workbook.createDataFormat().getFormat("@"));
	}

	/**
	 * Writes the template to a new file.
	 * @param prefill the input whose rows the sheets hold, or empty for header rows only
	 * @param createdAt when, for the file's properties
	 * @param softwareVersion the program version, for the file's properties
	 * @throws java.nio.file.FileAlreadyExistsException if the file exists: it is never
	 * overwritten
	 */
	public static void write(Path file, Optional<InputSet> prefill, ZonedDateTime createdAt, String softwareVersion)
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			InputTemplate template = new InputTemplate(workbook);
			template.instructions();
			template.tables(prefill);
			describe(workbook.getProperties().getCoreProperties(), createdAt, softwareVersion);
			// A file of the umask's permissions, not createTempFile's -rw-------.
			Path temporary = file.toAbsolutePath().resolveSibling(".ofullstandig-" + file.getFileName());
			Files.deleteIfExists(temporary);
			try {
				TillaggsbeloppWorkbook.writeReproducibly(workbook, temporary);
				Files.move(temporary, file);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
	}

	private void tables(Optional<InputSet> prefill) {
		for (TableDescription<?> table : InputTables.ALL) {
			table(new SheetWriter(this.workbook.createSheet(table.sheetName()), this.styles, ""), table, prefill);
		}
	}

	/**
	 * One table's sheet: the header row, each column's format for what is typed, the
	 * drop-down lists, and the table's rows in {@code prefill}, if any.
	 */
	private <T> void table(SheetWriter sheet, TableDescription<T> table, Optional<InputSet> prefill) {
		List<InputColumn<T>> columns = table.columns();
		sheet.headers(0, 1, columns.stream().map(InputColumn::heading).toArray(String[]::new));
		XSSFSheet poi = sheet.sheet();
		poi.createFreezePane(0, 1);
		for (int c = 0; c < columns.size(); c++) {
			InputColumn<T> column = columns.get(c);
			poi.setDefaultColumnStyle(c, style(column));
			poi.setColumnWidth(c, width(column) * 256);
			if (!column.choices().isEmpty()) {
				dropDown(poi, c, column.choices());
			}
		}
		List<InputRow<T>> rows = prefill.map(table::in).map(InputFile::rows).orElse(List.of());
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				Cell cell = InputColumns.write(sheet, r + 1, c, columns.get(c), rows.get(r), GrowthKind::swedishLabel);
				cell.setCellStyle(style(columns.get(c)));
			}
		}
	}

	/** The code column is formatted as text, so that a leading zero stays. */
	private CellStyle style(InputColumn<?> column) {
		return (column.kind() == ColumnKind.CODE) ? this.codeText : InputColumns.style(column.kind(), this.styles);
	}

	/** Room for the heading; a source is a sentence. */
	private static int width(InputColumn<?> column) {
		return (column.kind() == ColumnKind.SOURCE) ? 50 : Math.max(16, column.heading().length() + 4);
	}

	private static void dropDown(XSSFSheet sheet, int column, List<String> choices) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(choices.toArray(String[]::new)),
				new CellRangeAddressList(1, LAST_ROW, column, column));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox("Välj i listan", "Välj ett av värdena " + String.join(", ", choices) + ".");
		// In XSSF, true shows the arrow of the list (the name says the opposite).
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

	/** Instruktioner: the rules, then every table and column explained. */
	private void instructions() {
		SheetWriter sheet = new SheetWriter(this.workbook.createSheet(INSTRUCTIONS), this.styles, "");
		sheet.title("Indata till tilläggsbelopp – instruktioner", "Fyll i ett blad per tabell och kör programmet "
				+ "med den här arbetsboken som indata. Bladen och kolumnerna förklaras nedan.");
		int row = 3;
		for (String rule : TemplateGuide.RULES) {
			row = paragraph(sheet, row, rule);
		}
		for (TableDescription<?> table : InputTables.ALL) {
			row = guide(sheet, row + 1, table);
		}
		sheet.widths(24, 34, 58, 46, 8);
		sheet.print(-1);
	}

	private int guide(SheetWriter sheet, int first, TableDescription<?> table) {
		sheet.text(first, 0, table.sheetName() + " (" + table.fileName() + ")", this.styles.section);
		int row = paragraph(sheet, first + 1, table.content());
		row = paragraph(sheet, row, "Källa: " + table.origin());
		sheet.headers(row++, 1, "Kolumn", "Även", "Innehåll", "Format", "Krävs");
		for (InputColumn<?> column : table.columns()) {
			sheet.text(row, 0, column.heading(), this.styles.wrapped);
			sheet.text(row, 1, String.join(", ", column.otherNames()), this.styles.wrapped);
			sheet.text(row, 2, column.meaning(), this.styles.wrapped);
			sheet.text(row, 3, column.format(), this.styles.wrapped);
			sheet.text(row, 4, column.required() ? "ja" : "nej", this.styles.wrapped);
			sheet.lines(row++, 2);
		}
		return row;
	}

	/** A paragraph across the sheet's columns, tall enough for its text. */
	private static int paragraph(SheetWriter sheet, int row, String text) {
		sheet.text(row, 0, text, sheet.styles().wrapped);
		sheet.sheet().addMergedRegion(new CellRangeAddress(row, row, 0, 4));
		sheet.lines(row, 1 + text.length() / 150);
		return row + 1;
	}

	private static void describe(POIXMLProperties.CoreProperties properties, ZonedDateTime createdAt,
			String softwareVersion) {
		properties.setTitle("Indata till tilläggsbelopp");
		properties.setSubjectProperty("Mall för indata: ett blad per tabell");
		properties.setCreator("tillaggsbelopp " + softwareVersion);
		properties.setCreated(Optional.of(Date.from(createdAt.toInstant())));
	}

}
