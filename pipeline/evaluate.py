"""Score predicted records against gold, with the matching rules of gold/GUIDELINES.md.

A prediction matches a gold record of the same type when their spans overlap (the span
score) and, for the strict score, when the key fields also agree. Each gold record matches
at most one prediction. Optional gold records are neither a miss when not found nor a false
positive when found. Scores are micro-averaged over all articles, per record type.

Beside these record-level scores, :func:`match_scheme` scores spans alone under the four
schemes of SemEval-2013 task 9.1 as popularised by nervaluate (strict, exact, partial,
type); see its docstring for the exact rules.
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
    from pipeline.normalize import WIDTH_FOLD, to_simplified

    return _CHAIN_SUFFIX.sub("", to_simplified(chain.strip()).translate(WIDTH_FOLD)).strip().lower() or None


def _person_key(person: str | None) -> str | None:
    """A person's or firm's name compared in simplified script, width folded (（河源） = (河源)), spaces and
    case ignored."""
    if not person:
        return None
    import unicodedata

    from pipeline.normalize import to_simplified

    return regex.sub(r"\s+", " ", unicodedata.normalize("NFKC", to_simplified(person))).strip().lower()


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


SCHEMES: tuple[str, ...] = ("strict", "exact", "partial", "type")
CORRECT, PARTIAL, INCORRECT = "correct", "partial", "incorrect"


@dataclass
class SchemeCounts:
    """SemEval-2013 / nervaluate categories for one scheme, with P/R/F1 over them.

    possible = correct + incorrect + partial + missed (what gold holds);
    actual = correct + incorrect + partial + spurious (what was predicted);
    precision = (correct + ½ partial) / actual, recall = (correct + ½ partial) / possible.
    """

    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0

    @property
    def possible(self) -> int:
        return self.correct + self.incorrect + self.partial + self.missed

    @property
    def actual(self) -> int:
        return self.correct + self.incorrect + self.partial + self.spurious

    @property
    def precision(self) -> float:
        return (self.correct + 0.5 * self.partial) / self.actual if self.actual else 0.0

    @property
    def recall(self) -> float:
        return (self.correct + 0.5 * self.partial) / self.possible if self.possible else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: SchemeCounts) -> None:
        self.correct += other.correct
        self.incorrect += other.incorrect
        self.partial += other.partial
        self.missed += other.missed
        self.spurious += other.spurious

    def as_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "incorrect": self.incorrect, "partial": self.partial,
                "missed": self.missed, "spurious": self.spurious, "possible": self.possible,
                "actual": self.actual, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def pair_status(scheme: str, gold: Record, pred: Record) -> str | None:
    """How a gold and a predicted record relate under ``scheme`` (None: spans do not overlap).

    >>> from pipeline.records import CountRecord, MoneyRecord
    >>> g, p = MoneyRecord("a", 0, 6, "8800亿元"), CountRecord("a", 0, 4, "8800")
    >>> [pair_status(s, g, p) for s in SCHEMES]
    ['incorrect', 'incorrect', 'partial', 'incorrect']
    """
    if overlap(gold, pred) <= 0:
        return None
    same_bounds = gold.start == pred.start and gold.end == pred.end
    same_type = gold.type == pred.type
    if scheme == "strict":
        return CORRECT if same_bounds and same_type else INCORRECT
    if scheme == "exact":
        return CORRECT if same_bounds else INCORRECT
    if scheme == "partial":
        return CORRECT if same_bounds else PARTIAL
    if scheme == "type":
        return CORRECT if same_type else INCORRECT
    raise ValueError(f"unknown scheme {scheme!r} (expected one of {', '.join(SCHEMES)})")


@dataclass
class SchemeMatching:
    """One article's records matched under one scheme: counts and (gold, pred, status) pairs."""

    counts: SchemeCounts = field(default_factory=SchemeCounts)
    pairs: list[tuple[Record, Record, str]] = field(default_factory=list)


_STATUS_RANK = {CORRECT: 0, PARTIAL: 1, INCORRECT: 2}


