#!/usr/bin/env bash
# Renders the Sammanställning sheet of the shipped data's workbook to docs/images/sammanstallning.png
# for the README: LibreOffice (headless) → PDF → PNG of the first page. Not part of CI: needs
# LibreOffice and poppler (Debian: apt-get install libreoffice-calc-nogui poppler-utils).
#   docs/tools/render-summary.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install libreoffice-calc-nogui poppler-utils" >&2; exit 2; }
done
[ -f target/tillaggsbelopp.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/tillaggsbelopp.jar --tillagg.output-dir="$work/output" > /dev/null
workbook=$(ls "$work"/output/*/*/*.xlsx)
# Render as Swedish Excel shows it: the formats are locale-neutral, the locale gives "1 234 567 kr".
mkdir -p "$work/profile/user"
cat > "$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
XCU
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$workbook" > /dev/null
mkdir -p docs/images
# A4 landscape at 110 dpi is 1286 × 910 pixels; the sheet's table, notes and chart fill the top.
pdftoppm -png -r 110 -f 1 -l 1 -x 0 -y 0 -W 1286 -H 760 -singlefile "$work"/*.pdf docs/images/sammanstallning
echo "docs/images/sammanstallning.png"
