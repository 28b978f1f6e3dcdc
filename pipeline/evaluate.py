"""Score predicted records against gold, with the matching rules of gold/GUIDELINES.md.

A prediction matches a gold record of the same type when their spans overlap (the span
score) and, for the strict score, when the key fields also agree. Each gold record matches
at most one prediction. Optional gold records are neither a miss when not found nor a false
positive when found. Scores are micro-averaged over all articles, per record type.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import regex

from pipeline.records import SCORED_TYPES, LeaderRecord, Record, record_from_row

RELATIVE_TOLERANCE = Decimal("0.005")
_CHAIN_SUFFIX = regex.compile(r"(?:产业链|產業鏈|链|鏈|\s*industr(?:ial|y) chains?|\s*chains?)$",
                              regex.IGNORECASE)


def close(a: Decimal | None, b: Decimal | None) -> bool:
    """Values within 0.5% of each other (both None counts as equal).

    >>> close(Decimal(1000), Decimal(1004)), close(Decimal(1000), Decimal(1006))
    (True, False)
    """
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b))


def chain_key(chain: str | None) -> str | None:
    """A chain name without its 产业链 / 链 / industrial chain suffix, for comparison.

    >>> chain_key("泵阀产业链"), chain_key("new energy vehicle industrial chain")
    ('泵阀', 'new energy vehicle')
    """
    if not chain:
        return None
    from pipeline.normalize import to_simplified

    return _CHAIN_SUFFIX.sub("", to_simplified(chain.strip())).strip().lower() or None


def _person_key(person: str | None) -> str | None:
    if not person:
        return None
    from pipeline.normalize import to_simplified

    return regex.sub(r"\s+", " ", to_simplified(person)).strip().lower()


def fields_agree(gold: Record, pred: Record) -> bool:
    """The strict-match rule for one record type."""
    if gold.type == "money":
        return close(gold.amount, pred.amount) and gold.currency == pred.currency
    if gold.type == "count":
        return gold.value == pred.value
    if gold.type == "target":
        return close(gold.value, pred.value) and gold.deadline == pred.deadline
    if gold.type == "leader":
        assert isinstance(gold, LeaderRecord) and isinstance(pred, LeaderRecord)
        if gold.person:
            return _person_key(gold.person) == _person_key(pred.person)
        return gold.role == pred.role and chain_key(gold.chain) == chain_key(pred.chain)
    return True


def overlap(a: Record, b: Record) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Pair:
    gold: Record | None
    pred: Record | None


@dataclass
class Matching:
    """The outcome of matching one article's records of one type under one rule."""

    counts: Counts = field(default_factory=Counts)
    pairs: list[Pair] = field(default_factory=list)  # matched, fp (gold None), fn (pred None)


def match_records(gold: list[Record], pred: list[Record],
                  agree: Callable[[Record, Record], bool] | None = None) -> Matching:
    """One-to-one matching of overlapping spans (largest overlap first).

    With ``agree`` only pairs whose fields agree may match (the strict score).
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            size = overlap(g, p)
            if size > 0 and (agree is None or agree(g, p)):
                exact = g.start == p.start and g.end == p.end
                candidates.append((-int(exact), -size, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result = Matching()
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        result.pairs.append(Pair(gold[gi], pred[pi]))
        if not gold[gi].optional:
            result.counts.tp += 1
    for pi, p in enumerate(pred):
        if pi not in used_pred:
            result.counts.fp += 1
            result.pairs.append(Pair(None, p))
    for gi, g in enumerate(gold):
        if gi not in used_gold and not g.optional:
            result.counts.fn += 1
            result.pairs.append(Pair(g, None))
    return result


@dataclass
class Scores:
    """Span and strict counts per record type, micro-averaged over articles."""

    span: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in SCORED_TYPES})
    strict: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in SCORED_TYPES})
    articles: int = 0
    errors: list[tuple[str, str, Pair]] = field(default_factory=list)  # (article, kind, pair)

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "types": {
                t: {"span": self.span[t].as_dict(), "strict": self.strict[t].as_dict()}
                for t in SCORED_TYPES
            },
        }

    def table(self) -> str:
        """A plain-text table, one row per type."""
        head = (f"{'type':<8} {'span P':>7} {'span R':>7} {'span F1':>7}   "
                f"{'strict P':>8} {'strict R':>8} {'strict F1':>9}   {'TP':>4} {'FP':>4} {'FN':>4}")
        lines = [head, "-" * len(head)]
        for t in SCORED_TYPES:
            s, x = self.span[t], self.strict[t]
            lines.append(
                f"{t:<8} {s.precision:7.3f} {s.recall:7.3f} {s.f1:7.3f}   "
                f"{x.precision:8.3f} {x.recall:8.3f} {x.f1:9.3f}   {x.tp:4d} {x.fp:4d} {x.fn:4d}"
            )
        lines.append(f"({self.articles} articles; TP/FP/FN are for the strict match)")
        return "\n".join(lines)


def evaluate(gold: dict[str, list[Record]], pred: dict[str, list[Record]]) -> Scores:
    """Score ``pred`` against ``gold``; both map an article key to its records.

    Articles with no gold are not scored (gold defines the evaluation set).
    """
    scores = Scores()
    for key, gold_records in gold.items():
        scores.articles += 1
        pred_records = pred.get(key, [])
        for kind in SCORED_TYPES:
            g = [r for r in gold_records if r.type == kind]
            p = [r for r in pred_records if r.type == kind]
            scores.span[kind].add(match_records(g, p).counts)
            strict = match_records(g, p, fields_agree)
            scores.strict[kind].add(strict.counts)
            for pair in strict.pairs:
                if pair.gold is None or pair.pred is None:
                    scores.errors.append((key, kind, pair))
    return scores


def read_predictions(path: str | Path) -> list[dict]:
    """Prediction rows from ``chainpress extract --format jsonl`` (or JSON list) output."""
    text = Path(path).read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        return list(json.loads(text))
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def group_predictions(rows: Iterable[dict], gold_keys: Iterable[str]) -> dict[str, list[Record]]:
    """Assign prediction rows to gold article keys by article id or by input path."""
    keys = list(gold_keys)
    grouped: dict[str, list[Record]] = {k: [] for k in keys}
    for row in rows:
        if row.get("type") not in SCORED_TYPES:
            continue
        key = _gold_key_for(row, keys)
        if key is not None:
            grouped[key].append(record_from_row(row, article=key))
    return grouped


def _gold_key_for(row: dict, keys: list[str]) -> str | None:
    article_id = str(row.get("article_id") or row.get("article") or "")
    if article_id in keys:
        return article_id
    source = str(row.get("source") or "").replace("\\", "/")
    source = regex.sub(r":\d+$", "", source)
    for key in keys:
        if source == key or source.endswith("/" + key):
            return key
    return None
