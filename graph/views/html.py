"""Render a knowledge graph as one self-contained, offline HTML page.

The page is built from a small string template of our own. pyvis is used for nothing but
locating the vis-network 9.1.2 JavaScript and CSS it ships, which are inlined so the page
needs no network at all. pyvis's own template is not used because it links Bootstrap and
vis-network from CDNs, writes ``heading``/menus unescaped and switches every tooltip to
``innerHTML`` as soon as one title contains "href".

Every string in the graph comes from untrusted news text, so:

* graph data reaches the page only as a JSON blob in ``<script type="application/json">``
  with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, read back with ``JSON.parse``;
* tooltips are plain strings, which vis-network 9.x assigns with ``innerText`` (never
  ``innerHTML``), and our own script touches the DOM only through ``textContent``/``value``;
* the page title is HTML-escaped;
* a Content-Security-Policy allows only the page's own scripts (by SHA-256 hash) and no
  network access, so even an escaping bug elsewhere could not run injected script.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import math
import os
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from graph._atomic import atomic_write_text
from graph.views.filters import DEFAULT_MAX_NODES, prune, prune_notice

__all__ = [
    "NODE_STYLE",
    "notebook_html",
    "render_html",
    "stabilization_iterations",
    "write_html",
]

#: Per node type: fill colour, border colour, vis-network shape and the legend label.
#: Tableau-10 hues: distinguishable for most colour-vision deficiencies and print well.
NODE_STYLE: dict[str, dict[str, str]] = {
    "person": {"color": "#4e79a7", "border": "#2e4a66", "shape": "dot", "legend": "Person"},
    "role": {"color": "#f28e2b", "border": "#a85d14", "shape": "box", "legend": "Role"},
    "country": {"color": "#59a14f", "border": "#37652f", "shape": "diamond", "legend": "Country"},
    "organization": {
        "color": "#b07aa1",
        "border": "#6f4a65",
        "shape": "square",
        "legend": "Organization",
    },
    "place": {"color": "#9d9d9d", "border": "#5f5f5f", "shape": "triangle", "legend": "Place"},
}

# Nodes of a type we do not know still need a look; it is not shown in the legend.
_FALLBACK_STYLE: dict[str, str] = {
    "color": "#bab0ac",
    "border": "#6e6764",
    "shape": "ellipse",
    "legend": "Other",
}

_VIS_SUBDIR = ("templates", "lib", "vis-9.1.2")

# Node radius in pixels: sqrt so one very frequent person does not dwarf everyone else.
_SIZE_MIN = 10.0
_SIZE_MAX = 40.0
_SIZE_BASE = 8.0
_SIZE_PER_SQRT_MENTION = 5.0

# Long names clutter the canvas; the tooltip and search still use the full text.
_MAX_LABEL_CHARS = 48
_MAX_EVIDENCE = 3
_MAX_SENTENCE_CHARS = 300
_MAX_DOCS_LISTED = 5
_MAX_LISTED = 6

# Icons for the legend, one per vis-network shape; drawn in a 16x16 box.
_LEGEND_ICON: dict[str, str] = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "ellipse": '<ellipse cx="8" cy="8" rx="7" ry="5"/>',
    "box": '<rect x="1" y="4" width="14" height="8" rx="2"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangle": '<polygon points="8,1 15,14 1,14"/>',
}


# --------------------------------------------------------------------------------------
# vis-network assets
# --------------------------------------------------------------------------------------


def _pyvis_dir() -> Path:
    # find_spec locates the package without importing it (pyvis imports IPython & jinja2).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed; it provides the vis-network files")
    return Path(next(iter(spec.submodule_search_locations)))


def _js_escape(match: re.Match[str]) -> str:
    # UTF-16 code units: \uXXXX means the same character in JS strings, regexes,
    # identifiers and comments, which is where the bundle has non-ASCII text.
    data = match.group(0).encode("utf-16-be")
    return "".join(
        f"\\u{int.from_bytes(data[i : i + 2], 'big'):04x}" for i in range(0, len(data), 2)
    )


def _css_escape(match: re.Match[str]) -> str:
    # Six hex digits end a CSS escape without needing a trailing space.
    return f"\\{ord(match.group(0)):06x}"


def _inline_safe(text: str, closing_tag: str) -> str:
    """Prepare a bundled asset for inlining in a ``<script>``/``<style>`` element."""
    # The HTML parser normalises newlines before the browser hashes a script for the CSP.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # The .map file is not shipped; a dangling reference only produces 404s in devtools.
    text = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", text)
    # Keeps the page free of URLs. "\/" means "/" in JS strings, regexes and comments and
    # in CSS strings, which are the only places these appear (licence headers, SVG xmlns).
    text = text.replace("http://", "http:\\/\\/").replace("https://", "https:\\/\\/")
    # Pure ASCII makes the page immune to how the host decodes it (a notebook or a file
    # opened without charset); otherwise the CSP hashes and the text could go wrong.
    text = re.sub(r"[^\x00-\x7f]", _js_escape if closing_tag == "script" else _css_escape, text)
    lowered = text.lower()
    if f"</{closing_tag}" in lowered or "<!--" in lowered:
        # Would end the element early or switch the HTML tokenizer's script state.
        raise RuntimeError(f"bundled asset cannot be inlined in <{closing_tag}> safely")
    return text


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """Return the inline-safe vis-network (JavaScript, CSS) shipped with pyvis."""
    base = _pyvis_dir().joinpath(*_VIS_SUBDIR)
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    return _inline_safe(js, "script"), _inline_safe(css, "style")


# --------------------------------------------------------------------------------------
# graph -> JSON payload
# --------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    """Coerce an attribute to ``str``, replacing lone surrogates so UTF-8 output works."""
    return str(value).encode("utf-8", "replace").decode("utf-8")


def _string_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    try:
        return [_text(v) for v in value if v is not None and str(v).strip()]
    except TypeError:
        return [_text(value)]


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _style(node_type: str) -> dict[str, str]:
    return NODE_STYLE.get(node_type, _FALLBACK_STYLE)


def _node_size(mentions: int) -> float:
    size = _SIZE_BASE + _SIZE_PER_SQRT_MENTION * math.sqrt(max(mentions, 0))
    return round(min(max(size, _SIZE_MIN), _SIZE_MAX), 1)


def _label(G: nx.MultiDiGraph, node: Any) -> str:
    return _text(G.nodes[node].get("label") or node)


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _evidence_lines(evidence: Any, seen: set[tuple[str, str]], limit: int) -> list[str]:
    """Format up to ``limit`` not-yet-seen evidence sentences as tooltip lines."""
    lines: list[str] = []
    if not isinstance(evidence, (list, tuple)):
        return lines
    for item in evidence:
        if len(lines) >= limit:
            break
        if not isinstance(item, dict):
            continue
        sentence = _truncate(_text(item.get("sentence") or ""), _MAX_SENTENCE_CHARS)
        if not sentence:
            continue
        doc = _text(item.get("doc") or "?")
        if (doc, sentence) in seen:
            continue
        seen.add((doc, sentence))
        field = item.get("field")
        where = f"{doc}, {_text(field)}" if field else doc
        lines.append(f"• “{sentence}” [{where}]")
    return lines


def _edge_iter(G: nx.Graph, node: Any | None = None, *, incoming: bool = False):
    """Yield ``(u, v, relation, data)``, for the whole graph or one node's edges."""
    multi = G.is_multigraph()
    if node is None:
        edges = G.edges(keys=True, data=True) if multi else G.edges(data=True)
    elif incoming and G.is_directed():
        edges = G.in_edges(node, keys=True, data=True) if multi else G.in_edges(node, data=True)
    else:
        edges = G.edges(node, keys=True, data=True) if multi else G.edges(node, data=True)
    for edge in edges:
        if multi:
            u, v, key, data = edge
        else:
            (u, v, data), key = edge, None
        relation = data.get("relation") or key or "related_to"
        yield u, v, _text(relation), data


