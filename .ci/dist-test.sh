#!/usr/bin/env bash
# The release archives as a finance officer gets them (issue 16, docs/decisions/0026): after
# `mvn package` has written target/dist, unpacks the archive with the bundled Java runtime into
# an empty folder whose path has spaces and å ä ö, hides every JDK of the machine (a tmpfs over
# /usr/lib/jvm in a private mount namespace: needs root, as CI has), and runs the launcher from
# another working directory: the default job, --help, --version, list, verify, publish,
# payment, a misspelt command and help publish, and the README's spec example in the program
# folder. The run id, the amounts and the results file must be those of `java -jar` on the
# JDK on the PATH. Then the portable zip, with the system Java and with none at all.
#   .ci/dist-test.sh              # the archives in target/dist
#   .ci/dist-test.sh OTHER/dist   # e.g. the ones a Temurin 25 build made
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dist=$(cd "${1:-target/dist}" && pwd)
jvms=/usr/lib/jvm
passed=0
failed=0
check() { # check "what" command...: counts and reports one expectation
  local what=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $what" >&2; fi
}
has() { grep -qF -- "$2" "$1"; }

if ! unshare -m true 2> /dev/null; then
  echo "dist test: cannot hide the JDKs (unshare -m needs root); run as root, as CI does" >&2
  exit 1
fi
runtime_archive=$(ls "$dist"/tillaggsbelopp-*-linux-*.tar.gz)
portable=$(ls "$dist"/tillaggsbelopp-*.zip | grep -v -- '-linux-')
version=$(basename "$portable" .zip | sed 's/^tillaggsbelopp-//')
echo "dist test: $(basename "$runtime_archive") and $(basename "$portable")"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/Mapp med å ä ö" "$tmp/annan mapp" "$tmp/portabel"
tar -xzf "$runtime_archive" -C "$tmp/Mapp med å ä ö"
home="$tmp/Mapp med å ä ö/tillaggsbelopp-$version"

# The reference: java -jar with the shipped data and settings, into an output folder of its own.
java -jar target/tillaggsbelopp.jar --tillagg.output-dir="$tmp/referens" > "$tmp/referens.txt"
year=$(ls "$tmp/referens" | grep -E '^[0-9]{4}$')
run_id=$(ls "$tmp/referens/$year" | grep -o '^v1-[0-9a-f]*')

# The launcher with no Java on the machine, from another working directory. Each command's
# output goes to a file of its own, its exit code to codes.txt.
unshare -m --propagation private bash -s "$home" "$tmp" "$year" <<'SH' > "$tmp/namespace.txt" 2>&1 || true
set -u
mount -t tmpfs none /usr/lib/jvm
unset JAVA_HOME
if command -v java > /dev/null 2>&1; then echo "a Java is still visible: $(command -v java)"; exit 1; fi
L=$1/bin/tillaggsbelopp T=$2 Y=$3
cd "$T/annan mapp"
launch() { local name=$1; shift; "$L" "$@" > "$T/$name.txt" 2>&1; echo "$name $?" >> "$T/codes.txt"; }
launch run
launch help --help
launch version --version
launch list list --tillagg.budget-year="$Y"
launch verify verify --tillagg.budget-year="$Y" --tillagg.version=1
launch publish publish --tillagg.budget-year="$Y" --tillagg.version=1
launch payment payment --tillagg.budget-year="$Y"
launch misspelt pubish
launch help-publish help publish
# The README's check of the spec example, in the program folder as the README says.
cd "$1" && launch spec --tillagg.input-dir=docs/spec-example/input --tillagg.output-dir=spec-example \
  --tillagg.budget-year=2027 --tillagg.population-reference-date=2025-12-31 --tillagg.advanced.cost-per-patient-sek=600000
SH
code() { awk -v n="$1" '$1 == n { print $2 }' "$tmp/codes.txt"; }
check "no Java visible in the namespace" test ! -s "$tmp/namespace.txt"
check "run: exit 0" test "$(code run)" = 0
check "run: run id $run_id as java -jar" has "$tmp/run.txt" "$year/$run_id/"
check "run: the county and municipality lines of java -jar" \
  diff <(grep -E '^(18[0-9][0-9] |Länet)' "$tmp/referens.txt") <(grep -E '^(18[0-9][0-9] |Länet)' "$tmp/run.txt")
check "run: the results file of java -jar, byte for byte" \
  cmp "$tmp/referens/$year/$run_id/tillaggsbelopp-$year-v1-preliminar.csv" \
  "$home/output/$year/$run_id/tillaggsbelopp-$year-v1-slutlig.csv" # published since
