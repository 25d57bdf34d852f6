#!/usr/bin/env bash
# Renders every page of a shared evaluation set as Markdown with the npm package turndown (7.x: ATX
# headings, "-" bullets, fenced code, links as [text](address), images as ![alt](address)), as the
# crawlers that feed language models write pages, into the dev layout that `bench` reads:
# DEST/text/<id>.scrape.txt with the truth beside it, each dump headed by the scraper line of the
# set's text dump. A form the content models never trained on: see the README's "Dumps written as Markdown".
#
#   scripts/markdown-dumps.sh ../shared/eval/dev target/markdown/dev
#   java -jar target/scrape-cleaner.jar bench --scorer ../shared/eval/score.py --out target/markdown/dev-out target/markdown/dev
set -euo pipefail
if [[ $# -ne 2 || "${1:-}" == "--help" ]]; then
  echo "Usage: scripts/markdown-dumps.sh SET_DIR DEST   (SET_DIR: ../shared/eval/dev or ../shared/eval/wcxb-dev)" >&2
  exit 2
fi
command -v node >/dev/null || { echo "Node.js is not installed" >&2; exit 1; }
set_dir=$(cd "$1" && pwd); dest=$2
[[ -d "$set_dir/text" ]] || { echo "no $set_dir/text: pass a shared set (../shared/eval/dev or wcxb-dev)" >&2; exit 1; }
tool=target/turndown-npm
[[ -d "$tool/node_modules/turndown" ]] || npm install --silent --prefix "$tool" turndown@7 >/dev/null
mkdir -p "$dest/text"
NODE_PATH="$tool/node_modules" node - "$set_dir" "$dest" <<'JS'
const TurndownService = require('turndown');
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const [setDir, dest] = process.argv.slice(2);
const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
td.remove(['script', 'style', 'noscript', 'template']);
const files = fs.readdirSync(path.join(setDir, 'text')).filter(f => f.endsWith('.scrape.txt')).sort();
let failed = 0;
for (const f of files) {
  const id = f.slice(0, -'.scrape.txt'.length);
  const header = fs.readFileSync(path.join(setDir, 'text', f), 'utf8').split('\n')[0];
  const plain = path.join(setDir, id + '.html');
  const html = (fs.existsSync(plain) ? fs.readFileSync(plain) : zlib.gunzipSync(fs.readFileSync(plain + '.gz'))).toString('utf8');
  let md = '';
  try { md = td.turndown(html); } catch (e) { failed++; }
  fs.writeFileSync(path.join(dest, 'text', f), header + '\n' + md);
  fs.copyFileSync(path.join(setDir, 'text', id + '.truth.txt'), path.join(dest, 'text', id + '.truth.txt'));
}
console.log(`${files.length} Markdown dumps in ${dest}/text` + (failed ? ` (${failed} pages turndown could not read: empty dumps)` : ''));
JS
