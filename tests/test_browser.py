"""The HTML page in a real browser: headless Chromium, no network.

Each test loads a page with ``--dump-dom --virtual-time-budget``: Chromium runs the page's
scripts until the layout is done and prints the DOM. The page's own script writes what it
drew onto ``#graph`` (``data-stabilized``, ``data-drawn-nodes``: nodes inside the visible
canvas, ``data-painted-pixels``: canvas pixels not left transparent). Host names resolve to
nothing (``--host-resolver-rules``) and a NetLog records every request, so a page that tried
to reach the network would be seen doing so.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from graph import build_graph
from graph.views.filters import GraphPrunedWarning
from graph.views.html import write_html

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1400,900",
    "--dump-dom",
    # virtual milliseconds: idle time is skipped, so this is no wall-clock wait
    "--virtual-time-budget=20000",
]

PWNED = "document.title='pwned'"
HOSTILE = {
    "img": f"<img src=x onerror={PWNED}>",
    "script": f"<script>{PWNED}</script>",
    "close": f"</script><script>{PWNED}</script>",
}
# One wire story (JSONL, so the id can hold "/"): the hostile markup sits in its id, its
# headline and the sentences that name Blair and Brown.
HOSTILE_DOC_ID = f"story {HOSTILE['close']} {HOSTILE['img']}"
HOSTILE_STORY = {
    "id": HOSTILE_DOC_ID,
    "title": f"Blair <b>backs</b> budget {HOSTILE['script']}",
    "text": (
        f"Prime Minister Tony Blair said {HOSTILE['img']} on Monday that Britain would act.\n\n"
        f"Chancellor Gordon Brown told MPs in London {HOSTILE['close']} that the budget was "
        "fair.\n"
    ),
}


# Checked before any fixture runs, so a machine without Chromium does not build graphs for
# nothing; .ci/run installs it.
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="chromium not installed: apt-get install -y chromium"
)


class _Dom(HTMLParser):
    """The bits of a dumped DOM the tests look at: every tag, and the text of each element
    by id (and of the ``<title>`` and ``<h1>``, by tag name)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: dict[str, str] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        self._open.append(attributes.get("id") or (tag if tag in ("title", "h1") else ""))

    def handle_endtag(self, tag):
        if self._open:
            self._open.pop()

    def handle_data(self, data):
        for key in self._open:
            if key:
                self.text[key] = self.text.get(key, "") + data

    def element(self, element_id: str) -> dict[str, str | None]:
        return next(a for _t, a in self.tags if a.get("id") == element_id)


def load(page: Path, tmp_path: Path, fragment: str = "") -> tuple[_Dom, list[str]]:
    """Open ``page`` in headless Chromium; the DOM once settled, and URLs the page asked for."""
    netlog = tmp_path / "netlog.json"
    profile = tmp_path / "chromium-profile"
    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    run = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", f"--log-net-log={netlog}", url],
        capture_output=True, text=True, timeout=120, check=False,
    )
    shutil.rmtree(profile, ignore_errors=True)
    assert run.returncode == 0, run.stderr[-2000:]
    dom = _Dom()
    dom.feed(run.stdout)
    return dom, page_requests(netlog)


def page_requests(netlog: Path) -> list[str]:
    """URLs requested on behalf of a file:// page (Chromium's own traffic is left out)."""
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        event["params"]["url"]
        for event in log["events"]
        if event["type"] == start and "file://" in event["params"].get("site_for_cookies", "")
    ]


def drawn(dom: _Dom) -> dict[str, str | None]:
    graph = dom.element("graph")
    assert graph.get("data-stabilized") == "true", "the page never finished its layout"
    return graph


# --------------------------------------------------------------------------- drawing


def test_example_page_draws_every_node_offline(example_kg, tmp_path):
    page = example_kg.to_html(tmp_path / "example.html")
    dom, requests = load(page, tmp_path)
    graph = drawn(dom)
    n = example_kg.graph.number_of_nodes()
    assert n > 10
    assert graph["data-node-count"] == str(n)
    assert graph["data-drawn-nodes"] == str(n)
    # 18 labelled shapes and their edges cover tens of thousands of pixels; a blank or
    # collapsed canvas has none (or a few hundred for one dot).
    assert int(graph["data-painted-pixels"]) > 5000
    assert requests == []
    assert dom.element("layout-status").get("hidden") is not None
    assert dom.text["legend"] == "PersonRoleCountryOrganizationPlace"
    assert dom.element("search")["type"] == "search"


def test_a_pruned_page_says_so_and_draws_what_it_keeps(tmp_path):
    G = nx.MultiDiGraph()
    for i in range(300):
        G.add_node(f"person:p{i}", type="person", label=f"Person {i}", mentions=300 - i)
        G.add_edge(f"person:p{i}", f"person:p{i // 2}", key="member_of", relation="member_of")
    with pytest.warns(GraphPrunedWarning, match="showing the 120 most mentioned of 300 nodes"):
        page = write_html(G, tmp_path / "big.html", max_nodes=120)
    dom, requests = load(page, tmp_path)
    graph = drawn(dom)
    assert graph["data-drawn-nodes"] == "120" == graph["data-node-count"]
    assert graph["data-total-nodes"] == "300"
    assert "most mentioned of 300 nodes" in dom.text["notice"]
    assert int(graph["data-painted-pixels"]) > 5000
    assert requests == []


def test_a_page_the_filters_left_empty_says_so(example_kg, tmp_path):
    page = example_kg.to_html(tmp_path / "empty.html", types="place", min_mentions=5)
    dom, _requests = load(page, tmp_path)
    assert drawn(dom)["data-drawn-nodes"] == "0"
    assert dom.text["layout-status"].startswith("Nothing to draw: the graph is empty, or the")


def test_network_check_sees_a_page_that_reaches_out(tmp_path):
    # Guards the check above: a page asking for a URL does show up.
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><img src="http://example.com/x.png">', encoding="utf-8")
    _dom, requests = load(page, tmp_path)
    assert requests == ["http://example.com/x.png"]


# --------------------------------------------------------------------------- hostile text


def test_hostile_article_text_shows_literally_and_never_runs(nlp, tmp_path):
    article = tmp_path / "hostile.jsonl"
    article.write_text(json.dumps(HOSTILE_STORY) + "\n", encoding="utf-8")
    kg = build_graph([article], nlp=nlp)
    labels = {a["label"] for _, a in kg.graph.nodes(data=True)}
    assert {"Tony Blair", "Gordon Brown"} <= labels
    page = kg.to_html(tmp_path / "hostile.html", title=f"news {HOSTILE['close']}")

    # Open with Tony Blair found (#name): his details panel holds his tooltip text.
    dom, requests = load(page, tmp_path, fragment="Tony%20Blair")
    drawn(dom)
    assert requests == []
    # No injected script ran: every payload would have set the title to "pwned".
    assert dom.text["title"] == dom.text["h1"] == f"news {HOSTILE['close']}"
    # Nothing was parsed as markup: no images, and only the page's own three scripts.
    assert [t for t, _a in dom.tags if t == "img"] == []
    assert [t for t, _a in dom.tags if t == "script"] == ["script"] * 3
    details = dom.text["details-text"]
    assert details.startswith("Tony Blair\ntype: person")
    # The sentence, hostile markup included, reads as plain text, and so does the id.
    assert f"Tony Blair said {HOSTILE['img']} on Monday" in details
    assert f"[{HOSTILE_DOC_ID}, text]" in details
    assert dom.element("details").get("hidden") is None
