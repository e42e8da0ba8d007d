"""Writes the spec example's input tables as input workbooks the way two Python libraries
write them, with one formula in Mätning!D5 (the category-4 patients of 9001 Alfa, 40):

- openpyxl-formula-without-value.xlsx: openpyxl saves a formula with an empty value
  (<f>36+4</f><v/>) because it cannot calculate;
- xlsxwriter-formula-saved-as-zero.xlsx: XlsxWriter saves a formula with the value 0 and asks
  the spreadsheet to recalculate on opening (fullCalcOnLoad).

Made once with openpyxl 3.1.5 and XlsxWriter 3.2.9 (pip install openpyxl xlsxwriter; then
python3 make.py from this folder); the tests read the files, not this script."""
import csv
import datetime
import pathlib

import openpyxl
import xlsxwriter

EXAMPLE = pathlib.Path(__file__).parent / ".." / "spec-example" / "input"
SHEETS = [("Kommuner", "municipalities"), ("Befolkning", "population"), ("Avstånd", "distances"),
          ("Skatteunderlag", "tax_base_growth"), ("Somatik", "somatic_base"),
          ("Psykiatri", "psychiatric_invoiced"), ("Mätning", "home_care_measurement")]
FORMULA_SHEET, FORMULA_ROW, FORMULA_COLUMN, FORMULA = "Mätning", 5, 4, "=36+4"


def typed(text, header):
    if header:
        return text
    try:
        return datetime.datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        pass
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def rows(table):
    with open(EXAMPLE / (table + ".csv"), encoding="utf-8", newline="") as f:
        return [[typed(value, index == 0) for value in row] for index, row in enumerate(csv.reader(f))]


def with_openpyxl(path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet_name, table in SHEETS:
        sheet = book.create_sheet(sheet_name)
        for row in rows(table):
            sheet.append(row)
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, datetime.datetime):
                    cell.number_format = "yyyy-mm-dd"
    book[FORMULA_SHEET].cell(FORMULA_ROW, FORMULA_COLUMN).value = FORMULA
    book.save(path)


def with_xlsxwriter(path):
    book = xlsxwriter.Workbook(str(path))
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    for sheet_name, table in SHEETS:
        sheet = book.add_worksheet(sheet_name)
        for r, row in enumerate(rows(table)):
            for c, value in enumerate(row):
                if isinstance(value, datetime.datetime):
                    sheet.write_datetime(r, c, value, date)
                else:
                    sheet.write(r, c, value)
    book.get_worksheet_by_name(FORMULA_SHEET).write_formula(FORMULA_ROW - 1, FORMULA_COLUMN - 1, FORMULA)
    book.close()


here = pathlib.Path(__file__).parent
with_openpyxl(here / "openpyxl-formula-without-value.xlsx")
with_xlsxwriter(here / "xlsxwriter-formula-saved-as-zero.xlsx")
