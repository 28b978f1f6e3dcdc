"""Named queries: read ``pipeline/data/queries.sql`` and run one query from it, read-only.

The same file gives ``chainpress query NAME`` its queries and Datasette its canned queries
(:mod:`pipeline.serve`). Parameters are the ``:names`` in the SQL, as in Datasette.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

QUERIES_FILE = Path(__file__).parent / "data" / "queries.sql"

_NAME = regex.compile(r"^--\s*name:\s*(?P<name>[a-z0-9][a-z0-9-]*)\s*$")
_PARAM_DOC = regex.compile(r"^--\s*:(?P<param>\w+)\s+(?P<doc>.*)$")
# A :name parameter outside quoted strings and [bracketed] identifiers (Datasette's rule).
_PARAM = regex.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\[[^\]]*\]|(?<!:):(?P<param>\w+)")


class QueryError(Exception):
    """A named query is unknown, lacks a parameter, or failed in SQLite."""


@dataclass(frozen=True)
class NamedQuery:
    """One query of the file: its name, description, SQL and parameters."""

    name: str
    description: str
    sql: str
    params: tuple[str, ...] = ()
    param_docs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def sql_params(sql: str) -> tuple[str, ...]:
    """The ``:name`` parameters of ``sql``, in order of first use.

    >>> sql_params("select * from t where a = :year and b like '%:x%' and c = :year")
    ('year',)
    """
    seen: dict[str, None] = {}
    for match in _PARAM.finditer(sql):
        if match.group("param"):
            seen.setdefault(match.group("param"), None)
    return tuple(seen)


def parse_queries(text: str, source: str = "queries.sql") -> dict[str, NamedQuery]:
    """Named queries from the text of a queries file (see its header for the format)."""
    queries: dict[str, NamedQuery] = {}
    blocks: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        match = _NAME.match(line.strip())
        if match:
            blocks.append((match.group("name"), []))
        elif blocks:
            blocks[-1][1].append(line)
    for name, lines in blocks:
        description: list[str] = []
        docs: dict[str, str] = {}
        sql_lines: list[str] = []
        for line in lines:
            stripped = line.strip()
            if not sql_lines and stripped.startswith("--"):
                doc = _PARAM_DOC.match(stripped)
                if doc:
                    docs[doc.group("param")] = doc.group("doc").strip()
                else:
                    description.append(stripped[2:].strip())
            elif stripped or sql_lines:
                sql_lines.append(line.rstrip())
        sql = "\n".join(sql_lines).strip()
        if name in queries:
            raise QueryError(f"{source}: query {name!r} is defined twice")
        if not sql:
            raise QueryError(f"{source}: query {name!r} has no SQL")
        params = sql_params(sql)
        undocumented = [p for p in params if p not in docs]
        if undocumented:
            raise QueryError(f"{source}: query {name!r} uses :{undocumented[0]} but has no "
                             f"'-- :{undocumented[0]} description' line")
        queries[name] = NamedQuery(name, " ".join(d for d in description if d), sql, params, docs)
    return queries


@lru_cache(maxsize=1)
def load_queries() -> dict[str, NamedQuery]:
    """The named queries shipped with chainpress, by name."""
    return parse_queries(QUERIES_FILE.read_text(encoding="utf-8"), str(QUERIES_FILE))


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; :class:`QueryError` naming the known ones if there is none."""
    queries = load_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; known: {', '.join(queries)} "
                         f"(list them with: chainpress query --list)")
    return queries[name]


def run_query(conn: sqlite3.Connection, query: NamedQuery,
              params: dict[str, Any] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a named query on a (read-only) connection; returns (columns, rows)."""
    params = dict(params or {})
    missing = [p for p in query.params if p not in params]
    if missing:
        example = " ".join(f"--param {p} VALUE" for p in missing)
        raise QueryError(f"query {query.name!r} needs {', '.join(':' + p for p in missing)} "
                         f"({'; '.join(query.param_docs[p] for p in missing)}): "
                         f"chainpress query {query.name} {example}")
    unknown = [p for p in params if p not in query.params]
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r} "
                         f"(it takes: {', '.join(query.params) or 'none'})")
    return execute(conn, query.sql, params, what=f"query {query.name!r}")


def execute(conn: sqlite3.Connection, sql: str, params: dict[str, Any] | None = None,
            what: str = "the query") -> tuple[list[str], list[dict[str, Any]]]:
    """Run SQL and return (columns, rows as dicts); SQLite errors become :class:`QueryError`."""
    try:
        cursor = conn.execute(sql, params or {})
        columns = [d[0] for d in cursor.description or []]
        rows = [dict(zip(columns, row)) for row in cursor.fetchall()]
    except sqlite3.Error as e:
        message = str(e)
        if "readonly" in message or "read-only" in message:
            message = f"it tried to modify the database ({message}); queries are read-only"
        elif message.startswith("no such table"):
            message += (" (a database made before this version lacks the views: upgrade it "
                        "by running chainpress ingest on any input with the same --db)")
        raise QueryError(f"{what} failed: {message}") from e
    return columns, rows


__all__ = ["NamedQuery", "QueryError", "execute", "get_query", "load_queries", "parse_queries",
           "run_query", "sql_params"]
