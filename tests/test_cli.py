"""The ``newsgraph`` command line, end to end.

Real files under ``tmp_path``, the real spaCy pipeline and the real command line
(``typer.testing.CliRunner`` on ``graph.cli.app``, and the installed ``newsgraph`` script for
one check of what a user actually sees on a terminal). Nothing is mocked.

The example graph is built once per module by ``newsgraph build`` and reused; the tests that
need a build of their own (bad inputs, atomic replace) each pay for one pipeline load.

Message checks compare text with colour codes removed and whitespace collapsed (see
``flat``), so they test the words, not the console layout; the bad-input tests run inside
``tmp_path`` and pass short relative names, as a user would.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from conftest import flat, run

from graph import load_graph
from graph.readwrite import graph_to_json

REPO = Path(__file__).parents[1]
EXAMPLE = REPO / "examples" / "000_f23613198d838c56.txt"
EXAMPLE_ID = EXAMPLE.stem
FIVE = {"Rustem Umerov", "Steve Witkoff", "Vladimir Medinsky", "Mikhail Galuzin", "Jared Kushner"}



def people_json(*args: str | os.PathLike[str]) -> list[dict]:
    result = run("people", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def names(records: list[dict]) -> set[str]:
    return {r["name"] for r in records}


def person_names(graph_path: Path) -> set[str]:
    G = load_graph(graph_path).graph
    return {a["label"] for _, a in G.nodes(data=True) if a.get("type") == "person"}


def tmp_files(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.endswith(".tmp"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``newsgraph build EXAMPLE -o G.json --html P.html``, run once for the module."""
    folder = tmp_path_factory.mktemp("built")
    graph_path, page_path = folder / "G.json", folder / "P.html"
    result = run("build", EXAMPLE, "-o", graph_path, "--html", page_path)
    return {"result": result, "graph": graph_path, "page": page_path, "folder": folder}


@pytest.fixture(scope="module")
def graph_file(built) -> Path:
    assert built["result"].exit_code == 0, built["result"].stderr
    return built["graph"]


# --------------------------------------------------------------------------- 1. build, people


def test_build_writes_graph_and_page_and_reports_counts(built):
    result = built["result"]
    assert result.exit_code == 0, result.stderr
    assert built["graph"].is_file() and built["page"].is_file()
    assert built["page"].read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert load_graph(built["graph"]).documents.keys() == {EXAMPLE_ID}
    err = flat(result.stderr)
    assert f"built {built['graph']}: 1 documents (+1), 5 people" in err
    assert f"wrote {built['page']}" in err
    assert "skipped" not in err
    assert tmp_files(built["folder"]) == []


def test_people_json_lists_exactly_the_five_people_with_full_records(graph_file):
    records = people_json(graph_file)
    assert names(records) == FIVE
    assert len(records) == 5
    for r in records:
        assert {"name", "aliases", "docs", "countries", "roles", "organizations"} <= r.keys()
        assert r["docs"] == [EXAMPLE_ID]
        assert isinstance(r["aliases"], list)
        for c in r["countries"]:
            assert c.keys() >= {"code", "name", "docs"}
            assert re.fullmatch(r"[A-Z]{3}", c["code"]) and c["name"]
        for role in r["roles"]:
            assert role.keys() >= {"title", "country", "organization", "docs"}
            assert role["title"]
        for o in r["organizations"]:
            assert o.keys() >= {"name", "docs"}
    by_name = {r["name"]: r for r in records}
    assert [c["code"] for c in by_name["Vladimir Medinsky"]["countries"]] == ["RUS"]
    assert {c["name"] for c in by_name["Rustem Umerov"]["countries"]} == {"Ukraine"}
    assert "chief negotiator" in {x["title"] for x in by_name["Rustem Umerov"]["roles"]}


# --------------------------------------------------------------------------- 2. table, filters


def test_people_table_lists_every_name(graph_file):
    result = run("people", graph_file)
    assert result.exit_code == 0, result.stderr
    assert "5 people" in result.stdout
    for name in FIVE:
        assert name in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--country", "RUS", {"Vladimir Medinsky", "Mikhail Galuzin"}),
        ("--country", "Russia", {"Vladimir Medinsky", "Mikhail Galuzin"}),
        ("--role", "envoy", {"Steve Witkoff"}),
    ],
)
def test_people_filters(graph_file, option, value, expected):
    assert names(people_json(graph_file, option, value)) == expected


def test_people_table_with_country_filter_shows_only_that_country(graph_file):
    result = run("people", graph_file, "--country", "RUS")
    assert result.exit_code == 0, result.stderr
    assert "2 people" in result.stdout
    assert "Vladimir Medinsky" in result.stdout and "Mikhail Galuzin" in result.stdout
    for name in FIVE - {"Vladimir Medinsky", "Mikhail Galuzin"}:
        assert name not in result.stdout


def test_people_unknown_country_is_a_clear_error(graph_file):
    result = run("people", graph_file, "--country", "Narnia")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error: 'Narnia' is not a country newsgraph knows" in flat(result.stderr)
    assert "Traceback" not in result.output


