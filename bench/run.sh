#!/usr/bin/env bash
# End-to-end benchmark of the job (issue 7). Builds the jar once, generates seeded synthetic
# input for N = 290, 2 900 and 9 000 municipalities, runs the whole job several times per N
# (N = 12 is the shipped data) and the start-up floor (`info`), and writes docs/benchmarks.md:
# median wall time, peak RSS and the time of each step from the job repository. Each size runs
# as the README starts the job, with the class-data-sharing archive the build makes; the floor,
# N = 12 and N = 290 also run as plain `java -jar`, and the largest N with the heap capped at
# 256 MB and with the serial collector, to show what the job needs rather than what the JVM's
# default heap sizing takes. Issue 16 added the release archive's launcher (bin/tillaggsbelopp with
# its bundled runtime and start-up cache, started in the program folder) at N = 0, 12, 290 and
# 9 000, and the floor of a bare Spring Boot + Batch + H2 job (bench/bare) on the JDK on the PATH.
# CPU time (user + sys) is measured beside wall time: on a shared machine it is the steadier.
#   bench/run.sh            # 5 runs per size, about 20 minutes
#   LAUNCHER_DIST=/other/target/dist bench/run.sh   # the launcher of another build's archive,
#                           # e.g. one made with Temurin 25 (default: target/dist)
#   RUNS=3 bench/run.sh     # fewer runs
#   bench/run.sh --report   # rewrite docs/benchmarks.md from the last measurements
#   bench/run.sh --smoke    # one run of the floor, N = 12 and N = 290 with the jar the build
#                           # made, nothing rewritten: what .ci/run does so that this script
#                           # keeps working
# Needs JDK 17, Maven and GNU time (/usr/bin/time, Debian package "time"; --smoke does without).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-}
RUNS=${RUNS:-5}
# label, N (0: the floor), how the jar is started, JVM options
CASES=("floor 0 cds" "12 12 cds" "290 290 cds" "2900 2900 cds" "9000 9000 cds" "9000-Xmx256m 9000 cds -Xmx256m"
  "9000-serial 9000 cds -XX:+UseSerialGC" "floor-jar 0 jar" "12-jar 12 jar" "290-jar 290 jar"
  "floor-launcher 0 launcher" "12-launcher 12 launcher" "290-launcher 290 launcher" "9000-launcher 9000 launcher"
  "bare 0 bare")
if [ "$MODE" = --smoke ]; then
  RUNS=1
  CASES=("floor 0 cds" "12 12 cds" "290 290 cds" "12-launcher 12 launcher")
fi
TIME=/usr/bin/time
[ -x "$TIME" ] || [ "$MODE" = --smoke ] || { echo "GNU time is needed at $TIME (apt-get install time)" >&2; exit 1; }

JAR=target/tillaggsbelopp.jar
WORK=target/bench
RESULTS="$WORK/results.txt"
input_of() { if [ "$1" = 12 ]; then echo input; else echo "$WORK/input-$1"; fi; }

LAUNCHER_DIST=${LAUNCHER_DIST:-target/dist}
LAUNCHER_HOME=$WORK/launcher/program
BARE_JAR=bench/bare/target/bare.jar

# The start of the command line, with the case's JVM options: as the README starts it, as a
# plain executable jar, through the launcher of the unpacked runtime archive, or the bare job.
start() {
  case $1 in
    cds) echo "java ${2:-} -XX:SharedArchiveFile=target/app/tillaggsbelopp.jsa -jar target/app/tillaggsbelopp.jar" ;;
    jar) echo "java ${2:-} -jar $JAR" ;;
    launcher) echo "bin/tillaggsbelopp" ;;
    bare) echo "java -jar $(pwd)/$BARE_JAR" ;;
  esac
}

