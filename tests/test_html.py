"""Tests for graph.views.html and graph.views.filters: offline, escaped, self-contained pages
of the whole graph or of the part asked for (library, ``KnowledgeGraph`` and ``newsgraph
export``)."""

from __future__ import annotations

import base64
import doctest
import hashlib
import html
import json
import os
import re
import warnings

import networkx as nx
import pytest
from typer.testing import CliRunner

import graph.views.filters
from graph import PersonNotFoundError, queries
from graph.cli import app
from graph.kg import KnowledgeGraph
from graph.views.filters import DEFAULT_MAX_NODES, GraphPrunedWarning, filter_graph, prune
from graph.views.html import (
    NODE_STYLE,
    notebook_html,
    render_html,
    stabilization_iterations,
    write_html,
)

SCRIPT_BREAKOUT = "</script><script>alert(1)</script>"
IMG_XSS = "<img src=x onerror=alert(1)>"
EVIL = (
    f'{SCRIPT_BREAKOUT} {IMG_XSS} "quoted" \\back {{{{ jinja }}}} <a href="javascript:x">href</a>'
)

DATA_RE = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL)
# Executable <script> elements: no attributes (the JSON blob has a type attribute).
EXEC_SCRIPT_RE = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _evidence(doc: str, sentence: str) -> list[dict]:
    return [{"doc": doc, "sentence": sentence, "start": 0, "end": 6, "field": "body"}]


def small_graph() -> nx.MultiDiGraph:
    """One node of every type, typical newsgraph attributes."""
    G = nx.MultiDiGraph()
    G.add_node(
        "person:rustem umerov",
        type="person",
        label="Rustem Umerov",
        aliases=["Umerov"],
        docs=["doc-1", "doc-2"],
        mentions=9,
    )
    G.add_node(
        "role:chief negotiator|UKR|",
        type="role",
        label="chief negotiator",
        title="chief negotiator",
        country="UKR",
        organization=None,
        docs=["doc-1"],
        mentions=2,
    )
    G.add_node(
        "country:UKR", type="country", label="Ukraine", code="UKR", docs=["doc-1"], mentions=4
    )
    G.add_node("organization:nato", type="organization", label="NATO", docs=["doc-2"], mentions=1)
    G.add_node("place:geneva", type="place", label="Geneva", docs=["doc-1"], mentions=1)
    sentence = "Ukraine's chief negotiator Rustem Umerov arrived in Geneva."
    G.add_edge(
        "person:rustem umerov",
        "role:chief negotiator|UKR|",
        key="holds_role",
        relation="holds_role",
        evidence=_evidence("doc-1", sentence),
    )
    G.add_edge(
        "role:chief negotiator|UKR|",
        "country:UKR",
        key="role_of",
        relation="role_of",
        evidence=_evidence("doc-1", sentence),
    )
    G.add_edge(
        "person:rustem umerov",
        "country:UKR",
        key="affiliated_with",
        relation="affiliated_with",
        evidence=_evidence("doc-2", "Umerov, of Ukraine, spoke."),
    )
    G.add_edge("person:rustem umerov", "organization:nato", key="member_of", relation="member_of")
    G.add_edge("place:geneva", "country:UKR", key="located_in", relation="located_in")
    return G


def evil_graph() -> nx.MultiDiGraph:
    """A graph whose every string is hostile."""
    G = small_graph()
    G.add_node(
        "person:evil",
        type="person",
        label="Mallory " + EVIL,
        aliases=[EVIL],
        docs=[EVIL],
        mentions=1,
    )
    G.add_edge(
        "person:evil",
        "country:UKR",
        key="affiliated_with",
        relation="affiliated_with",
        evidence=_evidence("doc-" + EVIL, "She said " + EVIL),
    )
    return G


def graph_data(page: str) -> dict:
    match = DATA_RE.search(page)
    assert match, "graph-data JSON blob missing"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(small_graph(), title="Test graph")


@pytest.fixture(scope="module")
def evil_page() -> str:
    return render_html(evil_graph(), title="Title " + EVIL)


def test_page_has_no_external_urls(page: str) -> None:
    assert "http://" not in page
    assert "https://" not in page
    assert "<link" not in page
    assert re.search(r"<script[^>]*\bsrc\s*=", page) is None


