"""Exports on real graphs, read back with the real readers (networkx, csv); no mocks."""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from graph.export import (
    FORMATS,
    export_graph,
    flatten_for_export,
    write_csv,
    write_gexf,
    write_graphml,
)
from graph.readwrite import read_json

TRICKY_ARTICLE = (
    "Talks </script> in London\n\n"
    'British Prime Minister "Tony" Blair, said: <b>no</b>, "never", </script> and left.\n'
    'French President Emmanuel Macron met Blair in Paris, France; he said "yes, maybe".\n'
)
TRICKY_SENTENCE = 'He said: "no, never" </script> & <b>left</b>;\nthen "yes", maybe.\x0b'


def _rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _column(header: list[str], name: str) -> int:
    """Index of the column for property ``name``, whatever its type suffix."""
    return next(i for i, h in enumerate(header) if h.split(":")[0] == name)


def _a_person_with_alias(G: nx.MultiDiGraph) -> tuple[str, str]:
    return next((n, d["aliases"][0]) for n, d in G.nodes(data=True)
                if d["type"] == "person" and d.get("aliases"))


@pytest.fixture(scope="module")
def example_graph(example_kg) -> nx.MultiDiGraph:
    return example_kg.graph


@pytest.fixture(scope="module")
def tricky_graph(nlp, tmp_path_factory) -> nx.MultiDiGraph:
    """A graph built from an article full of markup, quotes, commas and line breaks, with
    more of the same (and attribute types a later newsgraph may add) put on its nodes."""
    from graph import build_graph

    folder = tmp_path_factory.mktemp("tricky")
    article = folder / "tricky.txt"
    article.write_text(TRICKY_ARTICLE, encoding="utf-8")
    G = copy.deepcopy(build_graph([article], nlp=nlp).graph)
    assert G.number_of_nodes() > 0
    people = [n for n, t in G.nodes(data="type") if t == "person"]
    assert people, "the article names people"
    person = people[0]
    G.nodes[person]["label"] = 'Prime Minister "Tony" Blair,\nsaid: <b>no</b> </script>'
    G.nodes[person]["aliases"] = ['"Tony"', "Blair; T.", "T, Blair"]
    G.nodes[person]["first_seen"] = "2024-02-17"
    G.nodes[person]["score"] = 3
    G.nodes[person]["meta"] = {"note": "a </script> b", "n": 1}
    G.nodes[person]["start"] = "GEXF would read this as a time"
    other = next(n for n in G if n != person)
    G.nodes[other]["first_seen"] = None
    G.nodes[other]["score"] = None
    G.add_node("organization:x\x01y", type="organization", label="X\x01Y Corp", docs=[],
               mentions=1, aliases=[])
    G.add_edge(person, other, key="member_of", relation="member_of", type="odd",
               evidence=[{"doc": "tricky", "sentence": TRICKY_SENTENCE, "start": 0, "end": 5,
                          "field": "text"}])
    return G


# ----------------------------------------------------------------- GraphML
def test_graphml_round_trip(example_graph, tmp_path):
    out = write_graphml(example_graph, tmp_path / "kg.graphml")
    assert out == tmp_path / "kg.graphml"
    H = nx.read_graphml(out, force_multigraph=True)
    assert H.is_multigraph()
    assert H.number_of_nodes() == example_graph.number_of_nodes()
    assert H.number_of_edges() == example_graph.number_of_edges()
    for n, d in H.nodes(data=True):
        assert d["type"] == example_graph.nodes[n]["type"]
        assert d["label"] == example_graph.nodes[n]["label"]
        assert isinstance(d["mentions"], int)
    person, alias = _a_person_with_alias(example_graph)
    assert alias in H.nodes[person]["aliases"]
    for u, v, k, d in example_graph.edges(keys=True, data=True):
        back = H.edges[u, v, k]
        assert back["relation"] == d["relation"]
        assert back["evidence_count"] == len(d["evidence"])
        assert d["evidence"][0]["sentence"] in back["evidence"]
        assert d["evidence"][0]["doc"] in back["docs"]
    assert H.graph["name"] == "newsgraph"
    assert "documents" not in H.graph


