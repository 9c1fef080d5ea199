"""Questions asked of a newsgraph graph: plain functions over a ``networkx.MultiDiGraph``.

Results are plain lists and dicts (the JSON the CLI prints); ``KnowledgeGraph`` turns them
into pandas DataFrames. Every query that takes ``since``/``until`` answers from
:func:`between`, the graph as the documents dated in that range tell it.

Examples
--------
>>> from graph.queries import example_graph, people
>>> G = example_graph()
>>> [p["name"] for p in people(G)]
['Gordon Brown', 'Tony Blair', 'Des Browne']
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from itertools import islice, pairwise

import networkx as nx

from .countries import country_code, country_name
from .errors import PersonNotFoundError
from .facts import fold

#: Fuzzy matches below this score (0-100) never stand in for a name that matched nothing.
FUZZY_CUTOFF = 90.0
#: Search results scoring below this are not worth showing.
SEARCH_CUTOFF = 60.0

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_BOUND_RE = re.compile(r"\d{4}(-\d{2}){0,2}$")


# --------------------------------------------------------------------------- small helpers


def _docs(evidence: list[dict]) -> list[str]:
    return sorted({e["doc"] for e in evidence})


def _links(G: nx.MultiDiGraph, node: str, relation: str) -> list[tuple[str, list[dict]]]:
    """Targets of ``relation`` edges out of ``node`` with their evidence, in a stable order."""
    out = []
    for _, target, key, data in G.out_edges(node, keys=True, data=True):
        if key == relation:
            out.append((target, data.get("evidence", [])))
    return sorted(out)


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node].get("label") or node.split(":", 1)[-1]


def _by_mentions(G: nx.MultiDiGraph, nodes) -> list[str]:
    """Nodes most mentioned first, then by label: the order every listing uses."""
    return sorted(nodes, key=lambda n: (-G.nodes[n].get("mentions", 0),
                                        fold(_label(G, n)), n))


def _people_nodes(G: nx.MultiDiGraph) -> list[str]:
    return [n for n, t in G.nodes(data="type") if t == "person"]


def _names(attrs: dict) -> list[str]:
    """A node's label and aliases: every name it is known by."""
    return [attrs.get("label", ""), *attrs.get("aliases", [])]


def _words_in_order(query: list[str], name: list[str]) -> bool:
    """``query`` is a run of whole words inside ``name`` ("blair" in "tony blair")."""
    n = len(query)
    return any(name[i : i + n] == query for i in range(len(name) - n + 1))


# --------------------------------------------------------------------------- time windows


def _check_bound(value: str | None, name: str) -> str | None:
    """A date bound as given ("2005", "2005-07", "2005-07-08"), checked; None stays None."""
    if value is None:
        return None
    value = value.strip()
    padded = value + "-01" * (2 - value.count("-"))
    try:
        ok = bool(_BOUND_RE.match(value)) and bool(date.fromisoformat(padded))
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"{name}={value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def in_range(day: str | None, since: str | None = None, until: str | None = None) -> bool:
    """Whether a document date falls within ``since``..``until`` (both ends included).

    Bounds may be a day, a month or a year; ``until="2005-07"`` takes in all of July. A
    document without a date (or with a date that is not YYYY-MM-DD) is in no range.

    Examples
    --------
    >>> in_range("2005-07-08", since="2005-07", until="2005-07")
    True
    >>> in_range("2005-07-08", until="2005-06-30"), in_range(None, since="2005")
    (False, False)
    >>> in_range(None)
    True
    """
    since, until = _check_bound(since, "since"), _check_bound(until, "until")
    if since is None and until is None:
        return True
    if not day or not _DATE_RE.match(day):
        return False
    if since is not None and day < since:
        return False
    return until is None or day[: len(until)] <= until


