"""The views of pipeline/views.py: created by migration, place rules, exact totals.

Place cases are hand-made articles (the rules are easiest to see there); totals and counts are
checked against the gold records of the corpus, added up here with Decimal arithmetic.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from research_db import HEFEI_HANT, gold_database, gold_files

from pipeline.gold import read_gold
from pipeline.ingest import build_article
from pipeline.orchestrate import Extraction
from pipeline.records import EntityRecord, LeaderRecord, MoneyRecord, TargetRecord
from pipeline.store import open_db, save_extraction
from pipeline.views import VIEWS


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[sqlite3.Connection, dict[str, str]]:
    path = tmp_path_factory.mktemp("views") / "gold.db"
    db, ids = gold_database(path)
    db.close()
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn, ids


def _rows(conn: sqlite3.Connection, sql: str, *params: object) -> list[dict]:
    return [dict(r) for r in conn.execute(sql, params)]


def test_fresh_database_has_every_view(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new.db")
    assert set(VIEWS) <= set(db.view_names())


def test_migration_adds_views_to_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = open_db(path)
    # make it look like a database from before m002: no views, m002 not recorded
    for name in reversed(list(VIEWS)):
        db.execute(f"drop view [{name}]")
    db.execute("delete from _sqlite_migrations where name = 'm002_views'")
    db.conn.commit()
    db.close()
    assert view_names(path) == set()
    open_db(path).close()
    assert view_names(path) == set(VIEWS)


def view_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'view'")}
    finally:
        conn.close()


# --- place ------------------------------------------------------------------------------------

PLACE_TEXT = (
    "温州市召开产业链链长制工作会议\n"
    "温州市力争到2025年总产值超8800亿元。浙江省将支持温州。海南力争增长8%左右。\n"
)


def _place_db(tmp_path: Path) -> sqlite3.Connection:
    """One article: three 温州 mentions, one 浙江, one 海南 (the scope of a target)."""
    article = build_article(PLACE_TEXT, "place.txt", published="2023-03-17")
    text = article.text

    def at(surface: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        return start, start + len(surface)

    def gpe(surface: str, normalised: str, nth: int = 0) -> EntityRecord:
        start, end = at(surface, nth)
        return EntityRecord(article.id, start, end, surface, label="GPE", normalized=normalised)

    money = at("8800亿元")
    percent = at("8%")
    records = [
        gpe("温州市", "温州市", 0), gpe("温州市", "温州市", 1), gpe("温州", "温州市", 2),
        gpe("浙江省", "浙江省"), gpe("海南", "海南省"),
        MoneyRecord(article.id, *money, "8800亿元", amount=Decimal("880000000000"), qualifier="over"),
        # no scope: the article's place (温州市, named three times) applies
        TargetRecord(article.id, *money, "8800亿元", metric="总产值", value=Decimal("880000000000"),
                     unit="元", currency="CNY", qualifier="over", deadline=2025),
        # scope 海南 is a place the entity extractor normalised: 海南省
        TargetRecord(article.id, *percent, "8%", metric="增长", value=Decimal(8), unit="%",
                     qualifier="approx", deadline=2023, scope="海南"),
        LeaderRecord(article.id, *at("链长"), "链长", role="chain_leader", chain="产业链"),
    ]
    db = open_db(tmp_path / "place.db")
    save_extraction(db, Extraction(article=article, records=records), "test")
    db.close()
    conn = sqlite3.connect(tmp_path / "place.db")
    conn.row_factory = sqlite3.Row
    return conn


def test_article_place_is_the_most_mentioned_place(tmp_path: Path) -> None:
    conn = _place_db(tmp_path)
    assert _rows(conn, "select place, mentions from article_places") == [
        {"place": "温州市", "mentions": 3}]


@pytest.mark.parametrize(("text", "place", "place_from", "scope"), [
    ("8800亿元", "温州市", "article", None),  # no scope → the article's place
    ("8%", "海南省", "scope", "海南"),  # a scope that is a known place → its normalised name
])
def test_target_place(tmp_path: Path, text: str, place: str, place_from: str, scope: str | None) -> None:
    conn = _place_db(tmp_path)
    row = _rows(conn, "select place, place_from, scope, published_year from targets_detail "
                      "where text = ?", text)[0]
    assert row == {"place": place, "place_from": place_from, "scope": scope, "published_year": 2023}


def test_scope_that_is_not_a_known_place_is_kept_as_written(gold_db) -> None:
    conn, _ = gold_db
    rows = _rows(conn, "select place, scope from targets_detail where scope = 'Keqiao district'")
    assert rows and all(r["place"] == "Keqiao district" for r in rows)


def test_money_and_leaders_take_their_article_place(tmp_path: Path) -> None:
    conn = _place_db(tmp_path)
    assert _rows(conn, "select place from money_detail") == [{"place": "温州市"}]
    assert _rows(conn, "select chain, place, records from leaders_by_chain") == [
        {"chain": "产业链", "place": "温州市", "records": 1}]


# --- exact numbers and totals against the gold records ----------------------------------------

def test_target_values_are_integers_when_whole(gold_db) -> None:
    conn, ids = gold_db
    rows = _rows(conn, "select text, value, deadline, place from targets_detail where article_id = ? "
                       "order by start", ids[HEFEI_HANT])
    # gold/corpus-hant.jsonl: 5000億元 by 2024 for 合肥市
    assert {"text": "5000億元", "value": 500000000000, "deadline": 2024, "place": "合肥市"} in rows
    assert all(isinstance(r["value"], int) for r in rows)


def _gold_money(conn: sqlite3.Connection) -> list[dict]:
    """Money rows with their article's publication year, straight from the tables."""
    return _rows(conn, "select m.article_id, m.currency, m.amount, a.published from money m "
                       "join articles a on a.id = m.article_id")


