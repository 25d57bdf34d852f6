#!/usr/bin/env bash
# Writes a copy of the shared evaluation folder that also holds every page as `lynx -dump` renders
# it, for `train` to learn from a third renderer's dumps: DEST/<set>/ links to every file and folder
# of EVAL_DIR/<set>/ (nothing is copied) and holds text-lynx/<id>.scrape.txt, rendered by
# scripts/lynx-dumps.sh (its defaults: numbered links, the list of addresses after the page).
#
#   scripts/lynx-eval.sh ../shared/eval target/lynx-eval        # needs lynx; about 3 minutes
#   java -Xmx8g -jar target/scrape-cleaner.jar train --eval target/lynx-eval
set -euo pipefail
if [[ $# -ne 2 || "${1:-}" == "--help" ]]; then
  echo "Usage: scripts/lynx-eval.sh EVAL_DIR DEST   (EVAL_DIR: ../shared/eval, with dev/ and wcxb-dev/)" >&2
  exit 2
fi
eval_dir=$(cd "$1" && pwd); dest=$2
here=$(cd "$(dirname "$0")" && pwd)
for set in dev wcxb-dev; do
  [[ -d "$eval_dir/$set" ]] || continue
  mkdir -p "$dest/$set"
  for entry in "$eval_dir/$set"/*; do
    name=$(basename "$entry")
    [[ -e "$dest/$set/$name" ]] || ln -s "$entry" "$dest/$set/$name"
  done
  rendered=$(mktemp -d)
  "$here/lynx-dumps.sh" "$eval_dir/$set" "$rendered"
  rm -rf "$dest/$set/text-lynx"
  mv "$rendered/text" "$dest/$set/text-lynx"
  rm -rf "$rendered"
done
echo "wrote $dest: train with: java -Xmx8g -jar target/scrape-cleaner.jar train --eval $dest" >&2
