"""Export a graph for other tools: GraphML and GEXF (Gephi, Cytoscape, yEd), newsgraph JSON,
and CSV files for Neo4j's bulk importer.

GraphML and GEXF hold one scalar per attribute, with one type per attribute name, so they are
written from :func:`flatten_for_export`: lists become ``" | "``-joined strings, evidence
becomes a count and a few quoted sentences, graph-level data (the document table) is dropped.
The newsgraph JSON written by ``"json"`` keeps everything.

Neo4j
-----
``write_csv`` writes ``nodes.csv`` and ``relationships.csv`` in the header format of
``neo4j-admin database import``; with the files in Neo4j's ``import/`` folder and the database
stopped and not yet created (add ``--overwrite-destination`` to replace one)::

    bin/neo4j-admin database import full neo4j --nodes=import/nodes.csv \\
        --relationships=import/relationships.csv

(the database name comes first: since Neo4j 5.19 a trailing name is read as another file).
Then, in ``cypher-shell`` or the browser, after ``CREATE DATABASE neo4j`` if needed::

    MATCH (p:Person)-[:HOLDS_ROLE]->(r:Role)-[:ROLE_OF]->(c:Country {code: 'UKR'})
    RETURN p.name, r.title

Node labels are ``Person``, ``Role``, ``Country``, ``Organization`` and ``Place``;
relationship types ``HOLDS_ROLE``, ``ROLE_OF``, ``AFFILIATED_WITH``, ``MEMBER_OF`` and
``LOCATED_IN``. Every node has ``id`` (the newsgraph node id), ``name`` (its display label) and
``type``; each relationship has ``evidence_count``, ``docs`` and ``evidence`` (the first few
sentences, each prefixed with its document id).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from numbers import Integral, Real
from pathlib import Path
from typing import Any

import networkx as nx

from ._atomic import atomic_write_text
from .readwrite import write_json

FORMATS = ("graphml", "gexf", "json", "csv")

#: Joins list items (aliases, docs) into one GraphML/GEXF string.
LIST_SEPARATOR = " | "
#: How many evidence sentences a flattened edge keeps; ``evidence_count`` says how many exist.
EVIDENCE_SENTENCES = 3
#: neo4j-admin's default ``--array-delimiter``.
NEO4J_ARRAY_DELIMITER = ";"
NODES_CSV = "nodes.csv"
RELATIONSHIPS_CSV = "relationships.csv"

# XML 1.0 cannot hold these at all, not even escaped; lxml refuses them and ElementTree writes
# a file no reader accepts. Text from scraped pages does carry the odd one.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
# Attributes networkx's GEXF writer takes as GEXF structure (id, dynamics, viz...) rather
# than data; a graph attribute with one of these names would silently change the file.
_GEXF_RESERVED_NODE = frozenset({"id", "pid", "start", "end", "viz", "parents", "slices",
                                 "spells"})
_GEXF_RESERVED_EDGE = frozenset({"id", "key", "label", "weight", "type", "start", "end", "viz",
                                 "slices", "spells"})
_INT32 = (-(2**31), 2**31 - 1)

PathLike = str | os.PathLike[str]


# ----------------------------------------------------------------- shared flattening
def _as_networkx(G: Any) -> nx.MultiDiGraph:
    """Accept a :class:`~graph.kg.KnowledgeGraph` where a networkx graph is expected."""
    if not isinstance(G, nx.Graph) and isinstance(getattr(G, "graph", None), nx.Graph):
        return G.graph
    return G


def _evidence_summary(evidence: Iterable[Any]) -> str:
    """The first distinct sentences of ``evidence`` as ``[doc] sentence | [doc] sentence``."""
    seen: list[str] = []
    for item in evidence:
        if isinstance(item, Mapping):
            doc, sentence = item.get("doc"), item.get("sentence")
            text = f"[{doc}] {sentence}" if doc else str(sentence or "")
        else:
            text = str(item)
        # One sentence often states several facts of the same edge at different offsets.
        if text and text not in seen:
            seen.append(text)
        if len(seen) == EVIDENCE_SENTENCES:
            break
    return LIST_SEPARATOR.join(seen)


def _evidence_docs(evidence: Iterable[Any]) -> list[str]:
    return sorted({str(item["doc"]) for item in evidence
                   if isinstance(item, Mapping) and item.get("doc")})


def _export_attrs(data: Mapping[str, Any], *, edge: bool) -> dict[str, Any]:
    """``data`` with evidence lists replaced by ``evidence_count``/``evidence``/``docs``.

    An already-summarised ``evidence`` (a string) is left alone, so flattening is idempotent.
    """
    out = dict(data)
    evidence = out.get("evidence")
    if isinstance(evidence, (list, tuple)):
        out["evidence_count"] = len(evidence)
        out["evidence"] = _evidence_summary(evidence)
        # Edges carry their documents only inside evidence; a docs column lets Gephi or
        # Cypher filter edges by article the way nodes already can.
        if edge and "docs" not in out:
            out["docs"] = _evidence_docs(evidence)
    return out


def _is_list(value: Any) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def _items(value: Any) -> list[Any]:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return list(value)


def _scalar_kind(values: Iterable[Any]) -> str:
    """``"bool"``, ``"int"``, ``"float"`` or ``"str"``: the one type all ``values`` fit."""
    kinds = set()
    for v in values:
        if isinstance(v, bool):
            kinds.add("bool")
        elif isinstance(v, Integral):
            kinds.add("int")
        elif isinstance(v, Real):
            kinds.add("float")
        else:
            kinds.add("str")
    if len(kinds) == 1:
        return kinds.pop()
    return "float" if kinds == {"int", "float"} else "str"


def _text(value: Any) -> str:
    """Any attribute value as one string."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if _is_list(value):
        return LIST_SEPARATOR.join(_text(v) for v in _items(value) if v is not None)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _xml_text(value: str) -> str:
    return _XML_ILLEGAL.sub("", value)


