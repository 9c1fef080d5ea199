"""From an annotated spaCy Doc to plain facts with evidence (document, sentence, offsets).

This is the "describe" step: it reads what the components in ``extract`` put on ``Doc._``
and says it in graph terms, with every offset mapped back into the document as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .clean import ReadingText
from .countries import country_name
from .documents import Document


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: the document, its sentence, and offsets into the document.

    ``start``/``end`` index into the document's ``field`` ("title" or "text") exactly as
    the user gave it.
    """

    doc: str
    sentence: str
    start: int
    end: int
    field: str = "text"

    def to_dict(self) -> dict:
        return {"doc": self.doc, "sentence": self.sentence, "start": self.start,
                "end": self.end, "field": self.field}


@dataclass(frozen=True)
class Node:
    """A graph node as a document sees it: its type, its identity key and a display label."""

    type: str
    key: str
    label: str

    @property
    def id(self) -> str:
        return f"{self.type}:{self.key}"


@dataclass
class NodeFacts:
    node: Node
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    attrs: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Fact:
    relation: str
    source: Node
    target: Node
    evidence: Evidence


@dataclass
class DocFacts:
    """Everything one document says, ready to merge into a graph."""

    document: Document
    nodes: dict[str, NodeFacts] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    def node(self, node: Node, **attrs) -> Node:
        entry = self.nodes.setdefault(node.id, NodeFacts(node, attrs=dict(attrs)))
        entry.mentions += 1
        return node


def fold(text: str) -> str:
    """Identity key of a name: case-folded, curly quotes straightened, spaces collapsed."""
    return " ".join(text.replace("’", "'").casefold().split())


def _strip_the(text: str) -> str:
    return re.sub(r"^(the|The)\s+", "", text.strip())


def person_node(name: str) -> Node:
    # "George W. Bush" and "George W Bush" are one key
    return Node("person", fold(name.replace(".", " ")), name)


def country_node(code: str) -> Node:
    return Node("country", code, country_name(code))


def org_node(name: str) -> Node:
    name = _strip_the(name)
    return Node("organization", fold(name), name)


def place_node(name: str) -> Node:
    name = _strip_the(name)
    return Node("place", fold(name), name)


def role_node(title: str, country: str | None, organization: str | None) -> Node:
    title = _strip_the(title)
    org = _strip_the(organization) if organization else None
    key = f"{fold(title)}|{country or ''}|{fold(org) if org else ''}"
    scope = org or (country_name(country) if country else None)
    label = f"{title} ({scope})" if scope else title
    return Node("role", key, label)


_CLOSING = {'"', "”", "'", "’", ")"}


def _sentence_text(span: Span) -> str:
    """The sentence of ``span``, with a closing quote the parser left to the next sentence."""
    sent = span.sent
    end = sent.end
    doc = span.doc
    while end < len(doc) and doc[end].text in _CLOSING and doc[end].is_sent_start:
        end += 1
    return doc[sent.start : end].text.strip()


def describe(doc: Doc, document: Document, reading: ReadingText) -> DocFacts:
    """Turn one annotated document into nodes and facts with evidence."""
    out = DocFacts(document)

    def evidence(span: Span) -> Evidence:
        fld, start, end = reading.to_source(span.start_char, span.end_char)
        return Evidence(document.id, _sentence_text(span), start, end, fld)

    people = []
    for cluster in doc._.ng_people or []:
        node = person_node(cluster.name)
        entry = out.nodes.setdefault(node.id, NodeFacts(node))
        entry.mentions += len(cluster.mentions)
        entry.aliases |= {a for a in cluster.aliases if fold(a) != node.key}
        people.append(node)
    for mention in doc._.ng_countries or []:
        out.node(country_node(mention.code), code=mention.code)
    for span in doc._.ng_orgs or []:
        out.node(org_node(span.text))
    for span in doc._.ng_places or []:
        out.node(place_node(span.text))

    for role in doc._.ng_roles or []:
        person = people[role.person]
        rnode = out.node(
            role_node(role.title, role.country, role.organization),
            title=_strip_the(role.title), country=role.country,
            organization=_strip_the(role.organization) if role.organization else None,
        )
        ev = evidence(role.span)
        out.facts.append(Fact("holds_role", person, rnode, ev))
        if role.organization:
            onode = out.node(org_node(role.organization))
            out.facts.append(Fact("role_of", rnode, onode, ev))
            if role.country:  # "Ukraine's National Security and Defense Council Secretary"
                cnode = out.node(country_node(role.country), code=role.country)
                out.facts.append(Fact("located_in", onode, cnode, ev))
        elif role.country:
            out.facts.append(Fact("role_of", rnode, out.node(country_node(role.country),
                                                            code=role.country), ev))
    for tie in doc._.ng_ties or []:
        ev = evidence(tie.span)
        if tie.relation == "located_in":
            maker = org_node if tie.subject_type == "organization" else place_node
            source = maker(str(tie.subject))
            out.nodes.setdefault(source.id, NodeFacts(source))
            target = country_node(tie.object)
            out.nodes.setdefault(target.id, NodeFacts(target, attrs={"code": tie.object}))
        else:
            source = people[int(tie.subject)]
            if tie.relation == "affiliated_with":
                target = country_node(tie.object)
                out.nodes.setdefault(target.id, NodeFacts(target, attrs={"code": tie.object}))
            else:
                target = org_node(tie.object)
                out.nodes.setdefault(target.id, NodeFacts(target))
        out.facts.append(Fact(tie.relation, source, target, ev))
    return out
