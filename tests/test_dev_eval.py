"""Regression guard: the dev evaluation must not fall more than 0.02 below the README's table.

Needs ../shared (research-only evaluation data beside the checkout); skipped without it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED

GOLD = SHARED / "eval" / "dev_gold.jsonl"
DOCS = SHARED / "eval" / "dev_docs.jsonl"
SCORER = SHARED / "eval" / "score.py"
TOLERANCE = 0.02


def readme_figures() -> dict[str, float]:
    """F1 figures from the README's accuracy table: rows like '| person | P | R | F1 |'."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    figures = {}
    for key in ("person", "country", "role", "role_lenient"):
        m = re.search(rf"^\|\s*{key}\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*([\d.]+)\s*\|", text, re.MULTILINE)
        assert m, f"README accuracy table has no row for {key}"
        figures[key] = float(m.group(1))
    return figures


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/eval (research-only dev data) is absent")
def test_dev_figures_hold_the_readme_table(nlp, tmp_path):
    from graph import build_graph

    kg = build_graph([DOCS], nlp=nlp)
    assert not kg.skipped
    pred = tmp_path / "people.json"
    pred.write_text(json.dumps(kg.people_records()), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(pred)],
        capture_output=True, text=True, check=True,
    )
    measured = dict(re.findall(r"(\w+)_f1=([\d.]+)", run.stdout))
    for key, promised in readme_figures().items():
        got = float(measured[key])
        assert got >= promised - TOLERANCE, f"{key} F1 {got:.3f} < README {promised:.3f} - 0.02"