# One timed run, in the launcher's program folder for the launcher: prints
# "wall_seconds peak_rss_kb cpu_seconds" (cpu: user + sys).
timed() {
  local stats="$WORK/time.txt" folder=.
  if [ "$1" = bin/tillaggsbelopp ]; then folder=$LAUNCHER_HOME; fi
  if [ -x "$TIME" ]; then
    (cd "$folder" && "$TIME" -f "%e %M %U %S" -o "$OLDPWD/$stats" "$@") > "$WORK/console.txt" 2>&1 ||
      { cat "$WORK/console.txt" >&2; exit 1; }
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$stats" > "$stats.tmp" && mv "$stats.tmp" "$stats"
  else
    local start; start=$(date +%s.%N)
    (cd "$folder" && "$@") > "$WORK/console.txt" 2>&1 || { cat "$WORK/console.txt" >&2; exit 1; }
    awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f 0 0\n", b - a }' > "$stats"
  fi
  cat "$stats"
}

# Step times of the only job execution in an output folder: "readInput calculate write" in ms.
steps() {
  java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1/registry/tillaggsbelopp" -user sa \
    -sql "select STEP_NAME, DATEDIFF('MILLISECOND', START_TIME, END_TIME) from BATCH_STEP_EXECUTION order by STEP_EXECUTION_ID" |
    awk -F'|' '/readInput|calculate|write/ { gsub(/ /, "", $2); printf "%s ", $2 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if [ "$MODE" != --report ]; then
if [ "$MODE" != --smoke ] || [ ! -f target/app/tillaggsbelopp.jsa ]; then mvn -q -B -DskipTests package; fi
[ -f "$BARE_JAR" ] || [ "$MODE" = --smoke ] || mvn -q -B -f bench/bare/pom.xml package
rm -rf "$WORK/launcher" && mkdir -p "$WORK/launcher"
runtime_archive=$(ls "$LAUNCHER_DIST"/tillaggsbelopp-*-linux-*.tar.gz 2> /dev/null | head -1)
if [ -n "$runtime_archive" ]; then
  tar -xzf "$runtime_archive" -C "$WORK/launcher"
  mv "$WORK/launcher"/tillaggsbelopp-* "$LAUNCHER_HOME"
else
  # a JDK without jmods/ makes no runtime archive (decision 26)
  echo "No archive with a Java runtime in $LAUNCHER_DIST: the launcher cases are left out." >&2
  for i in "${!CASES[@]}"; do [[ ${CASES[$i]} == *" launcher"* ]] && unset "CASES[$i]"; done
  CASES=("${CASES[@]}")
fi
H2_JAR=$(find ~/.m2/repository/com/h2database/h2 -name "$(jar tf "$JAR" | grep -o 'h2-[0-9.]*\.jar' | head -1)" | head -1)
mkdir -p "$WORK"
for n in $(for case in "${CASES[@]}"; do read -r _ n _ <<< "$case"; echo "$n"; done | sort -un); do
  [ "$n" -gt 12 ] || continue
  [ -f "$WORK/input-$n/population.csv" ] ||
    java -cp target/test-classes:target/classes se.regionorebrolan.tillaggsbelopp.bench.SyntheticInput \
      "$WORK/input-$n" "$n"
done

# Runs alternate between the cases, so that a slow minute of a shared machine hits all alike.
: > "$RESULTS"
: > "$WORK/load.txt"
for i in $(seq "$RUNS"); do
  cut -d' ' -f1 /proc/loadavg >> "$WORK/load.txt" # the machine may be shared: say how busy it was
  for case in "${CASES[@]}"; do
    read -r label n mode options <<< "$case"
    out="$(pwd)/$WORK/output-$label"
    rm -rf "$out"
    if [ "$mode" = bare ]; then
      # shellcheck disable=SC2046,SC2086
      line="$(timed $(start "$mode") --bare.dir="$out")"
      echo "$label $line" >> "$RESULTS"
    elif [ "$n" = 0 ]; then
      # shellcheck disable=SC2046,SC2086
      line="$(timed $(start "$mode" "$options") info --tillagg.output-dir="$out")"
      echo "$label $line" >> "$RESULTS"
    else
      # shellcheck disable=SC2046,SC2086
      line="$(timed $(start "$mode" "$options") --tillagg.input-dir="$(pwd)/$(input_of "$n")" \
        --tillagg.output-dir="$out" --tillagg.budget-year=2027)"
      echo "$label $line $(steps "$out")" >> "$RESULTS"
    fi
    rm -rf "$out"
    echo "run $i, $label: $line" >&2
  done
done
fi

if [ "$MODE" = --smoke ]; then
  for case in "${CASES[@]}"; do
    read -r label _ <<< "$case"
    grep -q "^$label " "$RESULTS" || { echo "bench smoke: no result for $label" >&2; exit 1; }
  done
  grep -E '^(12|290|12-launcher) ' "$RESULTS" | awk 'NF < 7 { print "bench smoke: no step times: " $0 > "/dev/stderr"; exit 1 }'
  echo "bench smoke: every case ran ($RESULTS)" >&2
  exit 0
fi

col() { awk -v key="$1" -v c="$2" '$1 == key { print $c }' "$RESULTS" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() {
  local label=$1 what=$2 floor=$3 wall
  wall=$(col "$label" 2)
  echo "| $what | $wall | $(col "$label" 4) | $(ratio "$wall" "$(col "$floor" 2)") | $(( $(col "$label" 3) / 1024 )) | $(col "$label" 5) | $(col "$label" 6) | $(col "$label" 7) |"
}
FLOOR=$(col floor 2)
N12=$(col 12 2)
{
  echo "# Benchmarks"
  echo
  echo "Measured by \`bench/run.sh\` on $(date -u -r "$RESULTS" +%Y-%m-%d): $(grep -c '^floor ' "$RESULTS") runs per case, medians."
  echo "Rerun with \`bench/run.sh\` (about 20 minutes; \`RUNS=3 bench/run.sh\` for fewer runs); it builds"
  echo "the jar, generates the synthetic input (seeded,"
  echo "\`src/test/java/se/regionorebrolan/tillaggsbelopp/bench/SyntheticInput.java\`) and rewrites this"
  echo "file from \`bench/notes.md\` and the measurements (\`bench/run.sh --report\` rewrites it from the"
  echo "last measurements)."
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
  echo "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory, $(java -version 2>&1 | head -1),"
  echo "$(uname -sr)."
  if [ -s "$WORK/load.txt" ]; then
    echo "The machine was shared with other work while measuring: load average (1 min) $(sort -n "$WORK/load.txt" | head -1)"
    echo "to $(sort -n "$WORK/load.txt" | tail -1) during the runs, on $(nproc) cores. Wall times are therefore noisy;"
    echo "CPU time (user + sys) is steadier."
  fi
  echo
  echo "Each run calculates budget year 2027 from the input folder of its size into a new output"
  echo "folder (a first calculation, not \"already computed\"), started as the README starts it:"
  echo "\`java -XX:SharedArchiveFile=target/app/tillaggsbelopp.jsa -jar target/app/tillaggsbelopp.jar\`,"
  echo "with the class-data-sharing archive of [decision 12](decisions/0012-class-data-sharing.md) and the"
  echo "JVM's default settings unless the row says otherwise. The floor is the same command with"
  echo "\`info\`: the application started and stopped without the job. Rows marked *plain jar* start"
  echo "\`java -jar target/tillaggsbelopp.jar\` instead, without the archive. Rows marked *launcher* start"
  echo "\`bin/tillaggsbelopp\` of the release archive with the bundled runtime (its JVM options and"
  echo "start-up cache, [decision 26](decisions/0026-release-archives.md)), in the program folder:"
  echo "$("$LAUNCHER_HOME/runtime/bin/java" -version 2>&1 | head -1). *Bare job* is the floor of the"
  echo "issue: Spring Boot, Spring Batch and H2 in a file, one job of one step (\`bench/bare/\`),"
  echo "started as \`java -jar bench/bare/target/bare.jar\` on the JDK above. CPU is user + sys time."
  echo
  echo "| N | wall (s) | CPU (s) | × floor | peak RSS (MB) | readInput (ms) | calculate (ms) | write (ms) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  row floor "floor (\`info\`)" floor
  row 12 12 floor
  row 290 290 floor
  row 2900 "2 900" floor
  row 9000 "9 000" floor
  row 9000-Xmx256m "9 000, \`-Xmx256m\`" floor
  row 9000-serial "9 000, \`-XX:+UseSerialGC\`" floor
  row floor-jar "floor, plain jar" floor-jar
  row 12-jar "12, plain jar" floor-jar
  row 290-jar "290, plain jar" floor-jar
  row floor-launcher "floor, launcher" floor-launcher
  row 12-launcher "12, launcher" floor-launcher
  row 290-launcher "290, launcher" floor-launcher
  row 9000-launcher "9 000, launcher" floor-launcher
  row bare "bare job" bare
  echo
  echo "## Targets"
  echo
  echo "| target | measured | met |"
  echo "|---|---|---|"
  added=$(awk -v a="$N12" -v b="$FLOOR" 'BEGIN { printf "%.2f", a - b }')
  plain=$(awk -v a="$(col 12-jar 2)" -v b="$(col floor-jar 2)" 'BEGIN { printf "%.2f", a - b }')
  echo "| N = 12 adds at most 0.5 s to the floor | +$added s (plain jar: +$plain s) | $(awk -v d="$added" 'BEGIN { print (d <= 0.5) ? "yes" : "no" }') |"
  r290=$(ratio "$(col 290 2)" "$N12")
  echo "| N = 290 takes at most 1.2 × N = 12 | $r290 × (plain jar: $(ratio "$(col 290-jar 2)" "$(col 12-jar 2)") ×) | $(awk -v r="$r290" 'BEGIN { print (r <= 1.2) ? "yes" : "no" }') |"
  growth=$(awk -v a="$(col 9000 2)" -v b="$(col 290 2)" -v f="$FLOOR" 'BEGIN { printf "%.1f", (a - f) / (b - f) }')
  echo "| 290 → 9 000 municipalities (31 ×): the time above the floor grows at most linearly | $growth × | $(awk -v g="$growth" 'BEGIN { print (g <= 31) ? "yes" : "no" }') |"
  rss=$(( $(col 9000 3) / 1024 ))
  capped=$(( $(col 9000-Xmx256m 3) / 1024 ))
  serial=$(( $(col 9000-serial 3) / 1024 ))
  bare_wall=$(col bare 2)
  bare_cpu=$(col bare 4)
  l12_wall=$(col 12-launcher 2)
  l12_cpu=$(col 12-launcher 4)
  echo "| N = 12 through the launcher at or below the bare Boot + Batch + H2 job | $l12_wall s wall, $l12_cpu s CPU (bare job: $bare_wall s, $bare_cpu s) | $(awk -v a="$l12_wall" -v b="$bare_wall" -v c="$l12_cpu" -v d="$bare_cpu" 'BEGIN { print (a <= b && c <= d) ? "yes" : (c <= d) ? "CPU yes, wall no" : "no" }') |"
  lrss=$(( $(col 9000-launcher 3) / 1024 ))
  echo "| peak RSS through the launcher at most 512 MB, at every N | $lrss MB at N = 9 000 | $(if [ "$lrss" -le 512 ]; then echo yes; else echo no; fi) |"
  echo "| peak RSS at the largest N at most 512 MB | $rss MB (default G1 sizing), $capped MB (\`-Xmx256m\`), $serial MB (\`-XX:+UseSerialGC\`) | $(if [ "$rss" -le 512 ]; then echo yes; elif [ "$serial" -le 512 ]; then echo "with \`-XX:+UseSerialGC\` or \`-Xmx256m\`"; elif [ "$capped" -le 512 ]; then echo "with \`-Xmx256m\`"; else echo no; fi) |"
  echo
  cat bench/notes.md
} > docs/benchmarks.md.tmp
mv docs/benchmarks.md.tmp docs/benchmarks.md
echo "Wrote docs/benchmarks.md" >&2
