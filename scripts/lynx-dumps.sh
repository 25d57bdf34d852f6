#!/usr/bin/env bash
# Renders every page of a shared evaluation set with `lynx -dump` (links numbered, their addresses
# listed after the page, lines wrapped at 80 columns) into the dev layout that `bench` reads:
# DEST/text/<id>.scrape.txt with the truth (and WCXB's <id>.json) beside it. Each dump starts with
# the scraper line of the set's w3m dump; indentation and runs of spaces are collapsed as in the
# shared w3m dumps (--keep-indentation leaves lynx's own; --nolist asks lynx for no link numbers and
# no list of addresses). A renderer the content models never trained on: see the README's "Dumps
# from renderers the models never saw".
#
#   scripts/lynx-dumps.sh ../shared/eval/dev target/lynx/dev
#   java -jar target/scrape-cleaner.jar bench --scorer ../shared/eval/score.py --out target/lynx/dev-out target/lynx/dev
set -euo pipefail
keep=0; lynx_opts=()
while [[ "${1:-}" == --* && "${1:-}" != "--help" ]]; do
  case "$1" in
    --keep-indentation) keep=1 ;;
    --nolist) lynx_opts+=(-nolist) ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [[ $# -ne 2 || "${1:-}" == "--help" ]]; then
  echo "Usage: scripts/lynx-dumps.sh [--keep-indentation] [--nolist] SET_DIR DEST   (SET_DIR: ../shared/eval/dev or ../shared/eval/wcxb-dev)" >&2
  exit 2
fi
command -v lynx >/dev/null || { echo "lynx is not installed (Debian: apt-get install lynx)" >&2; exit 1; }
set_dir=$1; dest=$2
[[ -d "$set_dir/text-w3m" ]] || { echo "no $set_dir/text-w3m: pass a shared set (../shared/eval/dev or wcxb-dev)" >&2; exit 1; }
mkdir -p "$dest/text"
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
n=0; total=$(ls "$set_dir"/text-w3m/*.scrape.txt | wc -l)
for w3m in "$set_dir"/text-w3m/*.scrape.txt; do
  id=$(basename "$w3m" .scrape.txt)
  if [[ -f "$set_dir/$id.html" ]]; then cp "$set_dir/$id.html" "$tmp"; else zcat "$set_dir/$id.html.gz" > "$tmp"; fi
  # A link within the page resolves against the temporary file: its random name is written as page.html,
  # so that the same page always renders to the same dump.
  {
    head -1 "$w3m"
    if [[ $keep == 1 ]]; then
      timeout 20 lynx -dump ${lynx_opts[@]+"${lynx_opts[@]}"} -force_html -display_charset=utf-8 -width=80 "$tmp" 2>/dev/null || true
    else
      timeout 20 lynx -dump ${lynx_opts[@]+"${lynx_opts[@]}"} -force_html -display_charset=utf-8 -width=80 "$tmp" 2>/dev/null \
        | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]][[:space:]]*/ /g' -e 's/[[:space:]]*$//' | cat -s || true
    fi
  } | sed -e "s|file://$tmp|file:///page.html|g" > "$dest/text/$id.scrape.txt"
  cp "$set_dir/text-w3m/$id.truth.txt" "$dest/text/$id.truth.txt"
  [[ -f "$set_dir/text-w3m/$id.json" ]] && cp "$set_dir/text-w3m/$id.json" "$dest/text/$id.json"
  n=$((n + 1)); (( n % 200 == 0 || n == total )) && echo "rendered $n/$total" >&2
done
