"""The query commands, end to end on a small corpus of six 2005 news stories.

``tests/data/corpus.jsonl`` was written for these tests: British politics in 2005, with
people whose names sit close together (Gordon Brown and Des Browne; Michael Howard and John
Howard; Charles Clarke and Ken Clarke), a surname-only mention ("Blair", "Brown") in the last
story, and one date per story, from March to October. It is built once for the module by
``newsgraph build``; every test then drives the real command line on the graph file.
"""

from __future__ import annotations

import csv
import doctest
import io
import json
import os
import re
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import flat, run

import graph.kg
import graph.queries
from graph import load_graph

CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"

BUDGET, ASYLUM, G8, CANBERRA, DEFENCE, CONFERENCE = (
    "budget-2005-03", "asylum-2005-04", "g8-2005-07", "canberra-2005-07", "defence-2005-09",
    "conference-2005-10",
)


def ok(*args: str | os.PathLike[str]) -> str:
    """stdout of a command that must succeed."""
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def as_json(*args: str | os.PathLike[str]):
    return json.loads(ok(*args, "--json"))


def as_csv(*args: str | os.PathLike[str]) -> list[dict]:
    text = ok(*args, "--csv")
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames, "CSV has no header"
    return list(reader)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """``newsgraph build tests/data/corpus.jsonl -o G.json``, once for the module."""
    path = tmp_path_factory.mktemp("corpus") / "G.json"
    result = run("build", CORPUS, "-o", path)
    assert result.exit_code == 0, result.stderr
    assert "built" in result.stderr and "6 documents" in result.stderr
    return path


# --------------------------------------------------------------------------- the corpus


def test_close_names_stay_different_people_and_surnames_join_the_right_one(corpus):
    people = {p["name"]: p for p in as_json("people", corpus)}
    assert {"Gordon Brown", "Des Browne", "Michael Howard", "John Howard",
            "Charles Clarke", "Ken Clarke", "Tony Blair", "George W Bush"} <= people.keys()
    # "Blair" and "Brown" alone, in the October story, are the Blair and Brown named in full
    # earlier; neither surname is a person of its own.
    assert not {"Blair", "Brown", "Howard", "Clarke"} & people.keys()
    assert CONFERENCE in people["Tony Blair"]["docs"]
    assert CONFERENCE in people["Gordon Brown"]["docs"]
    assert people["Des Browne"]["docs"] == [DEFENCE]
    assert "Brown" not in people["Des Browne"]["aliases"]


# --------------------------------------------------------------------------- people


def test_people_json_keeps_its_shape_and_adds_first_and_last_seen(corpus):
    records = as_json("people", corpus)
    for r in records:
        assert {"name", "aliases", "docs", "mentions", "countries", "roles",
                "organizations", "first_seen", "last_seen"} <= r.keys()
    blair = next(r for r in records if r["name"] == "Tony Blair")
    assert (blair["first_seen"], blair["last_seen"]) == ("2005-03-16", "2005-10-06")
    assert ("Prime Minister", "GBR") in {(x["title"], x["country"]) for x in blair["roles"]}


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--organization", "conserv", {"Ken Clarke"}),
        ("--organization", "tory", {"Michael Howard"}),
        ("--text", "howard", {"Michael Howard", "John Howard"}),
        ("--text", "browne", {"Des Browne"}),
        ("--country", "Australia", {"John Howard"}),
    ],
)
def test_people_filters(corpus, option, value, expected):
    assert {r["name"] for r in as_json("people", corpus, option, value)} == expected


def test_people_since_until_keeps_only_what_july_says(corpus):
    records = {r["name"]: r for r in as_json("people", corpus, "--since", "2005-07",
                                              "--until", "2005-07")}
    assert records.keys() == {"Tony Blair", "Gordon Brown", "John Howard", "George W Bush"}
    assert records["Tony Blair"]["docs"] == [CANBERRA, G8]
    assert (records["Tony Blair"]["first_seen"], records["Tony Blair"]["last_seen"]) == (
        "2005-07-08", "2005-07-21")
    # Blair's unscoped "Prime Minister" is said only in March and September
    assert [(x["title"], x["country"]) for x in records["Tony Blair"]["roles"]] == [
        ("Prime Minister", "GBR")]


def test_people_until_a_day_includes_that_day(corpus):
    names = {r["name"] for r in as_json("people", corpus, "--until", "2005-03-16")}
    assert names == {"Gordon Brown", "Tony Blair", "Michael Howard"}


