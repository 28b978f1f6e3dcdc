"""Browse a chainpress database in Datasette, with generated metadata and canned queries.

The metadata (title, licence and source notes, a description for every table, view and column,
facets) comes from ``pipeline/data/metadata.yaml``; the canned queries are the named queries of
``pipeline/data/queries.sql``, so ``chainpress query NAME`` and ``/DB/NAME`` give the same rows.
The database is opened immutable (read-only), and the server listens on 127.0.0.1 by default.
Datasette is the optional extra ``chainpress[serve]``.
"""

from __future__ import annotations

import sqlite3
import types
from functools import lru_cache
from pathlib import Path
from typing import Any

METADATA_FILE = Path(__file__).parent / "data" / "metadata.yaml"
INSTALL_DATASETTE = "pip install 'chainpress[serve]'  (or: pip install datasette)"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001


class ServeError(Exception):
    """Datasette is missing, or the database cannot be served; the message says what to do."""


@lru_cache(maxsize=1)
def metadata_template() -> dict[str, Any]:
    """The hand-written part of the metadata (``pipeline/data/metadata.yaml``)."""
    try:
        import yaml
    except ImportError as e:  # PyYAML comes with Datasette
        raise ServeError(f"reading {METADATA_FILE.name} needs PyYAML: {INSTALL_DATASETTE}") from e
    return yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file: its file name without the suffix."""
    return Path(db_path).stem


def _columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Columns of every table and view users see (not SQLite's or the index's own)."""
    from pipeline.export import table_names

    return {name: [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
            for name in table_names(conn)}


def canned_queries() -> dict[str, dict[str, Any]]:
    """The named queries as Datasette canned queries."""
    from pipeline.named_queries import load_queries

    queries: dict[str, dict[str, Any]] = {}
    for name, query in load_queries().items():
        description = query.description
        if query.params:
            description += " Parameters: " + "; ".join(
                f"{p}: {query.param_docs[p]}" for p in query.params) + "."
        queries[name] = {"sql": query.sql, "title": name, "description": description}
    return queries


def build_metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for one chainpress database file."""
    from pipeline.store import open_readonly

    template = metadata_template()
    conn = open_readonly(db_path)
    try:
        present = _columns(conn)
    finally:
        conn.close()
    common = template.get("common_columns", {})
    tables: dict[str, Any] = {}
    for name, columns in present.items():
        entry = dict(template["tables"].get(name, {}))
        own = entry.get("columns", {})
        entry["columns"] = {c: own.get(c, common.get(c)) for c in columns if own.get(c, common.get(c))}
        entry["facets"] = [f for f in entry.get("facets", []) if f in columns]
        tables[name] = entry
    top = {k: v for k, v in template.items() if k not in ("tables", "common_columns")}
    return {
        **top,
        "databases": {
            database_name(db_path): {
                "description": template["description"],
                "tables": tables,
                "queries": canned_queries(),
            }
        },
    }


def _checkpoint(db_path: Path) -> None:
    """Fold a leftover write-ahead log into the database file: immutable readers ignore it."""
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        conn = sqlite3.connect(db_path)
        try:
            busy, _, _ = conn.execute("pragma wal_checkpoint(truncate)").fetchone()
        finally:
            conn.close()
        if busy:
            raise ServeError(f"{db_path}: another process is writing to the database (is an "
                             f"ingest running?); serve it when that has finished")


def _register_plugin() -> None:
    """Give Datasette's connections the ``chainpress_fts()`` SQL function (canned queries)."""
    from datasette import hookimpl
    from datasette.plugins import pm

    from pipeline.search import register_functions

    if pm.get_plugin("chainpress") is not None:
        return

    @hookimpl
    def prepare_connection(conn: sqlite3.Connection) -> None:
        register_functions(conn)

    # Datasette lists plugins by module name, so the plugin is a (generated) module
    plugin = types.ModuleType("chainpress_datasette", "chainpress functions for Datasette")
    plugin.prepare_connection = prepare_connection  # type: ignore[attr-defined]
    pm.register(plugin, name="chainpress")


def make_datasette(db_path: str | Path, metadata: dict[str, Any] | None = None) -> Any:
    """A Datasette instance serving ``db_path`` immutable, with chainpress metadata."""
    try:
        from datasette.app import Datasette
    except ImportError as e:
        raise ServeError(f"chainpress serve needs Datasette, which is not installed: "
                         f"{INSTALL_DATASETTE}") from e
    path = Path(db_path)
    if not path.exists():
        raise ServeError(f"{path}: no such database (run 'chainpress ingest' first)")
    _checkpoint(path)
    _register_plugin()
    return Datasette(immutables=[str(path)], metadata=metadata or build_metadata(path),
                     settings={"sql_time_limit_ms": 3000})


def serve(db_path: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          log_level: str = "warning") -> None:
    """Run Datasette on ``db_path`` until interrupted."""
    import asyncio

    import uvicorn

    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level=log_level, lifespan="on")


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ServeError", "build_metadata", "canned_queries",
           "database_name", "make_datasette", "metadata_template", "serve"]