def between(G: nx.MultiDiGraph, since: str | None = None,
            until: str | None = None) -> nx.MultiDiGraph:
    """The graph as told by the documents dated ``since``..``until`` only.

    Evidence from other documents is dropped, and with it every edge left with no evidence
    and every node seen in no document of the range; ``docs``, ``mentions``,
    ``first_seen`` and ``last_seen`` are recounted from the documents kept. Documents
    without a date are left out whenever a bound is given. With no bounds, ``G`` itself is
    returned.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph.
    since, until : str, optional
        ISO dates (YYYY-MM-DD, YYYY-MM or YYYY); both ends are included.

    Raises
    ------
    ValueError
        When a bound is not a date, or ``since`` comes after ``until``.

    Examples
    --------
    >>> G = example_graph()
    >>> H = between(G, since="2005-07", until="2005-08")
    >>> sorted(H.graph["documents"]), H.nodes["person:tony blair"]["mentions"]
    (['g8'], 1)
    >>> "person:des browne" in H
    False
    """
    since, until = _check_bound(since, "since"), _check_bound(until, "until")
    if since is None and until is None:
        return G
    if since and until and since[: len(until)] > until:
        raise ValueError(f"since={since!r} comes after until={until!r}")
    documents = G.graph.get("documents", {})
    keep = {d: m for d, m in documents.items() if in_range(m.get("date"), since, until)}
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.graph["documents"] = keep
    for node, attrs in G.nodes(data=True):
        docs = [d for d in attrs.get("docs", []) if d in keep]
        if not docs:
            continue
        new = {k: v for k, v in attrs.items() if k not in ("first_seen", "last_seen")}
        new["docs"] = docs
        new["mentions"] = sum(keep[d].get("mentions", {}).get(node, 0) for d in docs)
        new.update(_span([keep[d]["date"] for d in docs]))
        H.add_node(node, **new)
    for u, v, key, attrs in G.edges(keys=True, data=True):
        evidence = [e for e in attrs.get("evidence", []) if e["doc"] in keep]
        if not evidence or u not in H or v not in H:
            continue
        new = {k: val for k, val in attrs.items() if k not in ("first_seen", "last_seen")}
        new["evidence"] = evidence
        new.update(_span([keep[e["doc"]]["date"] for e in evidence]))
        H.add_edge(u, v, key=key, **new)
    return H


def _span(days: list[str]) -> dict:
    return {"first_seen": min(days), "last_seen": max(days)} if days else {}


# --------------------------------------------------------------------------- people


def person_record(G: nx.MultiDiGraph, node: str, *, evidence: bool = False) -> dict:
    """One person in the shape ``newsgraph people --json`` prints (and score.py reads)."""
    attrs = G.nodes[node]

    def ev(items: list[dict]) -> dict:
        return {"evidence": items} if evidence else {}

    countries = {}
    for target, items in _links(G, node, "affiliated_with"):
        code = G.nodes[target].get("code", target.split(":", 1)[1])
        countries[code] = {"code": code, "name": country_name(code), "docs": _docs(items),
                           **ev(items)}
    roles = []
    for target, items in _links(G, node, "holds_role"):
        r = G.nodes[target]
        roles.append({"title": r.get("title", r.get("label")), "country": r.get("country"),
                      "organization": r.get("organization"), "docs": _docs(items), **ev(items)})
    orgs = [
        {"name": G.nodes[t].get("label"), "docs": _docs(items), **ev(items)}
        for t, items in _links(G, node, "member_of")
    ]
    return {
        "name": attrs.get("label"),
        "aliases": sorted(attrs.get("aliases", [])),
        "docs": sorted(attrs.get("docs", [])),
        "mentions": attrs.get("mentions", 0),
        "countries": list(countries.values()),
        "roles": roles,
        "organizations": orgs,
        "first_seen": attrs.get("first_seen"),
        "last_seen": attrs.get("last_seen"),
    }


def role_label(role: dict) -> str:
    """A role record as one line: "chief negotiator (UKR)"."""
    scope = role.get("organization") or role.get("country")
    return f"{role['title']} ({scope})" if scope else role["title"]


def resolve_country(text: str) -> str:
    """ISO alpha-3 code for a code or name given on the command line ("RUS", "Russia", "UK")."""
    # Codes typed in lower case ("rus") are codes too; country_code only trusts capitals.
    code = country_code(text) or (
        country_code(text.upper()) if len(text) == 3 and text.isalpha() else None)
    if not code:
        raise ValueError(f"{text!r} is not a country newsgraph knows; use a name or ISO code")
    return code


