"""``chainpress serve`` and ``chainpress metadata``: Datasette on the database, read-only,
with descriptions, facets and the named queries as canned queries."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from research_db import get_json, gold_database, serving

from pipeline.cli import cli
from pipeline.named_queries import load_queries, run_query
from pipeline.search import register_functions

pytest.importorskip("datasette")

from pipeline.serve import build_metadata, make_datasette  # noqa: E402


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "chainpress.db"
    db, _ = gold_database(path)
    db.close()
    return path


def test_every_table_view_and_column_is_described(db_path: Path) -> None:
    meta = build_metadata(db_path)
    tables = meta["databases"]["chainpress"]["tables"]
    conn = sqlite3.connect(db_path)
    from pipeline.export import table_names

    for name in table_names(conn):
        assert tables[name].get("description"), f"{name} has no description"
        columns = [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
        undescribed = [c for c in columns if c not in tables[name]["columns"]]
        assert not undescribed, f"{name}: no description for {undescribed}"
        assert set(tables[name].get("facets", [])) <= set(columns)


def test_metadata_explains_amount_units_and_licence(db_path: Path) -> None:
    meta = build_metadata(db_path)
    money = meta["databases"]["chainpress"]["tables"]["money"]
    assert "whole units of the currency" in money["columns"]["amount"]
    assert {"currency", "qualifier"} <= set(money["facets"])
    assert "Apache-2.0" in meta["license"] and meta["source"]
    facets = {f for t in meta["databases"]["chainpress"]["tables"].values() for f in t.get("facets", [])}
    assert {"script", "source", "currency", "qualifier", "role", "published_year", "label"} <= facets


def test_canned_queries_are_the_named_queries(db_path: Path) -> None:
    canned = build_metadata(db_path)["databases"]["chainpress"]["queries"]
    assert {name: q["sql"] for name, q in canned.items()} == {
        name: q.sql for name, q in load_queries().items()}


def test_metadata_command_writes_json(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "metadata.json"
    result = CliRunner().invoke(cli, ["metadata", "--db", str(db_path), "--out", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text("utf-8")) == build_metadata(db_path)


def test_canned_query_in_process_gives_the_cli_rows(db_path: Path) -> None:
    ds = make_datasette(db_path)

    async def fetch(url: str) -> list[dict]:
        await ds.invoke_startup()
        response = await ds.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    rows = asyncio.run(fetch("/chainpress/targets-due-by.json?year=2024&_shape=array"))
    conn = sqlite3.connect(db_path)
    _, expected = run_query(conn, load_queries()["targets-due-by"], {"year": "2024"})
    assert rows == expected and rows
    register_functions(conn)
    hits = asyncio.run(fetch("/chainpress/search-articles.json?q=鏈長制&_shape=array"))
    _, expected = run_query(conn, load_queries()["search-articles"], {"q": "鏈長制"})
    assert hits == expected and hits


def test_database_is_read_only_in_datasette(db_path: Path) -> None:
    ds = make_datasette(db_path)

    async def check() -> None:
        await ds.invoke_startup()
        db = ds.get_database("chainpress")
        assert not db.is_mutable
        with pytest.raises(Exception):  # noqa: B017 - sqlite3 or Datasette's own error
            await db.execute_write("delete from money")

    asyncio.run(check())
    assert sqlite3.connect(db_path).execute("select count(*) from money").fetchone()[0] > 0


def test_serve_defaults_to_localhost() -> None:
    params = {p.name: p.default for p in cli.commands["serve"].params}
    assert params["host"] == "127.0.0.1"


def test_serve_answers_a_canned_query_over_http(db_path: Path) -> None:
    with serving(db_path) as base:
        rows = get_json(f"{base}/chainpress/article-summary.json?_shape=array")
        conn = sqlite3.connect(db_path)
        assert len(rows) == conn.execute("select count(*) from articles").fetchone()[0]
        facets = get_json(f"{base}/chainpress/money.json?_facet=currency&_size=0")
        results = facets["facet_results"]
        assert "currency" in results.get("results", results)  # Datasette 1.0 nests them


def test_search_form_without_a_query_shows_no_rows(db_path: Path) -> None:
    ds = make_datasette(db_path)

    async def fetch() -> list:
        await ds.invoke_startup()
        response = await ds.client.get("/chainpress/search-articles.json?q=&_shape=array")
        assert response.status_code == 200, response.text
        return response.json()

    assert asyncio.run(fetch()) == []
