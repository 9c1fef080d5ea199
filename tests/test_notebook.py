"""notebooks/explore.ipynb runs top to bottom in a Jupyter kernel on this interpreter, both with
the research-only BBC corpus beside the checkout and without it (a user's fresh clone).

The executed notebook stays in memory: the file in the repository keeps no outputs.
"""

from __future__ import annotations

import json
import sys

import nbformat
from conftest import ROOT, SHARED
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
BBC = SHARED / "corpus" / "bbc-news-2004-2005.jsonl"
CELL_TIMEOUT = 300  # seconds per cell; the whole notebook takes about 20 s
FALLBACK_MESSAGE = "the BBC corpus is research-only and not shipped"

# Run first in the kernel: which interpreter it is, and which newsgraph it imports.
PROBE = (
    "import json, sys, graph\n"
    "print(json.dumps({'prefix': sys.prefix, 'graph': graph.__file__}))"
)


def _kernel_manager(tmp_path) -> AsyncKernelManager:
    """A kernel named python3 that runs this test's own interpreter, whatever other python3
    kernels the user or the system has installed."""
    spec = tmp_path / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (newsgraph tests)",
        "language": "python",
    }), encoding="utf-8")
    specs = KernelSpecManager(kernel_dirs=[str(spec.parent)])
    return AsyncKernelManager(kernel_name="python3", kernel_spec_manager=specs)


def run_notebook(tmp_path, monkeypatch) -> nbformat.NotebookNode:
    """Execute the notebook from ``notebooks/`` and return it with its outputs."""
    # Keep the kernel away from the user's IPython profile and Jupyter runtime folder.
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.insert(0, new_code_cell(PROBE, id="test-probe"))
    client = NotebookClient(
        nb, km=_kernel_manager(tmp_path), timeout=CELL_TIMEOUT, startup_timeout=120,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute(cleanup_kc=True)  # raises CellExecutionError, with the traceback, on any error

    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors, errors
    probe = json.loads(_text(nb, "test-probe"))
    import graph

    assert probe == {"prefix": sys.prefix, "graph": graph.__file__}
    return nb


def _cell(nb: nbformat.NotebookNode, key: str) -> nbformat.NotebookNode:
    """The code cell with this id or tag."""
    found = [c for c in nb.cells
             if c.cell_type == "code" and (c.get("id") == key or key in c.metadata.get("tags", []))]
    assert len(found) == 1, f"expected one cell tagged {key!r}, found {len(found)}"
    return found[0]


def _text(nb: nbformat.NotebookNode, key: str) -> str:
    """Everything a cell printed or displayed (stdout, plain text), joined."""
    parts = []
    for out in _cell(nb, key).outputs:
        if out.output_type == "stream" and out.name == "stdout":
            parts.append(out.text)
        elif "data" in out:
            parts.append(out.data.get("text/plain", ""))
    return "\n".join(parts)


def _html(nb: nbformat.NotebookNode, key: str) -> str:
    return "\n".join(o.data["text/html"] for o in _cell(nb, key).outputs
                     if "data" in o and "text/html" in o.data)


def _assert_example_part(nb: nbformat.NotebookNode) -> None:
    people = _html(nb, "example-people")
    assert "<table" in people and "Rustem Umerov" in people
    assert "Ukraine's chief negotiator Rustem Umerov" in _text(nb, "umerov-evidence")
    assert "Ukraine's chief negotiator Rustem Umerov" in _text(nb, "offsets-check")
    assert "National Security and Defense Council" in _html(nb, "umerov-profile")
    assert "<b>newsgraph</b>: 1 documents" in _html(nb, "example-summary")


def _assert_corpus_part_ran(nb: nbformat.NotebookNode) -> None:
    for key in ("corpus-countries", "corpus-people", "corpus-person", "corpus-connections"):
        assert "<table" in _html(nb, key), f"{key} showed no DataFrame"
    assert "<iframe" in _html(nb, "corpus-ego")
    exported = _text(nb, "corpus-export")
    assert "politics.json" in exported and "politics.graphml" in exported


def test_notebook_is_saved_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_CORPUS", raising=False)
    nb = run_notebook(tmp_path, monkeypatch)
    _assert_example_part(nb)
    _assert_corpus_part_ran(nb)
    if BBC.is_file():
        assert "150 articles whose id starts with 'politics/'" in _text(nb, "corpus-subset")
        assert "<b>newsgraph</b>: 150 documents" in _html(nb, "corpus-graph")
        gbr = _html(nb, "corpus-people")
        assert "Tony Blair" in gbr and "Gordon Brown" in gbr
        assert _text(nb, "corpus-person").startswith("Gordon Brown")
        assert "Tony Blair" in _html(nb, "corpus-connections")
    else:
        assert FALLBACK_MESSAGE in _text(nb, "corpus-subset")


def test_notebook_runs_without_the_corpus(tmp_path, monkeypatch):
    """A fresh clone has no ../shared: the corpus cells say so and use the example article."""
    monkeypatch.setenv("NEWSGRAPH_CORPUS", str(tmp_path / "absent.jsonl"))
    nb = run_notebook(tmp_path, monkeypatch)
    assert FALLBACK_MESSAGE in _text(nb, "corpus-subset")
    assert "<b>newsgraph</b>: 1 documents" in _html(nb, "corpus-graph")
    _assert_corpus_part_ran(nb)

