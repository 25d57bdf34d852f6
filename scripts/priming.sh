#!/usr/bin/env bash
# What init's priming buys the first events: for 1 round (an on-demand init, which the first event
# waits for) and for the rounds init runs when it is off the invocation path (SnapStart, provisioned
# concurrency), N fresh JVMs each prime, then clean the first ten dev pages. Medians.
# Usage: scripts/priming.sh [DEV_DIR] [N]   Needs: mvn -q -DskipTests package test-compile
set -euo pipefail
case "${1:-}" in -h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
cd "$(dirname "$0")/.."
dir=${1:-../shared/eval/dev}
n=${2:-5}
[ -d "$dir" ] || { echo "No pages at $dir: pass a folder of .html pages (the shared dev set is ../shared/eval/dev)" >&2; exit 2; }
[ -f target/scrape-cleaner.jar ] && [ -d target/test-classes ] || { echo "Build first: mvn -q -DskipTests package test-compile" >&2; exit 2; }
cp="target/scrape-cleaner-lambda.jar:target/test-classes"
off_path=$(grep -o 'OFF_PATH_ROUNDS = [0-9]*' src/main/java/dev/scrapecleaner/aws/Priming.java | grep -o '[0-9]*$')
echo "Priming, $n fresh JVMs each, first ten pages of $dir; $(java -version 2>&1 | head -1); $(nproc) cores"
echo
echo "| rounds | init ms | first page ms | first ten pages ms |"
echo "|---|---|---|---|"
for rounds in 1 "$off_path"; do
  rows=$(for _ in $(seq "$n"); do java -cp "$cp" dev.scrapecleaner.aws.PrimingEffect "$dir" "$rounds" | awk '/^PRIMING/ {print $3, $4, $5}'; done)
  med() { awk -v c="$1" '{print $c}' <<< "$rows" | sort -n | sed -n "$(((n + 1) / 2))p"; }
  echo "| $rounds | $(med 1) | $(med 2) | $(med 3) |"
done