def test_vis_network_is_inlined(page: str) -> None:
    assert len(page) > 100_000
    # Licence header of the bundled vis-network and one of its CSS classes.
    assert "A dynamic, browser-based visualization library" in page
    assert "@version 9.1.2" in page
    assert "div.vis-network" in page
    assert "new vis.Network(" in page


def test_page_is_ascii_so_host_encoding_cannot_break_it(evil_page: str) -> None:
    page = render_html(evil_graph(), title="Démo – ☃ 😀")
    assert page.isascii()
    assert "D&#233;mo" in page


def test_hostile_strings_never_appear_raw(evil_page: str) -> None:
    assert "<img src=x" not in evil_page
    assert "</script><script>" not in evil_page
    assert "<script>alert" not in evil_page
    assert 'href="javascript' not in evil_page
    # Only our own three script elements close (the vis bundle spells it "</"+"script>").
    assert evil_page.lower().count("</script") == 3
    # Still there, escaped: in the JSON blob and in the heading.
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in evil_page
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in evil_page
    assert (
        "<h1>Title &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x" in evil_page
    )


def test_hostile_strings_round_trip_as_plain_text(evil_page: str) -> None:
    data = graph_data(evil_page)
    evil = next(n for n in data["nodes"] if n["key"] == "person:evil")
    assert evil["name"] == "Mallory " + EVIL
    assert evil["aliases"] == [EVIL]
    # The tooltip is one plain string (vis-network renders strings with innerText),
    # carrying the raw text: label, alias, doc id and evidence sentence.
    assert isinstance(evil["title"], str)
    assert evil["title"].startswith("Mallory " + EVIL + "\n")
    assert "aliases: " + EVIL in evil["title"]
    assert "She said " + EVIL in evil["title"]
    assert "doc-" + EVIL in evil["title"]


def test_own_script_never_writes_html() -> None:
    page = render_html(small_graph())
    app_js = EXEC_SCRIPT_RE.findall(page)[-1]
    assert "newsgraphNetwork" in app_js
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in app_js


def test_csp_allows_exactly_the_inline_scripts(page: str) -> None:
    csp = html.unescape(
        re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    )
    assert "default-src 'none'" in csp
    scripts = EXEC_SCRIPT_RE.findall(page)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]


def test_json_blob_round_trips_labels_and_edges() -> None:
    G = small_graph()
    data = graph_data(render_html(G))
    assert sorted(n["label"] for n in data["nodes"]) == sorted(
        attrs["label"] for _, attrs in G.nodes(data=True)
    )
    assert {n["key"] for n in data["nodes"]} == set(G.nodes)
    assert len(data["edges"]) == G.number_of_edges()
    key_of = {n["id"]: n["key"] for n in data["nodes"]}
    got = sorted((key_of[e["from"]], key_of[e["to"]], e["label"]) for e in data["edges"])
    assert got == sorted((u, v, k) for u, v, k in G.edges(keys=True))


def test_parallel_edges_are_kept_and_drawn_apart() -> None:
    G = small_graph()
    G.add_edge("person:rustem umerov", "country:UKR", key="member_of", relation="member_of")
    G.add_edge("country:UKR", "person:rustem umerov", key="located_in", relation="located_in")
    data = graph_data(render_html(G))
    key_of = {n["id"]: n["key"] for n in data["nodes"]}
    pair = {"person:rustem umerov", "country:UKR"}
    between = [e for e in data["edges"] if {key_of[e["from"]], key_of[e["to"]]} == pair]
    assert len(between) == 3
    # curvedCW bends to the right of the edge's own direction, so map each curve to a
    # signed offset in one fixed direction: three edges must sit on three different paths.
    first = between[0]["from"]
    offsets = set()
    for e in between:
        smooth = e["smooth"]
        if not smooth:
            offsets.add(0.0)
            continue
        side = 1 if smooth["type"] == "curvedCW" else -1
        direction = 1 if e["from"] == first else -1
        offsets.add(side * direction * smooth["roundness"])
    assert len(offsets) == 3


