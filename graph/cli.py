"""The ``newsgraph`` command line: each command parses arguments and calls one library function."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .errors import NewsgraphError
from .pipeline import DEFAULT_MODEL
from .queries import role_label

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


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


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
        _write(lambda: kg.to_html(html), html)
        err.print(f"wrote {escape(str(html))}")
    if kg.skipped:
        err.print(f"[yellow]{len(kg.skipped)} input(s) skipped[/yellow] (listed above)")
        raise typer.Exit(1)


@app.command()
def people(
    graph: GraphArg,
    country: Annotated[str | None, typer.Option(help="Country code or name.")] = None,
    role: Annotated[str | None, typer.Option(help="Text in a role title.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the people in a graph: who's who with roles, countries and organisations."""
    kg = _load(graph)
    try:
        records = kg.people_records(country=country, role=role)
    except ValueError as exc:
        _fail(exc)
    if as_json:
        _print_json(records)
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
def person(graph: GraphArg, name: Annotated[str, typer.Argument(help="Name or alias.")],
           as_json: JsonOpt = False) -> None:
    """One person's roles, countries and organisations, with the sentences that say so."""
    kg = _load(graph)
    try:
        profile = kg.person(name)
    except NewsgraphError as exc:
        _fail(exc)
    if as_json:
        _print_json(profile)
        return
    out.print(f"[bold]{escape(profile['name'])}[/bold]")
    if profile["aliases"]:
        out.print(f"also: {escape(', '.join(profile['aliases']))}")
    out.print(f"documents: {escape(', '.join(profile['docs']))}")
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
def export(
    graph: GraphArg,
    html: Annotated[Path, typer.Option("--html", help="HTML page to write.")],
    title: Annotated[str, typer.Option(help="Page title.")] = "newsgraph",
) -> None:
    """Write a self-contained HTML page of a graph (works offline)."""
    kg = _load(graph)
    _write(lambda: kg.to_html(html, title=title), html)
    err.print(f"wrote {escape(str(html))}")


def main() -> None:
    app()