def people(
    G: nx.MultiDiGraph,
    *,
    country: str | None = None,
    role: str | None = None,
    organization: str | None = None,
    text: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict]:
    """Every person in the graph, most mentioned first, optionally filtered.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph.
    country : str, optional
        A country code or name; keeps people tied to it directly or through a role.
    role : str, optional
        Text to find in a role title, case-insensitively ("minister").
    organization : str, optional
        Text to find in the name of an organisation the person belongs to or holds a role
        in ("labour").
    text : str, optional
        Text to find in the person's name or aliases ("blair").
    since, until : str, optional
        Dates (YYYY-MM-DD, YYYY-MM or YYYY): only what documents of that range say (see
        :func:`between`); people those documents do not name are left out.

    Returns
    -------
    list of dict
        One :func:`person_record` per person: name, aliases, docs, mentions, countries,
        roles, organizations, first_seen, last_seen.

    Examples
    --------
    >>> G = example_graph()
    >>> [p["name"] for p in people(G, role="secretary")]
    ['Des Browne']
    >>> [p["name"] for p in people(G, country="UK", until="2005-06")]
    ['Gordon Brown', 'Tony Blair']
    >>> [p["name"] for p in people(G, text="brown")]
    ['Gordon Brown', 'Des Browne']
    """
    code = resolve_country(country) if country else None
    wanted_role = fold(role) if role else None
    wanted_org = fold(organization) if organization else None
    wanted_text = fold(text) if text else None
    G = between(G, since, until)
    records = []
    for node in _people_nodes(G):
        rec = person_record(G, node)
        if code and code not in {c["code"] for c in rec["countries"]} | {
            r["country"] for r in rec["roles"]
        }:
            continue
        if wanted_role and not any(wanted_role in fold(r["title"] or "") for r in rec["roles"]):
            continue
        if wanted_org and not any(
            wanted_org in fold(o)
            for o in [x["name"] or "" for x in rec["organizations"]]
            + [r["organization"] or "" for r in rec["roles"]]
        ):
            continue
        if wanted_text and not any(wanted_text in fold(n) for n in _names(G.nodes[node])):
            continue
        records.append(rec)
    records.sort(key=lambda r: (-r["mentions"], r["name"].casefold()))
    return records


def find_person(G: nx.MultiDiGraph, name: str) -> str:
    """Node id of the person called ``name``: full name, alias, or whole words of a name.

    Tried in turn: the full name; an alias; the words of ``name`` as whole words of one
    person's name ("Blair"); and, for a name of two words or more that matched nothing, a
    fuzzy match of at least :data:`FUZZY_CUTOFF` on the whole name ("Tony Blare"). Partial
    words never match ("Brown" is not "Des Browne"), and neither does a fuzzy match of a
    single word, where one letter often makes another person (Brown, Browne).

    Raises
    ------
    PersonNotFoundError
        When nobody matches (the message suggests names that come close), or when the name
        fits several people equally well (the message lists them).

    Examples
    --------
    >>> G = example_graph()
    >>> find_person(G, "Blair"), find_person(G, "Tony Blare")
    ('person:tony blair', 'person:tony blair')
    >>> find_person(G, "Gordon Browne")
    'person:gordon brown'
    >>> find_person(G, "Browne")
    'person:des browne'
    >>> find_person(G, "Brown")
    'person:gordon brown'
    """
    key = fold(name)
    words = key.split()
    exact, alias, partial = [], [], []
    for node in _people_nodes(G):
        attrs = G.nodes[node]
        label = fold(attrs.get("label", ""))
        aliases = {fold(a) for a in attrs.get("aliases", [])}
        if label == key:
            exact.append(node)
        elif key in aliases:
            alias.append(node)
        elif words and any(_words_in_order(words, n.split()) for n in {label} | aliases):
            partial.append(node)
    for group in (exact, alias, partial):
        if len(group) == 1:
            return group[0]
        if group:
            names = ", ".join(_label(G, n) for n in _by_mentions(G, group))
            raise PersonNotFoundError(f"{name!r} could be any of {names}; give the full name")
    fuzzy = _fuzzy_person(G, name) if len(words) > 1 else []
    if len(fuzzy) == 1:
        return fuzzy[0]
    close = [r["label"] for r in search(G, name, limit=3, types=("person",))]
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise PersonNotFoundError(
        f"no person called {name!r} in this graph{hint} "
        "(`newsgraph people GRAPH` lists everyone)"
    )


