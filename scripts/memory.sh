#!/usr/bin/env bash
# Peak heap and RSS to clean synthetic news pages of 100 KB, 1 MB, 10 MB and 50 MB, each in a
# fresh JVM: under -Xmx256m (the 10 MB bar), and under the heap Lambda gives a 1024 MB function;
# and ten pages of just under 1 MiB at once, as a standard SQS batch is cleaned; and a text dump of
# 200,000 identical lines and one of 800,000 under -Xmx300m.
# Usage: scripts/memory.sh   Needs: mvn -q -DskipTests package test-compile
set -uo pipefail
case "${1:-}" in -h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
cd "$(dirname "$0")/.."
[ -f target/scrape-cleaner.jar ] && [ -d target/test-classes ] || { echo "Build first: mvn -q -DskipTests package test-compile" >&2; exit 2; }
cp="target/scrape-cleaner.jar:target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"
echo "Synthetic pages (article + nav + related rails + share bars), one fresh JVM each; $(java -version 2>&1 | head -1); $(nproc) cores"
echo
echo "| page | -Xmx | peak heap MB | peak RSS MB | clean ms | paragraphs | verdict |"
echo "|---|---|---|---|---|---|---|"
for xmx in 256m 870m; do
  for size in 102400 1048576 10485760 52428800; do
    out=$(/usr/bin/time -f "RSS %M" java -Xmx$xmx -cp "$cp" dev.scrapecleaner.bench.MemoryProbe $size 2>&1)
    line=$(echo "$out" | awk '/^MEMORY/')
    rss=$(echo "$out" | awk '/^RSS/ {printf "%d", $2/1024}')
    if [ -n "$line" ]; then
      echo "$line" | awk -v xmx=$xmx -v rss=$rss '{printf "| %.1f MB | %s | %s | %s | %s | %s | %s |\n", $2/1048576, xmx, $3, rss, $4, $5, $6}'
    else
      echo "| $((size/1048576)) MB | $xmx | failed: $(echo "$out" | grep -m1 -E 'Error|Exception' | cut -c1-60) | $rss | | | |"
    fi
  done
done
# A standard SQS batch: ten pages just under the size from which an object is cleaned alone, at once.
out=$(/usr/bin/time -f "RSS %M" java -Xmx870m -cp "$cp" dev.scrapecleaner.bench.MemoryProbe 1040000 10 2>&1)
echo "$out" | awk -v rss="$(echo "$out" | awk '/^RSS/ {printf "%d", $2/1024}')" \
  '/^MEMORY/ {printf "| 10 x %.1f MB at once | 870m | %s | %s | %s | %s | %s |\n", $2/1048576, $3, rss, $4, $5, $6}'
# A text dump of identical lines (a scraper stuck in a loop), 200,000 and 4x as many, in a 300 MB heap.
for lines in 200000 800000; do
  out=$(/usr/bin/time -f "RSS %M" timeout 300 java -Xmx300m -cp "$cp" dev.scrapecleaner.bench.MemoryProbe lines $lines 2>&1)
  echo "$out" | awk -v rss="$(echo "$out" | awk '/^RSS/ {printf "%d", $2/1024}')" -v lines=$lines \
    '/^MEMORY/ {printf "| text dump, %d lines (%.1f MB) | 300m | %s | %s | %s | %s | %s |\n", lines, $2/1048576, $3, rss, $4, $5, $6}'
  echo "$out" | grep -q '^MEMORY' || echo "| text dump, $lines lines | 300m | failed or over 300 s: $(echo "$out" | grep -m1 -E 'Error|Exception' | cut -c1-60) | | | | |"
done
echo
echo "(-Xmx870m: about the heap the Lambda Java runtime gives a 1024 MB function; the deployment jar: $(du -h target/scrape-cleaner-lambda.jar | cut -f1))"
