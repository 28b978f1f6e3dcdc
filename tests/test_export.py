"""``chainpress export``: CSV, JSON Lines and Parquet files with exact amounts.

Amounts are stored as REAL; these cases check that whole amounts come back as integers and
fractional ones with their exact digits, in every format.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from research_db import gold_database

from pipeline.cli import cli
from pipeline.export import ALL_TABLES, ExportError, exact_number, export
from pipeline.ingest import build_article
from pipeline.orchestrate import Extraction
from pipeline.records import CountRecord, MoneyRecord
from pipeline.store import open_db, save_extraction

# Surface, amount: amounts a float would get wrong, and one that is not whole.
AMOUNTS = [
    ("16.4亿元", Decimal("1640000000")),  # 16.4 * 1e8 in binary floats is 1639999999.9999998
    ("8755.1億元", Decimal("875510000000")),
    ("1.2万亿元", Decimal("1200000000000")),
    ("413.7亿元", Decimal("41370000000")),
    ("1.5元", Decimal("1.5")),
]
TEXT = "产业链链长制工作会议召开。" + "，".join(f"完成{surface}" for surface, _ in AMOUNTS) + "。走访企业52家。\n"


@pytest.fixture()
def amounts_db(tmp_path: Path) -> Path:
    article = build_article(TEXT, "amounts.txt")
    records = []
    for surface, amount in AMOUNTS:
        start = article.text.index(surface)
        records.append(MoneyRecord(article.id, start, start + len(surface), surface, amount=amount))
    start = article.text.index("52家")
    records.append(CountRecord(article.id, start, start + 3, "52家", value=Decimal(52), unit="家"))
    db = open_db(tmp_path / "amounts.db")
    save_extraction(db, Extraction(article=article, records=records), "test")
    db.close()
    return tmp_path / "amounts.db"


def _export(db: Path, fmt: str, out: Path, *tables: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["export", *tables, "--format", fmt, "--out", str(out), "--db", str(db)])
    return result.exit_code, result.output


EXPECTED = {surface: amount for surface, amount in AMOUNTS}


def test_csv_amounts_are_exact(amounts_db: Path, tmp_path: Path) -> None:
    code, out = _export(amounts_db, "csv", tmp_path / "out", "money")
    assert code == 0 and out == f"{tmp_path / 'out' / 'money.csv'}  {len(AMOUNTS)} rows\n"
    with open(tmp_path / "out" / "money.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["text"]: r["amount"] for r in rows} == {s: str(a) for s, a in EXPECTED.items()}


def test_jsonl_whole_amounts_are_integers(amounts_db: Path, tmp_path: Path) -> None:
    code, _ = _export(amounts_db, "jsonl", tmp_path / "out", "money", "counts")
    assert code == 0
    rows = [json.loads(line) for line in (tmp_path / "out" / "money.jsonl").read_text("utf-8").splitlines()]
    got = {r["text"]: r["amount"] for r in rows}
    assert got == {s: int(a) if a == a.to_integral_value() else float(a) for s, a in EXPECTED.items()}
    assert all(isinstance(v, int) for s, v in got.items() if s != "1.5元")
    counts = json.loads((tmp_path / "out" / "counts.jsonl").read_text("utf-8"))
    assert counts["value"] == 52 and isinstance(counts["value"], int)


def test_parquet_keeps_integers_and_exact_decimals(amounts_db: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    code, _ = _export(amounts_db, "parquet", tmp_path / "out", "money", "targets_detail", "counts")
    assert code == 0
    money = pq.read_table(tmp_path / "out" / "money.parquet")
    # one amount is 1.5, so the column is decimal with one digit after the point
    assert money.schema.field("amount").type == pa.decimal128(38, 1)
    assert {t: Decimal(a) for t, a in zip(money["text"].to_pylist(), money["amount"].to_pylist())} == EXPECTED
    counts = pq.read_table(tmp_path / "out" / "counts.parquet")
    assert counts.schema.field("value").type == pa.int64() and counts["value"].to_pylist() == [52]
    assert pq.read_table(tmp_path / "out" / "targets_detail.parquet").num_rows == 0


def test_all_writes_every_data_table(tmp_path: Path) -> None:
    db, _ = gold_database(tmp_path / "gold.db")
    db.close()
    code, _ = _export(tmp_path / "gold.db", "jsonl", tmp_path / "out", "all")
    assert code == 0
    conn = sqlite3.connect(tmp_path / "gold.db")
    for table in ALL_TABLES:
        lines = (tmp_path / "out" / f"{table}.jsonl").read_text("utf-8").splitlines()
        assert len(lines) == conn.execute(f"select count(*) from [{table}]").fetchone()[0], table
    article = json.loads((tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()[0])
    assert "text" in article and "text_segmented" not in article  # the index's columns stay home


def test_unknown_table(amounts_db: Path, tmp_path: Path) -> None:
    code, out = _export(amounts_db, "csv", tmp_path / "out", "monies")
    assert code == 1
    assert out.startswith("Error: no table or view 'monies' in the database; choose from: all, articles, ")
    assert "targets_detail" in out and "articles_fts" not in out


def test_parquet_without_pyarrow_says_how_to_install(amounts_db: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    code, out = _export(amounts_db, "parquet", tmp_path / "out", "money")
    assert (code, out) == (1, "Error: Parquet export needs pyarrow, which is not installed: "
                              "pip install 'chainpress[export]'  (or: pip install pyarrow)\n")
    assert not (tmp_path / "out").exists()


def test_library_export_returns_paths_and_counts(amounts_db: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(amounts_db)
    results = export(conn, ["counts", "money"], "csv", tmp_path)
    assert [(r.table, r.path.name, r.rows) for r in results] == [
        ("counts", "counts.csv", 1), ("money", "money.csv", len(AMOUNTS))]
    with pytest.raises(ExportError):
        export(conn, ["money"], "xlsx", tmp_path)


@pytest.mark.parametrize(("stored", "exact"), [
    (1640000000.0, 1640000000), (41370000000.0, 41370000000), (1.5, Decimal("1.5")), (None, None),
    (52, 52),
])
def test_exact_number(stored: object, exact: object) -> None:
    assert exact_number(stored) == exact and type(exact_number(stored)) is type(exact)
