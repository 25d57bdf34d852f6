#!/usr/bin/env bash
# Cold start of the function: median and p90 over N fresh JVMs of the time from JVM start to the
# first article written to the embedded S3 server, for plain (full tiered JIT, as template.yaml
# sets), C1 only (-XX:TieredStopAtLevel=1, the Lambda Java 17/21 runtimes' default), AppCDS, both;
# and, as floors, a JVM that only builds the S3 client and writes one object with it (the SDK's own
# cold start, under the same options) and a JVM that only parses the page with jsoup.
# On a JDK with the AOT cache (JDK 25: JEP 483, 514, 515; the successor of AppCDS, which also keeps
# linked classes and method profiles), two more rows: AOT cache, with and without C1 only.
# The server runs in a process of its own, started and warmed up once before the first run, as S3
# is for a function. Usage: [JAVA=/path/to/bin/java] [ROWS="c1 aot-c1"] scripts/coldstart.sh [PAGE.html] [N]
# (the measured JVMs run on $JAVA, default the java on the PATH; the server always on the latter;
# ROWS picks rows: default c1 appcds appcds-c1 aot aot-c1 snapstart jsoup, all when unset).
# Needs: mvn -q -DskipTests package test-compile
set -euo pipefail
case "${1:-}" in -h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
cd "$(dirname "$0")/.."
page=${1:-events/raw/harbour-wind-farm.html}
n=${2:-10}
[ -f target/scrape-cleaner-lambda.jar ] && [ -d target/test-classes ] || { echo "Build first: mvn -q -DskipTests package test-compile" >&2; exit 2; }
# The measured JVMs run on the Lambda deployment jar, the classes Lambda loads. AppCDS takes jars
# only on the class path: the harness goes into a jar of its own.
jar cf target/coldstart.jar -C target/test-classes dev/scrapecleaner/bench/ColdStart.class \
  -C target/test-classes dev/scrapecleaner/bench/ColdStartServer.class
cp="target/scrape-cleaner-lambda.jar:target/coldstart.jar"
server_cp="target/scrape-cleaner.jar:target/coldstart.jar:$(ls target/lib/*.jar | tr '\n' ':')"
java_bin=${JAVA:-java}
jsa=target/coldstart.jsa
aot=target/coldstart.aot

# The S3 server: its own JVM, serving the page under a key per run until this script ends.
coproc SERVER { exec java -cp "${server_cp%:}" dev.scrapecleaner.bench.ColdStartServer "$page" $((7 * n + 7)) 2>/dev/null; }
server_pid=$SERVER_PID
trap 'kill $server_pid 2>/dev/null || true' EXIT
read -r -t 120 -u "${SERVER[0]}" word endpoint || { echo "the S3 server did not start" >&2; exit 1; }
[ "$word" = ENDPOINT ] || { echo "the S3 server said: $word $endpoint" >&2; exit 1; }
run=0
next_key() { run=$((run + 1)); }

# Training runs for the AppCDS archives (classes loaded up to the first article).
next_key; "$java_bin" -XX:ArchiveClassesAtExit=$jsa -cp "$cp" dev.scrapecleaner.bench.ColdStart --handler "$endpoint" $run > /dev/null 2>&1
next_key; "$java_bin" -XX:ArchiveClassesAtExit=target/coldstart-c1.jsa -XX:TieredStopAtLevel=1 -cp "$cp" \
  dev.scrapecleaner.bench.ColdStart --handler "$endpoint" $run > /dev/null 2>&1
# The AOT cache, where the JDK has one: one training run writes it (-XX:AOTCacheOutput, JDK 25+).
has_aot=
if "$java_bin" -XX:AOTCacheOutput=$aot.probe -version > /dev/null 2>&1; then
  rm -f $aot $aot.probe
  next_key; "$java_bin" -XX:AOTCacheOutput=$aot -cp "$cp" dev.scrapecleaner.bench.ColdStart --handler "$endpoint" $run > /dev/null 2>&1
  [ -f $aot ] && has_aot=1
