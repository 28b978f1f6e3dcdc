"""CLI commands for browsing and looking: query, export, search, serve, metadata, render."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline.cli import _print_rows, _readonly, cli, db_option, output_format_option  # noqa: F401

QUERY_FORMATS = ("table", "csv", "json", "jsonl", "markdown")


def _exact_text(value: object) -> object:
    """Numbers as their exact digits (never 1.8e+12), other values unchanged.

    >>> _exact_text(1800000000000.0), _exact_text(2.5), _exact_text("1.8万亿元")
    ('1800000000000', '2.5', '1.8万亿元')
    """
    from pipeline.records import decimal_or_none, json_number

    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return str(json_number(decimal_or_none(value)))


def print_query_rows(rows: list[dict], fmt: str, columns: list[str]) -> None:
    """Rows in a format; tables keep whole amounts whole and right-align number columns."""
    if fmt not in ("table", "markdown"):
        _print_rows(rows, fmt, columns)
        return
    from tabulate import tabulate

    numeric = [
        all(isinstance(r.get(c), (int, float)) for r in rows if r.get(c) is not None)
        and any(r.get(c) is not None for r in rows)
        for c in columns
    ]
    table = [[_exact_text(r.get(c)) for c in columns] for r in rows]
    click.echo(tabulate(table, headers=columns, disable_numparse=True,
                        colalign=["right" if n else "left" for n in numeric] or None,
                        tablefmt="github" if fmt == "markdown" else "simple"))


def _looks_like_name(text: str) -> bool:
    """A named query's name (``targets-by-place``), not SQL (which has spaces)."""
    from pipeline.named_queries import _NAME

    return bool(_NAME.match(f"-- name: {text}")) and " " not in text


@cli.command()
@click.argument("sql_or_name", required=False)
@db_option
@output_format_option(*QUERY_FORMATS, default="table")
@click.option("-p", "--param", "params", multiple=True, type=(str, str),
              help="Parameter for :name in the SQL or named query (repeatable)")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit")
def query(sql_or_name: str | None, db_path: str, fmt: str, params: tuple[tuple[str, str], ...],
          list_queries: bool) -> None:
    """Run a named query or read-only SQL (SELECT only: the connection cannot write).

    \b
    Example:  chainpress query --list
              chainpress query targets-due-by --param year 2025 --format csv
              chainpress query "select currency, sum(amount) from money group by currency"
    """
    from pipeline.named_queries import QueryError, execute, get_query, load_queries, run_query
    from pipeline.search import register_functions

    if list_queries:
        rows = [{"name": q.name, "parameters": " ".join(f":{p}" for p in q.params),
                 "description": q.description} for q in load_queries().values()]
        print_query_rows(rows, fmt, ["name", "parameters", "description"])
        return
    if not sql_or_name:
        raise click.UsageError("give a named query or SQL (see: chainpress query --list)")
    conn = _readonly(db_path)
    register_functions(conn)
    try:
        if _looks_like_name(sql_or_name):
            columns, rows = run_query(conn, get_query(sql_or_name), dict(params))
        else:
            columns, rows = execute(conn, sql_or_name, dict(params))
    except QueryError as e:
        raise click.ClickException(str(e)) from e
    print_query_rows(rows, fmt, columns)


@cli.command()
@click.argument("tables", nargs=-1, required=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv",
              show_default=True, help="File format (parquet needs chainpress[export])")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write TABLE.<format> files into (created if needed)")
def export(tables: tuple[str, ...], db_path: str, fmt: str, out_dir: str) -> None:
    """Export tables or views (or all) to CSV, JSON Lines or Parquet, one file each.

    \b
    Example:  chainpress export all --format parquet --out exports/
              chainpress export targets_detail money_by_place --out exports/
    """
    from pipeline.export import ExportError
    from pipeline.export import export as run_export

    conn = _readonly(db_path)
    try:
        results = run_export(conn, list(tables), fmt, out_dir)
    except ExportError as e:
        raise click.ClickException(str(e)) from e
    for result in results:
        click.echo(f"{result.path}  {result.rows} row{'' if result.rows == 1 else 's'}")


