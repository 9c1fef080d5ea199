"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "000_f23613198d838c56.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from graph.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def example_kg(nlp):
    from graph import build_graph

    return build_graph([EXAMPLE], nlp=nlp)
