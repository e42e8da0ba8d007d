#!/usr/bin/env bash
# End-to-end benchmark of the job (issue 7). Builds the jar once, generates seeded synthetic
# input for N = 290, 2 900 and 9 000 municipalities, runs the whole job several times per N
# (N = 12 is the shipped data) and the start-up floor (`info`), and writes docs/benchmarks.md:
# median wall time, peak RSS and the time of each step from the job repository.
#   bench/run.sh            # 5 runs per size
#   RUNS=3 bench/run.sh     # fewer runs
# Needs JDK 17, Maven and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SIZES=(12 290 2900 9000)
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "GNU time is needed at $TIME (apt-get install time)" >&2; exit 1; }

mvn -q -B -DskipTests package
JAR=target/tillaggsbelopp.jar
H2_JAR=$(find ~/.m2/repository/com/h2database/h2 -name "$(jar tf "$JAR" | grep -o 'h2-[0-9.]*\.jar' | head -1)" | head -1)
WORK=target/bench
mkdir -p "$WORK"
for n in "${SIZES[@]}"; do
  [ "$n" = 12 ] || [ -f "$WORK/input-$n/population.csv" ] ||
    java -cp target/test-classes se.regionorebrolan.tillaggsbelopp.bench.SyntheticInput "$WORK/input-$n" "$n"
done

input_of() { if [ "$1" = 12 ]; then echo input; else echo "$WORK/input-$1"; fi; }

# One timed run: prints "wall_seconds peak_rss_kb".
timed() {
  local stats="$WORK/time.txt"
  "$TIME" -f "%e %M" -o "$stats" java -jar "$JAR" "$@" > "$WORK/console.txt" 2>&1 ||
    { cat "$WORK/console.txt" >&2; exit 1; }
  cat "$stats"
}

# Step times of the only job execution in an output folder: "readInput calculate write" in ms.
steps() {
  java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$(pwd)/$1/registry/tillaggsbelopp" -user sa \
    -sql "select STEP_NAME, DATEDIFF('MILLISECOND', START_TIME, END_TIME) from BATCH_STEP_EXECUTION order by STEP_EXECUTION_ID" |
    awk -F'|' '/readInput|calculate|write/ { gsub(/ /, "", $2); printf "%s ", $2 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

RESULTS="$WORK/results.txt"
: > "$RESULTS"
for i in $(seq "$RUNS"); do
  echo "floor $(timed info --tillagg.output-dir="$WORK/floor")" >> "$RESULTS"
done
for n in "${SIZES[@]}"; do
  for i in $(seq "$RUNS"); do
    out="$WORK/output-$n-$i"
    rm -rf "$out"
    line="$(timed --tillagg.input-dir="$(input_of "$n")" --tillagg.output-dir="$out" --tillagg.budget-year=2027)"
    echo "$n $line $(steps "$out")" >> "$RESULTS"
    rm -rf "$out"
    echo "N=$n run $i: $line" >&2
  done
done

col() { awk -v key="$1" -v c="$2" '$1 == key { print $c }' "$RESULTS" | median; }
FLOOR=$(col floor 2)
N12=$(col 12 2)
{
  echo "# Benchmarks"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d) ($RUNS runs per size; medians). Rerun with"
  echo "\`bench/run.sh\` (or \`RUNS=3 bench/run.sh\`); it builds the jar, generates the synthetic input"
  echo "(seeded, \`src/test/java/.../bench/SyntheticInput.java\`) and rewrites this file."
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
  echo "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory, $(java -version 2>&1 | head -1),"
  echo "$(uname -sr). Each run is \`java -jar target/tillaggsbelopp.jar\` with the default JVM settings, into"
  echo "a new output folder, so that it is a first calculation and not \"already computed\"."
  echo
  echo "| N | wall (s) | × floor | peak RSS (MB) | readInput (ms) | calculate (ms) | write (ms) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  echo "| floor (\`info\`) | $FLOOR | 1.00 | $(( $(col floor 3) / 1024 )) | | | |"
  for n in "${SIZES[@]}"; do
    wall=$(col "$n" 2)
    echo "| $n | $wall | $(awk -v a="$wall" -v b="$FLOOR" 'BEGIN { printf "%.2f", a / b }') | $(( $(col "$n" 3) / 1024 )) | $(col "$n" 4) | $(col "$n" 5) | $(col "$n" 6) |"
  done
  echo
  echo "## Targets"
  echo
  echo "| target | measured | met |"
  echo "|---|---|---|"
  added=$(awk -v a="$N12" -v b="$FLOOR" 'BEGIN { printf "%.2f", a - b }')
  echo "| N = 12 adds at most 0.5 s to the floor | $added s | $(awk -v d="$added" 'BEGIN { print (d <= 0.5) ? "yes" : "no" }') |"
  r290=$(awk -v a="$(col 290 2)" -v b="$N12" 'BEGIN { printf "%.2f", a / b }')
  echo "| N = 290 at most 1.2 × N = 12 | $r290 × | $(awk -v r="$r290" 'BEGIN { print (r <= 1.2) ? "yes" : "no" }') |"
  growth=$(awk -v a="$(col 9000 2)" -v b="$(col 290 2)" -v f="$FLOOR" 'BEGIN { printf "%.1f", (a - f) / (b - f) }')
  echo "| 290 → 9 000 (31 ×) at most linear: job time above the floor | $growth × | $(awk -v g="$growth" 'BEGIN { print (g <= 31) ? "yes" : "no" }') |"
  rss=$(( $(col 9000 3) / 1024 ))
  echo "| peak RSS at the largest N at most 512 MB | $rss MB | $( [ "$rss" -le 512 ] && echo yes || echo no) |"
  echo
  cat bench/notes.md
} > docs/benchmarks.md.tmp
mv docs/benchmarks.md.tmp docs/benchmarks.md
echo "Wrote docs/benchmarks.md" >&2