def test_node_count_attribute(page: str) -> None:
    G = evil_graph()
    evil_page = render_html(G)
    assert f'data-node-count="{G.number_of_nodes()}"' in evil_page
    assert 'data-node-count="5"' in page


def test_colours_and_shapes_differ_by_type(page: str) -> None:
    nodes = graph_data(page)["nodes"]
    by_type = {n["type"]: n for n in nodes}
    assert set(by_type) == {"person", "role", "country", "organization", "place"}
    colours = {t: n["color"]["background"] for t, n in by_type.items()}
    assert len(set(colours.values())) == 5
    assert len({n["shape"] for n in by_type.values()}) == 5
    for node_type, style in NODE_STYLE.items():
        assert colours[node_type] == style["color"]
        # Legend entry: swatch in the type's colour and its name.
        assert f'fill="{style["color"]}"' in page
        assert style["legend"] in page


def test_node_size_grows_with_mentions_and_is_clamped() -> None:
    G = nx.MultiDiGraph()
    for mentions in (1, 4, 25, 10_000):
        G.add_node(f"person:{mentions}", type="person", label=str(mentions), mentions=mentions)
    sizes = [n["size"] for n in graph_data(render_html(G))["nodes"]]
    assert sizes == sorted(sizes)
    assert len(set(sizes)) == 4
    assert sizes[-1] <= 40


def test_tooltip_lists_role_details_and_at_most_three_sentences() -> None:
    G = small_graph()
    for i in range(5):
        G.add_node(f"country:X{i}", type="country", label=f"Land {i}", code=f"X{i}")
        G.add_edge(
            "person:rustem umerov",
            f"country:X{i}",
            key="affiliated_with",
            relation="affiliated_with",
            evidence=_evidence(f"doc-x{i}", f"Sentence number {i}."),
        )
    nodes = {n["key"]: n for n in graph_data(render_html(G))["nodes"]}
    person = nodes["person:rustem umerov"]["title"]
    assert "aliases: Umerov" in person
    assert person.count("\n• ") == 3
    role = nodes["role:chief negotiator|UKR|"]["title"]
    assert "type: role" in role
    assert "country: Ukraine (UKR)" in role
    assert "Ukraine's chief negotiator Rustem Umerov arrived in Geneva." in role


def test_empty_and_plain_graphs_render() -> None:
    assert 'data-node-count="0"' in render_html(nx.MultiDiGraph())
    H = nx.Graph()
    H.add_edge("a", "b")
    data = graph_data(render_html(H))
    assert [n["label"] for n in data["nodes"]] == ["a", "b"]
    assert data["edges"][0]["label"] == "related_to"


def test_notebook_html_is_an_escaped_sandboxed_iframe() -> None:
    G = evil_graph()
    out = notebook_html(G, title="nb", height=450)
    # In a <div>: IPython warns about HTML that is a bare <iframe>.
    assert out.startswith('<div class="newsgraph"><iframe ')
    assert out.endswith("</iframe></div>")
    assert out.count("<iframe") == 1
    assert 'sandbox="allow-scripts"' in out
    assert "height: 450px" in out
    srcdoc = re.search(r'srcdoc="([^"]*)"', out).group(1)
    assert "<script" not in srcdoc
    assert "<" not in srcdoc and ">" not in srcdoc
    assert "&lt;script" in srcdoc
    assert html.unescape(srcdoc) == render_html(G, title="nb")
    assert "<img src=x" not in out


def test_write_html_replaces_file_atomically(tmp_path) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")
    # A hard link keeps the old inode reachable: an in-place rewrite would change what it
    # reads, a write-to-temp-then-rename leaves it alone.
    old_link = tmp_path / "old-link.html"
    os.link(target, old_link)
    old_inode = target.stat().st_ino

    written = write_html(small_graph(), target, title="fresh")

    assert written == target
    assert target.read_text(encoding="utf-8") == render_html(small_graph(), title="fresh")
    assert target.stat().st_ino != old_inode
    assert old_link.read_text(encoding="utf-8") == "old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "old-link.html"]


