"""Reading and writing graph files (kept apart from building and querying, as in networkx)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx

from ._atomic import atomic_write_text
from .errors import GraphFileError

FORMAT = "newsgraph"
FORMAT_VERSION = 1


def graph_to_json(G: nx.MultiDiGraph) -> str:
    """Node-link JSON with a format header; stable key order so equal graphs give equal text."""
    data = nx.node_link_data(G, edges="edges")
    payload = {"format": FORMAT, "format_version": FORMAT_VERSION, "graph": data}
    return json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write ``G`` to ``path`` atomically: an interrupted write leaves the old file intact."""
    return atomic_write_text(path, graph_to_json(G))


def read_json(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_json`, saying clearly what is wrong with a bad file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GraphFileError(f"{p}: no such graph file; build one with `newsgraph build`") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphFileError(f"{p}: cannot read graph file ({exc})") from None
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GraphFileError(
            f"{p}: not a newsgraph graph file: invalid JSON at line {exc.lineno}, "
            f"column {exc.colno} ({exc.msg})"
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise GraphFileError(
            f"{p}: not a newsgraph graph file (no \"format\": \"{FORMAT}\" header); "
            "build one with `newsgraph build`"
        )
    version = payload.get("format_version")
    if version != FORMAT_VERSION:
        raise GraphFileError(
            f"{p}: graph format version {version!r}, this newsgraph reads version "
            f"{FORMAT_VERSION}; rebuild the graph with this version"
        )
    try:
        G = nx.node_link_graph(payload["graph"], directed=True, multigraph=True, edges="edges")
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise GraphFileError(f"{p}: graph data is damaged ({exc!r}); rebuild the graph") from None
    return G