# ----------------------------------------------------------------- GEXF
def test_gexf_round_trip(example_graph, tmp_path):
    out = write_gexf(example_graph, tmp_path / "kg.gexf")
    H = nx.read_gexf(out)
    assert H.number_of_nodes() == example_graph.number_of_nodes()
    assert H.number_of_edges() == example_graph.number_of_edges()
    for n, d in H.nodes(data=True):
        assert d["type"] == example_graph.nodes[n]["type"]
        assert d["label"] == example_graph.nodes[n]["label"]
    person, alias = _a_person_with_alias(example_graph)
    assert alias in H.nodes[person]["aliases"]
    for u, v, d in example_graph.edges(data=True):
        back = H.get_edge_data(u, v)
        back = back if "relation" in back else next(iter(back.values()))
        assert back["relation"] == d["relation"]
        assert back["label"] == d["relation"]  # what Gephi shows on the edge
        assert back["evidence_count"] == len(d["evidence"])
        assert back["weight"] == float(len(d["evidence"]))


def test_gexf_keeps_parallel_edges_apart(example_graph, tmp_path):
    G = copy.deepcopy(example_graph)
    u, v, k = next(iter(G.edges(keys=True)))
    G.add_edge(u, v, key="member_of", relation="member_of", evidence=[])
    H = nx.read_gexf(write_gexf(G, tmp_path / "kg.gexf"))
    assert H.is_multigraph()
    assert set(H[u][v]) == {k, "member_of"}


# ----------------------------------------------------------------- Neo4j CSV
def test_csv_headers_rows_and_ids(example_graph, tmp_path):
    paths = write_csv(example_graph, tmp_path / "neo4j")
    assert paths == [tmp_path / "neo4j" / "nodes.csv", tmp_path / "neo4j" / "relationships.csv"]
    nodes, rels = (_rows(p) for p in paths)

    header = nodes[0]
    assert header[:4] == ["id:ID", ":LABEL", "name:string", "type:string"]
    for typed in ("mentions:int", "docs:string[]", "aliases:string[]", "code:string",
                  "title:string", "country:string"):
        assert typed in header
    assert len(nodes) - 1 == example_graph.number_of_nodes()
    ids = {row[0] for row in nodes[1:]}
    assert ids == set(example_graph.nodes)
    labels = {row[1] for row in nodes[1:]}
    assert labels == {"Person", "Role", "Country", "Organization", "Place"}
    by_id = {row[0]: row for row in nodes[1:]}
    assert by_id["country:UKR"][_column(header, "code")] == "UKR"
    assert by_id["country:UKR"][_column(header, "name")] == "Ukraine"

    rheader = rels[0]
    assert ",".join(rheader).startswith(":START_ID,:END_ID,:TYPE")
    for typed in ("relation:string", "evidence_count:int", "docs:string[]", "evidence:string"):
        assert typed in rheader
    assert len(rels) - 1 == example_graph.number_of_edges()
    types = {row[2] for row in rels[1:]}
    assert types <= {"HOLDS_ROLE", "ROLE_OF", "AFFILIATED_WITH", "MEMBER_OF", "LOCATED_IN"}
    assert "HOLDS_ROLE" in types
    for row in rels[1:]:
        assert row[0] in ids and row[1] in ids
        assert int(row[_column(rheader, "evidence_count")]) >= 1


def test_csv_supports_the_documented_cypher(example_graph, tmp_path):
    """The module docstring's query: Person -HOLDS_ROLE-> Role -ROLE_OF-> Country {code}."""
    nodes, rels = (_rows(p) for p in write_csv(example_graph, tmp_path))
    header = nodes[0]
    node = {row[0]: dict(zip(header, row, strict=True)) for row in nodes[1:]}
    holds = [(r[0], r[1]) for r in rels[1:] if r[2] == "HOLDS_ROLE"]
    role_of = {(r[0], r[1]) for r in rels[1:] if r[2] == "ROLE_OF"}
    answers = {
        (node[p]["name:string"], node[r]["title:string"])
        for p, r in holds for (r2, c) in role_of
        if r2 == r and node[c][":LABEL"] == "Country" and node[c]["code:string"] == "UKR"
    }
    assert ("Rustem Umerov", "chief negotiator") in answers