def test_write_html_creates_parent_folders(tmp_path) -> None:
    target = tmp_path / "out" / "nested" / "g.html"
    write_html(small_graph(), target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_person_tooltip_lists_countries_and_roles() -> None:
    nodes = {n["key"]: n for n in graph_data(render_html(queries.example_graph()))["nodes"]}
    tip = nodes["person:tony blair"]["title"]
    assert tip.splitlines()[:5] == [
        "Tony Blair",
        "type: person",
        "aliases: Blair",
        "countries: United Kingdom (GBR)",
        "roles: Prime Minister (United Kingdom)",
    ]
    assert "• “Prime Minister Tony Blair and Chancellor Gordon Brown welcomed the deal.” [g8, text]" \
        in tip


# --------------------------------------------------------------------------- filters


def labels(G: nx.MultiDiGraph) -> list[str]:
    return sorted(attrs["label"] for _, attrs in G.nodes(data=True))


def test_filter_docstring_examples_run() -> None:
    failed, attempted = doctest.testmod(graph.views.filters)
    assert attempted and not failed


def test_country_filter_keeps_the_country_its_people_and_their_roles(example_kg) -> None:
    G = example_kg.graph
    assert labels(filter_graph(G, country="Russia")) == [
        "Deputy Foreign Minister", "Mikhail Galuzin", "Russia", "Vladimir Medinsky",
        "presidential aide",
    ]
    # tied through a role of the country; the role's organisation comes along
    assert labels(filter_graph(G, country="ukr")) == [
        "National Security and Defense Council", "Rustem Umerov",
        "Secretary (National Security and Defense Council)", "Ukraine",
        "chief negotiator (Ukraine)",
    ]
    H = filter_graph(G, country="US")
    assert H.graph["view"]["filters"] == {"country": "USA"}
    assert H.number_of_edges() == 4  # every edge among the kept nodes, none to others


def test_person_filter_is_their_neighbourhood(example_kg) -> None:
    G = example_kg.graph
    for radius in (0, 1, 2):
        H = filter_graph(G, person="Umerov", radius=radius)
        assert set(H) == set(queries.subgraph(G, "Umerov", radius=radius))
    assert filter_graph(G, person="Rustem Umerow").graph["view"]["filters"] == {
        "person": "Rustem Umerov", "radius": 1,
    }


def test_mentions_and_types_filters_keep_what_was_asked_for(example_kg) -> None:
    G = example_kg.graph
    assert sorted(filter_graph(G, min_mentions=3)) == ["country:RUS", "country:UKR", "country:USA"]
    H = filter_graph(G, types="person,country")
    assert {t for _, t in H.nodes(data="type")} == {"person", "country"}
    assert H.number_of_edges() == 5  # the affiliated_with edges
    assert set(filter_graph(G, types=["person", "country"])) == set(H)
    # The person asked for stays whatever the other filters say.
    H = filter_graph(G, person="Kushner", min_mentions=5, types="country")
    assert labels(H) == ["Jared Kushner", "United States"]


def test_filters_copy_and_leave_the_graph_alone(example_kg) -> None:
    G = example_kg.graph
    before = (G.number_of_nodes(), G.number_of_edges(), dict(G.nodes["person:rustem umerov"]))
    H = filter_graph(G, country="UKR")
    H.nodes["person:rustem umerov"]["label"] = "changed"
    assert (G.number_of_nodes(), G.number_of_edges(), G.nodes["person:rustem umerov"]) == before
    assert "view" not in G.graph
    assert set(H.graph["documents"]) == set(G.graph["documents"])


@pytest.mark.parametrize(
    ("filters", "error", "message"),
    [
        ({"person": "Nobody Atall"}, PersonNotFoundError, "no person called 'Nobody Atall'"),
        ({"country": "Narnia"}, ValueError, "'Narnia' is not a country newsgraph knows"),
        ({"country": "France"}, ValueError, "'France' (FRA) is in no document of this graph"),
        ({"types": "person,people"}, ValueError, "unknown node type(s) 'people'"),
        ({"types": ""}, ValueError, "unknown node type(s) (none given)"),
        ({"min_mentions": -1}, ValueError, "min_mentions must be 0 or more"),
        ({"person": "Umerov", "radius": -1}, ValueError, "radius must be 0 or more"),
        ({"max_nodes": 0}, ValueError, "max_nodes must be 1 or more"),
    ],
)
def test_filter_errors_say_what_is_wrong(example_kg, filters, error, message) -> None:
    with pytest.raises(error, match=re.escape(message)):
        filter_graph(example_kg.graph, **filters)


def ranked_graph(n: int) -> nx.MultiDiGraph:
    """``n`` people, person i mentioned n - i times, each tied to the one before."""
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"person:p{i}", type="person", label=f"P{i}", mentions=n - i)
        if i:
            G.add_edge(f"person:p{i}", f"person:p{i - 1}", key="member_of", relation="member_of")
    return G


