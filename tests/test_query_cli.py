"""``chainpress query``: named queries (pipeline/data/queries.sql), SQL, formats and errors.

Rows are checked against the gold records stored in a test database, counted here.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from research_db import HEFEI_HANT, gold_database

from pipeline.cli import cli
from pipeline.named_queries import QueryError, load_queries, parse_queries, sql_params


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    path = tmp_path_factory.mktemp("query") / "gold.db"
    db, ids = gold_database(path)
    db.close()
    return str(path), ids


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_list_names_every_query_with_its_parameters() -> None:
    code, out = run("query", "--list", "--format", "json")
    assert code == 0
    listed = {row["name"]: row for row in json.loads(out)}
    assert set(listed) == set(load_queries())
    assert listed["targets-due-by"]["parameters"] == ":year"
    assert listed["targets-by-place"]["parameters"] == ""
    assert all(row["description"] for row in listed.values())


def test_every_named_query_runs(db_path) -> None:
    path, ids = db_path
    samples = {"year": "2025", "chain": "新能源汽车", "article": ids[HEFEI_HANT], "q": "链长"}
    for query in load_queries().values():
        args = [a for p in query.params for a in ("--param", p, samples[p])]
        code, out = run("query", query.name, "--db", path, "--format", "json", *args)
        assert code == 0, (query.name, out)
        assert json.loads(out), f"{query.name} returned no rows on the gold database"


def test_targets_due_by_keeps_deadlines_up_to_the_year(db_path) -> None:
    path, _ = db_path
    code, out = run("query", "targets-due-by", "--param", "year", "2023", "--db", path, "--format", "json")
    rows = json.loads(out)
    conn = sqlite3.connect(path)
    expected = conn.execute("select count(*) from targets where deadline <= 2023").fetchone()[0]
    assert code == 0 and len(rows) == expected
    assert all(r["deadline"] <= 2023 for r in rows)
    assert [r["deadline"] for r in rows] == sorted(r["deadline"] for r in rows)


def test_targets_by_place_rows_of_an_article(db_path) -> None:
    path, ids = db_path
    code, out = run("query", "targets-by-place", "--db", path, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    hefei = [r for r in rows if r["article_id"] == ids[HEFEI_HANT]]
    # gold/corpus-hant.jsonl: five Hefei targets, 100萬輛 NEV output by 2025 among them
    assert len(hefei) == 5 and {r["place"] for r in hefei} == {"合肥市"}
    assert {"text": "100萬輛", "value": 1000000, "deadline": 2025} in [
        {k: r[k] for k in ("text", "value", "deadline")} for r in hefei]


def test_leaders_of_chain_matches_part_of_the_name(db_path) -> None:
    path, _ = db_path
    code, out = run("query", "leaders-of-chain", "-p", "chain", "新能源汽车", "--db", path, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows and all("新能源汽车" in r["chain"] for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "table", "markdown"])
def test_formats(db_path, fmt: str) -> None:
    path, _ = db_path
    code, out = run("query", "money-by-year", "--db", path, "--format", fmt)
    assert code == 0
    conn = sqlite3.connect(path)
    groups = conn.execute("select count(*) from money_by_year").fetchone()[0]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == groups and "." not in rows[0]["total_amount"]  # integers stay integers
    elif fmt == "json":
        assert len(json.loads(out)) == groups
    elif fmt == "jsonl":
        assert len(out.splitlines()) == groups
    elif fmt == "markdown":
        assert out.split()[:2] == ["|", "published_year"] and len(out.splitlines()) == groups + 2
    else:
        assert out.split()[0] == "published_year"


def test_plain_sql_with_a_parameter(db_path) -> None:
    path, _ = db_path
    code, out = run("query", "select count(*) as n from targets where deadline = :year",
                    "-p", "year", "2024", "--db", path, "--format", "json")
    conn = sqlite3.connect(path)
    assert code == 0
    assert json.loads(out) == [{"n": conn.execute("select count(*) from targets where deadline = 2024").fetchone()[0]}]


ERRORS = [
    (["query", "targets-due-by"], "Error: query 'targets-due-by' needs :year (the last deadline year to "
     "include, e.g. 2025): chainpress query targets-due-by --param year VALUE\n"),
    (["query", "targets-by-place", "-p", "year", "2025"],
     "Error: query 'targets-by-place' has no parameter 'year' (it takes: none)\n"),
    (["query", "targets-by-plaice"], "Error: no named query 'targets-by-plaice'; known: "
     + ", ".join(load_queries()) + " (list them with: chainpress query --list)\n"),
    (["query", "delete from money"], "Error: the query failed: it tried to modify the database (attempt to "
     "write a readonly database); queries are read-only\n"),
]


@pytest.mark.parametrize(("args", "message"), ERRORS, ids=[" ".join(a[1:]) for a, _ in ERRORS])
def test_errors(db_path, args: list[str], message: str) -> None:
    path, _ = db_path
    assert run(*args, "--db", path) == (1, message)


def test_missing_database_is_named(tmp_path: Path) -> None:
    code, out = run("query", "article-summary", "--db", str(tmp_path / "none.db"))
    assert code == 1
    assert out == f"Error: {tmp_path / 'none.db'}: no such database (run 'chainpress ingest' first)\n"


def test_database_without_views_says_how_to_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "bare.db"
    sqlite3.connect(path).execute("create table articles (id text)").connection.close()
    code, out = run("query", "article-summary", "--db", str(path))
    assert code == 1 and "no such table: article_summary" in out and "chainpress ingest" in out


# --- the queries file -----------------------------------------------------------------------

@pytest.mark.parametrize(("sql", "params"), [
    ("select * from t where a = :year and b = :year", ("year",)),
    ("select ':nope', \"x:y\", [a:b] from t where c = :chain", ("chain",)),
    ("select time('12:30')", ()),
])
def test_sql_params(sql: str, params: tuple[str, ...]) -> None:
    assert sql_params(sql) == params


BAD_FILES = [
    ("-- name: a\n-- one\nselect 1\n-- name: a\n-- two\nselect 2\n", "q.sql: query 'a' is defined twice"),
    ("-- name: a\n-- nothing here\n", "q.sql: query 'a' has no SQL"),
    ("-- name: a\n-- by year\nselect :year\n",
     "q.sql: query 'a' uses :year but has no '-- :year description' line"),
]


@pytest.mark.parametrize(("text", "message"), BAD_FILES)
def test_bad_queries_file(text: str, message: str) -> None:
    with pytest.raises(QueryError) as error:
        parse_queries(text, "q.sql")
    assert str(error.value) == message


def test_query_file_parse() -> None:
    queries = parse_queries("-- header, ignored\n\n-- name: due\n-- Targets due.\n-- More words.\n"
                            "-- :year the year\nselect * from targets\nwhere deadline <= :year\n")
    assert list(queries) == ["due"]
    due = queries["due"]
    assert (due.description, due.params, due.param_docs) == ("Targets due. More words.", ("year",),
                                                             {"year": "the year"})
    assert due.sql == "select * from targets\nwhere deadline <= :year"


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_tables_print_amounts_in_full(db_path, fmt: str) -> None:
    path, _ = db_path
    code, out = run("query", "targets-by-place", "--db", path, "--format", fmt)
    conn = sqlite3.connect(path)
    largest = conn.execute("select max(value) from targets").fetchone()[0]  # REAL, e.g. 1.8e12
    assert code == 0 and "e+" not in out
    assert f" {int(largest)} " in out


def test_extract_table_gives_each_record_type_its_own_fields(tmp_path) -> None:
    """`extract --format table`: one table per type, so counts show value/unit and targets deadline."""
    article = tmp_path / "a.txt"
    article.write_text("力争到2025年产值超8800亿元。全年走访企业52家。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--format", "table"])
    assert result.exit_code == 0, result.output
    sections = {block.split("\n", 1)[0]: block for block in result.output.strip().split("\n\n")}
    assert set(sections) == {"money (1)", "count (1)", "target (1)"}
    assert "currency" not in sections["count (1)"] and "52家" in sections["count (1)"]
    assert "deadline" in sections["target (1)"] and "2025" in sections["target (1)"]