def test_people_unknown_three_letter_country_is_an_error(graph_file):
    result = run("people", graph_file, "--country", "XYZ")
    assert result.exit_code == 2
    assert "XYZ" in result.stderr


# --------------------------------------------------------------------------- 3. person


def test_person_text_shows_role_and_evidence_sentence(graph_file):
    result = run("person", graph_file, "Umerov")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Rustem Umerov"
    text = flat(result.stdout)
    assert "chief negotiator (UKR)" in text
    assert "Ukraine's chief negotiator Rustem Umerov" in text
    assert (
        f"{EXAMPLE_ID}: Ukraine's chief negotiator Rustem Umerov, also Ukraine's National "
        "Security and Defense Council Secretary, confirmed the start of the second day of "
        "negotiations." in text
    )
    assert result.stderr == ""


def test_person_json_evidence_offsets_point_into_the_article(graph_file):
    result = run("person", graph_file, "Umerov", "--json")
    assert result.exit_code == 0, result.stderr
    profile = json.loads(result.stdout)
    assert profile["name"] == "Rustem Umerov"
    article = EXAMPLE.read_text(encoding="utf-8")
    roles = {r["title"]: r for r in profile["roles"]}
    assert "chief negotiator" in roles
    assert roles["chief negotiator"]["evidence"]
    for role in profile["roles"]:
        assert role["evidence"], role
        for ev in role["evidence"]:
            assert set(ev) == {"doc", "sentence", "start", "end", "field"}
            assert ev["doc"] == EXAMPLE_ID
            assert ev["field"] == "text"
            span = article[ev["start"] : ev["end"]]
            assert "Umerov" in span
            assert span in ev["sentence"]
    assert any(
        "Ukraine's chief negotiator Rustem Umerov" in ev["sentence"]
        for ev in roles["chief negotiator"]["evidence"]
    )


def test_person_unknown_name_says_nobody_matched(graph_file):
    result = run("person", graph_file, "Nobody Atall")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no person called 'Nobody Atall' in this graph" in flat(result.stderr)


# --------------------------------------------------------------------------- 4. bad inputs


def _jsonl_line(doc_id: str, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text}) + "\n"


BAD_INPUTS = {
    "empty": ("empty.txt", b"", "skipped empty.txt: empty file"),
    "binary": (
        "binary.txt",
        b"GIF89a\x00\x01\x02\x00\x00\xff\x00binary\x00data\x00" * 8,
        "skipped binary.txt: binary file, not text",
    ),
    "latin-1": (
        "latin1.txt",
        "Café Müller met Angela Merkel in Berlin.".encode("latin-1"),
        "skipped latin1.txt: not valid UTF-8 (byte 0xe9 at position 3); re-save the file as UTF-8",
    ),
    "missing": (None, None, "skipped missing.txt: no such file or directory"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS), ids=list(BAD_INPUTS))
def test_build_skips_one_bad_input_and_keeps_the_good_article(tmp_path, monkeypatch, case):
    name, content, message = BAD_INPUTS[case]
    monkeypatch.chdir(tmp_path)
    if name is None:
        name = "missing.txt"
    else:
        (tmp_path / name).write_bytes(content)
    result = run("build", EXAMPLE, name, "-o", "G.json")
    assert result.exit_code == 1, result.stderr
    err = flat(result.stderr)
    assert message in err
    assert "1 input(s) skipped" in err
    assert "built G.json: 1 documents (+1), 5 people" in err
    assert person_names(tmp_path / "G.json") == FIVE
    assert load_graph(tmp_path / "G.json").documents.keys() == {EXAMPLE_ID}
    assert not (tmp_path / "missing.txt").exists()


def test_build_skips_one_malformed_jsonl_line_and_keeps_the_others(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mixed.jsonl").write_text(
        _jsonl_line("good-1", "German Chancellor Angela Merkel met French President "
                    "Emmanuel Macron in Paris on Monday.")
        + '{"id": "bad-2", "text": "this line never ends\n'
        + _jsonl_line("good-3", "British Prime Minister Keir Starmer spoke to reporters "
                      "in London on Tuesday."),
        encoding="utf-8",
    )
    result = run("build", EXAMPLE, "mixed.jsonl", "-o", "G.json")
    assert result.exit_code == 1, result.stderr
    err = flat(result.stderr)
    assert "skipped mixed.jsonl:2: invalid JSON" in err
    assert "1 input(s) skipped" in err
    kg = load_graph(tmp_path / "G.json")
    assert kg.documents.keys() == {EXAMPLE_ID, "good-1", "good-3"}
    assert kg.documents["good-3"]["source"] == "mixed.jsonl:3"
    assert person_names(tmp_path / "G.json") >= FIVE


def test_build_reports_the_column_of_a_truncated_jsonl_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cut.jsonl").write_text('{"id": "a", "text": "Hello"\n', encoding="utf-8")
    result = run("build", EXAMPLE, "cut.jsonl", "-o", "G.json")
    assert result.exit_code == 1
    # The missing "}" is after column 27, not at column 1.
    assert "(column 1)" not in flat(result.stderr)


