"""CLI commands for querying and browsing the database (chainpress query …)."""

from __future__ import annotations

import sqlite3

import click

from pipeline.cli import _print_rows, _readonly, cli, db_option, output_format_option  # noqa: F401


@cli.command()
@click.argument("sql")
@db_option
@output_format_option("table", "csv", "json", "jsonl", "markdown", default="table")
@click.option("-p", "--param", "params", multiple=True, type=(str, str),
              help="Named parameter for :name in the SQL")
def query(sql: str, db_path: str, fmt: str, params: tuple[tuple[str, str], ...]) -> None:
    """Run a read-only SQL query (SELECT only: the connection cannot write).

    \b
    Example:  chainpress query "select currency, sum(amount) from money group by currency"
    """
    conn = _readonly(db_path)
    try:
        cursor = conn.execute(sql, dict(params))
    except sqlite3.Error as e:
        message = str(e)
        if "readonly" in message or "read-only" in message:
            message = f"the query tried to modify the database ({message}); queries are read-only"
        raise click.ClickException(message) from e
    columns = [d[0] for d in cursor.description or []]
    rows = [dict(zip(columns, row)) for row in cursor.fetchall()]
    _print_rows(rows, fmt, columns)
