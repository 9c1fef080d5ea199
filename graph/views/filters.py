"""Cut a knowledge graph down to the part worth drawing.

One function, :func:`filter_graph`, serves every view: ``KnowledgeGraph.to_html``,
``KnowledgeGraph.show`` and ``newsgraph export --html``. It narrows the graph by country,
by a person's neighbourhood, by mentions and by node type, and finally keeps at most
``max_nodes`` nodes (the most mentioned), because a browser page of the whole corpus
(14,596 nodes for the BBC 2004-2005 set) would take minutes to lay out.

The result carries a ``view`` record in ``H.graph["view"]`` (filters applied, nodes shown
and nodes there were) that the HTML page turns into its notice.

Examples
--------
>>> from graph.queries import example_graph
>>> G = example_graph()
>>> sorted(filter_graph(G, person="Des Browne"))
['country:GBR', 'person:des browne', 'role:defence secretary|GBR|']
>>> H = filter_graph(G, types="person,country")
>>> sorted(H), H.number_of_edges()
(['country:GBR', 'person:des browne', 'person:gordon brown', 'person:tony blair'], 3)
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..queries import resolve_country, subgraph

__all__ = ["DEFAULT_MAX_NODES", "GraphPrunedWarning", "filter_graph", "prune", "prune_notice"]

#: Most nodes a page draws. Measured in headless Chromium on this project's 2-core machine
#: (bench/page_ready.py), the whole BBC graph cut to 1,500 nodes is interactive 1.7 s after
#: the page starts loading and redraws in 11 ms a frame (smooth dragging and zooming); cut
#: to 3,000 it takes 2.2 s with a rougher layout and 17 ms a frame; whole (14,592 nodes),
#: 12 s, and the picture is a disc of dots. 1,500 leaves room for slower machines.
DEFAULT_MAX_NODES = 1500


class GraphPrunedWarning(UserWarning):
    """The graph had more nodes than a page can draw; only the most mentioned are kept."""


def _mentions(G: nx.Graph, node: Any) -> int:
    try:
        return int(G.nodes[node].get("mentions") or 0)
    except (TypeError, ValueError):
        return 0


def _types(types: str | Iterable[str] | None) -> set[str] | None:
    """Node types asked for, as a set; "person,role" and ["person", "role"] both work."""
    from ..kg import NODE_TYPES  # here: kg itself imports this module

    if types is None:
        return None
    items = types.split(",") if isinstance(types, str) else list(types)
    wanted = {str(t).strip().lower() for t in items if str(t).strip()}
    unknown = sorted(wanted - set(NODE_TYPES))
    if unknown or not wanted:
        raise ValueError(
            f"unknown node type(s) {', '.join(map(repr, unknown)) or '(none given)'}; "
            f"use any of {', '.join(NODE_TYPES)}, separated by commas"
        )
    return wanted


def _country_nodes(G: nx.MultiDiGraph, country: str) -> tuple[str, set[str]]:
    """The country's node, the people tied to it and their roles and organisations.

    A person is tied to a country as in :func:`graph.queries.people`: affiliated with it, or
    holding a role of it.
    """
    code = resolve_country(country)
    center = f"country:{code}"
    if center not in G:
        raise ValueError(
            f"{country!r} ({code}) is in no document of this graph "
            "(`newsgraph countries GRAPH` lists the countries it has)"
        )

    def type_of(n: Any) -> str | None:
        return G.nodes[n].get("type")

    roles = {
        n for n, attrs in G.nodes(data=True)
        if attrs.get("type") == "role" and attrs.get("country") == code
    }
    roles |= {u for u in G.predecessors(center) if type_of(u) == "role"}
    people = {u for u in G.predecessors(center) if type_of(u) == "person"}
    for role in roles:
        people |= {u for u in G.predecessors(role) if type_of(u) == "person"}
    keep = {center} | people
    for person in people:
        for target in G.successors(person):
            if type_of(target) in ("role", "organization"):
                keep.add(target)
                if type_of(target) == "role":
                    # the organisation a role belongs to ("Secretary" of a council)
                    keep |= {o for o in G.successors(target) if type_of(o) == "organization"}
    return center, keep


def _induced(G: nx.Graph, nodes: set[Any]) -> nx.Graph:
    """A copy of ``G`` on ``nodes``, in ``G``'s node and edge order (so pages are stable)."""
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(attrs)) for n, attrs in G.nodes(data=True) if n in nodes)
    if G.is_multigraph():
        H.add_edges_from(
            (u, v, k, dict(d)) for u, v, k, d in G.edges(keys=True, data=True)
            if u in nodes and v in nodes
        )
    else:
        H.add_edges_from(
            (u, v, dict(d)) for u, v, d in G.edges(data=True) if u in nodes and v in nodes
        )
    documents = G.graph.get("documents")
    if isinstance(documents, dict):
        used = {d for _, docs in H.nodes(data="docs") for d in docs or []}
        H.graph["documents"] = {d: m for d, m in documents.items() if d in used}
    return H