def match_scheme(gold: list[Record], pred: list[Record], scheme: str) -> SchemeMatching:
    """Match records of any type one to one under one scheme, and count the categories.

    - strict: exact boundaries and the same type are correct; other overlaps incorrect.
    - exact: exact boundaries are correct, whatever the type; other overlaps incorrect.
    - partial: exact boundaries are correct; other overlaps partial (half credit).
    - type: an overlap with the same type is correct; with another type incorrect.
    A prediction that overlaps no gold is spurious; a gold record no prediction overlaps is
    missed. Pairs are chosen greedily: correct before partial before incorrect, then
    non-optional gold first, same type, exact boundaries, larger overlap, text order. Unlike
    nervaluate, each record is in at most one pair. An optional gold record absorbs a
    prediction of its own type (neither credited nor penalised); a prediction of another
    type paired with it is spurious; unpaired it is not missed.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            status = pair_status(scheme, g, p)
            if status is None:
                continue
            exact = g.start == p.start and g.end == p.end
            candidates.append((_STATUS_RANK[status], g.optional, g.type != p.type, not exact,
                               -overlap(g, p), g.start, p.start, gi, pi, status))
    candidates.sort(key=lambda c: c[:9])
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result = SchemeMatching()
    counts = result.counts
    for *_, gi, pi, status in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        g, p = gold[gi], pred[pi]
        if g.optional:
            if g.type != p.type:
                counts.spurious += 1
            continue
        result.pairs.append((g, p, status))
        setattr(counts, status, getattr(counts, status) + 1)
    counts.spurious += sum(1 for pi in range(len(pred)) if pi not in used_pred)
    counts.missed += sum(1 for gi, g in enumerate(gold) if gi not in used_gold and not g.optional)
    return result


# Fields compared for the per-field accuracy, per record type (the dataclass fields a record
# type adds, in the order of gold/GUIDELINES.md).
FIELDS: dict[str, tuple[str, ...]] = {
    "money": ("amount", "currency", "qualifier", "amount_max", "subject"),
    "count": ("value", "unit", "qualifier", "value_max", "object"),
    "target": ("metric", "value", "unit", "currency", "qualifier", "value_max", "deadline", "scope"),
    "leader": ("person", "title", "role", "chain", "count", "rank"),
}


def _text_key(value: object) -> object:
    if isinstance(value, str):
        from pipeline.normalize import WIDTH_FOLD, to_simplified

        # (晶映科技（厦门）有限公司 and 晶映科技(厦门)有限公司: one name in two widths)
        return regex.sub(r"\s+", " ", to_simplified(value).translate(WIDTH_FOLD)).strip().casefold() or None
    return value


def field_agrees(name: str, gold_value: object, pred_value: object) -> bool:
    """Whether one field agrees: numbers within 0.5%, chains without suffix, text folded.

    >>> field_agrees("amount", Decimal(1000), Decimal(1004)), field_agrees("chain", "泵阀产业链", "泵阀")
    (True, True)
    >>> field_agrees("title", "市總鏈辦副主任", "市总链办副主任"), field_agrees("deadline", None, 2025)
    (True, False)
    >>> field_agrees("person", "晶映科技（厦门）有限公司", "晶映科技(厦门)有限公司")
    True
    """
    if name in ("amount", "amount_max", "value", "value_max"):
        return close(gold_value, pred_value)  # type: ignore[arg-type]
    if name == "chain":
        return chain_key(gold_value) == chain_key(pred_value)  # type: ignore[arg-type]
    return _text_key(gold_value) == _text_key(pred_value)


def differing_fields(gold: Record, pred: Record) -> list[str]:
    """The fields of ``gold``'s type on which ``pred`` disagrees."""
    return [name for name in FIELDS.get(gold.type, ())
            if not field_agrees(name, getattr(gold, name, None), getattr(pred, name, None))]


@dataclass
class FieldCounts:
    """How often one field agrees on span-matched pairs."""

    agree: int = 0
    total: int = 0
    unset: int = 0  # pairs where gold and prediction both leave the field null

    @property
    def accuracy(self) -> float:
        return self.agree / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"agree": self.agree, "total": self.total, "accuracy": round(self.accuracy, 4)}


@dataclass
class Mistake:
    """One error for ``--errors``: a false positive, a false negative or a field mismatch."""

    article: str
    kind: str  # "false_positive", "false_negative" or "field_mismatch"
    gold: Record | None = None
    pred: Record | None = None
    fields: list[str] = field(default_factory=list)
    strict: bool = True  # a field mismatch that also fails the strict rule (key fields differ)

    @property
    def record(self) -> Record:
        """The record the mistake is about (gold when there is one)."""
        return self.gold or self.pred  # type: ignore[return-value]


