"""The knowledge graph: a networkx MultiDiGraph of people, roles, countries, organisations and
places, with evidence on every edge, and the methods a Jupyter user reaches for."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import networkx as nx
import pandas as pd

from . import queries
from .documents import Skipped
from .facts import DocFacts
from .readwrite import read_json, write_json
from .views.filters import DEFAULT_MAX_NODES, filter_graph

NODE_TYPES = ("person", "role", "country", "organization", "place")
RELATIONS = ("holds_role", "role_of", "affiliated_with", "member_of", "located_in")


class KnowledgeGraph:
    """People, their roles and their countries, built from news articles.

    ``graph`` is the networkx ``MultiDiGraph``; everything a query needs is in it.
    ``skipped`` lists the inputs a build could not read (not saved with the graph).
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph = graph if graph is not None else nx.MultiDiGraph()
        self.graph.graph.setdefault("documents", {})
        self.skipped: list[Skipped] = []
        self.unchanged = 0  # documents a build found already in the graph, same content

    # ----------------------------------------------------------------- building
    def add(self, facts: DocFacts) -> None:
        """Merge one document's facts: same node id, same node; evidence accumulates."""
        G = self.graph
        doc = facts.document
        G.graph["documents"][doc.id] = {
            "title": doc.title, "date": _iso_date(doc.date), "url": doc.url,
            "source": doc.source, "hash": doc.content_hash,
            # per-node mention counts, so that a changed document can be taken out again
            "mentions": {node_id: e.mentions for node_id, e in facts.nodes.items() if e.mentions},
        }
        for node_id, entry in facts.nodes.items():
            if node_id not in G:
                G.add_node(node_id, type=entry.node.type, label=entry.node.label, docs=[],
                           mentions=0)
                if entry.node.type in ("person", "organization"):
                    G.nodes[node_id]["aliases"] = []
            attrs = G.nodes[node_id]
            for k, v in entry.attrs.items():
                attrs.setdefault(k, v)
            if doc.id not in attrs["docs"]:
                attrs["docs"] = sorted([*attrs["docs"], doc.id])
            attrs["mentions"] += entry.mentions
            if "aliases" in attrs and entry.aliases:
                attrs["aliases"] = sorted(set(attrs["aliases"]) | entry.aliases)
        for fact in facts.facts:
            src, dst = fact.source.id, fact.target.id
            if not G.has_edge(src, dst, key=fact.relation):
                G.add_edge(src, dst, key=fact.relation, relation=fact.relation, evidence=[])
            evidence = G.edges[src, dst, fact.relation]["evidence"]
            item = fact.evidence.to_dict()
            if item not in evidence:
                evidence.append(item)

    def remove_document(self, doc_id: str) -> None:
        """Take one document's evidence, mentions and nodes out (before rebuilding it)."""
        G = self.graph
        meta = G.graph["documents"].pop(doc_id, None)
        if meta is None:
            return
        for src, dst, key, data in list(G.edges(keys=True, data=True)):
            kept = [e for e in data["evidence"] if e["doc"] != doc_id]
            if kept:
                data["evidence"] = kept
            else:
                G.remove_edge(src, dst, key=key)
        for node_id, count in meta.get("mentions", {}).items():
            if node_id in G:
                G.nodes[node_id]["mentions"] -= count
        for node_id in [n for n, d in G.nodes(data="docs") if doc_id in d]:
            attrs = G.nodes[node_id]
            attrs["docs"] = [d for d in attrs["docs"] if d != doc_id]
            if not attrs["docs"] and G.degree(node_id) == 0:
                G.remove_node(node_id)

    def resolve_people(self) -> None:
        """One node per person across documents, where the name says so without doubt.

        A short form ("Blair", "George Bush") that no article resolved joins the one person
        whose full name ends with it ("Tony Blair") or contains it in order ("George W Bush");
        with two or more candidates ("Clarke": Charles and Ken) it stays apart. The merged
        names stay as aliases, and ``merged_from`` says which nodes were joined.
        """
        G = self.graph
        people = {n: n.split(":", 1)[1].split() for n, t in G.nodes(data="type") if t == "person"}
        full = {n: w for n, w in people.items() if len(w) > 1}
        for node, words in sorted(people.items()):
            if len(words) == 1:
                hosts = [n for n, h in full.items() if h[-1] == words[0]]
            else:
                hosts = [n for n, h in full.items() if len(h) > len(words) and h[0] == words[0]
                         and h[-1] == words[-1] and _subsequence(words, h)]
            if len(hosts) == 1:
                self._merge(node, hosts[0])
                full.pop(node, None)

    def _merge(self, node: str, into: str) -> None:
        G = self.graph
        src, dst = G.nodes[node], G.nodes[into]
        dst["docs"] = sorted(set(dst["docs"]) | set(src["docs"]))
        dst["mentions"] += src["mentions"]
        dst["aliases"] = sorted((set(dst.get("aliases", [])) | set(src.get("aliases", []))
                                 | {src["label"]}) - {dst["label"]})
        dst["merged_from"] = sorted(set(dst.get("merged_from", [])) | {node}
                                    | set(src.get("merged_from", [])))
        for a, b, key, data in list(G.out_edges(node, keys=True, data=True)) + list(
                G.in_edges(node, keys=True, data=True)):
            a2, b2 = (into if a == node else a), (into if b == node else b)
            if not G.has_edge(a2, b2, key=key):
                G.add_edge(a2, b2, key=key, relation=data["relation"], evidence=[])
            evidence = G.edges[a2, b2, key]["evidence"]
            evidence += [e for e in data["evidence"] if e not in evidence]
        G.remove_node(node)
        for meta in G.graph["documents"].values():
            counts = meta.get("mentions", {})
            if node in counts:
                counts[into] = counts.get(into, 0) + counts.pop(node)

    def refresh_times(self) -> None:
        """``first_seen``/``last_seen`` on nodes and edges from their documents' dates."""
        G = self.graph
        dates = {d: m.get("date") for d, m in G.graph["documents"].items() if m.get("date")}
        if not dates:
            return
        for _, attrs in G.nodes(data=True):
            _set_span(attrs, [dates[d] for d in attrs.get("docs", []) if d in dates])
        for _, _, attrs in G.edges(data=True):
            _set_span(attrs, [dates[e["doc"]] for e in attrs["evidence"] if e["doc"] in dates])

    # ----------------------------------------------------------------- queries
    def people(self, country: str | None = None, role: str | None = None,
               organization: str | None = None, text: str | None = None,
               since: str | None = None, until: str | None = None) -> pd.DataFrame:
        """Who's who as a DataFrame: one row per person, most mentioned first.

        Filters and date range as in :func:`graph.queries.people`.

        Examples
        --------
        >>> kg = KnowledgeGraph(queries.example_graph())
        >>> kg.people().columns.tolist()
        ['name', 'aliases', 'countries', 'roles', 'organizations', 'mentions', 'docs', \
'first_seen', 'last_seen']
        >>> kg.people(role="secretary")[["name", "roles"]].to_dict("records")
        [{'name': 'Des Browne', 'roles': 'Defence Secretary (GBR)'}]
        """
        return people_frame(self.people_records(country, role, organization, text, since,
                                                until))

    def people_records(self, country: str | None = None, role: str | None = None,
                       organization: str | None = None, text: str | None = None,
                       since: str | None = None, until: str | None = None) -> list[dict]:
        """The same people as plain dicts (the JSON ``newsgraph people --json`` prints)."""
        return queries.people(self.graph, country=country, role=role,
                              organization=organization, text=text, since=since, until=until)

    def person(self, name: str, since: str | None = None, until: str | None = None) -> dict:
        """One person's profile: roles, countries, organisations, each with evidence.

        Examples
        --------
        >>> kg = KnowledgeGraph(queries.example_graph())
        >>> kg.person("Gordn Brwn")["name"]
        'Gordon Brown'
        """
        return queries.person_profile(self.graph, name, since=since, until=until)

    def roles(self, country: str | None = None, title: str | None = None,
              since: str | None = None, until: str | None = None) -> pd.DataFrame:
        """Who held which position: one row per (role, person), as :func:`graph.queries.roles`.

        Examples
        --------
        >>> kg = KnowledgeGraph(queries.example_graph())
        >>> kg.roles(title="minister")[["title", "country", "person", "docs"]].to_dict("records")
        [{'title': 'Prime Minister', 'country': 'GBR', 'person': 'Tony Blair', 'docs': 2}]
        """
        return roles_frame(queries.roles(self.graph, country=country, title=title, since=since,
                                         until=until))

    def countries(self, top: int = 3, since: str | None = None,
                  until: str | None = None) -> pd.DataFrame:
        """People per country, as :func:`graph.queries.countries`.

        Examples
        --------
        >>> kg = KnowledgeGraph(queries.example_graph())
        >>> kg.countries().to_dict("records")
        [{'code': 'GBR', 'name': 'United Kingdom', 'people': 3, \
'top_people': 'Gordon Brown, Tony Blair, Des Browne'}]
        """
        return countries_frame(queries.countries(self.graph, top=top, since=since, until=until))

    def connections(self, a: str, b: str, max_paths: int = 3, since: str | None = None,
                    until: str | None = None) -> pd.DataFrame:
        """Shortest paths between two people, one row per hop (:func:`graph.queries.connections`).

        Examples
        --------
        >>> kg = KnowledgeGraph(queries.example_graph())
        >>> hops = kg.connections("Blair", "Browne", max_paths=1)
        >>> hops[["from", "relation", "direction", "to"]].values.tolist()
        [['Tony Blair', 'affiliated_with', 'forward', 'United Kingdom'], \
['United Kingdom', 'affiliated_with', 'backward', 'Des Browne']]
        """
        return connections_frame(queries.connections(self.graph, a, b, max_paths=max_paths,
                                                     since=since, until=until))

    def comentions(self, name: str, limit: int | None = None, since: str | None = None,
                   until: str | None = None) -> pd.DataFrame:
        """People named in the same documents as ``name`` (:func:`graph.queries.comentions`).

        Examples
        --------
        >>> KnowledgeGraph(queries.example_graph()).comentions("Blair").to_dict("records")
        [{'name': 'Gordon Brown', 'count': 2, 'docs': 'budget, g8'}]
        """
        return comentions_frame(queries.comentions(self.graph, name, limit=limit, since=since,
                                                   until=until))

    def subgraph(self, name: str, radius: int = 2, since: str | None = None,
                 until: str | None = None) -> KnowledgeGraph:
        """One person's neighbourhood as a graph of its own (:func:`graph.queries.subgraph`).

        Examples
        --------
        >>> kg = KnowledgeGraph(queries.example_graph())
        >>> kg.subgraph("Des Browne", radius=1).counts()["person"]
        1
        """
        return KnowledgeGraph(queries.subgraph(self.graph, name, radius=radius, since=since,
                                               until=until))

    def nodes(self) -> pd.DataFrame:
        """Every node: id, type, label, distance from a subgraph's center, mentions, docs."""
        return nodes_frame(queries.node_table(self.graph, self.graph.graph.get("center")))

    def search(self, text: str, limit: int = 10,
               types: tuple[str, ...] = ("person", "organization")) -> pd.DataFrame:
        """Fuzzy name lookup (:func:`graph.queries.search`), best match first.

        Examples
        --------
        >>> KnowledgeGraph(queries.example_graph()).search("Gordn Brwn")["label"].iloc[0]
        'Gordon Brown'
        """
        return search_frame(queries.search(self.graph, text, limit=limit, types=types))

    @property
    def documents(self) -> dict[str, dict]:
        return self.graph.graph["documents"]

    def counts(self) -> dict[str, int]:
        """Number of nodes of each type, and of edges."""
        out = {t: 0 for t in NODE_TYPES}
        for _, t in self.graph.nodes(data="type"):
            out[t] = out.get(t, 0) + 1
        out["edges"] = self.graph.number_of_edges()
        out["documents"] = len(self.documents)
        return out

    # ----------------------------------------------------------------- files and views
    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the graph as newsgraph JSON, atomically."""
        return write_json(self.graph, path)

    def to_html(self, path: str | os.PathLike[str], title: str = "newsgraph", *,
                country: str | None = None, person: str | None = None, radius: int = 1,
                min_mentions: int = 0, types: str | list[str] | tuple[str, ...] | None = None,
                max_nodes: int | None = DEFAULT_MAX_NODES) -> Path:
        """Write a self-contained, offline HTML page of the graph, or of the part asked for.

        The filters are those of :func:`graph.views.filters.filter_graph`; a graph left with
        more than ``max_nodes`` nodes is cut to the most mentioned, with a notice on the page
        and a ``GraphPrunedWarning``.
        """
        from .views.html import write_html

        H = filter_graph(self.graph, country=country, person=person, radius=radius,
                         min_mentions=min_mentions, types=types, max_nodes=max_nodes)
        return write_html(H, path, title=title, max_nodes=max_nodes)

    def show(self, height: int = 600, title: str = "newsgraph", *, country: str | None = None,
             person: str | None = None, radius: int = 1, min_mentions: int = 0,
             types: str | list[str] | tuple[str, ...] | None = None,
             max_nodes: int | None = DEFAULT_MAX_NODES) -> None:
        """Display the graph inline in Jupyter: an ``<iframe srcdoc>``, so it works in
        JupyterLab, the classic notebook and VS Code. Filters as in :meth:`to_html`."""
        from IPython.display import HTML, display

        from .views.html import notebook_html

        H = filter_graph(self.graph, country=country, person=person, radius=radius,
                         min_mentions=min_mentions, types=types, max_nodes=max_nodes)
        display(HTML(notebook_html(H, title=title, height=height, max_nodes=max_nodes)))

    def _repr_html_(self) -> str:
        c = self.counts()
        top = self.people().head(10)
        summary = ", ".join(f"{c[t]} {t}" for t in NODE_TYPES)
        return (
            f"<p><b>newsgraph</b>: {c['documents']} documents, {html.escape(summary)}, "
            f"{c['edges']} edges</p>" + top.to_html(index=False, escape=True)
        )

    def __repr__(self) -> str:
        c = self.counts()
        return (f"<KnowledgeGraph {c['documents']} documents, {c['person']} people, "
                f"{c['edges']} edges>")


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _iso_date(value: str | None) -> str | None:
    """The YYYY-MM-DD part of a date the input gave, if it has one; else the text as given."""
    if not value:
        return None
    m = re.match(r"\d{4}-\d{2}-\d{2}", value.strip())
    return m.group(0) if m else value.strip()


def _set_span(attrs: dict, seen: list[str]) -> None:
    if seen:
        attrs["first_seen"], attrs["last_seen"] = min(seen), max(seen)


# --------------------------------------------------------------------------- tables
# One flat row per record, shared by the DataFrame methods above and the CLI's tables and
# CSV, so what a notebook shows and what `--csv` writes are the same columns.


def people_frame(records: list[dict]) -> pd.DataFrame:
    """:func:`graph.queries.people` records as a table (lists joined, docs counted)."""
    rows = [
        {
            "name": r["name"],
            "aliases": ", ".join(r["aliases"]),
            "countries": ", ".join(c["code"] for c in r["countries"]),
            "roles": "; ".join(queries.role_label(x) for x in r["roles"]),
            "organizations": ", ".join(o["name"] for o in r["organizations"]),
            "mentions": r["mentions"],
            "docs": len(r["docs"]),
            "first_seen": r.get("first_seen"),
            "last_seen": r.get("last_seen"),
        }
        for r in records
    ]
    return pd.DataFrame(rows, columns=["name", "aliases", "countries", "roles", "organizations",
                                       "mentions", "docs", "first_seen", "last_seen"])


def roles_frame(records: list[dict]) -> pd.DataFrame:
    """:func:`graph.queries.roles` records as a table (docs counted)."""
    columns = ["title", "country", "organization", "person", "docs", "first_seen", "last_seen"]
    return pd.DataFrame([{**r, "docs": len(r["docs"])} for r in records], columns=columns)


def countries_frame(records: list[dict]) -> pd.DataFrame:
    """:func:`graph.queries.countries` records as a table (top people joined)."""
    rows = [{**r, "top_people": ", ".join(r["top_people"])} for r in records]
    return pd.DataFrame(rows, columns=["code", "name", "people", "top_people"])


def connections_frame(result: dict) -> pd.DataFrame:
    """:func:`graph.queries.connections` as one row per hop, with its first evidence sentence."""
    rows = [
        {"path": i, "hop": j, "from": h["from"], "relation": h["relation"],
         "direction": h["direction"], "to": h["to"],
         "docs": ", ".join(sorted({e["doc"] for e in h["evidence"]})),
         "sentence": h["evidence"][0]["sentence"] if h["evidence"] else None}
        for i, path in enumerate(result["paths"], 1)
        for j, h in enumerate(path["hops"], 1)
    ]
    return pd.DataFrame(rows, columns=["path", "hop", "from", "relation", "direction", "to",
                                       "docs", "sentence"])


def comentions_frame(records: list[dict]) -> pd.DataFrame:
    """:func:`graph.queries.comentions` records as a table (doc ids joined)."""
    rows = [{**r, "docs": ", ".join(r["docs"])} for r in records]
    return pd.DataFrame(rows, columns=["name", "count", "docs"])


def nodes_frame(records: list[dict]) -> pd.DataFrame:
    """:func:`graph.queries.node_table` records as a table (docs counted)."""
    rows = [{**r, "docs": len(r["docs"])} for r in records]
    frame = pd.DataFrame(rows, columns=["id", "type", "label", "distance", "mentions", "docs"])
    frame["distance"] = frame["distance"].astype("Int64")  # None stays missing, not NaN
    return frame


def search_frame(records: list[dict]) -> pd.DataFrame:
    """:func:`graph.queries.search` records as a table."""
    return pd.DataFrame(records, columns=["label", "type", "score", "id", "matched"])


def load_graph(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Load a graph file written by ``newsgraph build`` or ``KnowledgeGraph.save``."""
    return KnowledgeGraph(read_json(path))
