#!/usr/bin/env bash
# What cleaning a standard SQS queue's batch at once buys: the handler takes batches of ten new dev
# pages through a proxy that adds LATENCY_MS to every S3 request (a round trip to S3), alternating
# standard-queue batches (objects at once) with FIFO ones (one after another). Median batch times.
# Usage: scripts/sqs-batch.sh [DEV_DIR] [LATENCY_MS] [BATCHES]   Needs: mvn -q -DskipTests package test-compile
set -euo pipefail
case "${1:-}" in -h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
cd "$(dirname "$0")/.."
dir=${1:-../shared/eval/dev}
latency=${2:-20}
batches=${3:-5}
[ -d "$dir" ] || { echo "No pages at $dir: pass a folder of .html pages (the shared dev set is ../shared/eval/dev)" >&2; exit 2; }
[ -f target/scrape-cleaner.jar ] && [ -d target/test-classes ] || { echo "Build first: mvn -q -DskipTests package test-compile" >&2; exit 2; }
cp="target/scrape-cleaner.jar:target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"
echo "SQS batches, $(java -version 2>&1 | head -1); $(nproc) cores"
java -cp "${cp%:}" dev.scrapecleaner.aws.SqsBatchEffect "$dir" "$latency" "$batches" | grep '^SQSBATCH'