def test_people_csv_has_a_header_and_a_row_per_person(corpus):
    rows = as_csv("people", corpus, "--role", "prime minister")
    assert list(rows[0]) == ["name", "aliases", "countries", "roles", "organizations",
                             "mentions", "docs", "first_seen", "last_seen"]
    by_name = {r["name"]: r for r in rows}
    assert by_name.keys() == {"Tony Blair", "John Howard"}
    assert by_name["John Howard"]["countries"] == "AUS"
    assert by_name["Tony Blair"]["docs"] == "5"


def test_a_bad_date_is_a_clear_error(corpus):
    result = run("people", corpus, "--since", "2005-13")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "since='2005-13' is not a date; use YYYY-MM-DD, YYYY-MM or YYYY" in flat(result.stderr)


def test_json_and_csv_together_is_an_error(corpus):
    result = run("roles", corpus, "--json", "--csv")
    assert result.exit_code == 2
    assert "choose one of --json and --csv" in flat(result.stderr)


# --------------------------------------------------------------------------- person


def test_person_since_until_shows_only_that_period(corpus):
    profile = as_json("person", corpus, "Gordon Brown", "--until", "2005-06")
    assert profile["docs"] == [BUDGET]
    assert [r["title"] for r in profile["roles"]] == ["Chancellor"]
    assert {e["doc"] for r in profile["roles"] for e in r["evidence"]} == {BUDGET}
    text = flat(ok("person", corpus, "Gordon Brown", "--since", "2005-07"))
    assert "documents: conference-2005-10, g8-2005-07" in text
    assert "seen: 2005-07-08 to 2005-10-06" in text
    assert f"{BUDGET}:" not in text


def test_person_outside_the_dates_says_so(corpus):
    result = run("person", corpus, "Des Browne", "--until", "2005-08")
    assert result.exit_code == 2
    assert "Des Browne is in no dated document until 2005-08" in flat(result.stderr)


@pytest.mark.parametrize(
    ("asked", "found"),
    [("Gordn Brwn", "Gordon Brown"), ("Gordon Browne", "Gordon Brown"), ("Brown", "Gordon Brown"),
     ("Browne", "Des Browne"), ("Tony Blare", "Tony Blair"), ("John Howard", "John Howard")],
)
def test_person_finds_misspelt_and_short_names(corpus, asked, found):
    assert as_json("person", corpus, asked)["name"] == found


def test_person_surname_of_two_people_asks_for_the_full_name(corpus):
    result = run("person", corpus, "Howard")
    assert result.exit_code == 2
    assert "'Howard' could be any of" in flat(result.stderr)
    assert "John Howard" in result.stderr and "Michael Howard" in result.stderr


def test_gordon_brown_never_resolves_to_des_browne(corpus, tmp_path):
    """In a graph holding Des Browne but not Gordon Brown, neither "Brown" nor "Gordon Brown"
    finds anybody: a typo is forgiven, another person's name is not."""
    sub = tmp_path / "browne.json"
    sub.write_text(ok("subgraph", corpus, "Des Browne", "--radius", "1", "--json"),
                   encoding="utf-8")
    assert [r["name"] for r in as_json("people", sub)] == ["Des Browne"]
    for asked in ("Gordon Brown", "Brown", "Gordn Brown"):
        result = run("person", sub, asked)
        assert result.exit_code == 2, asked
        assert f"no person called {asked!r} in this graph" in flat(result.stderr)
    assert as_json("person", sub, "Des Brown")["name"] == "Des Browne"


# --------------------------------------------------------------------------- roles


def test_roles_country_lists_blairs_prime_ministership(corpus):
    rows = as_json("roles", corpus, "--country", "GBR")
    assert rows == [{"title": "Prime Minister", "country": "GBR", "organization": None,
                     "person": "Tony Blair", "docs": [G8], "first_seen": "2005-07-08",
                     "last_seen": "2005-07-08"}]
    assert as_json("roles", corpus, "--country", "United Kingdom") == rows


def test_roles_title_lists_each_holder_with_dates(corpus):
    rows = as_json("roles", corpus, "--title", "minister")
    assert [(r["person"], r["country"], r["first_seen"], r["last_seen"]) for r in rows] == [
        ("John Howard", "AUS", "2005-04-12", "2005-07-21"),
        ("Tony Blair", "GBR", "2005-07-08", "2005-07-08"),
        ("Tony Blair", None, "2005-03-16", "2005-09-14"),
    ]