def test_money_by_article_totals_are_exact(gold_db) -> None:
    conn, _ = gold_db
    expected: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for row in _gold_money(conn):
        expected[row["article_id"], row["currency"]] += Decimal(repr(row["amount"]))
    got = {(r["article_id"], r["currency"]): r["total_amount"]
           for r in _rows(conn, "select * from money_by_article")}
    assert got == {k: int(v) if v == v.to_integral_value() else float(v) for k, v in expected.items()}
    assert all(isinstance(v, int) for v in got.values())


def test_money_by_year_counts_every_record_once(gold_db) -> None:
    conn, _ = gold_db
    expected = Counter((int(r["published"][:4]) if r["published"] else None, r["currency"])
                       for r in _gold_money(conn))
    got = {(r["published_year"], r["currency"]): r["records"]
           for r in _rows(conn, "select * from money_by_year")}
    assert got == dict(expected)


def test_money_by_place_adds_up_to_all_money(gold_db) -> None:
    conn, _ = gold_db
    by_currency: dict[str, Decimal] = defaultdict(Decimal)
    for row in _gold_money(conn):
        by_currency[row["currency"]] += Decimal(repr(row["amount"]))
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for row in _rows(conn, "select currency, total_amount from money_by_place"):
        totals[row["currency"]] += Decimal(repr(row["total_amount"]))
    assert totals == by_currency


def test_article_summary_counts_each_record_type(gold_db) -> None:
    conn, ids = gold_db
    gold = read_gold(gold_files())
    summary = {r["article_id"]: r for r in _rows(conn, "select * from article_summary")}
    assert len(summary) == len(ids)
    for key, article_id in ids.items():
        kinds = Counter(r.type for r in gold.articles[key].records)
        row = summary[article_id]
        assert (row["money"], row["counts"], row["targets"], row["leaders"]) == (
            kinds["money"], kinds["count"], kinds["target"], kinds["leader"]), key


def test_leaders_by_chain_groups_every_leader(gold_db) -> None:
    conn, _ = gold_db
    total = conn.execute("select count(*) from leaders").fetchone()[0]
    assert conn.execute("select sum(records) from leaders_by_chain").fetchone()[0] == total
    row = _rows(conn, "select people, roles from leaders_by_chain where chain = '新能源汽车产业链' "
                      "and place = '合肥市'")[0]
    # gold: 郑国栋 (chain leader) and 许文杰 (official) lead Hefei's NEV chain
    assert {"郑国栋", "许文杰"} <= set(row["people"].split(","))
    assert {"chain_leader", "official"} <= set(row["roles"].split(","))
