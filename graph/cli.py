"""The ``newsgraph`` command line: each command parses arguments and calls one library function."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import queries
from .errors import NewsgraphError
from .pipeline import DEFAULT_MODEL
from .queries import role_label
from .views.filters import DEFAULT_MAX_NODES, GraphPrunedWarning

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into a knowledge graph of people, their roles and countries.",
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
GraphArg = Annotated[Path, typer.Argument(help="A graph file written by `newsgraph build`.")]


def _fail(exc: Exception) -> None:
    err.print(f"[red]error:[/red] {escape(str(exc))}")
    raise typer.Exit(2)


def _load(path: Path):
    from .kg import load_graph

    try:
        return load_graph(path)
    except NewsgraphError as exc:
        _fail(exc)


def _write(action, path: Path) -> None:
    """Run a file write; a path that cannot be written is an error message, not a traceback."""
    try:
        action()
    except OSError as exc:
        _fail(Exception(f"{path}: cannot write ({exc.strerror or exc})"))


def _write_page(action, path: Path) -> None:
    """Write an HTML page; a page cut to the node limit says so as a warning line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", GraphPrunedWarning)
        _write(action, path)
    for warning in caught:
        err.print(f"[yellow]warning:[/yellow] {escape(str(warning.message))}")
    err.print(f"wrote {escape(str(path))}")


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]
SinceOpt = Annotated[str | None, typer.Option(
    "--since", help="Only documents dated on or after this (YYYY-MM-DD, YYYY-MM or YYYY); "
    "undated documents are left out.")]
UntilOpt = Annotated[str | None, typer.Option(
    "--until", help="Only documents dated on or before this (YYYY-MM-DD, YYYY-MM or YYYY); "
    "undated documents are left out.")]
NameArg = Annotated[str, typer.Argument(help="A person's name or alias (typos are forgiven).")]


def _one_format(as_json: bool, as_csv: bool) -> None:
    if as_json and as_csv:
        _fail(Exception("choose one of --json and --csv"))


def _ask(query):
    """Run a query; a bad argument or an unknown name is a message, not a traceback."""
    try:
        return query()
    except (ValueError, NewsgraphError) as exc:
        _fail(exc)