def test_csv_arrays_use_semicolons(example_graph, tmp_path):
    G = copy.deepcopy(example_graph)
    person, _ = _a_person_with_alias(G)
    G.nodes[person]["aliases"] = ["Umerov", "R. Umerov", "Rustem; U."]
    G.nodes[person]["docs"] = ["doc1", "doc2"]
    nodes, _ = (_rows(p) for p in write_csv(G, tmp_path))
    header = nodes[0]
    row = next(r for r in nodes[1:] if r[0] == person)
    # A ";" inside an alias would split it in two on import.
    assert row[_column(header, "aliases")] == "Umerov;R. Umerov;Rustem, U."
    assert row[_column(header, "docs")] == "doc1;doc2"
    empty = next(r for r in nodes[1:] if G.nodes[r[0]].get("aliases") == [])
    assert empty[_column(header, "aliases")] == ""


def test_csv_quotes_commas_and_line_breaks_round_trip(example_graph, tmp_path):
    G = copy.deepcopy(example_graph)
    u, v, k = next(iter(G.edges(keys=True)))
    G.edges[u, v, k]["evidence"] = [
        {"doc": "d,1", "sentence": TRICKY_SENTENCE, "start": 0, "end": 3, "field": "text"},
    ]
    _, rels_path = write_csv(G, tmp_path / "kg.csv")
    assert rels_path == tmp_path / "kg_relationships.csv"
    assert (tmp_path / "kg_nodes.csv").exists()
    rels = _rows(rels_path)
    header = rels[0]
    row = next(r for r in rels[1:] if (r[0], r[1]) == (u, v))
    evidence = row[_column(header, "evidence")]
    # One physical line per row, as neo4j-admin reads by default.
    assert evidence == '[d,1] He said: "no, never" </script> & <b>left</b>; then "yes", maybe.'
    assert row[_column(header, "docs")] == "d,1"
    assert rels_path.read_text(encoding="utf-8").count("\n") == len(rels)


# ----------------------------------------------------------------- awkward text
def test_awkward_text_exports_in_every_format(tricky_graph, tmp_path):
    G = tricky_graph
    n_nodes, n_edges = G.number_of_nodes(), G.number_of_edges()
    person = next(n for n, d in G.nodes(data=True) if d.get("start"))

    H = nx.read_graphml(write_graphml(G, tmp_path / "t.graphml"), force_multigraph=True)
    assert (H.number_of_nodes(), H.number_of_edges()) == (n_nodes, n_edges)
    assert H.nodes[person]["label"] == G.nodes[person]["label"]
    assert H.nodes[person]["aliases"] == '"Tony" | Blair; T. | T, Blair'
    assert json.loads(H.nodes[person]["meta"]) == {"note": "a </script> b", "n": 1}
    assert H.nodes[person]["score"] == 3
    assert "organization:xy" in H  # XML cannot hold \x01, even escaped
    edge = next(d for _, _, d in H.edges(person, data=True) if d.get("type") == "odd")
    assert edge["evidence"] == "[tricky] " + TRICKY_SENTENCE.replace("\x0b", "")

    X = nx.read_gexf(write_gexf(G, tmp_path / "t.gexf"))
    assert (X.number_of_nodes(), X.number_of_edges()) == (n_nodes, n_edges)
    assert X.nodes[person]["label"] == G.nodes[person]["label"]
    assert X.nodes[person]["start_"] == "GEXF would read this as a time"
    assert "start" not in X.nodes[person]
    odd = [d for _, _, d in X.edges(data=True) if d.get("type_") == "odd"]
    assert len(odd) == 1 and odd[0]["evidence"] == edge["evidence"]

    nodes_path, rels_path = write_csv(G, tmp_path / "csv")
    nodes, rels = _rows(nodes_path), _rows(rels_path)
    assert (len(nodes) - 1, len(rels) - 1) == (n_nodes, n_edges)
    assert "first_seen:string" in nodes[0] and "score:int" in nodes[0]
    row = next(r for r in nodes[1:] if r[0] == person)
    assert row[_column(nodes[0], "name")] == 'Prime Minister "Tony" Blair, said: <b>no</b> </script>'
    assert row[_column(nodes[0], "first_seen")] == "2024-02-17"
    ids = {r[0] for r in nodes[1:]}
    assert all(r[0] in ids and r[1] in ids for r in rels[1:])

    J = read_json(export_graph(G, "json", tmp_path / "t.json")[0])
    assert J.nodes[person]["label"] == G.nodes[person]["label"]
    assert J.graph["documents"] == G.graph["documents"]