def _fuzzy_person(G: nx.MultiDiGraph, name: str) -> list[str]:
    """People whose full name or a multi-word alias is within a typo or two of ``name``."""
    from rapidfuzz import fuzz, utils

    hits = []
    for node in _people_nodes(G):
        names = [n for n in _names(G.nodes[node]) if len(n.split()) > 1]
        score = max((fuzz.ratio(name, n, processor=utils.default_process) for n in names),
                    default=0.0)
        if score >= FUZZY_CUTOFF:
            hits.append(node)
    return hits


def _person_in(G: nx.MultiDiGraph, window: nx.MultiDiGraph, name: str,
               since: str | None, until: str | None) -> str:
    """A person found by name in the whole graph, who must also be seen in ``window``."""
    node = find_person(G, name)
    if node not in window:
        span = " ".join(filter(None, [since and f"from {since}", until and f"until {until}"]))
        raise PersonNotFoundError(
            f"{_label(G, node)} is in no dated document {span}; widen the dates or leave them out"
        )
    return node


def person_profile(G: nx.MultiDiGraph, name: str, *, since: str | None = None,
                   until: str | None = None) -> dict:
    """One person's roles, countries and organisations, each with its evidence sentences.

    The name is looked up with :func:`find_person`; ``since``/``until`` keep only what
    documents of that range say.

    Examples
    --------
    >>> G = example_graph()
    >>> p = person_profile(G, "Blair")
    >>> p["name"], [r["title"] for r in p["roles"]]
    ('Tony Blair', ['Prime Minister'])
    >>> p["roles"][0]["evidence"][0]["sentence"]
    'Chancellor Gordon Brown said Prime Minister Tony Blair backed the budget.'
    >>> person_profile(G, "Blair", since="2005-07")["docs"]
    ['g8']
    """
    window = between(G, since, until)
    return person_record(window, _person_in(G, window, name, since, until), evidence=True)


# --------------------------------------------------------------------------- roles, countries


def roles(
    G: nx.MultiDiGraph,
    *,
    country: str | None = None,
    title: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict]:
    """Who held which position: one record per (role, person holding it).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph.
    country : str, optional
        A country code or name; keeps the roles of that country (their ``country``).
    title : str, optional
        Text to find in the role title, case-insensitively.
    since, until : str, optional
        Only what documents of that range say (see :func:`between`).

    Returns
    -------
    list of dict
        ``title``, ``country`` (ISO code or None), ``organization`` (or None), ``person``,
        ``docs`` (the documents saying the person holds the role), ``first_seen`` and
        ``last_seen`` (their earliest and latest dates, None when undated); ordered by
        title, country, organisation, then first seen.

    Examples
    --------
    >>> G = example_graph()
    >>> [(r["title"], r["person"]) for r in roles(G, country="GBR")][:2]
    [('Chancellor', 'Gordon Brown'), ('Defence Secretary', 'Des Browne')]
    >>> [(r["person"], r["first_seen"], r["last_seen"]) for r in roles(G, title="minister")]
    [('Tony Blair', '2005-03-16', '2005-07-08')]
    >>> [r["person"] for r in roles(G, title="secretary")]
    ['Des Browne']
    """
    code = resolve_country(country) if country else None
    wanted = fold(title) if title else None
    G = between(G, since, until)
    rows = []
    for node, attrs in G.nodes(data=True):
        if attrs.get("type") != "role":
            continue
        role_title = attrs.get("title") or attrs.get("label") or ""
        if code and attrs.get("country") != code:
            continue
        if wanted and wanted not in fold(role_title):
            continue
        for person, _, key, data in G.in_edges(node, keys=True, data=True):
            if key != "holds_role":
                continue
            rows.append({
                "title": role_title,
                "country": attrs.get("country"),
                "organization": attrs.get("organization"),
                "person": _label(G, person),
                "docs": _docs(data.get("evidence", [])),
                "first_seen": data.get("first_seen"),
                "last_seen": data.get("last_seen"),
            })
    rows.sort(key=lambda r: (fold(r["title"]), r["country"] or "~", fold(r["organization"] or ""),
                             r["first_seen"] or "~", fold(r["person"])))
    return rows


