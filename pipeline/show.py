"""An article with its records highlighted, for the terminal (``chainpress show``)."""

from __future__ import annotations

import json
import sqlite3

import click

from pipeline.store import RECORD_TABLES

COLORS = {"money": "green", "counts": "cyan", "targets": "magenta", "leaders": "yellow",
          "entities": "blue"}
FIELDS = {
    "money": ("amount", "currency", "qualifier", "amount_max", "subject"),
    "counts": ("value", "unit", "object", "qualifier"),
    "targets": ("metric", "value", "unit", "qualifier", "deadline", "scope"),
    "leaders": ("person", "title", "role", "chain", "count", "rank"),
    "entities": ("label",),
}


def load_article(conn: sqlite3.Connection, article_id: str) -> dict:
    """The article row (by id or unique id prefix); KeyError if none."""
    conn.row_factory = sqlite3.Row
    rows = conn.execute("select * from articles where id like ? || '%'", [article_id]).fetchall()
    if len(rows) != 1:
        what = "no article" if not rows else f"{len(rows)} articles"
        raise KeyError(f"{what} with id {article_id!r} (list them: chainpress query "
                       f"\"select id, title from articles\")")
    return dict(rows[0])


def load_records(conn: sqlite3.Connection, article_id: str) -> list[tuple[str, dict]]:
    """(table, row) for every record of the article, in text order."""
    conn.row_factory = sqlite3.Row
    out = []
    for table in RECORD_TABLES:
        for row in conn.execute(f"select * from [{table}] where article_id = ?", [article_id]):
            out.append((table, dict(row)))
    return sorted(out, key=lambda item: (item[1]["start"], -item[1]["end"]))


def describe(table: str, row: dict) -> str:
    parts = [f"{name}={row[name]}" for name in FIELDS[table] if row.get(name) not in (None, "")]
    return f"{table[:-1] if table.endswith('s') else table} «{row['text']}» " + " ".join(parts)


def render_terminal(conn: sqlite3.Connection, article_id: str, *, color: bool = True,
                    context: int = 0) -> str:
    """Title, metadata, the body with records bracketed/coloured, then a record list."""
    article = load_article(conn, article_id)
    records = [(t, r) for t, r in load_records(conn, article["id"]) if t != "entities"]
    text = article["text"]
    marks: dict[int, list[str]] = {}
    for table, row in records:
        open_tag = "[" if not color else click.style("[", fg=COLORS[table], bold=True)
        close_tag = "]" if not color else click.style(f"]{table[0]}", fg=COLORS[table])
        marks.setdefault(row["start"], []).append(open_tag)
        marks.setdefault(row["end"], []).insert(0, close_tag)
    body = json.loads(article["body"] or "[]")
    pieces = []
    for start, end in body:
        line = []
        for i in range(start, end + 1):
            line.extend(marks.get(i, []))
            if i < end:
                line.append(text[i])
        pieces.append("".join(line))
    header = [
        article["title"] or "(untitled)",
        f"id {article['id']} · {article['published'] or 'no date'} · {article['source'] or 'no source'}"
        f" · {article['script']} · {article['path']}",
        "",
    ]
    listing = ["", f"{len(records)} records:"] + [
        f"  {row['start']:>5}-{row['end']:<5} {describe(table, row)}" for table, row in records
    ]
    return "\n".join(header + pieces + listing)