def test_roles_table_and_csv(corpus):
    text = flat(ok("roles", corpus))
    assert "roles held" in text
    # the table wraps cells at 80 columns, so look for single words
    for word in ("Chancellor", "Defence", "Secretary", "Charles", "Bush", "2005-09-14"):
        assert word in text
    rows = as_csv("roles", corpus, "--until", "2005-04")
    assert list(rows[0]) == ["title", "country", "organization", "person", "docs",
                             "first_seen", "last_seen"]
    assert ("Home Secretary", "Charles Clarke") in {(r["title"], r["person"]) for r in rows}
    assert all(r["last_seen"] <= "2005-04-30" for r in rows)
    assert "Des Browne" not in {r["person"] for r in rows}


# --------------------------------------------------------------------------- countries


def test_countries_counts_people_per_country(corpus):
    rows = {r["code"]: r for r in as_json("countries", corpus)}
    assert rows["GBR"] == {"code": "GBR", "name": "United Kingdom", "people": 3,
                           "top_people": ["Gordon Brown", "Tony Blair", "Des Browne"]}
    assert (rows["AUS"]["people"], rows["AUS"]["top_people"]) == (1, ["John Howard"])
    assert (rows["USA"]["people"], rows["USA"]["top_people"]) == (1, ["George W Bush"])
    assert rows["IRQ"]["people"] == 0
    assert next(iter(rows)) == "GBR"  # most people first


def test_countries_since_and_csv(corpus):
    rows = as_json("countries", corpus, "--since", "2005-09")
    assert [(r["code"], r["people"], r["top_people"]) for r in rows] == [
        ("GBR", 1, ["Des Browne"]), ("IRQ", 0, [])]
    table = as_csv("countries", corpus, "--top", "1")
    assert list(table[0]) == ["code", "name", "people", "top_people"]
    assert table[0] == {"code": "GBR", "name": "United Kingdom", "people": "3",
                        "top_people": "Gordon Brown"}


# --------------------------------------------------------------------------- connections


def test_connections_blair_brown_with_evidence(corpus):
    result = as_json("connections", corpus, "Tony Blair", "Gordon Brown")
    assert (result["from"], result["to"], result["length"]) == ("Tony Blair", "Gordon Brown", 2)
    path = result["paths"][0]
    assert [n["label"] for n in path["nodes"]] == ["Tony Blair", "United Kingdom", "Gordon Brown"]
    first, second = path["hops"]
    assert (first["relation"], first["direction"]) == ("affiliated_with", "forward")
    assert (second["relation"], second["direction"]) == ("affiliated_with", "backward")
    assert {e["doc"] for e in first["evidence"]} == {BUDGET, G8}
    assert any("British Prime Minister Tony Blair" in e["sentence"] for e in first["evidence"])
    assert second["evidence"][0]["sentence"].startswith(
        "Chancellor Gordon Brown told MPs on Wednesday that the British economy")


def test_connections_table_prints_each_hop_and_its_sentence(corpus):
    text = flat(ok("connections", corpus, "Blair", "Browne"))
    assert "Tony Blair to Des Browne: 2 hops" in text
    assert "Tony Blair - United Kingdom - Des Browne" in text
    assert "Des Browne --affiliated_with--> United Kingdom" in text
    assert (f"{DEFENCE}: Defence Secretary Des Browne said on Wednesday that British troops "
            "would remain in southern Iraq") in text


def test_connections_csv_is_one_row_per_hop(corpus):
    rows = as_csv("connections", corpus, "Tony Blair", "Des Browne", "--max-paths", "1")
    assert list(rows[0]) == ["path", "hop", "from", "relation", "direction", "to", "docs",
                             "sentence"]
    assert [(r["path"], r["hop"], r["from"], r["direction"], r["to"]) for r in rows] == [
        ("1", "1", "Tony Blair", "forward", "United Kingdom"),
        ("1", "2", "United Kingdom", "backward", "Des Browne")]
    assert rows[1]["docs"] == DEFENCE
    assert rows[1]["sentence"].startswith("Defence Secretary Des Browne said on Wednesday")


def test_connections_without_a_path_says_so(corpus):
    result = run("connections", corpus, "John Howard", "David Cameron")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no connection between John Howard and David Cameron in this graph" in flat(
        result.stderr)
    result = run("connections", corpus, "John Howard", "David Cameron", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"from": "John Howard", "to": "David Cameron",
                                         "length": None, "paths": []}


# --------------------------------------------------------------------------- comentions


