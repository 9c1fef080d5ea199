"""The bundled example article, end to end: exactly the five people, with their countries,
roles and evidence, and nothing from the cookie banner."""

from __future__ import annotations

from conftest import EXAMPLE

EXPECTED = {
    "Rustem Umerov": {"UKR"},
    "Steve Witkoff": {"USA"},
    "Vladimir Medinsky": {"RUS"},
    "Mikhail Galuzin": {"RUS"},
    "Jared Kushner": {"USA"},
}


def _people(kg) -> dict[str, dict]:
    return {p["name"]: p for p in kg.people_records()}


def test_exactly_the_five_people(example_kg):
    assert set(_people(example_kg)) == set(EXPECTED)


def test_each_person_has_their_country(example_kg):
    people = _people(example_kg)
    for name, codes in EXPECTED.items():
        assert {c["code"] for c in people[name]["countries"]} == codes, name


def _titles(person: dict) -> set[str]:
    return {r["title"].casefold() for r in person["roles"]}


def test_roles_with_their_scope(example_kg):
    people = _people(example_kg)
    umerov = {(r["title"].casefold(), r["country"], r["organization"])
              for r in people["Rustem Umerov"]["roles"]}
    assert umerov == {
        ("chief negotiator", "UKR", None),
        ("secretary", "UKR", "National Security and Defense Council"),
    }
    assert _titles(people["Steve Witkoff"]) == {"presidential special envoy"}
    assert people["Steve Witkoff"]["roles"][0]["country"] == "USA"
    assert _titles(people["Vladimir Medinsky"]) == {"presidential aide"}
    assert _titles(people["Mikhail Galuzin"]) == {"deputy foreign minister"}
    # "son-in-law of the U.S. president" is kinship, not a role
    assert people["Jared Kushner"]["roles"] == []


def test_surname_tagged_as_organisation_is_the_same_person(example_kg):
    # The model tags "Witkoff" and "Umerov" ORG; they are the people named in full elsewhere.
    people = _people(example_kg)
    assert "Witkoff" in people["Steve Witkoff"]["aliases"]
    assert "Umerov" in people["Rustem Umerov"]["aliases"]
    labels = {a["label"] for _, a in example_kg.graph.nodes(data=True)}
    assert "Witkoff" not in labels and "Umerov" not in labels


def test_cookie_banner_and_kremlin_are_not_organisations(example_kg):
    orgs = {a["label"] for _, a in example_kg.graph.nodes(data=True) if a["type"] == "organization"}
    assert "Privacy Policy and Terms" not in orgs
    assert "Kremlin" not in orgs and "the Kremlin" not in orgs
    assert {"TASS", "National Security and Defense Council"} <= orgs


def test_role_scoped_by_country_in_graph(example_kg):
    G = example_kg.graph
    role = "role:chief negotiator|UKR|"
    assert G.has_edge("person:rustem umerov", role, key="holds_role")
    assert G.has_edge(role, "country:UKR", key="role_of")
    assert G.has_edge("person:rustem umerov", "country:UKR", key="affiliated_with")
    assert G.has_edge("organization:tass", "country:RUS", key="located_in")


def test_evidence_counted_once_and_points_into_the_text(example_kg):
    # Every paragraph of the article appears twice; each fact's evidence is counted once.
    text = EXAMPLE.read_text(encoding="utf-8")
    G = example_kg.graph
    evidence = G.edges["person:rustem umerov", "role:chief negotiator|UKR|", "holds_role"][
        "evidence"]
    assert len(evidence) == 1
    ev = evidence[0]
    assert ev["doc"] == "000_f23613198d838c56"
    assert ev["field"] == "text"
    assert text[ev["start"]:ev["end"]] == "Ukraine's chief negotiator Rustem Umerov"
    assert ev["sentence"] in text
    for _, _, data in G.edges(data=True):
        spans = [(e["doc"], e["start"], e["end"]) for e in data["evidence"]]
        assert len(spans) == len(set(spans))
        assert data["evidence"], "every edge carries evidence"


def test_save_and_load_round_trip(example_kg, tmp_path):
    from graph import load_graph

    path = example_kg.save(tmp_path / "g.json")
    again = load_graph(path)
    assert again.people_records() == example_kg.people_records()
    assert again.graph.number_of_edges() == example_kg.graph.number_of_edges()


def test_people_dataframe_filters(example_kg):
    df = example_kg.people(country="RUS")
    assert sorted(df["name"]) == ["Mikhail Galuzin", "Vladimir Medinsky"]
    assert list(example_kg.people(role="envoy")["name"]) == ["Steve Witkoff"]


def test_person_profile_has_evidence_sentences(example_kg):
    profile = example_kg.person("Umerov")
    assert profile["name"] == "Rustem Umerov"
    sentences = [e["sentence"] for r in profile["roles"] for e in r["evidence"]]
    assert any("Ukraine's chief negotiator Rustem Umerov" in s for s in sentences)