def countries(
    G: nx.MultiDiGraph, *, top: int = 3, since: str | None = None, until: str | None = None
) -> list[dict]:
    """People per country: every country in the graph, the one with most people first.

    A person counts for a country when tied to it directly (``affiliated_with``) or through
    a role of that country, as in :func:`people` with ``country=``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph.
    top : int
        How many of the most mentioned people to name for each country.
    since, until : str, optional
        Only what documents of that range say (see :func:`between`).

    Returns
    -------
    list of dict
        ``code``, ``name``, ``people`` (how many), ``top_people`` (names, most mentioned
        first). Countries named in the articles but tied to nobody have ``people`` 0.

    Examples
    --------
    >>> G = example_graph()
    >>> [(c["code"], c["people"], c["top_people"]) for c in countries(G, top=1)]
    [('GBR', 3, ['Gordon Brown'])]
    """
    G = between(G, since, until)
    members: dict[str, set[str]] = defaultdict(set)
    for node in _people_nodes(G):
        for target, _ in _links(G, node, "affiliated_with"):
            members[G.nodes[target].get("code", target.split(":", 1)[1])].add(node)
        for target, _ in _links(G, node, "holds_role"):
            if G.nodes[target].get("country"):
                members[G.nodes[target]["country"]].add(node)
    codes = {a.get("code", n.split(":", 1)[1]) for n, a in G.nodes(data=True)
             if a.get("type") == "country"} | set(members)
    rows = [
        {"code": code, "name": country_name(code), "people": len(members[code]),
         "top_people": [_label(G, n) for n in _by_mentions(G, members[code])[:top]]}
        for code in codes
    ]
    rows.sort(key=lambda r: (-r["people"], r["name"]))
    return rows


# --------------------------------------------------------------------------- between people


def connections(
    G: nx.MultiDiGraph,
    a: str,
    b: str,
    *,
    max_paths: int = 3,
    since: str | None = None,
    until: str | None = None,
) -> dict:
    """Shortest chains of graph edges between two people, each link with its evidence.

    Paths are found on the undirected view of the graph (a person and a role they share a
    country with are two hops apart either way); each hop says which way the edge really
    points. Only edges count: two people merely named in one article are not connected
    (see :func:`comentions` for that).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph.
    a, b : str
        Names, looked up with :func:`find_person`.
    max_paths : int
        At most this many paths, all of the shortest length.
    since, until : str, optional
        Only what documents of that range say (see :func:`between`).

    Returns
    -------
    dict
        ``from`` and ``to`` (the two names as in the graph), ``length`` (hops, None when
        there is no path) and ``paths``: each with ``nodes`` (``id``, ``label``, ``type``)
        and ``hops`` (``from``, ``to``, ``relation``, ``direction``: "forward" when the edge
        points from ``from`` to ``to``, else "backward"; ``evidence``).

    Examples
    --------
    >>> G = example_graph()
    >>> c = connections(G, "Blair", "Gordon Brown")
    >>> c["length"], [n["label"] for n in c["paths"][0]["nodes"]]
    (2, ['Tony Blair', 'United Kingdom', 'Gordon Brown'])
    >>> [(h["relation"], h["direction"]) for h in c["paths"][0]["hops"]]
    [('affiliated_with', 'forward'), ('affiliated_with', 'backward')]
    """
    if max_paths < 1:
        raise ValueError("max_paths must be at least 1")
    window = between(G, since, until)
    source = _person_in(G, window, a, since, until)
    target = _person_in(G, window, b, since, until)
    if source == target:
        raise ValueError(f"{a!r} and {b!r} are both {_label(G, source)}")
    undirected = nx.Graph()
    undirected.add_nodes_from(window)
    undirected.add_edges_from((u, v) for u, v, _ in window.edges(keys=True))
    result = {"from": _label(window, source), "to": _label(window, target), "length": None,
              "paths": []}
    try:
        found = list(islice(nx.all_shortest_paths(undirected, source, target), max_paths))
    except nx.NetworkXNoPath:
        return result
    result["length"] = len(found[0]) - 1
    for path in found:
        result["paths"].append({
            "nodes": [{"id": n, "label": _label(window, n), "type": window.nodes[n].get("type")}
                      for n in path],
            "hops": [_hop(window, u, v) for u, v in pairwise(path)],
        })
    return result


def _hop(G: nx.MultiDiGraph, u: str, v: str) -> dict:
    """The edge joining ``u`` and ``v`` either way; forward edges first, then by relation."""
    edges = [(0, key, data) for key, data in (G.get_edge_data(u, v) or {}).items()]
    edges += [(1, key, data) for key, data in (G.get_edge_data(v, u) or {}).items()]
    backward, relation, data = min(edges, key=lambda e: (e[0], e[1]))
    return {"from": _label(G, u), "to": _label(G, v), "relation": relation,
            "direction": "backward" if backward else "forward",
            "evidence": list(data.get("evidence", []))}


