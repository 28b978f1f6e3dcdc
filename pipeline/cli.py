"""The ``chainpress`` command line: each command reads options, calls one library function,
prints. Library exceptions become one-line click errors, never tracebacks."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys

import click

from pipeline import __version__

DB_ENV = "CHAINPRESS_DB"


def db_option(func):
    """``--db`` (default ``chainpress.db``, or $CHAINPRESS_DB)."""
    return click.option(
        "--db", "db_path", default="chainpress.db", envvar=DB_ENV, show_default=True,
        type=click.Path(dir_okay=False), help=f"SQLite database (or set ${DB_ENV})",
    )(func)


def output_format_option(*choices: str, default: str):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chainpress")
def cli() -> None:
    """chainpress: targets, leaders, counts and money from industrial-chain press releases.

    \b
    Example:  chainpress ingest corpus/ && chainpress stats
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in this many processes")
@click.option("--encoding", default=None, help="Force the input encoding (e.g. big5, gb18030)")
@click.option("--quiet", is_flag=True, help="No progress bar")
def ingest(paths: tuple[str, ...], db_path: str, workers: int, encoding: str | None,
           quiet: bool) -> None:
    """Ingest articles (txt, md, HTML, JSONL; files, folders, globs, - for stdin).

    \b
    Example:  chainpress ingest corpus/ --db chainpress.db
    """
    from pipeline.ingest import IngestError
    from pipeline.orchestrate import ingest as run_ingest

    show_bar = not quiet and sys.stderr.isatty()
    errors_seen: list[str] = []
    bar = None

    def progress(item: object) -> None:
        if isinstance(item, IngestError):
            errors_seen.append(str(item))
            click.echo(f"Error: {item}", err=True)

    def on_extracted(done: int, total: int) -> None:
        nonlocal bar
        if not show_bar:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="Extracting", file=sys.stderr, show_pos=True)
            bar.__enter__()
        bar.update(1)

    report = run_ingest(list(paths), db_path, workers=workers, encoding=encoding,
                        progress=progress, on_extracted=on_extracted)
    if bar is not None:
        bar.__exit__(None, None, None)
    for message in report.errors:
        if message not in errors_seen:
            click.echo(f"Error: {message}", err=True)
    click.echo(report.summary())
    if not report.ok:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_format_option("jsonl", "json", "table", default="jsonl")
@click.option("--entities", is_flag=True, help="Also output named entities")
@click.option("--encoding", default=None, help="Force the input encoding")
def extract(paths: tuple[str, ...], fmt: str, entities: bool, encoding: str | None) -> None:
    """Extract records without a database; one record per line (the scoring interface).

    \b
    Example:  chainpress extract corpus/en/ --format jsonl > pred.jsonl
    """
    from pipeline.ingest import Article, iter_inputs
    from pipeline.orchestrate import extract_article

    rows: list[dict] = []
    failed = 0
    for item in iter_inputs(list(paths), encoding):
        if not isinstance(item, Article):
            click.echo(f"Error: {item}", err=True)
            failed += 1
            continue
        result = extract_article(item)
        for record in result.records:
            if record.type == "entity" and not entities:
                continue
            row = {"article_id": item.id, "source": item.path, **record.to_row()}
            row.pop("article", None)
            row.pop("optional", None)
            if fmt == "jsonl":
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                rows.append(row)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "table":
        _print_tables_by_type(rows)
    if failed:
        sys.exit(1)


_TYPE_ORDER = ("money", "count", "target", "leader", "entity")


def _print_tables_by_type(rows: list[dict]) -> None:
    """One table per record type, each with that type's own fields (a count has no currency)."""
    from tabulate import tabulate

    for kind in sorted({r["type"] for r in rows}, key=lambda k: _TYPE_ORDER.index(k) if k in _TYPE_ORDER else 99):
        of_kind = [r for r in rows if r["type"] == kind]
        columns = [c for c in of_kind[0] if c not in ("article_id", "type")
                   and any(r.get(c) is not None for r in of_kind)]
        click.echo(f"{kind} ({len(of_kind)})")
        click.echo(tabulate([[r.get(c) for c in columns] for r in of_kind], headers=columns,
                            tablefmt="simple", disable_numparse=True))
        click.echo()


@cli.command()
@click.argument("article_id")
@db_option
@click.option("--context", default=0, type=int, help="Show only N characters around records")
def show(article_id: str, db_path: str, context: int) -> None:
    """Show an article with its records highlighted in context.

    \b
    Example:  chainpress show 08d979e487a22dfb
    """
    from pipeline.show import render_terminal

    conn = _readonly(db_path)
    try:
        text = render_terminal(conn, article_id, color=sys.stdout.isatty(), context=context)
    except KeyError as e:
        raise click.ClickException(str(e.args[0])) from e
    click.echo(text)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Output JSON")
def stats(db_path: str, as_json: bool) -> None:
    """Counts of articles and records in the database.

    \b
    Example:  chainpress stats --db chainpress.db
    """
    from sqlite_utils import Database

    from pipeline.store import stats as db_stats

    result = db_stats(Database(_readonly(db_path)))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(f"articles  {result['articles']}  ({', '.join(f'{k}: {v}' for k, v in result['by_script'].items())})")
    for table in ("money", "counts", "targets", "leaders", "entities"):
        click.echo(f"{table:<9} {result[table]}")
    click.echo(f"runs      {result['runs']}")


def _readonly(db_path: str) -> sqlite3.Connection:
    from pipeline.store import open_readonly

    try:
        return open_readonly(db_path)
    except (FileNotFoundError, sqlite3.Error) as e:
        raise click.ClickException(str(e)) from e


def _print_rows(rows: list[dict], fmt: str, columns: list[str] | None = None) -> None:
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        from tabulate import tabulate

        table = [[row.get(c) for c in columns] for row in rows]
        click.echo(tabulate(table, headers=columns,
                            tablefmt="github" if fmt == "markdown" else "simple"))


# Commands kept in their own modules register themselves on ``cli`` when imported.
from pipeline import cli_gold, cli_research  # noqa: E402,F401


def main() -> None:  # pragma: no cover
    cli(prog_name="chainpress")


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    cli()