def _column_kinds(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Per attribute name, the scalar kind all its values are written as.

    GraphML and GEXF declare one type per attribute name; networkx declares it from the first
    value it meets, so a later value of another type makes a file that does not read back.
    """
    values: dict[str, list[Any]] = {}
    for row in rows:
        for k, v in row.items():
            bucket = values.setdefault(k, [])
            if v is not None:
                bucket.append(v)
    return {k: "str" if any(_is_list(v) or isinstance(v, Mapping) for v in vs)
            else _scalar_kind(vs) for k, vs in values.items()}


def _flat_attrs(data: Mapping[str, Any], kinds: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        kind = kinds[k]
        if kind == "str":
            out[str(k)] = _xml_text(_text(v))
        elif v is None:
            continue  # "" is not a number: a missing number is a missing attribute
        elif kind == "bool":
            out[str(k)] = bool(v)
        elif kind == "int":
            out[str(k)] = int(v)
        else:
            out[str(k)] = float(v)
    return out


def _clean_id(node: Any) -> Any:
    return _xml_text(node) if isinstance(node, str) else node


def flatten_for_export(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` in which every node and edge attribute is a plain scalar.

    Lists (``aliases``, ``docs``) are joined with ``" | "``; ``None`` becomes ``""`` (or, for
    a numeric attribute, no attribute); dicts become JSON strings; an edge's ``evidence`` list
    becomes ``evidence_count`` (int), ``evidence`` (its first few distinct sentences, each as
    ``[doc id] sentence``) and ``docs``. Each attribute name gets one type across all nodes
    (and one across all edges), because GraphML and GEXF declare a type per name. Characters
    XML cannot hold are removed. Graph-level attributes are dropped but for ``name``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph (a :class:`~graph.kg.KnowledgeGraph` is accepted too); not changed.

    Returns
    -------
    networkx.MultiDiGraph
        The flattened copy, same node ids (bar XML-illegal characters) and edge keys.

    Examples
    --------
    >>> G = nx.MultiDiGraph(documents={"d1": {"title": "t"}})
    >>> G.add_node("person:a", type="person", label="A", aliases=["Ay", "Aa"], docs=["d1"])
    >>> G.add_node("role:b||", type="role", label="B", country=None)
    >>> _ = G.add_edge("person:a", "role:b||", key="holds_role", relation="holds_role",
    ...                evidence=[{"doc": "d1", "sentence": "A, the B, said.", "start": 0,
    ...                           "end": 8, "field": "text"}])
    >>> H = flatten_for_export(G)
    >>> H.nodes["person:a"]["aliases"], H.nodes["role:b||"]["country"], H.graph
    ('Ay | Aa', '', {'name': 'newsgraph'})
    >>> edge = H.edges["person:a", "role:b||", "holds_role"]
    >>> edge["evidence_count"], edge["evidence"], edge["docs"]
    (1, '[d1] A, the B, said.', 'd1')
    """
    G = _as_networkx(G)
    nodes = {n: _export_attrs(d, edge=False) for n, d in G.nodes(data=True)}
    edges = [(u, v, k, _export_attrs(d, edge=True)) for u, v, k, d in
             G.edges(keys=True, data=True)]
    node_kinds = _column_kinds(nodes.values())
    edge_kinds = _column_kinds(d for *_, d in edges)

    ids = {n: _clean_id(n) for n in nodes}
    if len(set(ids.values())) < len(ids):
        raise ValueError("node ids differ only in characters XML cannot hold; "
                         "they would merge in GraphML/GEXF")
    name = G.graph.get("name")
    H = nx.MultiDiGraph(name=_xml_text(name) if isinstance(name, str) and name else "newsgraph")
    for n, d in nodes.items():
        H.add_node(ids[n], **_flat_attrs(d, node_kinds))
    for u, v, k, d in edges:
        H.add_edge(ids[u], ids[v], key=_clean_id(k), **_flat_attrs(d, edge_kinds))
    return H


# ----------------------------------------------------------------- GraphML and GEXF
def _write_atomically(path: PathLike, write: Callable[[Path], None]) -> Path:
    """Run ``write(temp_path)`` in the target's folder, then rename the temp file over ``path``.

    For writers that insist on a path of their own (networkx's); text goes through
    :func:`graph._atomic.atomic_write_text`.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # networkx compresses by the file name's ending, so the temp name keeps a .gz/.bz2.
    compressed = target.suffix if target.suffix in (".gz", ".bz2") else ""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{compressed}",
                               dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target


def write_graphml(G: nx.MultiDiGraph, path: PathLike) -> Path:
    """Write ``G`` as GraphML (yEd, Cytoscape, Gephi, ``networkx.read_graphml``), atomically.

    Attributes are flattened by :func:`flatten_for_export`; edge keys (the relation) become
    GraphML edge ids, so ``nx.read_graphml(path, force_multigraph=True)`` gives the same
    nodes and edges back.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph (or a :class:`~graph.kg.KnowledgeGraph`).
    path : str or os.PathLike
        The file to write; its folder is created. A ``.gz`` ending compresses it.

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    H = flatten_for_export(G)
    return _write_atomically(path, lambda tmp: nx.write_graphml(H, tmp, encoding="utf-8"))


def _rename_reserved(data: dict[str, Any], reserved: frozenset[str]) -> dict[str, Any]:
    out = {}
    for k, v in data.items():
        name = k
        while name in reserved or (name != k and name in data):
            name += "_"
        out[name] = v
    return out


def _gexf_ready(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Flattened ``G`` with attributes GEXF would read as structure renamed (``type_``...),
    and each edge labelled with its relation and weighted by its evidence, as Gephi shows."""
    H = flatten_for_export(G)
    for _, d in H.nodes(data=True):
        renamed = _rename_reserved(d, _GEXF_RESERVED_NODE)
        d.clear()
        d.update(renamed)
    for _, _, k, d in H.edges(keys=True, data=True):
        renamed = _rename_reserved(d, _GEXF_RESERVED_EDGE)
        renamed["label"] = str(d.get("relation", k))
        if isinstance(d.get("evidence_count"), int):
            renamed["weight"] = float(d["evidence_count"])
        d.clear()
        d.update(renamed)
    return H


def write_gexf(G: nx.MultiDiGraph, path: PathLike) -> Path:
    """Write ``G`` as GEXF 1.2 (Gephi), atomically.

    Node labels are the nodes' ``label``; edges are labelled with their relation and weighted
    by their ``evidence_count``. Other attributes are flattened by :func:`flatten_for_export`;
    one named like a GEXF field (an edge ``type`` or ``weight``, a node ``start``...) gets a
    trailing ``_``. ``nx.read_gexf(path)`` gives the same nodes and edges back (edge keys
    from the ``networkx_key`` attribute).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph (or a :class:`~graph.kg.KnowledgeGraph`).
    path : str or os.PathLike
        The file to write; its folder is created.

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    H = _gexf_ready(G)
    return _write_atomically(path, lambda tmp: nx.write_gexf(H, tmp, encoding="utf-8"))


# ----------------------------------------------------------------- Neo4j CSV
def _csv_paths(path: PathLike) -> tuple[Path, Path]:
    """``folder/nodes.csv`` and ``folder/relationships.csv``, or for ``out/kg.csv`` the
    prefixed ``out/kg_nodes.csv`` and ``out/kg_relationships.csv``."""
    p = Path(path)
    if p.suffix.lower() == ".csv" and not p.is_dir():
        stem = p.with_suffix("")
        return (stem.with_name(f"{stem.name}_{NODES_CSV}"),
                stem.with_name(f"{stem.name}_{RELATIONSHIPS_CSV}"))
    return p / NODES_CSV, p / RELATIONSHIPS_CSV


def _neo4j_scalar_type(values: list[Any]) -> str:
    kind = _scalar_kind(values)
    if kind == "int":
        # neo4j-admin's int is 32-bit; long holds whatever a count can reach.
        lo, hi = _INT32
        return "int" if all(lo <= int(v) <= hi for v in values) else "long"
    return {"bool": "boolean", "float": "double"}.get(kind, "string")


def _neo4j_types(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Per property, its header type: ``string``, ``int``, ``long``, ``double``, ``boolean``,
    or one of those with ``[]`` when every value is a list."""
    values: dict[str, list[Any]] = {}
    for row in rows:
        for k, v in row.items():
            bucket = values.setdefault(k, [])
            if v is not None:
                bucket.append(v)
    types = {}
    for k, vs in values.items():
        if vs and all(_is_list(v) for v in vs):
            elements = [x for v in vs for x in _items(v) if x is not None]
            types[k] = f"{_neo4j_scalar_type(elements)}[]"
        elif any(_is_list(v) or isinstance(v, Mapping) for v in vs):
            types[k] = "string"
        else:
            types[k] = _neo4j_scalar_type(vs)
    return types


def _csv_text(value: Any) -> str:
    # neo4j-admin reads a field with a line break only with --multiline-fields (off by default
    # and gone from newer releases); a sentence loses nothing by being on one line.
    return _NEWLINES.sub(" ", _text(value)).strip()


def _csv_scalar(value: Any, base: str) -> str:
    if base == "boolean":
        return "true" if value else "false"
    if base in ("int", "long"):
        return str(int(value))
    if base == "double":
        v = float(value)
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return repr(v)
    return _csv_text(value)


def _csv_cell(value: Any, neo4j_type: str) -> str:
    """One CSV field; an empty field is how neo4j-admin is told "no property"."""
    if value is None:
        return ""
    if neo4j_type.endswith("[]"):
        base = neo4j_type[:-2]
        # The importer splits on the delimiter whatever the quoting; an alias with a ";"
        # would come back as two.
        items = [_csv_scalar(x, base).replace(NEO4J_ARRAY_DELIMITER, ",")
                 for x in _items(value) if x is not None]
        return NEO4J_ARRAY_DELIMITER.join(items)
    return _csv_scalar(value, neo4j_type)


def _property_name(name: Any) -> str:
    # A ":" would be read as the start of the type in the header.
    return str(name).replace(":", "_")


def _columns(types: Mapping[str, str], first: Iterable[str]) -> list[str]:
    first = [k for k in first if k in types]
    return first + sorted(k for k in types if k not in first)


def _camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text))


def neo4j_label(node_type: Any) -> str:
    """The Neo4j label of a node type.

    Examples
    --------
    >>> neo4j_label("organization"), neo4j_label("news_agency"), neo4j_label(None)
    ('Organization', 'NewsAgency', '')
    """
    return _camel(str(node_type)) if node_type else ""


def neo4j_relationship_type(relation: Any) -> str:
    """The Neo4j relationship type of a relation.

    Examples
    --------
    >>> neo4j_relationship_type("holds_role"), neo4j_relationship_type("")
    ('HOLDS_ROLE', 'RELATED_TO')
    """
    rel_type = re.sub(r"[^0-9A-Za-z]+", "_", str(relation or "")).strip("_").upper()
    return rel_type or "RELATED_TO"


def _rows_text(header: list[str], rows: Iterable[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def write_csv(G: nx.MultiDiGraph, path: PathLike) -> list[Path]:
    """Write ``G`` as CSV files for ``neo4j-admin database import full``, each atomically.

    ``nodes.csv`` has one row per node: ``id:ID`` (the newsgraph node id, kept as property
    ``id``), ``:LABEL`` (``Person``, ``Role``, ``Country``, ``Organization``, ``Place``),
    ``name:string`` (the node's ``label``), then every other attribute typed from its values,
    e.g. ``mentions:int``, ``aliases:string[]``. ``relationships.csv`` has one row per edge:
    ``:START_ID``, ``:END_ID``, ``:TYPE`` (``HOLDS_ROLE``...), ``relation:string``,
    ``evidence_count:int``, ``docs:string[]``, ``evidence:string`` and any other attributes.

    Arrays use the importer's default delimiter ``;`` (a ``;`` inside an item becomes ``,``);
    ``None`` and empty lists are empty fields, which the importer leaves as no property; line
    breaks inside text become spaces so the default (single-line) parsing reads every row.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph (or a :class:`~graph.kg.KnowledgeGraph`).
    path : str or os.PathLike
        A folder (created) to hold ``nodes.csv`` and ``relationships.csv``, or a file name
        ending in ``.csv`` used as a prefix: ``out/kg.csv`` writes ``out/kg_nodes.csv`` and
        ``out/kg_relationships.csv``.

    Returns
    -------
    list of pathlib.Path
        The nodes file and the relationships file.
    """
    G = _as_networkx(G)
    nodes_path, rels_path = _csv_paths(path)

    nodes = []
    for n, d in G.nodes(data=True):
        attrs = {_property_name(k): v for k, v in _export_attrs(d, edge=False).items()}
        # "label" means something else in Neo4j, and "name" is what a Cypher user types.
        if "label" in attrs and "name" not in attrs:
            attrs = {("name" if k == "label" else k): v for k, v in attrs.items()}
        attrs.pop("id", None)  # the id:ID column is property "id"
        nodes.append((n, attrs))
    node_types = _neo4j_types(d for _, d in nodes)
    node_cols = _columns(node_types, ["name", "type"])
    header = ["id:ID", ":LABEL"] + [f"{k}:{node_types[k]}" for k in node_cols]
    rows = ([_csv_text(n), neo4j_label(d.get("type"))]
            + [_csv_cell(d.get(k), node_types[k]) for k in node_cols] for n, d in nodes)
    atomic_write_text(nodes_path, _rows_text(header, rows))

    edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = {_property_name(a): x for a, x in _export_attrs(d, edge=True).items()}
        edges.append((u, v, neo4j_relationship_type(d.get("relation", k)), attrs))
    edge_types = _neo4j_types(d for *_, d in edges)
    edge_cols = _columns(edge_types, ["relation", "evidence_count", "docs", "evidence"])
    header = [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{edge_types[k]}" for k in edge_cols]
    rows = ([_csv_text(u), _csv_text(v), t] + [_csv_cell(d.get(k), edge_types[k])
                                               for k in edge_cols] for u, v, t, d in edges)
    atomic_write_text(rels_path, _rows_text(header, rows))
    return [nodes_path, rels_path]


# ----------------------------------------------------------------- dispatch
def export_graph(G: nx.MultiDiGraph, fmt: str, path: PathLike) -> list[Path]:
    """Write ``G`` in format ``fmt`` (one of :data:`FORMATS`) to ``path``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph (or a :class:`~graph.kg.KnowledgeGraph`).
    fmt : str
        ``"graphml"``, ``"gexf"``, ``"json"`` (newsgraph JSON, everything kept, loadable
        with :func:`graph.load_graph`) or ``"csv"`` (Neo4j import files).
    path : str or os.PathLike
        The file to write; for ``"csv"`` a folder or a ``.csv`` prefix (see :func:`write_csv`).

    Returns
    -------
    list of pathlib.Path
        The files written.

    Raises
    ------
    ValueError
        ``fmt`` is not one of :data:`FORMATS`.
    """
    G = _as_networkx(G)
    key = str(fmt).strip().lower()
    if key == "graphml":
        return [write_graphml(G, path)]
    if key == "gexf":
        return [write_gexf(G, path)]
    if key == "json":
        return [write_json(G, path)]
    if key == "csv":
        return write_csv(G, path)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
