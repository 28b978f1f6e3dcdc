"""The store: idempotent re-ingest, atomic articles, crash safety, read-only queries."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows without surrogate ids and timestamps, sorted."""
    conn = sqlite3.connect(db)
    out = {}
    out["articles"] = sorted(conn.execute(
        "select id, path, title, source, published, language, script, text, body from articles"))
    for table in ("money", "counts", "targets", "leaders", "entities"):
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if r[1] != "id"]
        out[table] = sorted(conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]"),
                            key=repr)
    conn.close()
    return out


def corpus_copy(tmp_path: Path, copies: int = 1) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(copies):
        target = folder / f"copy{i}"
        shutil.copytree(ROOT / "corpus", target)
        if i:  # vary the text so every copy is a new article
            for path in target.rglob("*.txt"):
                try:
                    text = path.read_bytes().decode("utf-8")
                except UnicodeDecodeError:
                    continue  # GB18030/Big5 copies stay identical: the same article, stored once
                path.write_text(text + f"\n补充说明{i}。\n", encoding="utf-8")
    return folder


def test_second_ingest_is_a_no_op(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(ROOT / "corpus"), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.output
    before = snapshot(db)
    second = runner.invoke(cli, ["ingest", str(ROOT / "corpus"), "--db", str(db), "--quiet"])
    assert second.exit_code == 0, second.output
    assert "Articles: 0 new" in second.output
    assert snapshot(db) == before
    runs = sqlite3.connect(db).execute("select articles_new, articles_unchanged, finished from runs").fetchall()
    assert len(runs) == 2 and runs[1][0] == 0 and runs[1][1] == runs[0][0] and runs[1][2]


def test_seeds_twice(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(seeds_dir), "--db", str(db)]).exit_code == 0
    again = runner.invoke(cli, ["ingest", str(seeds_dir), "--db", str(db)])
    assert "Articles: 0 new, 2 unchanged, 0 failed" in again.output
    rows = sqlite3.connect(db).execute("select published, source from articles order by published").fetchall()
    assert rows == [("2021-10-20", "大眾網"), ("2023-03-17", "意大利侨网")]


def test_killed_ingest_resumes_to_the_same_database(tmp_path: Path) -> None:
    folder = corpus_copy(tmp_path, copies=6)
    reference = tmp_path / "reference.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--quiet", "--db"]
    subprocess.run(cmd + [str(reference)], check=True, env=env, capture_output=True)

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(cmd + [str(killed)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:  # kill once some articles are in
        try:
            stored = sqlite3.connect(killed, timeout=1).execute("select count(*) from articles").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 1:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(killed)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    partial = conn.execute("select count(*) from articles").fetchone()[0]
    total = sqlite3.connect(reference).execute("select count(*) from articles").fetchone()[0]
    assert partial < total, "the kill came too late to test anything"
    # every stored article has all of its records: no half-written article
    conn.close()
    subprocess.run(cmd + [str(killed)], check=True, env=env, capture_output=True)
    assert snapshot(killed) == snapshot(reference)


def test_query_cannot_modify(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(ROOT / "corpus" / "en"), "--db", str(db), "--quiet"]).exit_code == 0
    before = snapshot(db)
    result = runner.invoke(cli, ["query", "DELETE FROM articles", "--db", str(db)])
    assert result.exit_code == 1
    assert "read-only" in result.output and "Traceback" not in result.output
    for sql in ("DROP TABLE money", "UPDATE articles SET title = 'x'", "PRAGMA journal_mode=DELETE"):
        runner.invoke(cli, ["query", sql, "--db", str(db)])
    assert snapshot(db) == before


def test_full_text_search_finds_traditional_with_simplified_query(tmp_path: Path) -> None:
    from pipeline.store import segment_for_index

    db = tmp_path / "f.db"
    result = CliRunner().invoke(cli, ["ingest", str(ROOT / "corpus" / "zh-hant"), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    for query in ("链长", "产业链", "副链长"):
        match = segment_for_index(query)
        hits = conn.execute("select count(*) from articles_fts where articles_fts match ?", [match]).fetchone()[0]
        assert hits >= 3, query


def test_workers_give_the_same_database(tmp_path: Path) -> None:
    runner = CliRunner()
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert runner.invoke(cli, ["ingest", str(ROOT / "corpus"), "--db", str(one), "--quiet"]).exit_code == 0
    result = runner.invoke(cli, ["ingest", str(ROOT / "corpus"), "--db", str(two), "--quiet", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert snapshot(one) == snapshot(two)