def test_comentions_lists_brown_first_with_the_shared_documents(corpus):
    rows = as_json("comentions", corpus, "Blair")
    assert rows[0] == {"name": "Gordon Brown", "count": 3, "docs": [BUDGET, CONFERENCE, G8]}
    assert rows[1] == {"name": "Michael Howard", "count": 2, "docs": [BUDGET, CONFERENCE]}
    assert "Tony Blair" not in {r["name"] for r in rows}
    assert "Charles Clarke" not in {r["name"] for r in rows}  # only in the April story
    text = flat(ok("comentions", corpus, "Blair", "--limit", "2"))
    assert "2 people named with Tony Blair" in text
    assert "Gordon Brown" in text and "Michael Howard" in text and "John Howard" not in text


def test_comentions_since_counts_only_later_documents(corpus):
    rows = as_json("comentions", corpus, "Tony Blair", "--since", "2005-07")
    assert rows[0] == {"name": "Gordon Brown", "count": 2, "docs": [CONFERENCE, G8]}
    assert "Michael Howard" in {r["name"] for r in rows}
    assert {r["count"] for r in rows[1:]} == {1}
    csv_rows = as_csv("comentions", corpus, "Tony Blair", "--since", "2005-07")
    assert csv_rows[0] == {"name": "Gordon Brown", "count": "2",
                           "docs": f"{CONFERENCE}, {G8}"}


# --------------------------------------------------------------------------- subgraph


def test_subgraph_radius_one_holds_blairs_roles(corpus):
    text = flat(ok("subgraph", corpus, "Blair", "--radius", "1"))
    assert "Tony Blair, radius 1: 4 nodes, 4 edges" in text
    rows = as_csv("subgraph", corpus, "Blair", "--radius", "1")
    assert {(r["id"], r["distance"]) for r in rows} == {
        ("person:tony blair", "0"), ("country:GBR", "1"),
        ("role:prime minister||", "1"), ("role:prime minister|GBR|", "1")}


def test_subgraph_json_is_a_graph_file_other_commands_read(corpus, tmp_path):
    path = tmp_path / "sub.json"
    path.write_text(ok("subgraph", corpus, "Blair", "--radius", "2", "--json"), encoding="utf-8")
    kg = load_graph(path)
    assert "role:prime minister|GBR|" in kg.graph
    # two hops: the country's other people are in, their roles (three hops) are not
    people = {r["name"] for r in kg.people_records()}
    assert people == {"Tony Blair", "Gordon Brown", "Des Browne"}
    assert "role:chancellor||" not in kg.graph
    assert set(kg.documents) == {d for _, docs in kg.graph.nodes(data="docs") for d in docs}
    assert as_json("roles", path, "--country", "GBR")[0]["person"] == "Tony Blair"


def test_subgraph_html_writes_an_offline_page(corpus, tmp_path):
    page = tmp_path / "blair.html"
    result = run("subgraph", corpus, "Blair", "--radius", "1", "--html", page)
    assert result.exit_code == 0, result.stderr
    assert f"wrote {page}" in flat(result.stderr)
    html = page.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert re.findall(r'data-node-count="(\d+)"', html) == ["4"]
    assert "Tony Blair" in html


# --------------------------------------------------------------------------- search


def test_search_ranks_gordon_brown_first_for_a_misspelling(corpus):
    rows = as_json("search", corpus, "Gordn Brwn")
    assert rows[0] == {"label": "Gordon Brown", "type": "person", "score": 90.9,
                       "id": "person:gordon brown", "matched": "Gordon Brown"}
    assert rows[1]["label"] == "Des Browne"
    assert all(a["score"] >= b["score"] for a, b in pairwise(rows))


def test_search_organisations_table_and_csv(corpus):
    rows = as_json("search", corpus, "Conservatives", "--type", "organization")
    assert rows[0]["label"] == "Conservative" and rows[0]["type"] == "organization"
    assert {r["type"] for r in rows} == {"organization"}
    text = flat(ok("search", corpus, "howard"))
    assert "matches for 'howard'" in text
    assert "John Howard" in text and "Michael Howard" in text
    csv_rows = as_csv("search", corpus, "Ken Clark", "--limit", "1")
    assert list(csv_rows[0]) == ["label", "type", "score", "id", "matched"]
    assert [r["label"] for r in csv_rows] == ["Ken Clarke"]


# --------------------------------------------------------------------------- docstrings


@pytest.mark.parametrize("module", [graph.queries, graph.kg], ids=["queries", "kg"])
def test_docstring_examples_run(module):
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert attempted and not failed
