"""Test databases for the research commands, built from gold records (people's annotations,
never extractor output) and the corpus articles they annotate, through the real store."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from pipeline.gold import index_articles, read_gold
from pipeline.orchestrate import Extraction
from pipeline.records import EntityRecord, Record
from pipeline.store import open_db, save_extraction

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
SEEDS = ROOT.parent / "shared" / "seeds"
WENZHOU = "000_0431d42a77d0a515.txt"
WEIFANG = "003_3e450a4acf8393f9.txt"
HEFEI_HANT = "zh-hant/wenweipo-hefei-nev-chain-2023-12-04.txt"

# Places named in the articles, written out by hand: (surface in the article, normalised name).
PLACES = {
    WENZHOU: [("温州", "温州市"), ("浙江", "浙江省")],
    WEIFANG: [("濰坊", "潍坊市"), ("山東", "山东省")],
    HEFEI_HANT: [("合肥", "合肥市"), ("安徽", "安徽省")],
}


def gold_files(with_seeds: bool = True) -> list[Path]:
    """Gold files of the corpus (and of the seeds, when they are present)."""
    files = sorted(GOLD.glob("corpus-*.jsonl"))
    if with_seeds and SEEDS.is_dir():
        files.append(GOLD / "seeds.jsonl")
    return files


def place_entities(article_id: str, text: str, places: list[tuple[str, str]]) -> list[Record]:
    """A GPE entity at every occurrence of each hand-listed place name."""
    found: list[Record] = []
    for surface, normalised in places:
        start = text.find(surface)
        while start >= 0:
            found.append(EntityRecord(article_id, start, start + len(surface), surface, label="GPE",
                                      normalized=normalised))
            start = text.find(surface, start + 1)
    return found


def gold_database(path: str | Path, keys: list[str] | None = None,
                  files: list[Path] | None = None) -> tuple[Database, dict[str, str]]:
    """A database of the gold articles (all, or ``keys``) with their gold records as records.

    Returns the database and a map from gold key to article id.
    """
    gold = read_gold(files or gold_files())
    articles = index_articles([CORPUS, SEEDS])
    db = open_db(path)
    ids: dict[str, str] = {}
    for key, entry in gold.articles.items():
        if (keys is not None and key not in keys) or key not in articles:
            continue
        article = articles[key]
        records = [dataclasses.replace(r, article=article.id) for r in entry.records]
        records += place_entities(article.id, article.text, PLACES.get(key, []))
        save_extraction(db, Extraction(article=article, records=records), "test")
        ids[key] = article.id
    return db, ids


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str) -> object:
    """GET a URL and parse its JSON body."""
    import json
    import urllib.request

    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


@contextmanager
def serving(db_path: str | Path, timeout: float = 60) -> Iterator[str]:
    """``chainpress serve`` on a free port in a subprocess; yields its base URL, then stops it."""
    import subprocess
    import sys
    import time
    import urllib.error

    import pytest

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve", "--db", str(db_path), "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                get_json(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    output = server.communicate(timeout=10)[0].decode("utf-8", "replace")
                    pytest.fail(f"chainpress serve did not answer on port {port}: {output}")
                time.sleep(0.3)
        yield base
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)
