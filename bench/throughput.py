"""Build throughput on BBC articles against bare spaCy ``nlp.pipe`` with the same model.

Usage: python bench/throughput.py [--n 300 | --n 0 for all] [--model NAME] [--corpus PATH]

Prints docs/s and tokens/s for a newsgraph build and for the bare pipeline on the same texts,
their ratio, the speed-up of a 2-worker build, and peak memory (this process and workers).
Needs ../shared/corpus (research-only) beside the checkout.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import spacy

from graph import build_graph
from graph.pipeline import DEFAULT_MODEL, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news-2004-2005.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="number of articles")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()

    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    lines = lines[: args.n] if args.n else lines
    texts = [(json.loads(x).get("title") or "") + "\n\n" + json.loads(x)["text"] for x in lines]
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("\n".join(lines) + "\n", encoding="utf-8")

        bare = spacy.load(args.model)
        list(bare.pipe(texts[:20]))  # warm up
        t0 = time.perf_counter()
        tokens = sum(len(d) for d in bare.pipe(texts, batch_size=32))
        bare_s = time.perf_counter() - t0

        nlp = load_pipeline(args.model)
        build_graph([sample], nlp=nlp)  # warm up (also loads lexicons)
        t0 = time.perf_counter()
        kg = build_graph([sample], nlp=nlp)
        build_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        kg2 = build_graph([sample], model=args.model, workers=2)
        two_s = time.perf_counter() - t0
        same = kg2.graph.number_of_edges() == kg.graph.number_of_edges()

    n = len(texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"articles           {n}")
    print(f"tokens             {tokens}")
    print(f"bare nlp.pipe      {n / bare_s:8.1f} docs/s {tokens / bare_s:10.0f} tokens/s")
    print(f"newsgraph build    {n / build_s:8.1f} docs/s {tokens / build_s:10.0f} tokens/s")
    print(f"ratio build/bare   {bare_s / build_s:8.2f}")
    print(f"2 workers          {n / two_s:8.1f} docs/s  speed-up {build_s / two_s:.2f}"
          f"  (same graph: {same})")
    print(f"people             {kg.counts()['person']}")
    print(f"peak memory        {peak_mb:8.0f} MB main, {worker_mb:.0f} MB largest worker")


if __name__ == "__main__":
    main()