@cli.command()
@click.argument("text")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="Most articles")
@click.option("--context", default=30, show_default=True, type=click.IntRange(0),
              help="Characters shown either side of a hit")
@click.option("--snippets", default=3, show_default=True, type=click.IntRange(1),
              help="Most snippets per article")
@output_format_option("text", "json", "jsonl", default="text")
def search(text: str, db_path: str, limit: int, context: int, snippets: int, fmt: str) -> None:
    """Full-text search: simplified finds traditional; snippets from the original text.

    \b
    Example:  chainpress search 链长制
              chainpress search '"chain leader" OR 链长 NOT 链主' --format json
    """
    from pipeline.search import SearchError
    from pipeline.search import search as run_search

    conn = _readonly(db_path)
    try:
        hits = run_search(conn, text, limit=limit, context=context, snippets=snippets)
    except SearchError as e:
        raise click.ClickException(str(e)) from e
    if fmt == "json":
        click.echo(json.dumps([h.to_row() for h in hits], ensure_ascii=False, indent=2))
        return
    if fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(hit.to_row(), ensure_ascii=False))
        return
    color = sys.stdout.isatty()
    before, after = (("\x1b[1;33m", "\x1b[0m") if color else ("**", "**"))
    for hit in hits:
        about = " · ".join(v for v in (hit.published, hit.script, hit.source) if v)
        click.echo(click.style(f"{hit.article_id}  {hit.title or '(untitled)'}", bold=color)
                   + (f"  ({about})" if about else ""))
        for snippet in hit.snippets:
            click.echo(f"    {snippet.start:>5}  …{snippet.marked(before, after)}…")
    click.echo(f"{len(hits)} article{'s' if len(hits) != 1 else ''}"
               + (f" (the first {limit}; more with --limit)" if len(hits) == limit else ""))


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the database to your network)")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
def serve(db_path: str, host: str, port: int) -> None:
    """Browse the database in Datasette (read-only), with facets and the named queries.

    \b
    Example:  chainpress serve --db chainpress.db --port 8001
    """
    from pipeline.serve import ServeError, database_name
    from pipeline.serve import serve as run_serve

    name = database_name(db_path)
    click.echo(f"Serving {db_path} read-only at http://{host}:{port}/{name} (Ctrl-C stops)", err=True)
    try:
        run_serve(db_path, host=host, port=port)
    except ServeError as e:
        raise click.ClickException(str(e)) from e


@cli.command()
@db_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False), default="-", show_default=True,
              help="Where to write the JSON (- for stdout)")
def metadata(db_path: str, out_path: str) -> None:
    """Datasette metadata for the database: descriptions, units, facets, canned queries.

    \b
    Example:  chainpress metadata --out metadata.json && datasette -i chainpress.db -m metadata.json
    """
    from pipeline.serve import ServeError, build_metadata

    _readonly(db_path).close()
    try:
        data = json.dumps(build_metadata(db_path), ensure_ascii=False, indent=2)
    except ServeError as e:
        raise click.ClickException(str(e)) from e
    if out_path == "-":
        click.echo(data)
    else:
        Path(out_path).write_text(data + "\n", encoding="utf-8")


@cli.command()
@click.argument("article")
@db_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False), default="-", show_default=True,
              help="HTML file to write (- for stdout)")
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False),
              help="Gold JSONL file: show gold and predictions side by side, disagreements marked")
@click.option("--entities", is_flag=True, help="Also highlight named entities")
def render(article: str, db_path: str, out_path: str, gold_path: str | None, entities: bool) -> None:
    """Render an article as HTML with every record highlighted (by id, or a file extracted now).

    \b
    Example:  chainpress render 08d979e487a22dfb --out wenzhou.html
              chainpress render corpus/zh-hant/x.txt --gold gold/corpus-hant.jsonl --out x.html
    """
    from pipeline.render import RenderError
    from pipeline.render import render as run_render

    try:
        page = run_render(article, db_path=db_path, gold_path=gold_path, entities=entities)
    except RenderError as e:
        raise click.ClickException(str(e)) from e
    if out_path == "-":
        click.echo(page, nl=False)
    else:
        Path(out_path).write_text(page, encoding="utf-8")
        click.echo(f"Wrote {out_path}", err=True)