def _neighbours(G: nx.MultiDiGraph, node: Any, relation: str) -> list[Any]:
    """Targets of ``relation`` edges out of ``node``, in edge order, each once."""
    targets = (v for _u, v, rel, _d in _edge_iter(G, node) if rel == relation and v != node)
    return list(dict.fromkeys(targets))


def _listing(items: Any, limit: int = _MAX_LISTED) -> str:
    """Comma-separated, each once, with "(+N more)" past ``limit``."""
    unique = list(dict.fromkeys(items))
    more = len(unique) - limit
    return ", ".join(unique[:limit]) + (f" (+{more} more)" if more > 0 else "")


def _country_name(G: nx.MultiDiGraph, code: Any) -> str:
    code_text = _text(code)
    if code_text.startswith("country:"):
        code_text = code_text.split(":", 1)[1]
    node = G.nodes.get(f"country:{code_text}")
    if node and node.get("label") and _text(node["label"]) != code_text:
        return f"{_text(node['label'])} ({code_text})"
    return code_text


def _node_tooltip(G: nx.MultiDiGraph, node: Any) -> str:
    attrs = G.nodes[node]
    node_type = _text(attrs.get("type") or "unknown")
    lines = [_label(G, node), f"type: {node_type}"]
    aliases = _string_list(attrs.get("aliases"))
    if aliases:
        lines.append("aliases: " + ", ".join(aliases))
    if node_type == "person":
        roles = _neighbours(G, node, "holds_role")
        countries = _neighbours(G, node, "affiliated_with") + [
            _text(G.nodes[r].get("country")) for r in roles if G.nodes[r].get("country")
        ]
        if countries:
            lines.append("countries: " + _listing(_country_name(G, c) for c in countries))
        if roles:
            lines.append("roles: " + _listing(_label(G, r) for r in roles))
        orgs = _neighbours(G, node, "member_of")
        if orgs:
            lines.append("organizations: " + _listing(_label(G, o) for o in orgs))
    if node_type in ("organization", "place"):
        countries = _neighbours(G, node, "located_in")
        if countries:
            lines.append("country: " + _listing(_country_name(G, c) for c in countries))
    if node_type == "country" and attrs.get("code"):
        lines.append(f"code: {_text(attrs['code'])}")
    if node_type == "role":
        if attrs.get("country"):
            lines.append(f"country: {_country_name(G, attrs['country'])}")
        if attrs.get("organization"):
            lines.append(f"organization: {_text(attrs['organization'])}")
    docs = _string_list(attrs.get("docs"))
    mentions = _int(attrs.get("mentions"))
    if mentions or docs:
        lines.append(f"mentions: {mentions} in {len(docs)} document(s)")
    if docs:
        shown = ", ".join(docs[:_MAX_DOCS_LISTED])
        more = len(docs) - _MAX_DOCS_LISTED
        lines.append("documents: " + shown + (f" (+{more} more)" if more > 0 else ""))

    evidence: list[str] = []
    seen: set[tuple[str, str]] = set()
    for incoming in (False, True):
        for _u, _v, _rel, data in _edge_iter(G, node, incoming=incoming):
            if len(evidence) >= _MAX_EVIDENCE:
                break
            evidence += _evidence_lines(data.get("evidence"), seen, _MAX_EVIDENCE - len(evidence))
        if not G.is_directed():
            break
    if evidence:
        lines.append("evidence:")
        lines += evidence
    return "\n".join(lines)


