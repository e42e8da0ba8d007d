"""Recalculates a workbook in LibreOffice and lists the value of every formula cell.

Usage: python3 libreoffice-recalculation.py WORKBOOK.xlsx VALUES.tsv

Every cached formula value is removed from a copy of the workbook first, so the values are
LibreOffice's own; LibreOffice (headless, over UNO: its file exports keep only 15 digits)
recalculates the copy, and each formula cell's value is written as one line
"sheet TAB cell TAB n|s TAB value", a number as the shortest text that reads back as the same
double. LibreOfficeRecalculationTests compares them with the values the program stored.

Needs LibreOffice Calc and its Python bridge (Debian: apt-get install libreoffice-calc-nogui
python3-uno) and the system Python that has the bridge (/usr/bin/python3 on Debian).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue

FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"[^>]*><f>')


def strip_cached_values(source, target):
    """Copies the workbook without the <v> values of formula cells; returns the formula cells."""
    cells = {}
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                cells[item.filename] = FORMULA_CELL.findall(text)
                text = re.sub(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1", text)
                text = re.sub(r'(<c [^>]*?) t="(str|n|b|e)"([^>]*><f>)', r"\1\3", text)
                data = text.encode("utf-8")
            zout.writestr(item, data)
    return cells


def sheet_files(source):
    """The worksheet part of each sheet, in the workbook's order."""
    with zipfile.ZipFile(source) as book:
        workbook = book.read("xl/workbook.xml").decode("utf-8")
        relations = book.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = {}
    for relation in re.findall(r"<Relationship [^>]*>", relations):
        identity = re.search(r'Id="([^"]+)"', relation).group(1)
        target = re.search(r'Target="([^"]+)"', relation).group(1)
        targets[identity] = "xl/" + target.lstrip("/").replace("xl/", "", 1)
    return [targets[identity] for identity in re.findall(r'<sheet [^>]*r:id="([^"]+)"', workbook)]


def used_values(sheet):
    """The values of the sheet's used area in one call: a float for a number, else the text."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()


def position(reference):
    """(row, column) from 0 of a reference such as AB12."""
    letters = re.match(r"[A-Z]+", reference).group(0)
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(reference[len(letters):]) - 1, column - 1


def prop(name, value):
    setting = PropertyValue()
    setting.Name = name
    setting.Value = value
    return setting


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.5)
    raise RuntimeError("LibreOffice did not start")


def main(source, output):
    work = tempfile.mkdtemp()
    office = None
    try:
        stripped = os.path.join(work, "stripped.xlsx")
        cells = strip_cached_values(source, stripped)
        parts = sheet_files(source)
        pipe = "recalculation%d" % os.getpid()
        office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + work + "/profile", "--headless",
                                   "--invisible", "--norestore", "--accept=pipe,name=%s;urp;" % pipe],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(stripped), "_blank", 0,
                                                (prop("Hidden", True),))
        document.calculateAll()
        with open(output, "w", encoding="utf-8") as out:
            for index, part in enumerate(parts):
                sheet = document.Sheets.getByIndex(index)
                values = used_values(sheet)
                for reference in cells.get(part, []):
                    row, column = position(reference)
                    value = values[row][column]
                    if isinstance(value, float):
                        out.write("%s\t%s\tn\t%r\n" % (sheet.Name, reference, value))
                    else:
                        out.write("%s\t%s\ts\t%s\n" % (sheet.Name, reference, value))
        document.close(True)
        desktop.terminate()
    finally:
        if office is not None:
            try:
                office.wait(timeout=60)
            except subprocess.TimeoutExpired:
                office.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
