#!/usr/bin/env bash
# Renders every page of a shared evaluation set with the npm package html-to-text (9.x, its defaults:
# links as "text [address]", lines wrapped at 80 columns), as a Node scraper calls it, into the dev
# layout that `bench` reads: DEST/text/<id>.scrape.txt with the truth (and WCXB's <id>.json) beside it,
# each dump headed by the scraper line of the set's w3m dump. A renderer the content models never
# trained on: see the README's "Dumps from renderers the models never saw".
#
#   scripts/html-to-text-dumps.sh ../shared/eval/dev target/html-to-text/dev
#   java -jar target/scrape-cleaner.jar bench --scorer ../shared/eval/score.py --out target/html-to-text/dev-out target/html-to-text/dev
set -euo pipefail
if [[ $# -ne 2 || "${1:-}" == "--help" ]]; then
  echo "Usage: scripts/html-to-text-dumps.sh SET_DIR DEST   (SET_DIR: ../shared/eval/dev or ../shared/eval/wcxb-dev)" >&2
  exit 2
fi
command -v node >/dev/null || { echo "Node.js is not installed" >&2; exit 1; }
set_dir=$(cd "$1" && pwd); dest=$2
[[ -d "$set_dir/text-w3m" ]] || { echo "no $set_dir/text-w3m: pass a shared set (../shared/eval/dev or wcxb-dev)" >&2; exit 1; }
tool=target/html-to-text-npm
[[ -d "$tool/node_modules/html-to-text" ]] || npm install --silent --prefix "$tool" html-to-text@9 >/dev/null
mkdir -p "$dest/text"
NODE_PATH="$tool/node_modules" node - "$set_dir" "$dest" <<'JS'
const { convert } = require('html-to-text');
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const [setDir, dest] = process.argv.slice(2);
const files = fs.readdirSync(path.join(setDir, 'text-w3m')).filter(f => f.endsWith('.scrape.txt')).sort();
files.forEach((f, i) => {
  const id = f.slice(0, -'.scrape.txt'.length);
  const header = fs.readFileSync(path.join(setDir, 'text-w3m', f), 'utf8').split('\n')[0];
  const plain = path.join(setDir, id + '.html');
  const html = fs.existsSync(plain) ? fs.readFileSync(plain) : zlib.gunzipSync(fs.readFileSync(plain + '.gz'));
  let text = '';
  try { text = convert(html.toString('utf8')); } catch (e) { text = ''; }
  fs.writeFileSync(path.join(dest, 'text', id + '.scrape.txt'), header + '\n' + text);
  for (const ext of ['.truth.txt', '.json']) {
    const from = path.join(setDir, 'text-w3m', id + ext);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dest, 'text', id + ext));
  }
  if ((i + 1) % 200 === 0 || i + 1 === files.length) process.stderr.write(`rendered ${i + 1}/${files.length}\n`);
});
JS