def _edge_tooltip(G: nx.MultiDiGraph, u: Any, v: Any, relation: str, data: dict) -> str:
    lines = [f"{_label(G, u)} —{relation}→ {_label(G, v)}"]
    lines += _evidence_lines(data.get("evidence"), set(), _MAX_EVIDENCE)
    return "\n".join(lines)


def _smooth_settings(G: nx.MultiDiGraph, edge_list: list[tuple[Any, Any]]) -> list[Any]:
    """Give parallel/opposite edges between one node pair distinct curves.

    Straight lines for single edges; otherwise alternate sides with growing roundness.
    Static curve types are used because "dynamic" curves rely on physics, which the page
    turns off once the layout has settled.
    """
    by_pair: dict[frozenset, list[int]] = defaultdict(list)
    for i, (u, v) in enumerate(edge_list):
        by_pair[frozenset((u, v))].append(i)
    smooth: list[Any] = [False] * len(edge_list)
    for indices in by_pair.values():
        if len(indices) < 2:
            continue
        first_u = edge_list[indices[0]][0]
        for rank, i in enumerate(indices):
            u, v = edge_list[i]
            if u == v:
                continue  # self-loops are drawn as loops regardless
            # rank 0 straight, then +1, -1, +2, -2 ... steps to either side.
            step = (rank + 1) // 2 * (1 if rank % 2 else -1)
            if step == 0:
                continue
            # "Clockwise" is relative to the edge direction, so flip for reversed edges.
            clockwise = (step > 0) == (u == first_u)
            smooth[i] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.25 * abs(step), 2),
            }
    return smooth


