"""Recalculates a tillaggsbelopp workbook in LibreOffice and compares it with the engine.

Usage: python3 libreoffice-recalculation.py WORKBOOK.xlsx RESULTS.csv

Every cached formula value is removed from the workbook first, so the values compared are
LibreOffice's own. Passes (exit 0) when the Kontroller verdict is "Alla kontroller godkända",
every formula value on Kontroller equals the engine's value within its tolerance, and the
Sammanställning totals equal the results file.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

RECALCULATE_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def strip_cached_values(source, target):
    """Copies the workbook without the <v> values of formula cells."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                text = re.sub(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1", text)
                text = re.sub(r'(<c [^>]*?) t="(str|n|b|e)"([^>]*><f>)', r"\1\3", text)
                data = text.encode("utf-8")
            zout.writestr(item, data)


def recalculate_to_csv(workbook, folder):
    profile = os.path.join(folder, "profile")
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as settings:
        settings.write(RECALCULATE_ALWAYS)
    # CSV of every sheet, raw values (not as shown), UTF-8.
    options = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", options,
                    "--outdir", folder, workbook], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(workbook))[0]
    return lambda sheet: list(csv.reader(open(os.path.join(folder, base + "-" + sheet + ".csv"), encoding="utf-8")))


def main(workbook, results):
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        stripped = os.path.join(folder, "recalculated.xlsx")
        strip_cached_values(workbook, stripped)
        sheet = recalculate_to_csv(stripped, folder)
        checks = sheet("Kontroller")
        verdict = checks[3][0]
        print("Kontroller:", verdict)
        if verdict != "Alla kontroller godkända":
            failures.append("verdict: " + verdict)
        compared = 0
        in_engine_section = False
        for row in checks:
            if row and row[0] == "Arbetsbokens formler ger programmets värden":
                in_engine_section = True
                continue
            if in_engine_section and len(row) > 5 and row[1] and row[0] != "Vad":
                workbook_value, engine_value, tolerance = float(row[2]), float(row[3]), float(row[4])
                compared += 1
                if abs(workbook_value - engine_value) > tolerance or row[5] != "OK":
                    failures.append(f"{row[1]} ({row[0]}): LibreOffice {row[2]}, engine {row[3]}")
        print(f"Formulas compared with the engine: {compared}")
        summary = {row[0]: row for row in sheet("Sammanställning") if row and re.fullmatch(r"\d{4}", row[0])}
        for line in list(csv.reader(open(results, encoding="utf-8")))[1:]:
            total = summary[line[0]][6]
            if float(total) != float(line[6]):
                failures.append(f"Sammanställning total of {line[0]}: LibreOffice {total}, results file {line[6]}")
        print(f"Municipality totals compared with the results file: {len(summary)}")
    for failure in failures:
        print("FEL:", failure)
    return 1 if failures or compared == 0 else 0


if __name__ == "__main__":
    if shutil.which("soffice") is None:
        sys.exit("needs LibreOffice: apt-get install libreoffice-calc-nogui")
    sys.exit(main(sys.argv[1], sys.argv[2]))
