"""``evaluate()`` end to end: read gold, find its articles, get predictions, score, report.

The report comes as a plain-text table, Markdown (for docs/scores.md) or JSON, with the
record-level scores of gold/GUIDELINES.md, the four span schemes, a per-script breakdown,
per-field agreement, and optionally the first N mistakes with their sentences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import regex

from pipeline.evaluate import (
    FIELDS,
    LEVELS,
    SCHEMES,
    Counts,
    Mistake,
    Scores,
    evaluate,
    group_predictions,
    read_predictions,
)
from pipeline.gold import GoldProblem, index_articles, read_gold
from pipeline.ingest import Article
from pipeline.records import SCORED_TYPES, Record

MISTAKE_KINDS: tuple[str, ...] = ("false_negative", "false_positive", "field_mismatch")


@dataclass
class ScoreResult:
    scores: Scores
    problems: list[GoldProblem] = field(default_factory=list)
    gold: dict[str, list[Record]] = field(default_factory=dict)
    pred: dict[str, list[Record]] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)  # gold key → article, where found
    failed: dict[str, str] = field(default_factory=dict)  # gold key → why chainpress failed on it


def predict(keys: list[str], corpora: list[str], articles: dict[str, Article] | None = None,
            failed: dict[str, str] | None = None) -> tuple[dict[str, list[Record]], list[str]]:
    """Run chainpress over the gold articles; returns predictions and unknown keys.

    An article chainpress fails on scores as one with no records, and its key and error go into
    ``failed`` (the other articles are still scored)."""
    from pipeline.orchestrate import extract_article

    articles = articles if articles is not None else index_articles(corpora)
    pred: dict[str, list[Record]] = {}
    missing: list[str] = []
    for key in keys:
        article = articles.get(key)
        if article is None:
            missing.append(key)
            continue
        try:
            pred[key] = extract_article(article).records
        except Exception as e:  # noqa: BLE001 - reported per article, the others are still scored
            pred[key] = []
            if failed is not None:
                failed[key] = f"{type(e).__name__}: {e}"
    return pred, missing


def score(gold_paths: list[str], corpora: list[str], pred_path: str | None = None) -> ScoreResult:
    """Scores of ``pred_path`` (or of chainpress itself) against the gold files.

    Raises :class:`pipeline.evaluate.PredictionError` when ``pred_path`` cannot be read.
    """
    gold_set = read_gold(gold_paths)
    gold = {key: entry.records for key, entry in gold_set.articles.items()}
    problems = list(gold_set.problems)
    index = index_articles(corpora)
    failed: dict[str, str] = {}
    if pred_path:
        pred = group_predictions(read_predictions(pred_path), gold)
    else:
        pred, missing = predict(list(gold), corpora, index, failed)
        for key in missing:
            entry = gold_set.articles[key]
            problems.append(GoldProblem(entry.file, entry.line, f"no article {key!r} in the corpus"))
            gold.pop(key)
    articles = {key: index[key] for key in gold if key in index}
    scripts = {key: article.script for key, article in articles.items()}
    return ScoreResult(evaluate(gold, pred, scripts), problems, gold, pred, articles, failed)


# --- thresholds -------------------------------------------------------------------------

@dataclass(frozen=True)
class Threshold:
    """A minimum F1 from ``--min-f1 TYPE[.LEVEL]=X``."""

    kind: str  # a record type, micro or macro
    level: str  # strict or span
    minimum: float
    spec: str

    def failure(self, scores: Scores) -> str | None:
        """A message when the score is below the minimum, else None."""
        value = scores.f1(self.kind, self.level)
        if value >= self.minimum:
            return None
        return (f"{self.kind} {self.level} F1 is {value:.3f}, below the required {self.minimum:.3f} "
                f"(--min-f1 {self.spec})")


def parse_threshold(spec: str) -> Threshold:
    """Read ``money=0.8``, ``money.span=0.9`` or ``micro.strict=0.5``; raises ValueError.

    >>> parse_threshold("money.span=0.9")
    Threshold(kind='money', level='span', minimum=0.9, spec='money.span=0.9')
    """
    name, sep, number = spec.partition("=")
    kind, _, level = name.strip().partition(".")
    level = level or "strict"
    kinds = (*SCORED_TYPES, "micro", "macro")
    if not sep or kind not in kinds or level not in LEVELS:
        raise ValueError(f"{spec!r} is not TYPE=X or TYPE.LEVEL=X, with TYPE one of {', '.join(kinds)} "
                         f"and LEVEL strict or span (e.g. money=0.8, count.span=0.9)")
    try:
        minimum = float(number)
    except ValueError:
        minimum = -1.0
    if not 0.0 <= minimum <= 1.0:
        raise ValueError(f"{spec!r}: the threshold must be a number from 0 to 1, not {number!r}")
    return Threshold(kind, level, minimum, spec)


# --- mistakes with their sentences ------------------------------------------------------

def sentence_of(article: Article | None, record: Record, limit: int = 240) -> str | None:
    """The sentence of the article holding ``record``, the record marked ⟦like this⟧."""
    if article is None or record.end > len(article.text):
        return None
    from pipeline.tokenize import split_sentences

    text = article.text
    start, end = record.start, record.end
    for s, e in split_sentences(text, article.language):
        if s <= record.start < e:
            start, end = s, max(e, record.end)
            break
    # keep long sentences readable: a window around the record
    start = max(start, record.start - limit // 2)
    end = min(end, record.end + limit // 2)
    marked = f"{text[start:record.start]}⟦{text[record.start:record.end]}⟧{text[record.end:end]}"
    return regex.sub(r"\s+", " ", marked).strip()


def _show(value: object) -> str:
    return "null" if value is None else str(value)


def mistake_rows(result: ScoreResult, limit: int) -> list[dict[str, object]]:
    """Up to ``limit`` mistakes of each kind, as JSON-ready dicts with their sentences."""
    rows: list[dict[str, object]] = []
    for kind in MISTAKE_KINDS:
        chosen = [m for m in result.scores.mistakes if m.kind == kind]
        chosen.sort(key=lambda m: (not m.strict, m.article, m.record.start, m.record.end, m.record.type))
        for mistake in chosen[:limit]:
            rows.append(_mistake_row(mistake, result.articles.get(mistake.article)))
    return rows


def _mistake_row(mistake: Mistake, article: Article | None) -> dict[str, object]:
    record = mistake.record
    row: dict[str, object] = {
        "kind": mistake.kind, "article": mistake.article, "type": record.type,
        "start": record.start, "end": record.end, "text": record.text,
    }
    if mistake.kind == "field_mismatch":
        assert mistake.gold is not None and mistake.pred is not None
        row["pred_span"] = [mistake.pred.start, mistake.pred.end, mistake.pred.text]
        row["fields"] = {name: {"gold": _jsonable(getattr(mistake.gold, name, None)),
                                "pred": _jsonable(getattr(mistake.pred, name, None))}
                         for name in mistake.fields}
        row["strict"] = mistake.strict
    else:
        row["fields"] = {name: _jsonable(getattr(record, name, None))
                         for name in FIELDS.get(record.type, ()) if getattr(record, name, None) is not None}
    row["sentence"] = sentence_of(article, record)
    return row


def _jsonable(value: object) -> object:
    from decimal import Decimal

    from pipeline.records import json_number

    return json_number(value) if isinstance(value, Decimal) else value


def _mistake_line(row: dict[str, object]) -> str:
    where = f"{row['article']} {row['start']}:{row['end']}"
    fields = row["fields"]
    assert isinstance(fields, dict)
    if row["kind"] == "field_mismatch":
        start, end, text = row["pred_span"]  # type: ignore[misc]
        detail = "; ".join(f"{name}: gold {_show(v['gold'])}, pred {_show(v['pred'])}"
                           for name, v in fields.items())
        if (start, end) != (row["start"], row["end"]):
            detail += f" (pred span {start}:{end} {text!r})"
    else:
        detail = " ".join(f"{name}={_show(v)}" for name, v in fields.items())
    return f"{row['kind']:<14} {row['type']:<6} {where} {row['text']!r}  {detail}".rstrip()


# --- rendering --------------------------------------------------------------------------

def _f(value: float) -> str:
    return f"{value:.3f}"


def _prf(c: Counts) -> list[str]:
    return [_f(c.precision), _f(c.recall), _f(c.f1)]


def _tables(result: ScoreResult) -> list[tuple[str, str, list[str], list[list[object]]]]:
    """(title, note, headers, rows) for every section of the report."""
    s = result.scores
    record_rows: list[list[object]] = []
    for t in SCORED_TYPES:
        x = s.strict[t]
        record_rows.append([t, *_prf(s.span[t]), *_prf(x), x.tp, x.fp, x.fn])
    for level_name in ("micro",):
        span, strict = s.micro("span"), s.micro("strict")
        record_rows.append([level_name, *_prf(span), *_prf(strict), strict.tp, strict.fp, strict.fn])
    span_macro, strict_macro = s.macro("span"), s.macro("strict")
    record_rows.append(["macro", *(_f(span_macro[k]) for k in ("precision", "recall", "f1")),
                        *(_f(strict_macro[k]) for k in ("precision", "recall", "f1")), "", "", ""])
    records = ("Records", "span = same type, overlapping spans; strict = span match and the key fields agree "
               "(gold/GUIDELINES.md §10). TP/FP/FN are strict. Macro: mean over the types that have gold "
               "or predictions.",
               ["type", "span P", "span R", "span F1", "strict P", "strict R", "strict F1", "TP", "FP", "FN"],
               record_rows)

    scheme_rows: list[list[object]] = []
    for name in SCHEMES:
        c = s.schemes[name]
        scheme_rows.append([name, c.correct, c.incorrect, c.partial, c.missed, c.spurious,
                            _f(c.precision), _f(c.recall), _f(c.f1),
                            *(_f(s.schemes_by_type[t][name].f1) for t in SCORED_TYPES)])
    schemes = ("Span schemes", "nervaluate-style, spans only, all types together: strict = exact boundaries "
               "and type; exact = exact boundaries; partial = overlap, half credit; type = overlap and type. "
               "The last columns are each type's F1 on its own records.",
               ["scheme", "COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F1",
                *(f"{t} F1" for t in SCORED_TYPES)],
               scheme_rows)

    script_rows: list[list[object]] = []
    for script, counts in sorted(s.by_script.items()):
        span_micro = _pooled(counts["span"])
        strict_micro = _pooled(counts["strict"])
        script_rows.append([script, s.articles_by_script.get(script, 0), _f(span_micro.f1),
                            *_prf(strict_micro), *(_f(counts["strict"][t].f1) for t in SCORED_TYPES)])
    scripts = ("By script", "Micro-averaged over types; per-type columns are strict F1.",
               ["script", "articles", "span F1", "strict P", "strict R", "strict F1",
                *(f"{t} F1" for t in SCORED_TYPES)],
               script_rows)

    field_rows = [[name, c.agree, c.total, _f(c.accuracy)] for name, c in s.fields.items()
                  if c.total and c.unset < c.total]
    fields = ("Fields", "Agreement on span-matched pairs (non-optional gold); amounts and values within 0.5%, "
              "chains without their suffix, text in simplified script; null = null agrees. Fields null on both "
              "sides of every pair are left out (JSON has them all).",
              ["field", "agree", "pairs", "accuracy"], field_rows)
    return [records, schemes, scripts, fields]


def _pooled(counts: dict[str, Counts]) -> Counts:
    total = Counts()
    for c in counts.values():
        total.add(c)
    return total


def _summary(result: ScoreResult) -> str:
    gold_records = sum(1 for records in result.gold.values() for r in records if r.type in SCORED_TYPES)
    pred_records = sum(1 for key in result.gold for r in result.pred.get(key, []) if r.type in SCORED_TYPES)
    return (f"{result.scores.articles} articles, {gold_records} gold records, "
            f"{pred_records} predicted records")


def render_table(result: ScoreResult, errors: int = 0) -> str:
    """The report as plain-text tables."""
    from tabulate import tabulate

    parts = [_summary(result)]
    for title, _note, headers, rows in _tables(result):
        if rows:
            parts.append(f"\n{title}\n" + tabulate(rows, headers=headers, tablefmt="simple",
                                                   disable_numparse=True))
    if errors:
        rows = mistake_rows(result, errors)
        lines = []
        for row in rows:
            lines.append(_mistake_line(row))
            if row.get("sentence"):
                lines.append(f"    {row['sentence']}")
        parts.append(f"\nMistakes (up to {errors} of each kind)\n" + ("\n".join(lines) or "none"))
    return "\n".join(parts)


def render_markdown(result: ScoreResult, errors: int = 0) -> str:
    """The report as Markdown (what ``make eval`` writes to docs/scores.md)."""
    from tabulate import tabulate

    parts = [
        "<!-- Generated by `chainpress eval --format markdown --out docs/scores.md`; do not edit by hand. -->",
        "## Scores against gold",
        "",
        f"{_summary(result)}. Regenerate with `make eval`.",
    ]
    for title, note, headers, rows in _tables(result):
        if rows:
            parts += ["", f"### {title}", "", note, "",
                      tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)]
    if errors:
        parts += ["", f"### Mistakes (up to {errors} of each kind)", ""]
        for row in mistake_rows(result, errors):
            line = _mistake_line(row).replace("|", "\\|")
            parts.append(f"- `{row['kind']}` {line[len(str(row['kind'])):].strip()}")
            if row.get("sentence"):
                parts.append(f"  > {row['sentence']}")
    return "\n".join(parts) + "\n"


def render_json(result: ScoreResult, errors: int = 0) -> str:
    """The report as JSON: :meth:`Scores.as_dict` plus problems and mistakes."""
    data = result.scores.as_dict()
    data["problems"] = [str(p) for p in result.problems]
    if errors:
        data["mistakes"] = mistake_rows(result, errors)
    return json.dumps(data, ensure_ascii=False, indent=2)


RENDERERS = {"table": render_table, "markdown": render_markdown, "json": render_json}


def render(result: ScoreResult, fmt: str = "table", errors: int = 0) -> str:
    """The report in one of :data:`RENDERERS`' formats."""
    return RENDERERS[fmt](result, errors)
