"""The SQLite store (sqlite-utils): articles, one table per record type, entities and runs.

Each article and its records are written in one transaction (upsert the article, delete its
old records, insert the new ones), so a crash mid-ingest leaves whole articles only and a
re-run finishes the job without duplicates. Schema changes go through ``Migrations``.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import ANY
from sqlite_utils.migrations import Migrations

from pipeline.ingest import Article
from pipeline.records import RECORD_TYPES, Record, json_number

DEFAULT_DB = "chainpress.db"
RECORD_TABLES = {cls.table: cls for cls in RECORD_TYPES.values()}
migrations = Migrations("chainpress")


def _record_columns(cls: type[Record]) -> dict[str, type]:
    """Column types for a record class's own fields."""
    columns: dict[str, type] = {}
    for f in dataclasses.fields(cls):
        if f.name in ("article", "optional"):
            continue
        if f.name in cls.decimal_fields:
            # declared ANY = NUMERIC affinity: whole amounts stay exact INTEGERs, 4.7 stays REAL
            columns[f.name] = ANY
        elif f.name in ("start", "end", "deadline", "count"):
            columns[f.name] = int
        else:
            columns[f.name] = str
    return columns


@migrations()
def m001_initial(db: Database) -> None:
    """Articles, record tables, entities, runs; indexes; full-text search."""
    db["articles"].create(
        {
            "id": str, "path": str, "title": str, "source": str, "url": str, "published": str,
            "language": str, "script": str, "encoding": str, "format": str, "text": str,
            "body": str, "title_segmented": str, "text_segmented": str, "ingested_at": str,
            "extractor_version": str,
        },
        pk="id",
    )
    for table, cls in RECORD_TABLES.items():
        columns: dict[str, Any] = {"id": int, "article_id": str}
        columns.update(_record_columns(cls))
        columns["sentence"] = str
        db[table].create(columns, pk="id", foreign_keys=[("article_id", "articles", "id")])
        db[table].create_index(["article_id"])
    db["money"].create_index(["currency"])
    db["money"].create_index(["amount"])
    db["counts"].create_index(["unit"])
    db["targets"].create_index(["deadline"])
    db["targets"].create_index(["scope"])
    db["leaders"].create_index(["role"])
    db["leaders"].create_index(["chain"])
    db["leaders"].create_index(["person"])
    db["entities"].create_index(["label"])
    db["articles"].create_index(["published"])
    db["runs"].create(
        {
            "id": int, "started": str, "finished": str, "inputs": str, "version": str,
            "articles_new": int, "articles_unchanged": int, "articles_failed": int,
            "records": str, "errors": str,
        },
        pk="id",
    )
    db["articles"].enable_fts(
        ["title_segmented", "text_segmented"], create_triggers=True, tokenize="unicode61"
    )


@migrations()
def m002_views(db: Database) -> None:
    """Views for the common questions (targets by place, money totals, leaders; pipeline/views.py)."""
    from pipeline.views import create_views

    create_views(db)


def open_db(path: str | Path = DEFAULT_DB) -> Database:
    """Open (creating and migrating if needed) the chainpress database, in WAL mode."""
    db = Database(path)
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


def segment_for_index(text: str | None) -> str:
    """Normalised (simplified, half-width) text cut into words for the full-text index.

    jieba's search mode also emits the words inside longer words (链长 inside 链长制), so a
    two-character query finds them.
    """
    if not text:
        return ""
    from pipeline.normalize import normalize
    from pipeline.tokenize import tokenizer

    folded = normalize(text).text.lower()
    # HMM off: new-word guessing is slow and the same dictionary cuts index and query alike
    return " ".join(w for w in tokenizer().cut_for_search(folded, HMM=False) if w.strip())


def has_article(db: Database, article_id: str, version: str) -> bool:
    """Whether this article is stored, extracted by this extractor version."""
    rows = db.execute(
        "select 1 from articles where id = ? and extractor_version = ?", [article_id, version]
    ).fetchall()
    return bool(rows)


def article_row(article: Article, version: str) -> dict[str, Any]:
    return {
        "id": article.id, "path": article.path, "title": article.title,
        "source": article.source, "url": article.url, "published": article.published,
        "language": article.language, "script": article.script,
        "encoding": article.encoding, "format": article.format, "text": article.text,
        "body": json.dumps(article.body), "title_segmented": segment_for_index(article.title),
        "text_segmented": segment_for_index(
            "\n".join(article.text[s:e] for s, e in article.body)
        ),
        "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "extractor_version": version,
    }


def record_row(record: Record, sentence: str | None = None) -> dict[str, Any]:
    row = record.to_row()
    row.pop("type", None)
    row.pop("optional", None)
    row["article_id"] = row.pop("article")
    row["sentence"] = sentence
    return row


def save_extraction(db: Database, extraction: Any, version: str) -> None:
    """Write one article and all its records in a single transaction."""
    article = extraction.article
    by_table: dict[str, list[dict[str, Any]]] = {t: [] for t in RECORD_TABLES}
    for record in extraction.records:
        by_table[record.table].append(record_row(record, extraction.sentence_of(record)))
    with db.atomic():
        for table in RECORD_TABLES:
            db.execute(f"delete from [{table}] where article_id = ?", [article.id])
        db["articles"].upsert(article_row(article, version), pk="id")
        for table, rows in by_table.items():
            if rows:
                db[table].insert_all(rows)


def start_run(db: Database, inputs: Iterable[str], version: str) -> int:
    with db.atomic():
        table = db["runs"].insert({
            "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "inputs": json.dumps(list(inputs), ensure_ascii=False), "version": version,
        })
    return int(table.last_pk)


def finish_run(db: Database, run_id: int, *, new: int, unchanged: int, failed: int,
               records: dict[str, int], errors: list[str]) -> None:
    with db.atomic():
        db["runs"].update(run_id, {
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "articles_new": new, "articles_unchanged": unchanged, "articles_failed": failed,
            "records": json.dumps(records, ensure_ascii=False),
            "errors": json.dumps(errors, ensure_ascii=False),
        })


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A connection that cannot modify the database (``?mode=ro`` and ``query_only``)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such database (run 'chainpress ingest' first)")
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = ON")
    return conn


def stats(db: Database) -> dict[str, Any]:
    """Counts a researcher wants at a glance."""
    out: dict[str, Any] = {"articles": db["articles"].count}
    out["by_script"] = dict(db.execute(
        "select script, count(*) from articles group by script order by script").fetchall())
    for table in RECORD_TABLES:
        out[table] = db[table].count
    out["runs"] = db["runs"].count
    return out


__all__ = ["DEFAULT_DB", "json_number", "open_db", "open_readonly", "save_extraction", "stats"]