def _cell(value) -> str:
    import pandas as pd

    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _emit(records, frame, title: str, *, as_json: bool, as_csv: bool) -> None:
    """Print a listing: JSON records, CSV of the table, or the table itself."""
    if as_json:
        _print_json(records)
    elif as_csv:
        frame.to_csv(sys.stdout, index=False)
    else:
        table = Table(title=escape(title))
        for column in frame.columns:
            cells = [_cell(v) for v in frame[column]]
            widest = max([len(str(column)), *map(len, cells)])
            # short columns (codes, dates, counts) never break; long text folds rather than
            # ending in "…", which would cut a name or a sentence short
            if widest <= 12:
                table.add_column(escape(str(column)), no_wrap=True, min_width=widest)
            else:
                word = max(len(w) for text in [str(column), *cells] for w in text.split() or [""])
                table.add_column(escape(str(column)), overflow="fold", min_width=min(word, 20))
        for row in frame.itertuples(index=False):
            table.add_row(*(escape(_cell(v)) for v in row))
        out.print(table)


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help=".txt, .html, .jsonl files or folders.")],
    output: Annotated[Path | None, typer.Option("-o", "--output",
                                                help="Graph file to write (JSON).")] = None,
    update: Annotated[Path | None, typer.Option(
        "--update", help="Add to this graph (same id and content: skipped); written back "
        "unless -o is given.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Also write an HTML page.")] = None,
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline.")] = DEFAULT_MODEL,
    workers: Annotated[int, typer.Option("--workers", min=1,
                                         help="Processes to run the pipeline in.")] = 1,
) -> None:
    """Build a graph from articles. Unreadable inputs are reported and skipped (exit code 1)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .build import build_graph
    from .kg import KnowledgeGraph

    output = output or update
    if output is None:
        _fail(Exception("say where to write the graph: -o GRAPH.json (or --update GRAPH.json)"))
    kg = _load(update) if update else KnowledgeGraph()
    before = len(kg.documents)
    columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("build", total=None)
        try:
            kg = build_graph([str(p) for p in inputs], model=model, kg=kg, workers=workers,
                             on_document=lambda _doc: progress.advance(task))
        except NewsgraphError as exc:
            _fail(exc)
    for item in kg.skipped:
        err.print(f"[yellow]skipped[/yellow] {escape(str(item))}")
    added = len(kg.documents) - before
    if not kg.documents:
        err.print("[red]error:[/red] no article could be read; nothing written")
        raise typer.Exit(2)
    _write(lambda: kg.save(output), output)
    c = kg.counts()
    unchanged = f" ({kg.unchanged} unchanged, skipped)" if kg.unchanged else ""
    err.print(
        f"built {escape(str(output))}: {c['documents']} documents (+{added}){unchanged}, "
        f"{c['person']} people, {c['role']} roles, {c['country']} countries, "
        f"{c['organization']} organisations, {c['place']} places, {c['edges']} edges"
    )
    if html:
        _write_page(lambda: kg.to_html(html), html)
    if kg.skipped:
        err.print(f"[yellow]{len(kg.skipped)} input(s) skipped[/yellow] (listed above)")
        raise typer.Exit(1)


@app.command()
def people(
    graph: GraphArg,
    country: Annotated[str | None, typer.Option(help="Country code or name.")] = None,
    role: Annotated[str | None, typer.Option(help="Text in a role title.")] = None,
    organization: Annotated[str | None, typer.Option(
        help="Text in the name of an organisation they belong to or hold a role in.")] = None,
    text: Annotated[str | None, typer.Option(help="Text in the name or an alias.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """List the people in a graph: who's who with roles, countries and organisations."""
    from .kg import people_frame

    _one_format(as_json, as_csv)
    kg = _load(graph)
    records = _ask(lambda: kg.people_records(country=country, role=role,
                                             organization=organization, text=text,
                                             since=since, until=until))
    if as_json or as_csv:
        _emit(records, people_frame(records), "", as_json=as_json, as_csv=as_csv)
        return
    table = Table(title=f"{len(records)} people")
    for col in ("name", "countries", "roles", "organizations", "docs"):
        table.add_column(col)
    for r in records:
        table.add_row(
            escape(r["name"]),
            ", ".join(c["code"] for c in r["countries"]),
            escape("; ".join(role_label(x) for x in r["roles"])),
            escape(", ".join(o["name"] for o in r["organizations"])),
            str(len(r["docs"])),
        )
    out.print(table)


@app.command()
def person(graph: GraphArg, name: NameArg, since: SinceOpt = None, until: UntilOpt = None,
           as_json: JsonOpt = False) -> None:
    """One person's roles, countries and organisations, with the sentences that say so."""
    kg = _load(graph)
    profile = _ask(lambda: kg.person(name, since=since, until=until))
    if as_json:
        _print_json(profile)
        return
    out.print(f"[bold]{escape(profile['name'])}[/bold]")
    if profile["aliases"]:
        out.print(f"also: {escape(', '.join(profile['aliases']))}")
    out.print(f"documents: {escape(', '.join(profile['docs']))}")
    if profile.get("first_seen"):
        out.print(f"seen: {profile['first_seen']} to {profile['last_seen']}")
    sections = (
        ("roles", profile["roles"], role_label),
        ("countries", profile["countries"], lambda c: f"{c['name']} ({c['code']})"),
        ("organisations", profile["organizations"], lambda o: o["name"]),
    )
    for heading, items, label in sections:
        if not items:
            continue
        out.print(f"\n[bold]{heading}[/bold]")
        for item in items:
            out.print(f"  {escape(label(item))}")
            for ev in item["evidence"]:
                out.print(f"    [dim]{escape(ev['doc'])}[/dim]: {escape(ev['sentence'])}")