# ----------------------------------------------------------------- flattening
def test_flatten_gives_one_scalar_type_per_attribute(tricky_graph):
    before = copy.deepcopy(tricky_graph)
    H = flatten_for_export(tricky_graph)
    assert nx.utils.graphs_equal(tricky_graph, before)  # the input is not touched
    assert H.graph == {"name": "newsgraph"}
    for view in (H.nodes(data=True), H.edges(data=True)):
        types: dict[str, set[type]] = {}
        for *_, d in view:
            for k, v in d.items():
                assert isinstance(v, (str, int, float, bool)), (k, v)
                types.setdefault(k, set()).add(type(v))
        assert all(len(t) == 1 for t in types.values()), types
    other = next(n for n, d in tricky_graph.nodes(data=True) if "score" in d and d["score"] is None)
    assert "score" not in H.nodes[other]  # a missing number is no attribute, not ""
    assert H.nodes[other]["first_seen"] == ""
    assert flatten_for_export(H).nodes(data=True) == H.nodes(data=True)


def test_flatten_keeps_only_a_few_evidence_sentences(example_graph):
    G = copy.deepcopy(example_graph)
    u, v, k = next(iter(G.edges(keys=True)))
    G.edges[u, v, k]["evidence"] = [
        {"doc": f"d{i}", "sentence": f"Sentence {i}.", "start": 0, "end": 1, "field": "text"}
        for i in range(6)
    ]
    d = flatten_for_export(G).edges[u, v, k]
    assert d["evidence_count"] == 6
    assert d["evidence"] == "[d0] Sentence 0. | [d1] Sentence 1. | [d2] Sentence 2."
    assert d["docs"] == "d0 | d1 | d2 | d3 | d4 | d5"


# ----------------------------------------------------------------- files and dispatch
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_replaces_existing_files_atomically(example_kg, tmp_path, fmt):
    target = tmp_path / ("out" if fmt == "csv" else f"kg.{fmt}")
    first = export_graph(example_kg, fmt, target)  # a KnowledgeGraph is accepted too
    for p in first:
        p.write_text("stale", encoding="utf-8")
    second = export_graph(example_kg.graph, fmt, target)
    assert second == first
    for p in second:
        assert p.read_text(encoding="utf-8") != "stale"
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and p not in second]
    assert leftovers == []


def test_export_creates_folders(example_graph, tmp_path):
    out = export_graph(example_graph, "GraphML", tmp_path / "a" / "b" / "kg.graphml")
    assert out[0].is_file()


def test_unknown_format_is_a_clear_error(example_graph, tmp_path):
    with pytest.raises(ValueError, match="unknown export format 'dot'.*graphml, gexf, json, csv"):
        export_graph(example_graph, "dot", tmp_path / "kg.dot")
    assert list(tmp_path.iterdir()) == []


def test_cli_export_to_each_format(example_kg, tmp_path):
    import networkx as nx
    from typer.testing import CliRunner

    from graph.cli import app

    graph_file = example_kg.save(tmp_path / "g.json")
    runner = CliRunner()
    n = example_kg.graph.number_of_nodes()
    for fmt, target in (("graphml", "g.graphml"), ("gexf", "g.gexf"), ("csv", "neo4j")):
        result = runner.invoke(app, ["export", str(graph_file), "--to", fmt,
                                     "-o", str(tmp_path / target)])
        assert result.exit_code == 0, result.output
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == n
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == n
    rows = (tmp_path / "neo4j" / "nodes.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == n + 1
    bad = runner.invoke(app, ["export", str(graph_file), "--to", "dot", "-o", "x"])
    assert bad.exit_code == 2 and "graphml" in bad.stderr
