"""The knowledge graph: a networkx MultiDiGraph of people, roles, countries, organisations and
places, with evidence on every edge, and the methods a Jupyter user reaches for."""

from __future__ import annotations

import html
import os
from pathlib import Path

import networkx as nx
import pandas as pd

from . import queries
from .documents import Skipped
from .facts import DocFacts
from .readwrite import read_json, write_json

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

    # ----------------------------------------------------------------- building
    def add(self, facts: DocFacts) -> None:
        """Merge one document's facts: same node id, same node; evidence accumulates."""
        G = self.graph
        doc = facts.document
        G.graph["documents"][doc.id] = {
            "title": doc.title, "date": doc.date, "url": doc.url, "source": doc.source,
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

    # ----------------------------------------------------------------- queries
    def people(self, country: str | None = None, role: str | None = None) -> pd.DataFrame:
        """Who's who as a DataFrame: one row per person, most mentioned first.

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> kg.people().columns.tolist()
        ['name', 'aliases', 'countries', 'roles', 'organizations', 'mentions', 'docs']
        """
        rows = [
            {
                "name": r["name"],
                "aliases": ", ".join(r["aliases"]),
                "countries": ", ".join(c["code"] for c in r["countries"]),
                "roles": "; ".join(queries.role_label(x) for x in r["roles"]),
                "organizations": ", ".join(o["name"] for o in r["organizations"]),
                "mentions": r["mentions"],
                "docs": len(r["docs"]),
            }
            for r in queries.people(self.graph, country=country, role=role)
        ]
        columns = ["name", "aliases", "countries", "roles", "organizations", "mentions", "docs"]
        return pd.DataFrame(rows, columns=columns)

    def people_records(self, country: str | None = None, role: str | None = None) -> list[dict]:
        """The same people as plain dicts (the JSON ``newsgraph people --json`` prints)."""
        return queries.people(self.graph, country=country, role=role)

    def person(self, name: str) -> dict:
        """One person's profile: roles, countries, organisations, each with evidence."""
        return queries.person_profile(self.graph, name)

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

    def to_html(self, path: str | os.PathLike[str], title: str = "newsgraph") -> Path:
        """Write a self-contained, offline HTML page of the graph."""
        from .views.html import write_html

        return write_html(self.graph, path, title=title)

    def show(self, height: int = 600, title: str = "newsgraph"):
        """Display the graph inline in Jupyter (an iframe, so it works in VS Code too)."""
        from IPython.display import HTML, display

        from .views.html import notebook_html

        display(HTML(notebook_html(self.graph, title=title, height=height)))

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


def load_graph(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Load a graph file written by ``newsgraph build`` or ``KnowledgeGraph.save``."""
    return KnowledgeGraph(read_json(path))