# --------------------------------------------------------------------------- 5. all inputs bad


def test_build_with_only_bad_inputs_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", "empty.txt", "missing.txt", "-o", "G.json", "--html", "P.html")
    assert result.exit_code == 2
    err = flat(result.stderr)
    assert "skipped empty.txt: empty file" in err
    assert "skipped missing.txt: no such file or directory" in err
    assert "no article could be read; nothing written" in err
    assert not (tmp_path / "G.json").exists()
    assert not (tmp_path / "P.html").exists()
    assert tmp_files(tmp_path) == []


def test_build_with_only_bad_inputs_leaves_an_existing_graph_untouched(
    tmp_path, monkeypatch, graph_file
):
    monkeypatch.chdir(tmp_path)
    before = graph_file.read_bytes()
    (tmp_path / "G.json").write_bytes(before)
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    result = run("build", "bin.txt", "-o", "G.json")
    assert result.exit_code == 2
    assert "skipped bin.txt: binary file, not text" in flat(result.stderr)
    assert (tmp_path / "G.json").read_bytes() == before
    assert tmp_files(tmp_path) == []


# --------------------------------------------------------------------------- 6. export


def test_export_writes_offline_page_with_every_person_and_node_count(graph_file, tmp_path):
    page = tmp_path / "P2.html"
    result = run("export", graph_file, "--html", page)
    assert result.exit_code == 0, result.stderr
    assert f"wrote {page}" in flat(result.stderr)
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html
    for name in FIVE:
        assert name in html or json.dumps(name)[1:-1] in html
    counts = re.findall(r'data-node-count="(\d+)"', html)
    assert counts == [str(load_graph(graph_file).graph.number_of_nodes())]
    assert int(counts[0]) > len(FIVE)


def test_export_to_a_folder_is_a_clear_error(graph_file, tmp_path):
    result = run("export", graph_file, "--html", tmp_path)
    assert result.exit_code == 2


# --------------------------------------------------------------------------- 7. bad graph files


BAD_GRAPHS = {
    "not-json": ("notjson.json", "this is { not JSON\n",
                 "error: notjson.json: not a newsgraph graph file: invalid JSON at line 1"),
    "no-header": ("other.json", json.dumps({"nodes": [], "edges": []}),
                  ('error: other.json: not a newsgraph graph file (no "format": "newsgraph" '
                   "header)")),
    "missing": ("nowhere.json", None,
                "error: nowhere.json: no such graph file; build one with `newsgraph build`"),
}


@pytest.mark.parametrize("case", list(BAD_GRAPHS), ids=list(BAD_GRAPHS))
def test_people_on_a_bad_graph_file_exits_2_with_a_message(tmp_path, monkeypatch, case):
    name, content, message = BAD_GRAPHS[case]
    monkeypatch.chdir(tmp_path)
    if content is not None:
        (tmp_path / name).write_text(content, encoding="utf-8")
    result = run("people", name)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in flat(result.stderr)
    assert "Traceback" not in result.output


def test_messages_keep_long_file_names_on_one_line(tmp_path):
    """Output is not a terminal here; a long path must not be wrapped or folded."""
    deep = tmp_path / ("a" * 150) / ("b" * 150) / ("c" * 150)
    deep.mkdir(parents=True)
    missing = deep / "graph.json"
    result = run("people", missing)
    assert result.exit_code == 2
    assert str(missing) in result.stderr


# --------------------------------------------------------------------------- 8. missing model


def _newsgraph_command() -> list[str]:
    script = Path(sys.executable).with_name("newsgraph")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "from graph.cli import main; main()"]


def test_build_with_a_missing_model_says_how_to_install_one(tmp_path):
    proc = subprocess.run(
        [*_newsgraph_command(), "build", str(EXAMPLE), "-o", "G.json", "--model",
         "no_such_model"],
        check=False, cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    err = flat(proc.stderr)
    assert "spaCy pipeline 'no_such_model' is not installed" in err
    assert "python -m spacy download no_such_model" in err
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stdout == ""
    assert not (tmp_path / "G.json").exists()


# --------------------------------------------------------------------------- 9. atomic build


def test_build_replaces_an_existing_graph_completely(tmp_path, graph_file):
    old = nx.MultiDiGraph()
    old.graph["documents"] = {"old-doc": {"title": "", "date": None, "url": None,
                                          "source": "old.txt"}}
    old.add_node("person:old person", type="person", label="Old Person", aliases=[],
                 docs=["old-doc"], mentions=1, padding="x" * 200_000)
    target = tmp_path / "G.json"
    target.write_text(graph_to_json(old), encoding="utf-8")
    assert person_names(target) == {"Old Person"}

    result = run("build", EXAMPLE, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes() == graph_file.read_bytes()
    assert person_names(target) == FIVE
    assert load_graph(target).documents.keys() == {EXAMPLE_ID}
    assert tmp_files(tmp_path) == []
    assert sorted(os.listdir(tmp_path)) == ["G.json"]
