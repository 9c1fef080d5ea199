"""Tests for graph.views.html: offline, escaped, self-contained pages."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re

import networkx as nx
import pytest

from graph.views.html import NODE_STYLE, notebook_html, render_html, write_html

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
    assert out.startswith("<iframe ")
    assert out.endswith("</iframe>")
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
