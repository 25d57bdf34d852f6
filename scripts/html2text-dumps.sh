#!/usr/bin/env bash
# Renders every page of a shared evaluation set with the Python package html2text (its defaults, as a
# Python scraper calls it: Markdown, links as [text](address), lines wrapped at 78 columns) into the dev
# layout that `bench` reads: DEST/text/<id>.scrape.txt with the truth (and WCXB's <id>.json) beside it,
# each dump headed by the scraper line of the set's w3m dump. A renderer the content models never
# trained on: see the README's "Dumps written as Markdown".
#
#   scripts/html2text-dumps.sh ../shared/eval/dev target/html2text/dev     # needs python3 with html2text
#   java -jar target/scrape-cleaner.jar bench --scorer ../shared/eval/score.py --out target/html2text/dev-out target/html2text/dev
set -euo pipefail
if [[ $# -ne 2 || "${1:-}" == "--help" ]]; then
  echo "Usage: scripts/html2text-dumps.sh SET_DIR DEST   (SET_DIR: ../shared/eval/dev or ../shared/eval/wcxb-dev)" >&2
  exit 2
fi
python=${PYTHON:-python3}
"$python" -c 'import html2text' 2>/dev/null || { echo "$python has no html2text (Debian: apt-get install python3-html2text, then PYTHON=/usr/bin/python3; or pip install html2text)" >&2; exit 1; }
set_dir=$(cd "$1" && pwd); dest=$2
[[ -d "$set_dir/text-w3m" ]] || { echo "no $set_dir/text-w3m: pass a shared set (../shared/eval/dev or wcxb-dev)" >&2; exit 1; }
mkdir -p "$dest/text"
"$python" - "$set_dir" "$dest" <<'PY'
import gzip, os, shutil, sys
import html2text
set_dir, dest = sys.argv[1], sys.argv[2]
files = sorted(f for f in os.listdir(os.path.join(set_dir, 'text-w3m')) if f.endswith('.scrape.txt'))
for i, f in enumerate(files):
    page = f[:-len('.scrape.txt')]
    with open(os.path.join(set_dir, 'text-w3m', f), encoding='utf-8') as w:
        header = w.readline().rstrip('\n')
    plain = os.path.join(set_dir, page + '.html')
    raw = open(plain, 'rb').read() if os.path.exists(plain) else gzip.open(plain + '.gz').read()
    try:
        text = html2text.HTML2Text().handle(raw.decode('utf-8', 'replace'))
    except Exception:
        text = ''
    with open(os.path.join(dest, 'text', page + '.scrape.txt'), 'w', encoding='utf-8') as out:
        out.write(header + '\n' + text)
    for ext in ('.truth.txt', '.json'):
        source = os.path.join(set_dir, 'text-w3m', page + ext)
        if os.path.exists(source):
            shutil.copyfile(source, os.path.join(dest, 'text', page + ext))
    if (i + 1) % 200 == 0 or i + 1 == len(files):
        print(f'rendered {i + 1}/{len(files)}', file=sys.stderr)
PY