LEVELS: tuple[str, ...] = ("span", "strict")


def _by_type() -> dict[str, Counts]:
    return {t: Counts() for t in SCORED_TYPES}


def _average(counts: dict[str, Counts]) -> tuple[Counts, dict[str, float]]:
    """Micro (pooled counts) and macro (mean over types with gold or predictions) averages."""
    micro = Counts()
    for c in counts.values():
        micro.add(c)
    used = [c for c in counts.values() if c.tp + c.fp + c.fn]
    macro = {name: (sum(getattr(c, name) for c in used) / len(used) if used else 0.0)
             for name in ("precision", "recall", "f1")}
    return micro, macro


@dataclass
class Scores:
    """Span and strict counts per record type, micro-averaged over articles.

    Also: the four span schemes (over all types together and per type), the same
    record-level counts per script, per-field agreement on span-matched pairs, and every
    mistake (false positive, false negative, field mismatch) for error listings.
    """

    span: dict[str, Counts] = field(default_factory=_by_type)
    strict: dict[str, Counts] = field(default_factory=_by_type)
    articles: int = 0
    errors: list[tuple[str, str, Pair]] = field(default_factory=list)  # (article, kind, pair)
    schemes: dict[str, SchemeCounts] = field(
        default_factory=lambda: {s: SchemeCounts() for s in SCHEMES})
    schemes_by_type: dict[str, dict[str, SchemeCounts]] = field(
        default_factory=lambda: {t: {s: SchemeCounts() for s in SCHEMES} for t in SCORED_TYPES})
    by_script: dict[str, dict[str, dict[str, Counts]]] = field(default_factory=dict)
    articles_by_script: dict[str, int] = field(default_factory=dict)
    fields: dict[str, FieldCounts] = field(default_factory=dict)  # "money.amount" → counts
    mistakes: list[Mistake] = field(default_factory=list)

    def level(self, name: str) -> dict[str, Counts]:
        """The per-type counts of one level: ``span`` or ``strict``."""
        if name not in LEVELS:
            raise ValueError(f"unknown level {name!r} (expected span or strict)")
        return self.span if name == "span" else self.strict

    def micro(self, level: str = "strict") -> Counts:
        """Counts pooled over all record types."""
        return _average(self.level(level))[0]

    def macro(self, level: str = "strict") -> dict[str, float]:
        """Precision, recall and F1 averaged over the types that have gold or predictions."""
        return _average(self.level(level))[1]

    def f1(self, kind: str, level: str = "strict") -> float:
        """F1 of one type, or of ``micro``/``macro``, at one level."""
        if kind == "micro":
            return self.micro(level).f1
        if kind == "macro":
            return self.macro(level)["f1"]
        if kind not in SCORED_TYPES:
            raise ValueError(f"unknown type {kind!r} (expected one of {', '.join(SCORED_TYPES)}, "
                             "micro or macro)")
        return self.level(level)[kind].f1

    def as_dict(self) -> dict[str, object]:
        averages = {
            level: {"micro": self.micro(level).as_dict(),
                    "macro": {k: round(v, 4) for k, v in self.macro(level).items()}}
            for level in LEVELS
        }
        return {
            "articles": self.articles,
            "types": {
                t: {"span": self.span[t].as_dict(), "strict": self.strict[t].as_dict(),
                    "schemes": {s: self.schemes_by_type[t][s].as_dict() for s in SCHEMES}}
                for t in SCORED_TYPES
            },
            "averages": averages,
            "schemes": {s: self.schemes[s].as_dict() for s in SCHEMES},
            "scripts": {
                script: {"articles": self.articles_by_script.get(script, 0),
                         **{level: {"micro": _average(counts[level])[0].as_dict(),
                                    "types": {t: c.as_dict() for t, c in counts[level].items()}}
                            for level in LEVELS}}
                for script, counts in sorted(self.by_script.items())
            },
            "fields": {name: c.as_dict() for name, c in self.fields.items()},
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


def evaluate(gold: dict[str, list[Record]], pred: dict[str, list[Record]],
             scripts: dict[str, str] | None = None) -> Scores:
    """Score ``pred`` against ``gold``; both map an article key to its records.

    Articles with no gold are not scored (gold defines the evaluation set). ``scripts`` maps
    article keys to their script (hans, hant, latn) for the per-script breakdown; articles
    it does not name count as ``unknown``.
    """
    scores = Scores()
    for key, gold_records in gold.items():
        scores.articles += 1
        script = (scripts or {}).get(key) or "unknown"
        scores.articles_by_script[script] = scores.articles_by_script.get(script, 0) + 1
        per_script = scores.by_script.setdefault(script, {level: _by_type() for level in LEVELS})
        pred_records = [r for r in pred.get(key, []) if r.type in SCORED_TYPES]
        for kind in SCORED_TYPES:
            g = [r for r in gold_records if r.type == kind]
            p = [r for r in pred_records if r.type == kind]
            span = match_records(g, p)
            scores.span[kind].add(span.counts)
            per_script["span"][kind].add(span.counts)
            strict = match_records(g, p, fields_agree)
            scores.strict[kind].add(strict.counts)
            per_script["strict"][kind].add(strict.counts)
            for pair in strict.pairs:
                if pair.gold is None or pair.pred is None:
                    scores.errors.append((key, kind, pair))
            _count_fields_and_mistakes(scores, key, span)
            for scheme in SCHEMES:
                scores.schemes_by_type[kind][scheme].add(match_scheme(g, p, scheme).counts)
        scored_gold = [r for r in gold_records if r.type in SCORED_TYPES]
        for scheme in SCHEMES:
            scores.schemes[scheme].add(match_scheme(scored_gold, pred_records, scheme).counts)
    return scores


def _count_fields_and_mistakes(scores: Scores, key: str, span: Matching) -> None:
    """Per-field agreement on span-matched pairs, and the mistakes of one article and type."""
    for pair in span.pairs:
        if pair.gold is None:
            scores.mistakes.append(Mistake(key, "false_positive", pred=pair.pred))
        elif pair.pred is None:
            scores.mistakes.append(Mistake(key, "false_negative", gold=pair.gold))
        elif not pair.gold.optional:
            differing = differing_fields(pair.gold, pair.pred)
            for name in FIELDS.get(pair.gold.type, ()):
                counts = scores.fields.setdefault(f"{pair.gold.type}.{name}", FieldCounts())
                counts.total += 1
                counts.agree += name not in differing
                counts.unset += getattr(pair.gold, name, None) is None and getattr(pair.pred, name, None) is None
            if differing:
                scores.mistakes.append(Mistake(key, "field_mismatch", pair.gold, pair.pred, differing,
                                               strict=not fields_agree(pair.gold, pair.pred)))


class PredictionError(ValueError):
    """A prediction file that cannot be read: names the file, the line and the problem."""


def read_predictions(path: str | Path) -> list[dict]:
    """Prediction rows from ``chainpress extract --format jsonl`` (or JSON list) output.

    Rows from any system work: objects with ``article_id`` (or ``article``) and/or ``source``
    and the record fields of RECORDS.md. Raises :class:`PredictionError` on bad JSON.
    """
    text = Path(path).read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as e:
            raise PredictionError(f"{path}:{e.lineno}: invalid JSON ({e.msg} at column {e.colno})") from e
        numbered = list(enumerate(rows, start=1))
    else:
        numbered = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                numbered.append((lineno, json.loads(line)))
            except json.JSONDecodeError as e:
                raise PredictionError(f"{path}:{lineno}: invalid JSON ({e.msg} at column {e.colno}); "
                                      "expected one prediction object a line") from e
    for lineno, row in numbered:
        if not isinstance(row, dict):
            raise PredictionError(f"{path}:{lineno}: expected a JSON object with 'type', 'start', "
                                  f"'end', 'text' and 'article_id' or 'source', not {row!r:.60}")
    return [row for _, row in numbered]


def group_predictions(rows: Iterable[dict], gold_keys: Iterable[str]) -> dict[str, list[Record]]:
    """Assign prediction rows to gold article keys by article id or by input path."""
    keys = list(gold_keys)
    grouped: dict[str, list[Record]] = {k: [] for k in keys}
    for number, row in enumerate(rows, start=1):
        if row.get("type") not in SCORED_TYPES:
            continue
        key = _gold_key_for(row, keys)
        if key is None:
            continue
        try:
            grouped[key].append(record_from_row(row, article=key))
        except (TypeError, ValueError, ArithmeticError) as e:
            raise PredictionError(f"prediction {number} ({row.get('type')} for {key}): {e}") from e
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