def _ranked(G: nx.Graph, nodes: Iterable[Any]) -> list[Any]:
    """Most mentioned first; ties go to the better connected, then to the node id."""
    return sorted(nodes, key=lambda n: (-_mentions(G, n), -G.degree(n), str(n)))


def prune_notice(shown: int, total: int) -> str:
    """The sentence a page and the command line show when a graph was cut down."""
    return (
        f"showing the {shown:,} most mentioned of {total:,} nodes; filter with --country, "
        "--person/--radius, --min-mentions or --types (in Python: country=, person=, "
        "min_mentions=, types=)"
    )


def prune(
    G: nx.Graph, max_nodes: int | None = DEFAULT_MAX_NODES, *, keep: Iterable[Any] = ()
) -> nx.Graph:
    """Keep at most ``max_nodes`` nodes of ``G``: the most mentioned, and edges among them.

    Nodes in ``keep`` (the person or country a view is about) stay whatever their
    mentions. A graph within the limit is returned as it is; otherwise a new graph whose
    ``graph["view"]`` says how many nodes were shown of how many, and a
    :class:`GraphPrunedWarning` is issued.
    """
    if max_nodes is None or G.number_of_nodes() <= max_nodes:
        return G
    if max_nodes < 1:
        raise ValueError("max_nodes must be 1 or more (or None for no limit)")
    keep = [n for n in dict.fromkeys(keep) if n in G]
    chosen = set(keep[:max_nodes])
    for node in _ranked(G, G.nodes):
        if len(chosen) >= max_nodes:
            break
        chosen.add(node)
    H = _induced(G, chosen)
    total = G.number_of_nodes()
    view = dict(G.graph.get("view") or {})
    view.update(shown_nodes=H.number_of_nodes(), total_nodes=total, max_nodes=max_nodes,
                pruned=True)
    H.graph["view"] = view
    warnings.warn(prune_notice(H.number_of_nodes(), total), GraphPrunedWarning, stacklevel=3)
    return H


def filter_graph(
    G: nx.MultiDiGraph,
    *,
    country: str | None = None,
    person: str | None = None,
    radius: int = 1,
    min_mentions: int = 0,
    types: str | Iterable[str] | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> nx.MultiDiGraph:
    """The part of ``G`` a page should draw.

    Each filter given narrows the graph further; the person or country asked for always
    stays, whatever ``min_mentions`` and ``types`` say.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph.
    country : str, optional
        A country code or name ("GBR", "Britain"): the country, the people tied to it
        (affiliated with it or holding one of its roles) and their roles and organisations.
    person : str, optional
        A person's name or alias, looked up as :func:`graph.queries.find_person` does
        (typos forgiven): that person's neighbourhood (:func:`graph.queries.subgraph`).
    radius : int
        With ``person``: how many edges away from them, either direction.
    min_mentions : int
        Leave out nodes mentioned fewer times than this.
    types : str or iterable of str, optional
        Node types to keep ("person,role,country" or a list of them).
    max_nodes : int or None
        At most this many nodes, the most mentioned (see :func:`prune`); None for no limit.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph (``G`` is not changed). ``graph["view"]`` records the filters, the nodes
        shown and the nodes the filters left before the ``max_nodes`` cut.

    Raises
    ------
    graph.errors.PersonNotFoundError
        No person, or more than one, fits ``person``.
    ValueError
        An unknown country or node type, a country this graph does not have, or a negative
        ``radius`` or ``min_mentions``.
    """
    if min_mentions < 0:
        raise ValueError("min_mentions must be 0 or more")
    if radius < 0:
        raise ValueError("radius must be 0 or more")
    wanted_types = _types(types)
    nodes = set(G.nodes)
    focus: list[Any] = []
    filters: dict[str, Any] = {}
    if person is not None:
        ego = subgraph(G, person, radius=radius)
        center = ego.graph["center"]
        nodes &= set(ego)
        focus.append(center)
        filters.update(person=G.nodes[center].get("label") or str(center), radius=radius)
    if country is not None:
        center, tied = _country_nodes(G, country)
        nodes &= tied | set(focus)
        focus.append(center)
        filters["country"] = center.split(":", 1)[1]
    if wanted_types is not None:
        nodes = {n for n in nodes if G.nodes[n].get("type") in wanted_types}
        filters["types"] = sorted(wanted_types)
    if min_mentions:
        nodes = {n for n in nodes if _mentions(G, n) >= min_mentions}
        filters["min_mentions"] = min_mentions
    nodes |= set(focus) & set(G.nodes)
    H = _induced(G, nodes) if filters else G.copy()
    H.graph["view"] = {
        "filters": filters,
        "shown_nodes": H.number_of_nodes(),
        "total_nodes": H.number_of_nodes(),
        "pruned": False,
    }
    if focus:
        H.graph["view"]["focus"] = [str(n) for n in focus]
    return prune(H, max_nodes, keep=_ranked(H, [n for n in focus if n in H]))
