"""Lexicons and exclusion lists are data files that state their source (STYLE.md §5).

Like dateparser's data-integrity tests: every file names its source, repeats no row, and
holds no traditional forms (normalisation converts the text to simplified before matching,
so a traditional entry could never match).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.lexicon import DATA_DIR, load_rows
from pipeline.normalize import to_simplified

DATA_FILES = sorted(p for p in DATA_DIR.iterdir() if p.suffix == ".tsv")


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_file_names_its_source(path: Path) -> None:
    header = [line for line in path.read_text("utf-8").splitlines() if line.startswith("#")]
    assert any(line.startswith("# source:") for line in header), f"{path.name} lacks a '# source:' line"


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_file_has_no_duplicate_rows(path: Path) -> None:
    rows = load_rows(path.name)
    seen: set[tuple[str, ...]] = set()
    duplicates = [row for row in rows if row in seen or seen.add(row)]
    assert duplicates == []


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_file_has_no_traditional_forms(path: Path) -> None:
    traditional = [row[0] for row in load_rows(path.name) if to_simplified(row[0]) != row[0]]
    assert traditional == []


def test_user_dictionary_is_simplified() -> None:
    userdict = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "userdict.txt"
    words = [line.split()[0] for line in userdict.read_text("utf-8").splitlines() if line.strip()]
    assert words and all(to_simplified(w) == w for w in words)