check "--help: exit 0, the launcher's name and every command" test "$(code help)" = 0
check "--help: usage" has "$tmp/help.txt" "Användning: bin/tillaggsbelopp [kommando]"
for command in run publish list compare verify payment info import-scb templates rebuild-registry; do
  check "--help: $command" grep -qE "^  $command +[a-zåäö]" "$tmp/help.txt"
done
check "--version: exit 0" test "$(code version)" = 0
check "--version: the version" has "$tmp/version.txt" "tillaggsbelopp $version"
check "--version: the bundled runtime" has "$tmp/version.txt" "$home/runtime"
check "list: version 1 with its run id" has "$tmp/list.txt" "${run_id#v1-}"
check "verify: exit 0" test "$(code verify)" = 0
check "verify: verified" has "$tmp/verify.txt" "är verifierad"
check "publish: exit 0" test "$(code publish)" = 0
check "payment: exit 0 and the Swedish month" has "$tmp/payment.txt" "januari $year"
check "a misspelt command: exit 2" test "$(code misspelt)" = 2
check "a misspelt command: the nearest name" has "$tmp/misspelt.txt" "(menade du publish?)"
check "help publish: exit 0" test "$(code help-publish)" = 0
check "help publish: its example" has "$tmp/help-publish.txt" "  bin/tillaggsbelopp publish --tillagg.budget-year=2027"
check "the runs are in the program folder, not the working directory" test ! -e "$tmp/annan mapp/output"
check "README's spec example: exit 0" test "$(code spec)" = 0
check "README's spec example: run id 85e563aeeaf1 and 15 041 639 kr" grep -qE '^Länet .* 15 041 639$' "$tmp/spec.txt"
check "README's spec example: its run id" has "$tmp/spec.txt" "2027/v1-85e563aeeaf1/"

# TILLAGG_HOME: another working folder with its own settings and input.
mkdir -p "$tmp/arbetsmapp"
cp -r "$home/config" "$home/input" "$tmp/arbetsmapp/"
(cd / && TILLAGG_HOME="$tmp/arbetsmapp" "$home/bin/tillaggsbelopp" info > "$tmp/info-home.txt" 2>&1) || true
check "TILLAGG_HOME: the working folder" has "$tmp/info-home.txt" "Arbetsmapp: $tmp/arbetsmapp"
check "TILLAGG_HOME: its output folder" has "$tmp/info-home.txt" "Utdata: $tmp/arbetsmapp/output"

# The portable zip: with the Java on the PATH, and what it says with no Java at all.
(cd "$tmp/portabel" && unzip -q "$portable")
phome="$tmp/portabel/tillaggsbelopp-$version"
check "portable: no runtime" test ! -e "$phome/runtime"
check "portable: the launchers and LÄSMIG.txt" test -x "$phome/bin/tillaggsbelopp" -a -f "$phome/bin/tillaggsbelopp.cmd" \
  -a -f "$phome/LÄSMIG.txt"
check "portable: the Windows launcher has CRLF line ends" grep -q $'\r$' "$phome/bin/tillaggsbelopp.cmd"
(cd "$tmp/annan mapp" && unset JAVA_HOME && "$phome/bin/tillaggsbelopp" > "$tmp/portable-run.txt" 2>&1) || true
check "portable: run id $run_id with the system Java" has "$tmp/portable-run.txt" "$year/$run_id/"
# JAVA_HOME comes before the PATH: another JDK of the machine than the PATH's, if there is one.
path_java=$(readlink -f "$(command -v java)")
for other in "$jvms"/*/bin/java; do
  [ "$(readlink -f "$other")" != "$path_java" ] || continue
  other_home=$(cd "$(dirname "$(readlink -f "$other")")/.." && pwd -P)
  (cd "$tmp/annan mapp" && JAVA_HOME=$other_home "$phome/bin/tillaggsbelopp" --version > "$tmp/java-home.txt" 2>&1) || true
  check "portable: JAVA_HOME ($other_home) before java on the PATH" has "$tmp/java-home.txt" "), $other_home"
  break
done
unshare -m --propagation private bash -c \
  'mount -t tmpfs none /usr/lib/jvm; unset JAVA_HOME; "$1/bin/tillaggsbelopp" info; echo "exit $?"' \
  sh "$phome" > "$tmp/no-java.txt" 2>&1 || true
check "portable without Java: exit 1" has "$tmp/no-java.txt" "exit 1"
check "portable without Java: says what to install" has "$tmp/no-java.txt" "Installera Java (JRE eller JDK) version 17"

if [ "$failed" -gt 0 ]; then
  for file in namespace codes run help version list verify publish payment misspelt help-publish spec info-home portable-run java-home no-java; do
    echo "== $file" && cat "$tmp/$file.txt" 2> /dev/null | head -40
  done
fi
echo "dist test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