def _payload(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Build the vis-network node/edge records (plain data, no markup)."""
    index: dict[Any, int] = {}
    nodes: list[dict[str, Any]] = []
    for i, (node, attrs) in enumerate(G.nodes(data=True)):
        # Integer vis ids: str(node) could collide (1 vs "1") and ids never reach the DOM.
        index[node] = i
        node_type = _text(attrs.get("type") or "unknown")
        style = _style(node_type)
        size = _node_size(_int(attrs.get("mentions"), 1))
        name = _label(G, node)
        record: dict[str, Any] = {
            "id": i,
            "key": _text(node),
            "type": node_type,
            "name": name,
            "label": _truncate(name, _MAX_LABEL_CHARS),
            "aliases": _string_list(attrs.get("aliases")),
            "title": _node_tooltip(G, node),
            "shape": style["shape"],
            "size": size,
            "color": {
                "background": style["color"],
                "border": style["border"],
                "highlight": {"background": style["color"], "border": "#111111"},
                "hover": {"background": style["color"], "border": "#111111"},
            },
        }
        if style["shape"] in ("box", "ellipse"):
            # These shapes size themselves to their label; grow the text instead. The
            # label sits on the fill here, so the white halo used elsewhere only blurs it.
            record["font"] = {"size": round(15 + (size - _SIZE_MIN) / 4, 1), "strokeWidth": 0}
        nodes.append(record)

    raw_edges = list(_edge_iter(G))
    smooth = _smooth_settings(G, [(u, v) for u, v, _r, _d in raw_edges])
    edges = [
        {
            "id": i,
            "from": index[u],
            "to": index[v],
            "label": relation,
            "title": _edge_tooltip(G, u, v, relation, data),
            "smooth": smooth[i],
        }
        for i, (u, v, relation, data) in enumerate(raw_edges)
    ]
    return {"nodes": nodes, "edges": edges}


def _script_json(value: Any) -> str:
    """Serialise ``value`` as JSON that cannot end or confuse the enclosing ``<script>``."""
    # ensure_ascii also escapes U+2028/U+2029 and keeps lone surrogates encodable.
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --------------------------------------------------------------------------------------
# page
# --------------------------------------------------------------------------------------

# Layout: see stabilization_iterations and _layout_settings.
_MAX_ITERATIONS = 500
_MIN_ITERATIONS = 50
# node-iterations: 1,500 nodes get 100 iterations (about 1.5 s), 300 nodes all 500.
_ITERATION_BUDGET = 150_000
_SMALL_GRAPH = 50


def _layout_settings(n_nodes: int) -> dict[str, Any]:
    """Physics for vis-network's forceAtlas2 solver, by graph size.

    A handful of nodes gets room for its edge labels; past :data:`_SMALL_GRAPH` nodes,
    isolated nodes (many, in news graphs) are pulled in and nodes kept further apart, so
    the whole graph fits the window with labels still readable.
    """
    small = n_nodes <= _SMALL_GRAPH
    return {
        "iterations": stabilization_iterations(n_nodes),
        "repulsion": -70 if small else -90,
        "centralGravity": 0.01 if small else 0.02,
        "avoidOverlap": 0.5 if small else 1,
    }


def stabilization_iterations(n_nodes: int) -> int:
    """Layout iterations vis-network runs before the page draws and freezes the graph.

    Each iteration costs time in proportion to the nodes (10 to 14 microseconds a node on
    this project's 2-core machine in headless Chromium), so big graphs get fewer and the
    layout takes at most about 1.5 s up to 1,500 nodes. 500 iterations settle small graphs
    fully; for the 1,500 most mentioned BBC nodes, 100 give the same picture as 500 (which
    take 10 s).
    """
    if n_nodes <= 0:
        return _MAX_ITERATIONS
    return max(_MIN_ITERATIONS, min(_MAX_ITERATIONS, round(_ITERATION_BUDGET / n_nodes)))


_PAGE_CSS = """
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; background: #fff; color: #222;
  font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 18px;
  padding: 8px 14px; border-bottom: 1px solid #e2e2e2; background: #fafafa; }
header h1 { font-size: 17px; margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.stats { color: #666; font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding: 0;
  list-style: none; }
.legend li { display: flex; align-items: center; gap: 5px; font-size: 13px; }
.legend svg { width: 16px; height: 16px; flex: none; }
.search { margin-left: auto; display: flex; align-items: center; gap: 6px; }
.search input { font: inherit; padding: 3px 8px; width: 12em; border: 1px solid #bbb;
  border-radius: 4px; }
.search output { color: #666; font-size: 12px; min-width: 5em; }
.notice { flex-basis: 100%; margin: 0; padding: 4px 10px; font-size: 13px;
  background: #fff4d6; border: 1px solid #f0d58c; border-radius: 4px; color: #5c4400; }
#stage { flex: 1 1 auto; position: relative; min-height: 320px; }
#graph { position: absolute; inset: 0; overflow: hidden; }
#layout-status { position: absolute; top: 45%; left: 0; right: 0; margin: 0;
  text-align: center; color: #777; pointer-events: none; }
#details { position: absolute; top: 10px; right: 10px; width: min(440px, 45%);
  max-height: calc(100% - 20px); overflow: auto; box-sizing: border-box; padding: 8px 12px;
  background: #fffef6; border: 1px solid #d8d2b8; border-radius: 6px;
  box-shadow: 0 2px 10px rgba(0, 0, 0, .12); }
#details pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 12px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
#details button { float: right; margin: -4px -6px 0 6px; border: 0; background: none;
  font-size: 18px; line-height: 1; cursor: pointer; color: #666; }
[hidden] { display: none !important; }
div.vis-tooltip { white-space: pre-wrap; max-width: 460px; font: 12px/1.4 system-ui,
  -apple-system, "Segoe UI", Roboto, Arial, sans-serif; background: #fffef6; color: #222; }
"""

# Reads the JSON blob and only ever hands data to vis-network or to textContent/value.
_APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var container = document.getElementById("graph");
  var layoutStatus = document.getElementById("layout-status");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var options = {
    nodes: {
      borderWidth: 1.5,
      font: { size: 18, face: "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif",
              color: "#1d1d1d", strokeWidth: 3, strokeColor: "#ffffff" }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      color: { color: "#a3acb6", highlight: "#333333", hover: "#555555" },
      width: 1.2,
      font: { size: 10, color: "#5a5a5a", strokeWidth: 3, strokeColor: "#ffffff",
              align: "middle" },
      smooth: false
    },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: data.layout.repulsion,
                          centralGravity: data.layout.centralGravity, springLength: 130,
                          springConstant: 0.06, avoidOverlap: data.layout.avoidOverlap },
      // Iterations are capped by graph size (see stabilization_iterations); small batches
      // hand the tab back to the browser between them, so it never freezes.
      stabilization: { enabled: true, iterations: data.layout.iterations, updateInterval: 10,
                       fit: true }
    },
    interaction: { hover: true, tooltipDelay: 120, keyboard: false, multiselect: false,
                   hideEdgesOnDrag: data.nodes.length > 500 },
    // Fixed seed: the same graph gets the same picture on every load.
    layout: { randomSeed: 7, improvedLayout: data.nodes.length <= 200 }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.newsgraphNetwork = network;

  // What the page drew, as attributes on #graph, for tests and benchmarks: nodes inside
  // the visible canvas, canvas pixels painted, and when it became interactive.
  function nodesOnScreen() {
    var positions = network.getPositions();
    var width = container.clientWidth, height = container.clientHeight, count = 0;
    Object.keys(positions).forEach(function (id) {
      var p = network.canvasToDOM(positions[id]);
      if (isFinite(p.x) && isFinite(p.y) && p.x >= 0 && p.y >= 0 && p.x <= width &&
          p.y <= height) { count++; }
    });
    return count;
  }
  function paintedPixels() {
    var canvas = container.querySelector("canvas");
    if (!canvas || !canvas.width || !canvas.height) { return 0; }
    var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    var count = 0;
    for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { count++; } }
    return count;
  }
  function markReady() {
    container.setAttribute("data-ready-ms", String(Math.round(performance.now())));
    container.setAttribute("data-drawn-nodes", String(nodesOnScreen()));
    container.setAttribute("data-painted-pixels", String(paintedPixels()));
    container.setAttribute("data-stabilized", "true");
  }
  network.on("stabilizationProgress", function (p) {
    layoutStatus.textContent = "Laying out the graph\u2026 " +
      Math.round(100 * p.iterations / p.total) + "%";
  });
  // Freeze the layout once settled so the picture stops drifting; nodes stay draggable.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    network.fit();
    network.once("afterDrawing", function () {
      layoutStatus.hidden = true;
      markReady();
    });
    network.redraw();
  });
  if (!data.nodes.length) {
    // No layout runs, so no event would ever end the "laying out" message.
    layoutStatus.textContent = "Nothing to draw: the graph is empty, or the filters left " +
      "no node.";
    markReady();
  }

  // The selected node's (or edge's) tooltip text stays readable in a panel.
  var details = document.getElementById("details");
  var detailsText = document.getElementById("details-text");
  function showDetails(record) {
    if (!record) { details.hidden = true; return; }
    detailsText.textContent = record.title;
    details.hidden = false;
  }
  document.getElementById("details-close").addEventListener("click", function () {
    network.unselectAll();
    details.hidden = true;
  });
  network.on("select", function (params) {
    if (params.nodes.length) { showDetails(nodes.get(params.nodes[0])); }
    else if (params.edges.length) { showDetails(edges.get(params.edges[0])); }
    else { showDetails(null); }
  });

  var list = document.getElementById("node-labels");
  var seen = Object.create(null);
  data.nodes.forEach(function (n) {
    if (seen[n.name]) { return; }
    seen[n.name] = true;
    var option = document.createElement("option");
    option.value = n.name;
    list.appendChild(option);
  });

  var input = document.getElementById("search");
  var status = document.getElementById("search-status");
  var matches = [];
  var current = -1;
  function haystack(n) {
    return [n.name].concat(n.aliases || []).join("\n").toLowerCase();
  }
  function show(i) {
    if (!matches.length) { return; }
    current = (i + matches.length) % matches.length;
    var id = matches[current];
    network.selectNodes([id]);
    showDetails(nodes.get(id));
    network.focus(id, { scale: Math.max(network.getScale(), 1.1),
                        animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    status.textContent = (current + 1) + " / " + matches.length;
  }
  function find() {
    var q = input.value.trim().toLowerCase();
    matches = [];
    current = -1;
    if (!q) { network.unselectAll(); showDetails(null); status.textContent = ""; return; }
    data.nodes.forEach(function (n) {
      if (haystack(n).indexOf(q) !== -1) { matches.push(n.id); }
    });
    if (matches.length) { show(0); }
    else { network.unselectAll(); showDetails(null); status.textContent = "no match"; }
  }
  input.addEventListener("input", find);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); show(current + (event.shiftKey ? -1 : 1)); }
  });
  // page.html#Tony%20Blair opens with that node found and selected.
  if (location.hash.length > 1) {
    try { input.value = decodeURIComponent(location.hash.slice(1)); } catch (e) { input.value = ""; }
    if (input.value) { network.once("stabilizationIterationsDone", find); }
  }
})();
"""

# Placeholders are substituted in a single pass, so inserted content is never re-scanned.
_PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="@@CSP@@">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>@@PAGE_CSS@@</style>
</head>
<body>
<header>
<h1>@@TITLE@@</h1>
<span class="stats">@@STATS@@</span>
<ul class="legend" id="legend" aria-label="Node types">@@LEGEND@@</ul>
<div class="search">
<input id="search" type="search" list="node-labels" placeholder="Find a node&hellip;" \
autocomplete="off" aria-label="Find a node by name">
<output id="search-status" for="search"></output>
<datalist id="node-labels"></datalist>
</div>
@@NOTICE@@</header>
<main id="stage">
<div id="graph" data-node-count="@@NODE_COUNT@@" data-edge-count="@@EDGE_COUNT@@" \
data-total-nodes="@@TOTAL_NODES@@"></div>
<p id="layout-status" role="status">Laying out the graph&hellip;</p>
<aside id="details" aria-label="Selected node" hidden>\
<button type="button" id="details-close" aria-label="Close">&times;</button>\
<pre id="details-text"></pre></aside>
</main>
<script type="application/json" id="graph-data">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>@@APP_JS@@</script>
</body>
</html>
"""


def _legend_html() -> str:
    items = []
    for style in NODE_STYLE.values():
        icon = _LEGEND_ICON.get(style["shape"], _LEGEND_ICON["dot"])
        items.append(
            '<li><svg viewBox="0 0 16 16" aria-hidden="true" '
            f'fill="{html.escape(style["color"])}" stroke="{html.escape(style["border"])}" '
            f'stroke-width="1.2">{icon}</svg>{html.escape(style["legend"])}</li>'
        )
    return "".join(items)


def _ascii_html(value: Any) -> str:
    """HTML-escape ``value`` for text or a quoted attribute, as pure ASCII."""
    return html.escape(_text(value), quote=True).encode("ascii", "xmlcharrefreplace").decode()


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _filters_summary(view: dict[str, Any]) -> str:
    """The filters a view was made with, as one short phrase ("country GBR, 3+ mentions")."""
    filters = view.get("filters") or {}
    parts = []
    if "person" in filters:
        parts.append(f"{_text(filters['person'])} and {_int(filters.get('radius'), 1)} step(s) "
                     "around")
    if "country" in filters:
        parts.append(f"country {_text(filters['country'])}")
    if "types" in filters:
        wanted = _string_list(filters["types"])
        order = list(NODE_STYLE)
        wanted.sort(key=lambda t: (order.index(t) if t in order else len(order), t))
        parts.append("only " + ", ".join(wanted))
    if "min_mentions" in filters:
        parts.append(f"{_int(filters['min_mentions'])}+ mentions")
    return "; ".join(parts)


def render_html(
    G: nx.MultiDiGraph, *, title: str = "newsgraph", max_nodes: int | None = DEFAULT_MAX_NODES
) -> str:
    """Render ``G`` as a self-contained HTML page (no external resources).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The knowledge graph, whole or as :func:`graph.views.filters.filter_graph` cut it;
        node and edge attributes as produced by newsgraph. Other networkx graph classes
        work too.
    title : str, optional
        Page title and visible heading; HTML-escaped.
    max_nodes : int or None, optional
        A graph with more nodes is cut to the most mentioned (with a notice on the page and
        a :class:`~graph.views.filters.GraphPrunedWarning`); None draws every node.

    Returns
    -------
    str
        The complete HTML document, with vis-network's JavaScript and CSS inlined.
    """
    G = prune(G, max_nodes)
    vis_js, vis_css = _vis_assets()
    payload = _payload(G)
    payload["layout"] = _layout_settings(G.number_of_nodes())
    safe_title = _ascii_html(title)
    n_nodes, n_edges = G.number_of_nodes(), G.number_of_edges()
    view = G.graph.get("view") if isinstance(G.graph.get("view"), dict) else {}
    total = max(_int(view.get("total_nodes"), n_nodes), n_nodes)
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(_APP_JS)}",
            # vis-network positions its tooltip and canvas through inline styles.
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    stats = f"{n_nodes:,} nodes &middot; {n_edges:,} edges"
    summary = _filters_summary(view)
    if summary:
        stats += " &middot; " + _ascii_html(summary)
    notice = ""
    if view.get("pruned"):
        notice = (
            '<p class="notice" id="notice" role="status">'
            f"{_ascii_html(_sentence(prune_notice(n_nodes, total)))}</p>\n"
        )
    parts = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": safe_title,
        "VIS_CSS": vis_css,
        "PAGE_CSS": _PAGE_CSS,
        "STATS": stats,
        "LEGEND": _legend_html(),
        "NOTICE": notice,
        "NODE_COUNT": str(n_nodes),
        "EDGE_COUNT": str(n_edges),
        "TOTAL_NODES": str(total),
        "DATA": _script_json(payload),
        "VIS_JS": vis_js,
        "APP_JS": _APP_JS,
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _PAGE_TEMPLATE)


def write_html(
    G: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    title: str = "newsgraph",
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> Path:
    """Write :func:`render_html` output to ``path`` atomically.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The knowledge graph.
    path : str or os.PathLike
        Destination file; parent folders are created. An existing file is replaced only
        once the new page is completely written.
    title : str, optional
        Page title and visible heading.
    max_nodes : int or None, optional
        As in :func:`render_html`.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    return atomic_write_text(path, render_html(G, title=title, max_nodes=max_nodes))


def notebook_html(
    G: nx.MultiDiGraph,
    *,
    title: str = "newsgraph",
    height: int = 600,
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> str:
    """Return an ``<iframe srcdoc=...>`` embedding the page, for Jupyter output.

    The iframe sits in a ``<div>``: IPython warns about bare iframes (suggesting ``IFrame``,
    which needs a URL, where a notebook has no server-side file to point at).

    Works in JupyterLab, the classic notebook and VS Code (where ``pyvis``'s ``show()``
    renders blank). Display it with ``IPython.display.HTML(notebook_html(G))``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The knowledge graph.
    title : str, optional
        Page title and visible heading.
    height : int, optional
        Iframe height in pixels (at least 200).
    max_nodes : int or None, optional
        As in :func:`render_html`.

    Returns
    -------
    str
        ``<div>`` holding one ``<iframe>`` whose ``srcdoc`` is the HTML-escaped page.
    """
    page = render_html(G, title=title, max_nodes=max_nodes)
    px = max(_int(height, 600), 200)
    # sandbox without allow-same-origin: a srcdoc frame would otherwise share the
    # notebook's origin (and its server token) with script running on untrusted data.
    return (
        f'<div class="newsgraph"><iframe title="{_ascii_html(title)}" '
        f'srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
        f'style="width: 100%; height: {px}px; border: 1px solid #ddd;"></iframe></div>'
    )