def comentions(
    G: nx.MultiDiGraph,
    name: str,
    *,
    limit: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict]:
    """Other people named in the same documents as one person, most shared documents first.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph.
    name : str
        Looked up with :func:`find_person`.
    limit : int, optional
        At most this many people.
    since, until : str, optional
        Only documents of that range (see :func:`between`).

    Returns
    -------
    list of dict
        ``name``, ``count`` (documents shared) and ``docs`` (their ids), ordered by count,
        then by mentions.

    Examples
    --------
    >>> G = example_graph()
    >>> comentions(G, "Blair")
    [{'name': 'Gordon Brown', 'count': 2, 'docs': ['budget', 'g8']}]
    """
    window = between(G, since, until)
    node = _person_in(G, window, name, since, until)
    own = set(window.nodes[node].get("docs", []))
    rows = []
    for other in _by_mentions(window, _people_nodes(window)):
        shared = sorted(own & set(window.nodes[other].get("docs", [])))
        if other != node and shared:
            rows.append({"name": _label(window, other), "count": len(shared), "docs": shared})
    rows.sort(key=lambda r: -r["count"])  # stable: equal counts stay most mentioned first
    return rows[:limit] if limit is not None else rows


def subgraph(
    G: nx.MultiDiGraph,
    name: str,
    *,
    radius: int = 2,
    since: str | None = None,
    until: str | None = None,
) -> nx.MultiDiGraph:
    """One person's neighbourhood: every node within ``radius`` edges, either direction.

    The result is a newsgraph graph of its own (documents table cut to the documents its
    nodes come from), so it can be saved, queried or drawn like any other.

    Examples
    --------
    >>> G = example_graph()
    >>> sorted(subgraph(G, "Des Browne", radius=1))
    ['country:GBR', 'person:des browne', 'role:defence secretary|GBR|']
    >>> sorted(subgraph(G, "Des Browne", radius=2).graph["documents"])
    ['budget', 'defence', 'g8']
    """
    if radius < 0:
        raise ValueError("radius must be 0 or more")
    window = between(G, since, until)
    center = _person_in(G, window, name, since, until)
    H = nx.ego_graph(window, center, radius=radius, undirected=True)
    used = {d for _, docs in H.nodes(data="docs") for d in docs or []}
    H.graph["documents"] = {d: m for d, m in window.graph.get("documents", {}).items()
                            if d in used}
    H.graph["center"] = center
    return H


def node_table(G: nx.MultiDiGraph, center: str | None = None) -> list[dict]:
    """Every node as a record: ``id``, ``type``, ``label``, ``distance``, ``mentions``, ``docs``.

    ``distance`` is the number of edges from ``center`` (either direction; None without a
    center); nodes are ordered by distance, then most mentioned first.

    Examples
    --------
    >>> H = subgraph(example_graph(), "Des Browne", radius=1)
    >>> [(n["label"], n["distance"]) for n in node_table(H, "person:des browne")]
    [('Des Browne', 0), ('United Kingdom', 1), ('Defence Secretary (United Kingdom)', 1)]
    """
    far = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), center) \
        if center is not None and center in G else {}
    rows = [
        {"id": n, "type": G.nodes[n].get("type"), "label": _label(G, n),
         "distance": far.get(n), "mentions": G.nodes[n].get("mentions", 0),
         "docs": sorted(G.nodes[n].get("docs", []))}
        for n in _by_mentions(G, G.nodes)
    ]
    rows.sort(key=lambda r: r["distance"] if r["distance"] is not None else len(G))
    return rows


# --------------------------------------------------------------------------- names