@app.command()
def roles(
    graph: GraphArg,
    country: Annotated[str | None, typer.Option(help="Country code or name.")] = None,
    title: Annotated[str | None, typer.Option(help="Text in the role title.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """Who held which position: one row per role and person holding it."""
    from .kg import roles_frame

    _one_format(as_json, as_csv)
    kg = _load(graph)
    records = _ask(lambda: queries.roles(kg.graph, country=country, title=title,
                                         since=since, until=until))
    _emit(records, roles_frame(records), f"{len(records)} roles held", as_json=as_json,
          as_csv=as_csv)


@app.command()
def countries(
    graph: GraphArg,
    top: Annotated[int, typer.Option(min=0, help="Most mentioned people to name.")] = 3,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """People per country, countries with most people first."""
    from .kg import countries_frame

    _one_format(as_json, as_csv)
    kg = _load(graph)
    records = _ask(lambda: queries.countries(kg.graph, top=top, since=since, until=until))
    _emit(records, countries_frame(records), f"{len(records)} countries", as_json=as_json,
          as_csv=as_csv)


@app.command()
def connections(
    graph: GraphArg,
    a: NameArg,
    b: NameArg,
    max_paths: Annotated[int, typer.Option("--max-paths", min=1,
                                           help="At most this many shortest paths.")] = 3,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """How two people are linked: the shortest chains of graph edges, with evidence.

    Exit code 1 when no chain of edges joins them.
    """
    from .kg import connections_frame

    _one_format(as_json, as_csv)
    kg = _load(graph)
    result = _ask(lambda: queries.connections(kg.graph, a, b, max_paths=max_paths,
                                              since=since, until=until))
    if as_json or as_csv:
        _emit(result, connections_frame(result), "", as_json=as_json, as_csv=as_csv)
    elif result["paths"]:
        n = len(result["paths"])
        out.print(f"[bold]{escape(result['from'])}[/bold] to [bold]{escape(result['to'])}"
                  f"[/bold]: {result['length']} hops, {n} shortest path{'s' * (n > 1)}")
        for i, path in enumerate(result["paths"], 1):
            out.print(f"\n[bold]path {i}[/bold]: "
                      + escape(" - ".join(node["label"] for node in path["nodes"])))
            for hop in path["hops"]:
                u, v = (hop["from"], hop["to"]) if hop["direction"] == "forward" \
                    else (hop["to"], hop["from"])
                out.print(f"  {escape(u)} --{hop['relation']}--> {escape(v)}")
                for ev in hop["evidence"][:3]:
                    out.print(f"    [dim]{escape(ev['doc'])}[/dim]: {escape(ev['sentence'])}")
                if len(hop["evidence"]) > 3:
                    out.print(f"    (+{len(hop['evidence']) - 3} more)")
    if not result["paths"]:
        err.print(f"no connection between {escape(result['from'])} and "
                  f"{escape(result['to'])} in this graph (only edges count; "
                  "`newsgraph comentions` lists people named in the same documents)")
        raise typer.Exit(1)


@app.command()
def comentions(
    graph: GraphArg,
    name: NameArg,
    limit: Annotated[int, typer.Option(min=1, help="At most this many people.")] = 20,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """Other people named in the same documents as NAME, most shared documents first."""
    from .kg import comentions_frame

    _one_format(as_json, as_csv)
    kg = _load(graph)
    records = _ask(lambda: queries.comentions(kg.graph, name, limit=limit, since=since,
                                              until=until))
    who = kg.graph.nodes[queries.find_person(kg.graph, name)]["label"]
    _emit(records, comentions_frame(records), f"{len(records)} people named with {who}",
          as_json=as_json, as_csv=as_csv)


@app.command()
def subgraph(
    graph: GraphArg,
    name: NameArg,
    radius: Annotated[int, typer.Option(min=0, help="Edges away from NAME, either way.")] = 2,
    since: SinceOpt = None,
    until: UntilOpt = None,
    html: Annotated[Path | None, typer.Option("--html", help="Also write an HTML page.")] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the subgraph as a newsgraph graph file (node-link JSON).")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print the node table as CSV.")] = False,
) -> None:
    """One person's neighbourhood: node and edge counts and a table of its nodes."""
    from .kg import nodes_frame
    from .readwrite import graph_to_json
    from .views.html import write_html

    _one_format(as_json, as_csv)
    kg = _load(graph)
    H = _ask(lambda: queries.subgraph(kg.graph, name, radius=radius, since=since, until=until))
    center = H.graph["center"]
    if html:
        title = f"newsgraph: {H.nodes[center]['label']} (radius {radius})"
        _write(lambda: write_html(H, html, title=title), html)
        err.print(f"wrote {escape(str(html))}")
    if as_json:
        sys.stdout.write(graph_to_json(H))
        return
    records = queries.node_table(H, center)
    title = (f"{H.nodes[center]['label']}, radius {radius}: {H.number_of_nodes()} nodes, "
             f"{H.number_of_edges()} edges")
    _emit(records, nodes_frame(records), title, as_json=False, as_csv=as_csv)


@app.command()
def search(
    graph: GraphArg,
    text: Annotated[str, typer.Argument(help="A name, perhaps misspelt or partial.")],
    limit: Annotated[int, typer.Option(min=1, help="At most this many matches.")] = 10,
    node_type: Annotated[str | None, typer.Option(
        "--type", help="Only 'person' or only 'organization'.")] = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """Fuzzy lookup of people's and organisations' names and aliases, best match first."""
    from .kg import search_frame

    _one_format(as_json, as_csv)
    if node_type not in (None, "person", "organization"):
        _fail(Exception(f"--type {node_type!r}: use 'person' or 'organization'"))
    kg = _load(graph)
    types = (node_type,) if node_type else ("person", "organization")
    records = queries.search(kg.graph, text, limit=limit, types=types)
    _emit(records, search_frame(records), f"{len(records)} matches for {text!r}",
          as_json=as_json, as_csv=as_csv)


@app.command()
def export(
    graph: GraphArg,
    html: Annotated[Path | None, typer.Option("--html", help="HTML page to write.")] = None,
    to: Annotated[str | None, typer.Option(
        "--to", help="File format: graphml, gexf, json or csv (Neo4j bulk import).")] = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File to write (a folder for csv).")] = None,
    title: Annotated[str, typer.Option(help="Page title.")] = "newsgraph",
    country: Annotated[str | None, typer.Option(
        help="Page: this country, the people tied to it and their roles and organisations "
        "(code or name).")] = None,
    person: Annotated[str | None, typer.Option(
        help="Page: this person's neighbourhood (name or alias, typos forgiven).")] = None,
    radius: Annotated[int | None, typer.Option(
        min=0, show_default="1", help="With --person: edges away from them, either way.")] = None,
    min_mentions: Annotated[int, typer.Option(
        "--min-mentions", min=0, help="Page: leave out nodes mentioned fewer times.")] = 0,
    types: Annotated[str | None, typer.Option(
        help="Page: only these node types, e.g. person,role,country.")] = None,
    max_nodes: Annotated[int, typer.Option(
        "--max-nodes", min=0, help="Page: at most this many nodes, the most mentioned "
        "(0: no limit; big pages lay out slowly).")] = DEFAULT_MAX_NODES,
) -> None:
    """Write a graph as an offline HTML page (--html) or as GraphML, GEXF, JSON or CSV.

    Page options narrow what the page shows; --to files are always the whole graph.
    """

    from .export import FORMATS, export_graph

    if not html and not to:
        _fail(Exception("say what to write: --html PAGE.html, or --to FORMAT -o PATH"))
    if to and (to.lower() not in FORMATS or output is None):
        _fail(Exception(f"--to takes one of {', '.join(FORMATS)}, with -o PATH"))
    page_options = {"--country": country, "--person": person, "--radius": radius,
                    "--types": types, "--min-mentions": min_mentions or None}
    given = [name for name, value in page_options.items() if value is not None]
    if given and not html:
        _fail(Exception(f"{', '.join(given)}: for the HTML page only; add --html PAGE.html"))
    if radius is not None and person is None:
        _fail(Exception("--radius goes with --person NAME"))
    kg = _load(graph)
    if html:
        filters = {"country": country, "person": person, "radius": 1 if radius is None else radius,
                   "min_mentions": min_mentions, "types": types, "max_nodes": max_nodes or None}
        _write_page(lambda: _ask(lambda: kg.to_html(html, title=title, **filters)), html)
    if to:
        written: list[Path] = []
        _write(lambda: written.extend(export_graph(kg.graph, to, output)), output)
        for path in written:
            err.print(f"wrote {escape(str(path))}")


def main() -> None:
    app()
