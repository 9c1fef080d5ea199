#!/usr/bin/env bash
# Build the dev articles and score them against the hand-made gold file.
# Usage: bench/dev_eval.sh [--model NAME] [--details]
# Needs ../shared (the research-only evaluation data) beside this checkout.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSGRAPH_SHARED:-$here/../shared}
out=${NEWSGRAPH_EVAL_OUT:-$here/out/dev}
model=()
details=()
while [ $# -gt 0 ]; do
  case "$1" in
    --model) model=(--model "$2"); shift 2 ;;
    --details) details=(--details); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$shared/eval/dev_gold.jsonl" ] || { echo "no $shared/eval: the dev data lives in ../shared" >&2; exit 2; }
mkdir -p "$out"
newsgraph=${NEWSGRAPH:-newsgraph}
"$newsgraph" build "$shared/eval/dev_docs.jsonl" -o "$out/graph.json" "${model[@]}"
"$newsgraph" people "$out/graph.json" --json > "$out/people.json"
python3 "$shared/eval/score.py" --gold "$shared/eval/dev_gold.jsonl" --pred "$out/people.json" "${details[@]}"
