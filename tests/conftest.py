"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import os
import re
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


ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def flat(text: str) -> str:
    """Console text with colour codes removed and every run of whitespace made one space."""
    return " ".join(ANSI_RE.sub("", text).split())


def run(*args: str | os.PathLike[str]):
    """Invoke the CLI in-process; stdout and stderr are kept apart (click >= 8.2)."""
    from typer.testing import CliRunner

    from graph.cli import app

    result = CliRunner().invoke(app, [os.fspath(a) for a in args])
    # CliRunner turns an uncaught exception into exit code 1, the same code as "inputs
    # skipped": only a deliberate exit (SystemExit) counts as the CLI's own answer.
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(
            f"newsgraph {' '.join(map(str, args))} crashed: {result.exception!r}\n"
            f"stderr: {result.stderr}"
        ) from result.exception
    return result
