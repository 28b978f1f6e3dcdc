"""The researcher's week as one script: ingest a small corpus, query a view, export CSV and
Parquet, render an article, round-trip gold through Label Studio, evaluate, serve and fetch a
canned query over HTTP. Every step runs the real ``chainpress`` command (click's CliRunner,
or a subprocess for the server)."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from research_db import CORPUS, GOLD, SEEDS, WENZHOU, get_json, serving

from pipeline.cli import cli
from pipeline.gold import read_gold

ARTICLES = [  # (gold key, file in corpus/): one article per script
    "zh-hant/wenweipo-hefei-nev-chain-2023-12-04.txt",
    "zh-hans/jinan-chain-action-2022-04-07.txt",
    "en/chinadaily-hefei-nev-chain-2023.txt",
]


def chainpress(*args: str) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, f"chainpress {' '.join(map(str, args))}:\n{result.output}"
    return result


@dataclass
class Week:
    root: Path
    corpus: Path
    seeds: Path
    gold: Path
    db: Path
    articles: int


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Week:
    """A small corpus (three scripts, plus a seed when present) and its gold, in a tmp folder."""
    root = tmp_path_factory.mktemp("week")
    keys = list(ARTICLES)
    for key in ARTICLES:
        (root / "corpus" / key).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / key, root / "corpus" / key)
    seeds = root / "seeds"
    seeds.mkdir()
    if SEEDS.is_dir():
        shutil.copy(SEEDS / WENZHOU, seeds / WENZHOU)
        keys.append(WENZHOU)
    (root / "gold").mkdir()
    lines = [line for path in sorted(GOLD.glob("*.jsonl")) for line in path.read_text("utf-8").splitlines()
             if line.strip() and json.loads(line)["article"] in keys]
    (root / "gold" / "week.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return Week(root, root / "corpus", seeds, root / "gold" / "week.jsonl", root / "week.db", len(keys))


def test_the_whole_week(week: Week) -> None:
    db, root, n_articles = week.db, week.root, week.articles

    # Monday: ingest
    out = chainpress("ingest", week.corpus, week.seeds, "--db", db, "--quiet").output
    assert f"Articles: {n_articles} new, 0 unchanged, 0 failed" in out
    conn = sqlite3.connect(db)

    # Tuesday: query a view and a named query
    summary = json.loads(chainpress("query", "article-summary", "--db", db, "--format", "json").output)
    assert len(summary) == n_articles
    assert {r["script"] for r in summary} >= {"hans", "hant", "latn"}
    for row in summary:
        for table in ("money", "counts", "targets", "leaders"):
            stored = conn.execute(f"select count(*) from {table} where article_id = ?", [row["article_id"]])
            assert row[table] == stored.fetchone()[0]
    targets = json.loads(chainpress("query", "targets-by-place", "--db", db, "--format", "json").output)
    assert len(targets) == conn.execute("select count(*) from targets").fetchone()[0]

    # Wednesday: export CSV and Parquet
    chainpress("export", "all", "--format", "csv", "--out", root / "csv", "--db", db)
    with open(root / "csv" / "articles.csv", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == n_articles
    with open(root / "csv" / "money.csv", encoding="utf-8") as handle:
        money = list(csv.DictReader(handle))
    assert len(money) == conn.execute("select count(*) from money").fetchone()[0]
    assert all("." not in row["amount"] and "e" not in row["amount"] for row in money)  # whole yuan
    pq = pytest.importorskip("pyarrow.parquet")
    chainpress("export", "targets_detail", "money", "--format", "parquet", "--out", root / "parquet", "--db", db)
    assert pq.read_table(root / "parquet" / "money.parquet").num_rows == len(money)
    assert pq.read_table(root / "parquet" / "targets_detail.parquet").num_rows == len(targets)

    # Thursday: look at an article, then search for it
    article_id = next(r["article_id"] for r in summary if r["script"] == "hant")
    chainpress("render", article_id, "--db", db, "--out", root / "hant.html")
    page = (root / "hant.html").read_text("utf-8")
    title = conn.execute("select title from articles where id = ?", [article_id]).fetchone()[0]
    assert title in page
    for (text,) in conn.execute("select text from money where article_id = ?", [article_id]):
        assert text in page
    hits = json.loads(chainpress("search", "链长", "--db", db, "--format", "json").output)
    assert article_id in [h["article_id"] for h in hits]

    # Friday: evaluate against gold
    scores = json.loads(chainpress("eval", "--gold", week.gold, "--corpus", week.corpus,
                                   "--corpus", week.seeds, "--json").output)
    assert scores["articles"] == n_articles
    # every gold record is found or missed, except optional ones (neither)
    required = sum(1 for a in read_gold([week.gold]).articles.values() for r in a.records if not r.optional)
    assert sum(t["span"]["tp"] + t["span"]["fn"] for t in scores["types"].values()) == required

    # Saturday: serve and fetch a canned query over HTTP
    pytest.importorskip("datasette")
    with serving(db) as base:
        rows = get_json(f"{base}/{db.stem}/targets-by-place.json?_shape=array")
        assert rows == targets


def test_label_studio_round_trip_leaves_gold_unchanged(week: Week) -> None:
    root = week.root
    tasks, back = root / "tasks.json", root / "back.jsonl"
    chainpress("gold", "export", "--format", "labelstudio", "--gold", week.gold, "--corpus", week.corpus,
               "--corpus", week.seeds, "--out", tasks)
    assert len(json.loads(tasks.read_text("utf-8"))) == week.articles
    chainpress("gold", "import", tasks, "--format", "labelstudio", "--corpus", week.corpus,
               "--corpus", week.seeds, "--out", back, "--no-extract")
    before = read_gold([week.gold]).articles
    after = read_gold([back]).articles
    assert set(after) == set(before)
    for key in before:
        rows = sorted((r.to_row() for r in before[key].records), key=str)
        assert sorted((r.to_row() for r in after[key].records), key=str) == rows, key
