"""Corpus builds: updates, reproducible files, worker processes, identity across documents."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLE, SHARED
from spacy.language import Language

from graph import build_graph, load_graph

ARTICLES = [
    {"id": "a1", "date": "2005-01-10", "title": "Blair sets out plans",
     "text": "Prime Minister Tony Blair set out his plans on Monday. Mr Blair said the economy "
             "was strong."},
    {"id": "a2", "date": "2005-03-02", "title": "Budget day",
     "text": "Chancellor Gordon Brown delivered his budget. Defence Secretary Des Browne "
             "welcomed the extra money for the armed forces."},
    {"id": "a3", "date": "2005-04-20", "title": "Campaign trail",
     "text": "Blair told supporters in Manchester that the election would be close."},
]


def _write(path, articles):
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, nlp):
    path = _write(tmp_path_factory.mktemp("c") / "news.jsonl", ARTICLES)
    return path, build_graph([path], nlp=nlp)


def test_surname_only_article_joins_the_one_person_with_that_name(corpus):
    _, kg = corpus
    G = kg.graph
    blair = G.nodes["person:tony blair"]
    assert blair["docs"] == ["a1", "a3"]
    assert "person:blair" not in G
    assert blair["merged_from"] == ["person:blair"]


def test_near_spellings_stay_apart(corpus):
    _, kg = corpus
    assert {"person:gordon brown", "person:des browne"} <= set(kg.graph)


def test_first_and_last_seen_from_document_dates(corpus):
    _, kg = corpus
    blair = kg.graph.nodes["person:tony blair"]
    assert (blair["first_seen"], blair["last_seen"]) == ("2005-01-10", "2005-04-20")
    edge = kg.graph.edges["person:gordon brown", "role:chancellor||", "holds_role"]
    assert (edge["first_seen"], edge["last_seen"]) == ("2005-03-02", "2005-03-02")


def test_rebuild_is_idempotent_and_byte_identical(corpus, nlp, tmp_path):
    path, kg = corpus
    first = kg.save(tmp_path / "g1.json").read_bytes()
    again = build_graph([path], nlp=nlp)
    assert again.save(tmp_path / "g2.json").read_bytes() == first
    updated = build_graph([path], nlp=nlp, kg=load_graph(tmp_path / "g1.json"))
    assert updated.unchanged == len(ARTICLES)
    assert updated.save(tmp_path / "g3.json").read_bytes() == first


def test_update_adds_new_and_rebuilds_changed_documents(corpus, nlp, tmp_path):
    _, kg = corpus
    kg.save(tmp_path / "g.json")
    changed = [dict(ARTICLES[1], text="Chancellor Gordon Brown delivered his budget.")]
    more = _write(tmp_path / "more.jsonl", [*changed, {
        "id": "a4", "date": "2005-05-01", "title": "Result",
        "text": "Tory leader Michael Howard conceded defeat."}])
    kg2 = build_graph([more], nlp=nlp, kg=load_graph(tmp_path / "g.json"))
    G = kg2.graph
    assert set(kg2.documents) == {"a1", "a2", "a3", "a4"}
    assert "person:michael howard" in G
    assert "person:des browne" not in G  # only the old text of a2 named him
    assert G.nodes["person:gordon brown"]["mentions"] == 1


def test_two_workers_build_the_same_file(tmp_path, corpus):
    path, _ = corpus
    parallel = build_graph([path, EXAMPLE], workers=2, batch_size=1)
    serial = build_graph([path, EXAMPLE], nlp=None)
    assert parallel.save(tmp_path / "p.json").read_bytes() == serial.save(
        tmp_path / "s.json").read_bytes()


BBC = SHARED / "corpus" / "bbc-news-2004-2005.jsonl"


@pytest.mark.skipif(not BBC.exists(), reason="../shared/corpus (research-only BBC data) is absent")
def test_bbc_politics_people_are_one_node_each_and_homonyms_apart(nlp, tmp_path):
    lines = [x for x in BBC.read_text(encoding="utf-8").splitlines()
             if json.loads(x)["id"].startswith("politics/")][:250]
    subset = tmp_path / "politics.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    G = build_graph([subset], nlp=nlp).graph
    labels = {}
    for node, attrs in G.nodes(data=True):
        if attrs["type"] == "person":
            labels.setdefault(attrs["label"].replace(".", ""), []).append(node)
    for name in ("Tony Blair", "Gordon Brown", "Michael Howard", "Charles Kennedy", "Jack Straw"):
        assert len(labels.get(name, [])) == 1, name
        assert G.nodes[labels[name][0]]["mentions"] > 10, name
    for a, b in (("charles clarke", "ken clarke"), ("michael howard", "john howard")):
        if f"person:{b}" in G:
            assert f"person:{a}" in G and f"person:{a}" != f"person:{b}"


@Language.component("newsgraph_test_breaks_on_zanzibar")
def _breaks_on_zanzibar(doc):
    """A pipeline step that fails on one document, as a bug in any step might."""
    if "Zanzibar" in doc.text:
        raise ValueError("cannot read Zanzibar")
    return doc


def test_a_document_the_pipeline_fails_on_is_skipped_and_the_rest_built(tmp_path):
    from graph.pipeline import load_pipeline

    nlp = load_pipeline()
    nlp.add_pipe("newsgraph_test_breaks_on_zanzibar", last=True)
    articles = [ARTICLES[0], {"id": "bad", "text": "Talks in Zanzibar ended on Monday."},
                ARTICLES[1]]
    kg = build_graph([_write(tmp_path / "news.jsonl", articles)], nlp=nlp)
    assert sorted(kg.documents) == ["a1", "a2"]
    assert len(kg.skipped) == 1 and "ValueError: cannot read Zanzibar" in kg.skipped[0].reason
    assert "newsgraph_test_breaks_on_zanzibar" in kg.skipped[0].reason
    with pytest.raises(ValueError):  # the caller's pipeline raises again afterwards
        nlp("Zanzibar")
