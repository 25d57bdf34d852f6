#!/usr/bin/env bash
# Writes every text dump of a shared evaluation set as a crawler's WET record would hold it: a WARC
# header (WARC/1.0, WARC-Type: conversion, the page's address, the fetch day of the scraper's line as
# WARC-Date, record ids, Content-Length) in place of the scraper's line, then the same text. Into the
# dev layout that `bench` reads: DEST/text/<id>.scrape.txt with the truth beside it. See the README's
# "A crawler's WET record". --response writes each page's HTML as a WARC response record instead
# (WARC header, the server's HTTP status line and headers, the page): DEST/<id>.warc, to clean with
# `clean --out` and compare with the page's own HTML.
#
#   scripts/wet-records.sh ../shared/eval/dev target/wet/dev
#   java -jar target/scrape-cleaner.jar bench --scorer ../shared/eval/score.py --out target/wet/dev-out target/wet/dev
set -euo pipefail
response=0
if [[ "${1:-}" == "--response" ]]; then response=1; shift; fi
if [[ $# -ne 2 || "${1:-}" == "--help" ]]; then
  echo "Usage: scripts/wet-records.sh [--response] SET_DIR DEST   (SET_DIR: ../shared/eval/dev or ../shared/eval/wcxb-dev)" >&2
  exit 2
fi
set_dir=$(cd "$1" && pwd); dest=$2
[[ -d "$set_dir/text" ]] || { echo "no $set_dir/text: pass a shared set (../shared/eval/dev or wcxb-dev)" >&2; exit 1; }
mkdir -p "$dest/text"
python3 - "$set_dir" "$dest" "$response" <<'PY'
import glob, gzip, hashlib, json, os, re, shutil, sys, uuid
set_dir, dest, response = sys.argv[1:]
n = 0
for dump in sorted(glob.glob(os.path.join(set_dir, 'text', '*.scrape.txt'))):
    page = os.path.basename(dump)[:-len('.scrape.txt')]
    lines = open(dump, encoding='utf-8').read().split('\n')
    header = re.match(r'\s*date\s+(\d{4}-\d{2}-\d{2})', lines[0])
    day = header.group(1) if header else '2026-01-01'
    body = '\n'.join(lines[1:] if header else lines).lstrip('\n')
    url = 'https://example.invalid/' + page
    if os.path.exists(os.path.join(set_dir, page + '.url')):
        url = open(os.path.join(set_dir, page + '.url'), encoding='utf-8').read().strip()
    elif os.path.exists(os.path.join(set_dir, page + '.json')):
        url = json.load(open(os.path.join(set_dir, page + '.json'), encoding='utf-8')).get('url') or url
    if response == '1':
        html_file = os.path.join(set_dir, page + '.html')
        html = open(html_file, 'rb').read() if os.path.exists(html_file) else gzip.open(html_file + '.gz').read()
        http = ('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n' % len(html)).encode('ascii') + html
        warc = ['WARC/1.0', 'WARC-Type: response', 'WARC-Target-URI: ' + url, 'WARC-Date: ' + day + 'T00:00:00Z',
                'WARC-Record-ID: <urn:uuid:%s>' % uuid.uuid5(uuid.NAMESPACE_URL, 'response:' + url),
                'Content-Type: application/http; msgtype=response', 'Content-Length: %d' % len(http), '']
        with open(os.path.join(dest, page + '.warc'), 'wb') as out:
            out.write('\r\n'.join(warc).encode('utf-8') + b'\r\n' + http + b'\r\n\r\n')
        n += 1
        continue
    payload = body.encode('utf-8')
    record = ['WARC/1.0', 'WARC-Type: conversion', 'WARC-Target-URI: ' + url, 'WARC-Date: ' + day + 'T00:00:00Z',
              'WARC-Record-ID: <urn:uuid:%s>' % uuid.uuid5(uuid.NAMESPACE_URL, 'record:' + url),
              'WARC-Refers-To: <urn:uuid:%s>' % uuid.uuid5(uuid.NAMESPACE_URL, 'response:' + url),
              'WARC-Block-Digest: sha1:' + hashlib.sha1(payload).hexdigest(),
              'Content-Type: text/plain', 'Content-Length: %d' % len(payload), '']
    with open(os.path.join(dest, 'text', page + '.scrape.txt'), 'w', encoding='utf-8') as out:
        out.write('\r\n'.join(record) + '\r\n' + body)
    shutil.copy(os.path.join(set_dir, 'text', page + '.truth.txt'), os.path.join(dest, 'text', page + '.truth.txt'))
    n += 1
print('%d %s in %s' % (n, 'WARC response records' if response == '1' else 'WET records', dest if response == '1' else dest + '/text'))
PY