def test_big_graphs_are_cut_to_the_most_mentioned_with_a_notice() -> None:
    G = ranked_graph(10)
    with pytest.warns(GraphPrunedWarning, match="showing the 4 most mentioned of 10 nodes"):
        H = filter_graph(G, max_nodes=4)
    assert sorted(H) == ["person:p0", "person:p1", "person:p2", "person:p3"]
    assert H.number_of_edges() == 3
    assert H.graph["view"] == {
        "filters": {}, "shown_nodes": 4, "total_nodes": 10, "max_nodes": 4, "pruned": True,
    }
    page = render_html(H)
    assert 'data-node-count="4"' in page and 'data-total-nodes="10"' in page
    notice = re.search(r'<p class="notice" id="notice" role="status">(.*?)</p>', page).group(1)
    assert notice.startswith("Showing the 4 most mentioned of 10 nodes; filter with --country")
    # A person asked for is kept even when others are mentioned more.
    with pytest.warns(GraphPrunedWarning):
        H = prune(G, 2, keep=["person:p9"])
    assert sorted(H) == ["person:p0", "person:p9"]


def test_graphs_within_the_limit_have_no_notice() -> None:
    G = ranked_graph(10)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        H = filter_graph(G, max_nodes=10)
        assert filter_graph(G, max_nodes=None).number_of_nodes() == 10
        page = render_html(H)
    assert H.number_of_nodes() == 10
    assert 'class="notice"' not in page


def test_render_html_cuts_an_unfiltered_big_graph_too() -> None:
    G = ranked_graph(DEFAULT_MAX_NODES + 5)
    with pytest.warns(GraphPrunedWarning):
        page = render_html(G)
    assert f'data-node-count="{DEFAULT_MAX_NODES}"' in page
    assert f'data-total-nodes="{DEFAULT_MAX_NODES + 5}"' in page
    assert "of 1,505 nodes" in page


def test_layout_iterations_shrink_with_the_graph() -> None:
    assert stabilization_iterations(18) == 500
    assert stabilization_iterations(300) == 500
    assert stabilization_iterations(DEFAULT_MAX_NODES) == 100
    assert stabilization_iterations(15_000) == 50
    sizes = [stabilization_iterations(n) for n in (10, 200, 400, 800, 1500, 3000, 9000)]
    assert sizes == sorted(sizes, reverse=True)
    data = graph_data(render_html(ranked_graph(400)))
    assert data["layout"]["iterations"] == stabilization_iterations(400)


def test_filtered_page_names_its_filters(example_kg) -> None:
    page = render_html(filter_graph(example_kg.graph, country="RUS", types="person,role,country"))
    stats = re.search(r'<span class="stats">(.*?)</span>', page).group(1)
    assert stats == "5 nodes &middot; 4 edges &middot; country RUS; only person, role, country"


# --------------------------------------------------------------------------- KnowledgeGraph


def test_kg_to_html_takes_the_filters(example_kg, tmp_path) -> None:
    path = example_kg.to_html(tmp_path / "ukr.html", title="Ukraine", country="Ukraine")
    page = path.read_text(encoding="utf-8")
    assert 'data-node-count="5"' in page
    assert {n["name"] for n in graph_data(page)["nodes"]} >= {"Rustem Umerov", "Ukraine"}
    with pytest.warns(GraphPrunedWarning):
        example_kg.to_html(tmp_path / "top.html", max_nodes=3)
    assert 'data-node-count="3"' in (tmp_path / "top.html").read_text(encoding="utf-8")


