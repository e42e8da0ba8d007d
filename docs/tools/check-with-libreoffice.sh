#!/usr/bin/env bash
# Recalculates the spec example's workbook in LibreOffice (headless), with every cached
# formula value removed first, and checks that LibreOffice's values equal the engine's and
# that every check on Kontroller passes. Not part of CI: needs LibreOffice
# (Debian: apt-get install libreoffice-calc-nogui). Run from anywhere:
#   docs/tools/check-with-libreoffice.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/tillaggsbelopp.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/tillaggsbelopp.jar --spring.config.location=classpath:/application.yml \
  --tillagg.input-dir=src/test/resources/spec-example/input --tillagg.output-dir="$work/output" \
  --tillagg.budget-year=2027 --tillagg.population-reference-date=2025-12-31 \
  --tillagg.advanced.cost-per-patient-sek=600000 > /dev/null
run=$(ls -d "$work"/output/2027/*/)
python3 docs/tools/libreoffice-recalculation.py "$run"/*.xlsx "$run"/*.csv
