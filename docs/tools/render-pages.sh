#!/usr/bin/env bash
# Renders every printed page of the shipped data's workbook (version 1, published, so SLUTLIG) and
# of its payment basis as LibreOffice prints them with Swedish settings: xlsx → PDF → one PNG per
# page in target/pages/ (workbook-NN.png, payment-N.png), and target/pages/pages.txt with the
# header line of each page, which names its sheet. Look at every page after a change to a sheet's
# layout (issue 18: nothing clipped or overlapping, headings repeated, status, version and page
# number on every page, one Kommunblad page per municipality). With --readme it also writes the
# README's picture of Sammanställning, docs/images/sammanstallning.png.
# Not part of CI: needs LibreOffice, poppler and the Carlito font, which has the metrics of Calibri,
# the font of every style (without it LibreOffice wraps and scales every page differently):
#   apt-get install libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito
#   docs/tools/render-pages.sh [--readme]
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in soffice pdftoppm pdftotext fc-list; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install libreoffice-calc-nogui poppler-utils" >&2; exit 2; }
done
fc-list | grep -i carlito > /dev/null || { echo "needs the Carlito font: apt-get install fonts-crosextra-carlito" >&2; exit 2; }
[ -f target/tillaggsbelopp.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=target/pages
rm -rf "$out" && mkdir -p "$out"
run() { java -jar target/tillaggsbelopp.jar "$@" --tillagg.output-dir="$work/output" --tillagg.budget-year=2027 > /dev/null; }
run
run publish --tillagg.version=1
run payment
cp "$work"/output/2027/v1-*/*-slutlig.xlsx "$out/workbook.xlsx"
cp "$(ls "$work"/output/2027/utbetalning-*/*.xlsx | head -1)" "$out/payment.xlsx"
# Render as Swedish Excel shows it: the formats are locale-neutral, the locale gives "1 234 567 kr".
mkdir -p "$work/profile/user"
cat > "$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
XCU
: > "$out/pages.txt"
for name in workbook payment; do
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$out" "$out/$name.xlsx" > /dev/null
  pdftoppm -png -r 80 "$out/$name.pdf" "$out/$name"
  pages=$(pdfinfo "$out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)
  for ((page = 1; page <= ${pages:-0}; page++)); do
    echo "$name $page: $(pdftotext -f "$page" -l "$page" -layout "$out/$name.pdf" - | grep -m1 -v '^\s*$' | tr -s ' ')" >> "$out/pages.txt"
  done
done
if [ "${1:-}" = "--readme" ]; then
  # A4 landscape at 110 dpi is 1286 × 910 pixels; the sheet's table and notes fill the top.
  pdftoppm -png -r 110 -f 1 -l 1 -x 0 -y 0 -W 1286 -H 760 -singlefile "$out/workbook.pdf" docs/images/sammanstallning
fi
cat "$out/pages.txt"