def test_kg_show_displays_a_filtered_iframe(example_kg, monkeypatch) -> None:
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", shown.append)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. IPython's "Consider using IPython.display.IFrame"
        example_kg.show(person="Witkoff", height=400)
    (obj,) = shown
    frame = obj.data
    assert frame.startswith('<div class="newsgraph"><iframe ')
    assert 'sandbox="allow-scripts"' in frame
    assert "height: 400px" in frame
    page = html.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1))
    H = filter_graph(example_kg.graph, person="Witkoff")
    assert f'data-node-count="{H.number_of_nodes()}"' in page
    assert {n["name"] for n in graph_data(page)["nodes"]} == set(labels(H))


def test_kg_repr_html_is_still_a_summary(example_kg) -> None:
    summary = example_kg._repr_html_()
    assert summary.startswith("<p><b>newsgraph</b>: 1 documents, 5 person")
    assert "Rustem Umerov" in summary and "<iframe" not in summary
    assert KnowledgeGraph(queries.example_graph())._repr_html_().count("<tr>") == 3  # people


# --------------------------------------------------------------------------- newsgraph export


@pytest.fixture(scope="module")
def graph_file(example_kg, tmp_path_factory):
    return example_kg.save(tmp_path_factory.mktemp("export") / "G.json")


def export(*args) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["export", *map(str, args)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, " ".join(result.stderr.split())


def page_nodes(path) -> set[str]:
    return {n["name"] for n in graph_data(path.read_text(encoding="utf-8"))["nodes"]}


def test_export_html_with_filters(graph_file, tmp_path) -> None:
    page = tmp_path / "p.html"
    assert export(graph_file, "--html", page, "--country", "RUS") == (0, f"wrote {page}")
    assert page_nodes(page) == {
        "Deputy Foreign Minister", "Mikhail Galuzin", "Russia", "Vladimir Medinsky",
        "presidential aide",
    }
    code, _ = export(graph_file, "--html", page, "--person", "Umerov", "--radius", "0")
    assert code == 0 and page_nodes(page) == {"Rustem Umerov"}
    code, _ = export(graph_file, "--html", page, "--min-mentions", "3", "--types", "country")
    assert code == 0 and page_nodes(page) == {"Russia", "Ukraine", "United States"}


def test_export_says_when_the_page_was_cut(graph_file, tmp_path) -> None:
    page = tmp_path / "p.html"
    code, stderr = export(graph_file, "--html", page, "--max-nodes", "4")
    assert code == 0
    assert stderr.startswith("warning: showing the 4 most mentioned of 18 nodes; filter with")
    assert 'data-node-count="4"' in page.read_text(encoding="utf-8")
    code, stderr = export(graph_file, "--html", page, "--max-nodes", "0")
    assert code == 0 and "warning" not in stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--person", "Nobody Atall"], "error: no person called 'Nobody Atall' in this graph"),
        (["--country", "Narnia"], "error: 'Narnia' is not a country newsgraph knows"),
        (["--country", "France"], "error: 'France' (FRA) is in no document of this graph"),
        (["--types", "person,cats"], "error: unknown node type(s) 'cats'; use any of person,"),
        (["--radius", "2"], "error: --radius goes with --person NAME"),
    ],
)
def test_export_filter_errors_are_messages(graph_file, tmp_path, args, message) -> None:
    page = tmp_path / "p.html"
    code, stderr = export(graph_file, "--html", page, *args)
    assert (code, stderr[: len(message)]) == (2, message)
    assert not page.exists()


def test_export_filters_need_a_page_and_files_stay_whole(graph_file, tmp_path) -> None:
    code, stderr = export(graph_file, "--to", "json", "-o", tmp_path / "c.json", "--country", "RUS")
    assert (code, stderr) == (2, "error: --country: for the HTML page only; add --html PAGE.html")
    page, copy = tmp_path / "p.html", tmp_path / "c.json"
    code, _ = export(graph_file, "--html", page, "--country", "RUS", "--to", "json", "-o", copy)
    assert code == 0
    assert len(page_nodes(page)) == 5
    assert json.loads(copy.read_text(encoding="utf-8"))["graph"]["nodes"].__len__() == 18
