#!/usr/bin/env bash
# The README's figures that a script can produce, printed with the date and the machine, so that the
# README quotes them instead of numbers that drift: the two jars' sizes, how long the embedded S3
# server takes to start in 'invoke' (5 runs), and, with --verify, how long 'mvn -B verify' takes.
# The machine's load average is printed too: on a busy machine every time here is longer.
# Usage: scripts/readme-figures.sh [--verify]   Needs: mvn -q -DskipTests package
set -uo pipefail
case "${1:-}" in -h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
cd "$(dirname "$0")/.."
[ -f target/scrape-cleaner.jar ] && [ -f target/scrape-cleaner-lambda.jar ] || { echo "Build first: mvn -q -DskipTests package" >&2; exit 2; }
bytes() { stat -c %s "$1"; }
echo "README figures, $(date -u +%Y-%m-%d), $(nproc) cores $(uname -m), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| figure | value |"
echo "|---|---|"
echo "| target/scrape-cleaner-lambda.jar (the deployment artifact) | $(bytes target/scrape-cleaner-lambda.jar) bytes |"
echo "| target/scrape-cleaner.jar (the command line, its libraries in target/lib/) | $(bytes target/scrape-cleaner.jar) bytes |"
starts=()
for i in 1 2 3 4 5; do
  ms=$(java -jar target/scrape-cleaner.jar invoke events/s3-put.json 2>&1 >/dev/null | sed -n 's/.*started in \([0-9]*\) ms.*/\1/p')
  starts+=("$ms")
done
sorted=$(printf '%s\n' "${starts[@]}" | sort -n | tr '\n' ' ')
echo "| embedded S3 server start in invoke, ms (5 runs, sorted) | ${sorted% } |"
if [ "${1:-}" = "--verify" ]; then
  t0=$(date +%s)
  if mvn -B -q verify > /tmp/readme-figures-verify.log 2>&1; then result=passed; else result="FAILED (log: /tmp/readme-figures-verify.log)"; fi
  echo "| mvn -B verify | $(( $(date +%s) - t0 )) s, $result |"
fi