def search(
    G: nx.MultiDiGraph,
    text: str,
    *,
    limit: int = 10,
    types: tuple[str, ...] = ("person", "organization"),
) -> list[dict]:
    """Fuzzy lookup of a name among people's and organisations' labels and aliases.

    Scores are rapidfuzz's ``WRatio`` (0-100) on case-folded names, the best over each
    node's label and aliases; ties go to the most mentioned.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A newsgraph graph.
    text : str
        A name, misspelt or partial ("Gordn Brwn").
    limit : int
        At most this many results.
    types : tuple of str
        Node types to look among.

    Returns
    -------
    list of dict
        ``label``, ``type``, ``score`` (rounded to 0.1), ``id`` and ``matched`` (the label
        or alias that scored best), best first; scores under :data:`SEARCH_CUTOFF` are left
        out.

    Examples
    --------
    >>> G = example_graph()
    >>> [(r["label"], r["score"]) for r in search(G, "Gordn Brwn", limit=2)]
    [('Gordon Brown', 90.9), ('Des Browne', 72.0)]
    """
    from rapidfuzz import fuzz, utils

    if not utils.default_process(text):
        return []
    rows = []
    for node in _by_mentions(G, (n for n, t in G.nodes(data="type") if t in types)):
        best, matched = 0.0, ""
        for candidate in _names(G.nodes[node]):
            score = fuzz.WRatio(text, candidate, processor=utils.default_process)
            if score > best:
                best, matched = score, candidate
        if best >= SEARCH_CUTOFF:
            rows.append({"label": _label(G, node), "type": G.nodes[node].get("type"),
                         "score": round(best, 1), "id": node, "matched": matched})
    rows.sort(key=lambda r: -r["score"])  # stable: equal scores stay most mentioned first
    return rows[:limit]


# --------------------------------------------------------------------------- example


def example_graph() -> nx.MultiDiGraph:
    """A small hand-made graph of three 2005 articles, for examples and tests.

    Tony Blair (Prime Minister) and Gordon Brown (Chancellor), both of the United Kingdom,
    are named in "budget" (2005-03-16) and "g8" (2005-07-08); Des Browne (Defence
    Secretary) in "defence" (2005-09-14).
    """
    G = nx.MultiDiGraph()
    sentences = {
        "budget": "Chancellor Gordon Brown said Prime Minister Tony Blair backed the budget.",
        "g8": "Prime Minister Tony Blair and Chancellor Gordon Brown welcomed the deal.",
        "defence": "British Defence Secretary Des Browne visited Basra.",
    }
    dates = {"budget": "2005-03-16", "g8": "2005-07-08", "defence": "2005-09-14"}
    people = {"tony blair": ("Tony Blair", ["budget", "g8"]),
              "gordon brown": ("Gordon Brown", ["budget", "g8"]),
              "des browne": ("Des Browne", ["defence"])}
    role_of = {"tony blair": ("Prime Minister", "prime minister|GBR|"),
               "gordon brown": ("Chancellor", "chancellor|GBR|"),
               "des browne": ("Defence Secretary", "defence secretary|GBR|")}
    G.graph["documents"] = {
        d: {"title": d, "date": dates[d], "url": None, "source": "example", "hash": d,
            "mentions": {}} for d in sentences
    }
    G.add_node("country:GBR", type="country", label="United Kingdom", code="GBR",
               docs=sorted(sentences), mentions=0)
    for key, (label, docs) in people.items():
        pid, (title, rkey) = f"person:{key}", role_of[key]
        G.add_node(pid, type="person", label=label, aliases=[label.split()[-1]], docs=docs,
                   mentions=0)
        G.add_node(f"role:{rkey}", type="role", label=f"{title} (United Kingdom)",
                   title=title, country="GBR", organization=None, docs=docs, mentions=0)
        for d in docs:
            s = sentences[d]
            start = s.index(label)
            ev = {"doc": d, "sentence": s, "start": start, "end": start + len(label),
                  "field": "text"}
            for u, v, rel in ((pid, f"role:{rkey}", "holds_role"),
                              (f"role:{rkey}", "country:GBR", "role_of"),
                              (pid, "country:GBR", "affiliated_with")):
                if not G.has_edge(u, v, key=rel):
                    G.add_edge(u, v, key=rel, relation=rel, evidence=[])
                G.edges[u, v, rel]["evidence"].append(ev)
            for n in (pid, f"role:{rkey}", "country:GBR"):
                G.graph["documents"][d]["mentions"][n] = 1 + \
                    G.graph["documents"][d]["mentions"].get(n, 0)
                G.nodes[n]["mentions"] += 1
    for n, attrs in G.nodes(data=True):
        attrs.update(_span([dates[d] for d in attrs["docs"]]))
    for *_, attrs in G.edges(data=True):
        attrs.update(_span([dates[e["doc"]] for e in attrs["evidence"]]))
    return G