fi

rows=" ${ROWS:-default c1 appcds appcds-c1 aot aot-c1 snapstart jsoup} "
measure() { # row, label, java options...
  case "$rows" in *" $1 "*) shift ;; *) return 0 ;; esac
  local label=$1; shift
  local opts=() floor= init_type=()
  for o in "$@"; do
    case "$o" in --jsoup-only) floor=1 ;; --snap-start) init_type=(snap-start) ;; *) opts+=("$o") ;; esac
  done
  local xs=() sdk=() args
  for i in $(seq "$n"); do
    if [ -n "$floor" ]; then args=(--jsoup-only "$page"); else next_key; args=(--handler "$endpoint" $run "${init_type[@]}"); fi
    xs+=("$(run_once "${opts[@]}" -- "${args[@]}")")
    # The SDK floor, in turns with the function's runs so that both meet the same machine.
    [ -n "$floor" ] || [ ${#init_type[@]} -gt 0 ] || sdk+=("$(run_once "${opts[@]}" -- --sdk-only "$endpoint" "$i")")
  done
  # median, p90 and min of the total; medians of the init phase and of the first event; the SDK floor's median
  col() { printf '%s\n' "${xs[@]}" | awk -v c="$1" '{print $c}' | sort -n; }
  local t i e f=- m=$(((n + 1) / 2)) p90=$(((n * 9 + 5) / 10))
  t=$(col 1); i=$(col 2); e=$(col 3)
  [ ${#sdk[@]} -eq 0 ] || f=$(printf '%s\n' "${sdk[@]}" | awk '{print $1}' | sort -n | sed -n ${m}p)
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$(sed -n ${m}p <<< "$t")" "$(sed -n ${p90}p <<< "$t")" \
    "$(sed -n 1p <<< "$t")" "$(sed -n ${m}p <<< "$i")" "$(sed -n ${m}p <<< "$e")" "$f"
}
run_once() { # java options... -- ColdStart arguments...
  local opts=()
  while [ "$1" != -- ]; do opts+=("$1"); shift; done; shift
  local x
  x=$("$java_bin" "${opts[@]}" -cp "$cp" dev.scrapecleaner.bench.ColdStart "$@" 2>/dev/null | awk '/^COLDSTART/ {print $2, ($3 == "" ? "-" : $3), ($4 == "" ? "-" : $4)}')
  [ -n "$x" ] || { echo "a run failed: java ${opts[*]} ... ColdStart $*" >&2; exit 1; }
  echo "$x"
}
echo "Cold start, $n fresh JVMs each, page $page; $("$java_bin" -version 2>&1 | head -1); $(nproc) cores"
echo
echo "| JVM options | median ms | p90 ms | min ms | init phase, median ms | first event, median ms | SDK floor, median ms |"
echo "|---|---|---|---|---|---|---|"
measure default "default"
measure c1 "-XX:TieredStopAtLevel=1" -XX:TieredStopAtLevel=1
measure appcds "AppCDS" -XX:SharedArchiveFile=$jsa
measure appcds-c1 "AppCDS + TieredStopAtLevel=1" -XX:SharedArchiveFile=target/coldstart-c1.jsa -XX:TieredStopAtLevel=1
if [ -n "$has_aot" ]; then
  measure aot "AOT cache" -XX:AOTCache=$aot
  measure aot-c1 "AOT cache + TieredStopAtLevel=1" -XX:AOTCache=$aot -XX:TieredStopAtLevel=1
fi
# As the template runs it: full tiered JIT, and init as before a SnapStart snapshot (100 rounds of
# priming, every probe). The init phase is then off the invocation path; the first event column is
# the nearest this machine comes to the first event after a restore.
measure snapstart "init as for a SnapStart snapshot" --snap-start
measure jsoup "floor: jsoup parse only" --jsoup-only
echo
echo "SDK floor: a JVM that builds the S3 client as the function does and writes one object, nothing else."
