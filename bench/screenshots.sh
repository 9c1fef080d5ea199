#!/usr/bin/env bash
# Regenerate the README screenshots in docs/ with headless Chromium (1400x900, no network):
#   docs/example.png           the bundled example article's page
#   docs/bbc-politics-300.png  the first 300 BBC politics articles, --min-mentions 10
# Usage: PATH=.venv/bin:$PATH bench/screenshots.sh
# The second needs the research-only corpus in ../shared (read, never copied into the repo).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSGRAPH_SHARED:-$here/../shared}
newsgraph=${NEWSGRAPH:-newsgraph}
python=${PYTHON:-python3}
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "no $chromium: apt-get install -y chromium" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/docs"

shoot() {  # shoot PAGE.html OUT.png
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$work/profile" '--host-resolver-rules=MAP * ~NOTFOUND' \
    --window-size=1400,900 --virtual-time-budget=30000 --screenshot="$2" \
    "file://$1" >/dev/null 2>&1
  echo "wrote $2" >&2
}

"$newsgraph" build "$here/examples/000_f23613198d838c56.txt" -o "$work/ex.json" \
  --html "$work/ex.html"
shoot "$work/ex.html" "$here/docs/example.png"

corpus="$shared/corpus/bbc-news-2004-2005.jsonl"
if [ ! -f "$corpus" ]; then
  echo "no $corpus: docs/bbc-politics-300.png not made" >&2
  exit 0
fi
"$python" - "$corpus" "$work/politics-300.jsonl" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    kept = 0
    for line in src:
        if kept < 300 and json.loads(line)["id"].startswith("politics/"):
            out.write(line)
            kept += 1
EOF
"$newsgraph" build "$work/politics-300.jsonl" -o "$work/politics-300.json" --workers 2
"$newsgraph" export "$work/politics-300.json" --html "$work/politics-300.html" \
  --min-mentions 10 --title "BBC politics, first 300 articles"
shoot "$work/politics-300.html" "$here/docs/bbc-politics-300.png"
