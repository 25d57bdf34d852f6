#!/usr/bin/env bash
# Cold start of the function: median and p90 over N fresh JVMs of the time from JVM start to the
# first article written to the embedded S3 server (server start excluded), for plain, C1 only
# (-XX:TieredStopAtLevel=1, as template.yaml sets), AppCDS, both; and a JVM that only parses the
# page with jsoup (the floor). Usage: scripts/coldstart.sh [PAGE.html] [N]
# Needs: mvn -q -DskipTests package test-compile
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-events/raw/harbour-wind-farm.html}
n=${2:-10}
[ -f target/scrape-cleaner.jar ] && [ -d target/test-classes ] || { echo "Build first: mvn -q -DskipTests package test-compile" >&2; exit 2; }
# AppCDS takes jars only on the class path: the harness goes into a jar of its own.
jar cf target/coldstart.jar -C target/test-classes dev/scrapecleaner/bench/ColdStart.class
cp="target/scrape-cleaner.jar:target/coldstart.jar:$(ls target/lib/*.jar | tr '\n' ':')"
cp=${cp%:}
jsa=target/coldstart.jsa
# Training run for the AppCDS archive (classes loaded up to the first article).
java -XX:ArchiveClassesAtExit=$jsa -cp "$cp" dev.scrapecleaner.bench.ColdStart --handler "$page" > /dev/null 2>&1
java -XX:ArchiveClassesAtExit=target/coldstart-c1.jsa -XX:TieredStopAtLevel=1 -cp "$cp" dev.scrapecleaner.bench.ColdStart --handler "$page" > /dev/null 2>&1

measure() { # label, java options...
  local label=$1; shift
  local opts=() args=(--handler)
  for o in "$@"; do if [ "$o" = --jsoup-only ]; then args=(--jsoup-only); else opts+=("$o"); fi; done
  local xs=()
  for _ in $(seq "$n"); do
    xs+=("$(java "${opts[@]}" -cp "$cp" dev.scrapecleaner.bench.ColdStart "${args[@]}" "$page" 2>/dev/null | awk '/^COLDSTART/ {print $2}')")
  done
  printf '%s\n' "${xs[@]}" | sort -n | awk -v label="$label" -v n="$n" '{a[NR]=$1} END {
    printf "| %s | %d | %d | %d |\n", label, a[int((n+1)/2)], a[int(n*0.9+0.5)], a[1] }'
}
echo "Cold start, $n fresh JVMs each, page $page; $(java -version 2>&1 | head -1); $(nproc) cores"
echo
echo "| JVM options | median ms | p90 ms | min ms |"
echo "|---|---|---|---|"
measure "default" 
measure "-XX:TieredStopAtLevel=1" -XX:TieredStopAtLevel=1
measure "AppCDS" -XX:SharedArchiveFile=$jsa
measure "AppCDS + TieredStopAtLevel=1" -XX:SharedArchiveFile=target/coldstart-c1.jsa -XX:TieredStopAtLevel=1
measure "floor: jsoup parse only" --jsoup-only
