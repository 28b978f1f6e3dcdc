"""Shared fixtures: where the corpus, gold and seed articles are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
SEEDS = ROOT.parent / "shared" / "seeds"
WENZHOU = SEEDS / "000_0431d42a77d0a515.txt"
WEIFANG = SEEDS / "003_3e450a4acf8393f9.txt"


@pytest.fixture
def seeds_dir() -> Path:
    """The specimen articles; tests that need them skip when the folder is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    return SEEDS


def corpus_files() -> list[Path]:
    """Every article file in corpus/ (and the seeds, when present)."""
    from pipeline.ingest import SUPPORTED

    files = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in SUPPORTED)
    if SEEDS.is_dir():
        files += sorted(SEEDS.glob("*.txt"))
    return files
