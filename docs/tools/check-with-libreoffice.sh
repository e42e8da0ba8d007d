#!/usr/bin/env bash
# Lets LibreOffice (headless) recalculate the workbooks of the spec example, the shipped data and
# 290 synthetic municipalities with every stored value removed, and checks that no formula cell
# differs from the value the program stored and that every check on Kontroller passes
# (LibreOfficeRecalculationTests, decision 21). CI runs it too. Needs LibreOffice and its Python
# bridge (Debian: apt-get install libreoffice-calc-nogui python3-uno). Run from anywhere:
#   docs/tools/check-with-libreoffice.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q test -Dtest=LibreOfficeRecalculationTests -Dsurefire.failIfNoSpecifiedTests=false -Dtillagg.libreoffice=required
echo "LibreOffice recalculates every formula to the stored value."
