#!/usr/bin/env bash
# Renders every page of a shared evaluation set as Markdown with the npm package turndown (7.x: ATX
# headings, "-" bullets, fenced code, links as [text](address), images as ![alt](address)), as the
# crawlers that feed language models write pages, into the dev layout that `bench` reads:
# DEST/text/<id>.scrape.txt with the truth beside it, each dump headed by the scraper line of the
# set's text dump. A form the content models never trained on: see the README's "Dumps written as Markdown".
# --reader heads each dump as a reader service does instead (Title: the page's <title>, URL Source: its
# address, Published Time: its article:published_time meta where it has one, then Markdown Content:).
#
#   scripts/markdown-dumps.sh ../shared/eval/dev target/markdown/dev
#   java -jar target/scrape-cleaner.jar bench --scorer ../shared/eval/score.py --out target/markdown/dev-out target/markdown/dev
set -euo pipefail
reader=0
if [[ "${1:-}" == "--reader" ]]; then reader=1; shift; fi
if [[ $# -ne 2 || "${1:-}" == "--help" ]]; then
  echo "Usage: scripts/markdown-dumps.sh [--reader] SET_DIR DEST   (SET_DIR: ../shared/eval/dev or ../shared/eval/wcxb-dev)" >&2
  exit 2
fi
command -v node >/dev/null || { echo "Node.js is not installed" >&2; exit 1; }
set_dir=$(cd "$1" && pwd); dest=$2
[[ -d "$set_dir/text" ]] || { echo "no $set_dir/text: pass a shared set (../shared/eval/dev or wcxb-dev)" >&2; exit 1; }
tool=target/turndown-npm
[[ -d "$tool/node_modules/turndown" ]] || npm install --silent --prefix "$tool" turndown@7 >/dev/null
mkdir -p "$dest/text"
NODE_PATH="$tool/node_modules" node - "$set_dir" "$dest" "$reader" <<'JS'
const TurndownService = require('turndown');
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const [setDir, dest, reader] = process.argv.slice(2);
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const unescape = s => s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e) => e[0] === '#'
  ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (entities[e.toLowerCase()] ?? m));
// What a reader service writes before the page: the title, the address and the declared publication time.
function preamble(id, html) {
  const title = (html.match(/<title[^>]*>([\s\S]*?)<\/title>/i) || ['', ''])[1];
  const json = path.join(setDir, id + '.json'), urlFile = path.join(setDir, id + '.url');
  const url = fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')).url
    : fs.existsSync(urlFile) ? fs.readFileSync(urlFile, 'utf8').trim() : '';
  const published = html.match(/property=["']article:published_time["']\s+content=["']([^"']+)/i);
  return `Title: ${unescape(title.replace(/\s+/g, ' ').trim())}\n\nURL Source: ${url || 'about:blank'}\n\n`
    + (published ? `Published Time: ${published[1]}\n\n` : '') + 'Markdown Content:';
}
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
  fs.writeFileSync(path.join(dest, 'text', f), (reader === '1' ? preamble(id, html) : header) + '\n' + md);
  fs.copyFileSync(path.join(setDir, 'text', id + '.truth.txt'), path.join(dest, 'text', id + '.truth.txt'));
}
console.log(`${files.length} Markdown dumps in ${dest}/text` + (failed ? ` (${failed} pages turndown could not read: empty dumps)` : ''));
JS
