"""Questions asked of a newsgraph graph: plain functions over a ``networkx.MultiDiGraph``.

Results are plain lists and dicts (the JSON the CLI prints); ``KnowledgeGraph`` turns them
into pandas DataFrames.
"""

from __future__ import annotations

import networkx as nx

from .countries import country_code, country_name
from .errors import PersonNotFoundError
from .facts import fold


def _docs(evidence: list[dict]) -> list[str]:
    return sorted({e["doc"] for e in evidence})


def _links(G: nx.MultiDiGraph, node: str, relation: str) -> list[tuple[str, list[dict]]]:
    """Targets of ``relation`` edges out of ``node`` with their evidence, in a stable order."""
    out = []
    for _, target, key, data in G.out_edges(node, keys=True, data=True):
        if key == relation:
            out.append((target, data.get("evidence", [])))
    return sorted(out)


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
    G: nx.MultiDiGraph, *, country: str | None = None, role: str | None = None
) -> list[dict]:
    """Every person in the graph, most mentioned first, optionally filtered.

    Parameters
    ----------
    country : a country code or name; keeps people tied to it directly or through a role.
    role : text to find in a role title, case-insensitively ("minister").
    """
    code = resolve_country(country) if country else None
    wanted = fold(role) if role else None
    records = []
    for node, attrs in G.nodes(data=True):
        if attrs.get("type") != "person":
            continue
        rec = person_record(G, node)
        if code and code not in {c["code"] for c in rec["countries"]} | {
            r["country"] for r in rec["roles"]
        }:
            continue
        if wanted and not any(wanted in fold(r["title"] or "") for r in rec["roles"]):
            continue
        records.append(rec)
    records.sort(key=lambda r: (-r["mentions"], r["name"].casefold()))
    return records


def find_person(G: nx.MultiDiGraph, name: str) -> str:
    """Node id of the person called ``name`` (full name, alias, or part of a name).

    Raises
    ------
    PersonNotFoundError
        When nobody matches; the message suggests names that come close.
    """
    key = fold(name)
    exact, alias, partial = [], [], []
    for node, attrs in G.nodes(data=True):
        if attrs.get("type") != "person":
            continue
        if fold(attrs.get("label", "")) == key:
            exact.append(node)
        elif key in {fold(a) for a in attrs.get("aliases", [])}:
            alias.append(node)
        elif key in fold(attrs.get("label", "")):
            partial.append(node)
    for group in (exact, alias, partial):
        if group:
            return max(group, key=lambda n: (G.nodes[n].get("mentions", 0), n))
    raise PersonNotFoundError(
        f"no person called {name!r} in this graph; `newsgraph people GRAPH` lists everyone"
    )


def person_profile(G: nx.MultiDiGraph, name: str) -> dict:
    """One person's roles, countries and organisations, each with its evidence sentences."""
    return person_record(G, find_person(G, name), evidence=True)
