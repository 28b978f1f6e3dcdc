"""Gold annotations: read, find their articles, and check them.

A gold file is JSON Lines, one article a line: ``{"article": KEY, "records": [...]}``. KEY
names the article as a path relative to a corpus folder (``zh-hans/x.txt``), a file name
(``000_0431d42a77d0a515.txt``) or a JSONL article id. See gold/GUIDELINES.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest import SUPPORTED, Article, IngestError, iter_path
from pipeline.records import (
    LEADER_ROLES,
    QUALIFIERS,
    SCORED_TYPES,
    Record,
    record_from_row,
)

DEFAULT_GOLD = ("gold",)
DEFAULT_CORPORA = ("corpus", "../shared/seeds")
REQUIRED_FIELDS = {
    "money": ("amount", "currency"),
    "count": ("value", "unit"),
    "target": ("value", "unit"),
    "leader": ("role",),
}


@dataclass
class GoldProblem:
    """One problem in a gold file, with where it is."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass
class GoldArticle:
    key: str
    records: list[Record]
    file: str = ""
    line: int = 0
    numbers: list[int] = field(default_factory=list)  # each record's position in the line's list (1-based)


@dataclass
class GoldSet:
    articles: dict[str, GoldArticle] = field(default_factory=dict)
    problems: list[GoldProblem] = field(default_factory=list)


def gold_files(paths: Iterable[str | Path] = DEFAULT_GOLD) -> list[Path]:
    """The ``*.jsonl`` files under the given files and folders."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found.extend(sorted(path.rglob("*.jsonl")))
        elif path.exists():
            found.append(path)
    return found


def read_gold(paths: Iterable[str | Path] = DEFAULT_GOLD) -> GoldSet:
    """Parse gold files into records; structural problems are collected, not raised."""
    gold = GoldSet()
    for path in gold_files(paths):
        with open(path, encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                _read_gold_line(line, str(path), lineno, gold)
    return gold


def _read_gold_line(line: str, file: str, lineno: int, gold: GoldSet) -> None:
    def problem(reason: str) -> None:
        gold.problems.append(GoldProblem(file, lineno, reason))

    try:
        obj = json.loads(line.strip())
    except json.JSONDecodeError as e:
        problem(f"invalid JSON ({e.msg} at column {e.colno}); each line must be one complete "
                '{"article": ..., "records": [...]} object')
        return
    if not isinstance(obj, dict) or not isinstance(obj.get("article"), str):
        problem("expected an object with an 'article' string and a 'records' list")
        return
    key = obj["article"]
    if key in gold.articles:
        first = gold.articles[key]
        problem(f"article {key!r} is annotated twice (first at {first.file}:{first.line})")
        return
    records: list[Record] = []
    numbers: list[int] = []
    if not isinstance(obj.get("records", []), list):
        problem("'records' must be a list")
        obj["records"] = []
    for i, row in enumerate(obj.get("records") or [], start=1):
        reason = _row_problem(row)
        if reason:
            problem(f"record {i}: {reason}")
            continue
        try:
            records.append(record_from_row(row, article=key))
            numbers.append(i)
        except (TypeError, ValueError, ArithmeticError) as e:
            problem(f"record {i}: {e}")
    gold.articles[key] = GoldArticle(key, records, file, lineno, numbers)


def _row_problem(row: object) -> str | None:
    """What is wrong with one gold record's fields, or None."""
    if not isinstance(row, dict):
        return "not an object"
    kind = row.get("type")
    if kind not in SCORED_TYPES:
        return f"unknown type {kind!r} (expected one of {', '.join(SCORED_TYPES)})"
    for name in ("start", "end"):
        if not isinstance(row.get(name), int) or row[name] < 0:
            return f"'{name}' must be a non-negative integer"
    if row["end"] <= row["start"]:
        return f"empty or reversed span {row['start']}:{row['end']}"
    if not isinstance(row.get("text"), str):
        return "'text' must be a string"
    missing = [f for f in REQUIRED_FIELDS[kind] if row.get(f) in (None, "")]
    if missing:
        return f"{kind} record lacks {', '.join(missing)}"
    qualifier = row.get("qualifier", "exact")
    if qualifier not in QUALIFIERS:
        return f"unknown qualifier {qualifier!r}"
    if kind == "leader" and row.get("role") not in LEADER_ROLES:
        return f"unknown leader role {row.get('role')!r}"
    deadline = row.get("deadline")
    if deadline is not None and not isinstance(deadline, int):
        return f"deadline must be an integer year or null, not {deadline!r}"
    return None


def index_articles(corpora: Iterable[str | Path] = DEFAULT_CORPORA) -> dict[str, Article]:
    """Every article in the corpus folders, under each key gold may use for it."""
    index: dict[str, Article] = {}
    for folder in corpora:
        root = Path(folder)
        if not root.is_dir():
            continue
        for path in sorted(p for p in root.rglob("*") if p.suffix.lower() in SUPPORTED):
            for item in iter_path(path):
                if isinstance(item, IngestError):
                    continue
                rel = path.relative_to(root).as_posix()
                keys = {rel, path.name}
                if item.format == "jsonl":
                    keys = {item.id}
                for key in keys:
                    index.setdefault(key, item)
    return index


def check_gold(gold: GoldSet, articles: dict[str, Article]) -> list[GoldProblem]:
    """Every problem: structure, unknown articles, offsets that do not hold their text,
    duplicates; sorted by file and line."""
    problems = list(gold.problems)
    for key, entry in gold.articles.items():
        article = articles.get(key)
        if article is None:
            problems.append(GoldProblem(entry.file, entry.line, f"no article {key!r} in the corpus"))
            continue
        seen: set[tuple[str, int, int]] = set()
        numbers = entry.numbers if len(entry.numbers) == len(entry.records) else [0] * len(entry.records)
        for number, record in zip(numbers, entry.records):
            label = f"record {number}: " if number else ""
            where = f"{label}{record.type} {record.start}:{record.end}"
            actual = article.text[record.start:record.end]
            if record.end > len(article.text):
                problems.append(GoldProblem(entry.file, entry.line,
                                            f"{where} is past the end of {key} "
                                            f"({len(article.text)} characters)"))
            elif actual != record.text:
                problems.append(GoldProblem(entry.file, entry.line,
                                            f"{where}: text {record.text!r} but the article "
                                            f"has {actual!r} there{_text_hint(article.text, record)}"))
            if (record.type, record.start, record.end) in seen:
                problems.append(GoldProblem(entry.file, entry.line, f"{where}: duplicate record"))
            seen.add((record.type, record.start, record.end))
    problems.sort(key=lambda p: (p.file, p.line))
    return problems


def _text_hint(text: str, record: Record) -> str:
    """Where the record's text does occur, to help fix its offsets."""
    found = [i for i in range(len(text)) if text.startswith(record.text, i)] if record.text else []
    if not found:
        return f"; {record.text!r} does not occur in {record.article}"
    best = min(found, key=lambda i: abs(i - record.start))
    return f"; it occurs at {best}:{best + len(record.text)}"
