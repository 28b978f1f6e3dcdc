"""Export gold and predictions to an annotation tool, and import finished annotations as gold.

``export_annotations`` ↔ ``chainpress gold export``; ``import_annotations`` ↔ ``chainpress gold
import``. Exported tasks hold each article's ORIGINAL text, so offsets index it; import checks
every span against that text (repairing UTF-16 offsets), fills in fields (see
:mod:`pipeline.annotation.fields`) and returns gold records in the RECORDS.md format.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from pipeline.annotation import brat, doccano, labelstudio, prodigy
from pipeline.annotation.fields import ExtractedFields, parsed_fields
from pipeline.annotation.offsets import first_astral, resolve, to_utf16
from pipeline.annotation.spans import (
    AnnotatedDoc,
    Issue,
    NotesError,
    Span,
    decode_fields,
    normal_label,
    record_fields,
    spans_of,
)
from pipeline.evaluate import read_predictions
from pipeline.gold import REQUIRED_FIELDS, GoldSet, index_articles, read_gold
from pipeline.ingest import Article, IngestError, iter_path
from pipeline.records import SCORED_TYPES, Record, record_from_row

FORMATS: dict[str, ModuleType] = {
    "labelstudio": labelstudio, "doccano": doccano, "prodigy": prodigy, "brat": brat,
}


class AnnotationError(ValueError):
    """An export or import that cannot start: names the input and the fix."""


# --- export -----------------------------------------------------------------------------

@dataclass
class ExportSet:
    """The articles to export, with gold and/or predicted spans, and what went wrong."""

    docs: list[AnnotatedDoc] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _preferred_key(keys: list[str]) -> str:
    """Of an article's keys, the corpus-relative path (``en/x.txt``) over the bare name."""
    return max(keys, key=lambda k: (k.count("/"), len(k)))


class _ArticleFinder:
    """Finds the article a prediction row belongs to: corpus keys first, then its source file."""

    def __init__(self, index: dict[str, Article]) -> None:
        self.index = index
        self.loaded: dict[str, Article] = {}
        self._by_id: dict[str, str] = {}
        for key, article in index.items():
            self._by_id.setdefault(article.id, key)

    def article(self, key: str) -> Article | None:
        return self.index.get(key) or self.loaded.get(key)

    def key_for(self, row: dict[str, Any]) -> str | None:
        article_id = str(row.get("article_id") or row.get("article") or "")
        source = str(row.get("source") or "").replace("\\", "/")
        for candidate in (article_id, source):
            if candidate and self.article(candidate):
                return candidate
        path = source.rsplit(":", 1)[0] if source.rsplit(":", 1)[-1].isdigit() else source
        parts = path.split("/")
        for i in range(len(parts)):
            if "/".join(parts[i:]) in self.index:
                return "/".join(parts[i:])
        if article_id in self._by_id:
            return self._by_id[article_id]
        return self._load(path, article_id)

    def _load(self, path: str, article_id: str) -> str | None:
        if not path or not Path(path).is_file():
            return None
        for item in iter_path(path):
            if isinstance(item, IngestError):
                continue
            key = item.id if item.format == "jsonl" else path
            self.loaded.setdefault(key, item)
            self._by_id.setdefault(item.id, key)
        return self._by_id.get(article_id) or (path if path in self.loaded else None)


def collect(gold_paths: list[str] | None, corpora: list[str], pred_path: str | None = None,
            run: bool = False) -> ExportSet:
    """The articles of the gold files (and of the predictions), with their spans.

    ``gold_paths`` None leaves gold out; ``pred_path`` adds predictions from ``chainpress
    extract --format jsonl`` (or any system); ``run`` runs chainpress over the articles.
    """
    result = ExportSet()
    index = index_articles(corpora)
    finder = _ArticleFinder(index)
    gold_set = read_gold(gold_paths) if gold_paths else GoldSet()
    result.problems += [str(p) for p in gold_set.problems]
    keys = list(gold_set.articles)
    # a prediction for a gold article goes under the gold's key, however the row names it
    gold_key_of = {index[k].id: k for k in keys if k in index}
    pred: dict[str, list[Record]] = {}
    if pred_path:
        unknown: Counter[str] = Counter()
        for row in read_predictions(pred_path):
            if row.get("type") not in SCORED_TYPES:
                continue
            key = finder.key_for(row)
            article = finder.article(key) if key else None
            key = gold_key_of.get(article.id, key) if article else key
            if key is None:
                unknown[str(row.get("source") or row.get("article_id") or "?")] += 1
                continue
            pred.setdefault(key, []).append(record_from_row(row, article=key))
            if key not in keys:
                keys.append(key)
        result.problems += [f"{pred_path}: {n} predictions for {source!r}: no such article in the corpus "
                            "or on disk (pass --corpus with its folder)" for source, n in unknown.items()]
    for key in keys:
        article = finder.article(key)
        if article is None:
            entry = gold_set.articles.get(key)
            where = f"{entry.file}:{entry.line}" if entry else str(pred_path)
            result.problems.append(f"{where}: no article {key!r} in the corpus (pass --corpus with its folder)")
            continue
        if run:
            from pipeline.orchestrate import extract_article

            pred[key] = extract_article(article).records
        gold = gold_set.articles[key].records if key in gold_set.articles else None
        predicted = pred.get(key, []) if (pred_path or run) else None
        result.docs.append(AnnotatedDoc(key, article.text, spans_of(gold) if gold is not None else None,
                                        spans_of(predicted) if predicted is not None else None))
    return result


def _in_units(doc: AnnotatedDoc, spans: list[Span] | None) -> list[Span] | None:
    if spans is None:
        return None
    return [Span(to_utf16(doc.text, s.start), to_utf16(doc.text, s.end), s.label, s.text, s.notes)
            for s in spans]


def export_annotations(docs: list[AnnotatedDoc], fmt: str, out: str | Path | None = None,
                       offsets: str = "codepoints") -> str | None:
    """Write ``docs`` for an annotation tool; returns the text when ``out`` is None.

    ``offsets="utf16"`` counts UTF-16 code units, for tools that do (the text stays the same).
    brat needs ``out`` (a folder); for Label Studio the labeling config is written beside ``out``.
    """
    if fmt not in FORMATS:
        raise AnnotationError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if offsets == "utf16":
        docs = [AnnotatedDoc(d.key, d.text, _in_units(d, d.annotations), _in_units(d, d.predictions), d.where)
                for d in docs]
    if fmt == "brat":
        if out is None:
            raise AnnotationError("brat annotations are a folder of .txt/.ann files: pass --out FOLDER")
        brat.write_folder(docs, Path(out))
        return None
    text = FORMATS[fmt].dumps(docs)
    if out is None:
        return text
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if fmt == "labelstudio":
        path.with_name(path.stem + ".label_config.xml").write_text(labelstudio.labeling_config(), encoding="utf-8")
    return None


def one_set_warning(docs: list[AnnotatedDoc], fmt: str) -> str | None:
    """Formats with one span set per article export gold where there is some: say so."""
    both = sum(1 for d in docs if d.annotations is not None and d.predictions is not None)
    if fmt == "labelstudio" or not both:
        return None
    return (f"{fmt} holds one set of spans per article: {both} articles exported with their gold, "
            "predictions left out (pass --no-gold to export predictions)")


# --- import -----------------------------------------------------------------------------

@dataclass
class ImportReport:
    """Gold records per article key, what was fixed, what is wrong, and where fields came from."""

    gold: dict[str, list[Record]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    sources: Counter[str] = field(default_factory=Counter)

    def of_level(self, level: str) -> list[Issue]:
        return [i for i in self.issues if i.level == level]

    @property
    def ok(self) -> bool:
        return not self.of_level("error")

    def summary(self) -> str:
        records = sum(len(r) for r in self.gold.values())
        sources = ", ".join(f"{n} {s}" for s, n in self.sources.most_common())
        return (f"{len(self.gold)} articles, {records} records (fields: {sources or 'none'}); "
                f"{len(self.of_level('fixed'))} offsets fixed, {len(self.of_level('error'))} problems")

    def jsonl(self) -> str:
        """The gold file: one ``{"article": KEY, "records": [...]}`` line per article."""
        import json

        return "".join(json.dumps({"article": key, "records": [gold_row(r) for r in records]},
                                  ensure_ascii=False) + "\n" for key, records in self.gold.items())


def gold_row(record: Record) -> dict[str, Any]:
    """A record as a gold-file row: type, offsets, text, fields; ``optional`` only when true."""
    row = {"type": record.type, "start": record.start, "end": record.end, "text": record.text}
    row.update(record_fields(record))
    return row


def _first_difference(a: str, b: str) -> str:
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"first difference at {i}: {a[i:i + 12]!r} here, {b[i:i + 12]!r} in the corpus"


def import_annotations(path: str | Path, fmt: str, corpora: list[str] | None = None,
                       merge: list[str] | None = None, offsets: str = "auto",
                       extract: bool = True) -> ImportReport:
    """Read finished annotations from ``path`` as gold records (see the module docstring)."""
    if fmt not in FORMATS:
        raise AnnotationError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    source = Path(path)
    if not source.exists():
        raise AnnotationError(f"{path}: no such {'folder' if fmt == 'brat' else 'file'}")
    docs, issues = FORMATS[fmt].read(source)
    report = ImportReport(issues=list(issues))
    index = index_articles(corpora or [])
    by_text: dict[str, list[str]] = {}
    for key, article in index.items():
        by_text.setdefault(article.text, []).append(key)
    merged = _merge_index(merge or [], report)
    extracted = ExtractedFields(index, extract)
    places: dict[str, str] = {}
    for doc in docs:
        key = doc.key or (_preferred_key(by_text[doc.text]) if doc.text in by_text else None)
        if key is None:
            report.issues.append(Issue("error", doc.where, "cannot tell which article this is: no article key, "
                                                           "and the text matches no corpus article (pass --corpus)"))
            continue
        article = index.get(key)
        if article is not None and article.text != doc.text:
            report.issues.append(Issue("error", doc.where, f"the text is not the text of {key} in the corpus "
                                                           f"({_first_difference(doc.text, article.text)}); "
                                                           "offsets must index the original article text"))
            continue
        if key in places:
            report.issues.append(Issue("error", doc.where, f"article {key!r} again (first at {places[key]})"))
            continue
        places[key] = doc.where
        report.gold[key] = _import_doc(doc, key, offsets, merged.get(key, {}), extracted, report)
    report.issues += [Issue("warning", "", w) for w in extracted.warnings]
    return report


def _merge_index(paths: list[str], report: ImportReport) -> dict[str, dict[tuple[str, int, int], Record]]:
    if not paths:
        return {}
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise AnnotationError(f"--merge {missing[0]}: no such gold file")
    gold = read_gold(paths)
    report.issues += [Issue("warning", f"{p.file}:{p.line}", f"--merge gold: {p.reason}") for p in gold.problems]
    return {key: {(r.type, r.start, r.end): r for r in entry.records} for key, entry in gold.articles.items()}


def _import_doc(doc: AnnotatedDoc, key: str, offsets: str, merged: dict[tuple[str, int, int], Record],
                extracted: ExtractedFields, report: ImportReport) -> list[Record]:
    records: list[Record] = []
    seen: set[tuple[str, int, int]] = set()
    unchecked = 0
    for span in doc.annotations or []:
        where = f"{doc.where} {span.where}".strip()
        kind = normal_label(span.label)
        if kind is None:
            report.issues.append(Issue("error", where, f"unknown label {span.label!r} "
                                                       f"(expected one of {', '.join(SCORED_TYPES)})"))
            continue
        placed = resolve(doc.text, span, offsets)
        if placed.error or placed.start is None or placed.end is None:
            report.issues.append(Issue("error", where, placed.error or "cannot place the span"))
            continue
        if placed.fixed:
            report.issues.append(Issue("fixed", where, placed.fixed))
        start, end = placed.start, placed.end
        unchecked += span.text is None and first_astral(doc.text, end) is not None
        if (kind, start, end) in seen:
            report.issues.append(Issue("warning", where, f"duplicate {kind} span {start}:{end}; kept once"))
            continue
        seen.add((kind, start, end))
        fields, source = _fields(kind, doc, key, start, end, span, merged, extracted, where, report)
        row = {"type": kind, "start": start, "end": end, "text": doc.text[start:end], **fields}
        try:
            record = record_from_row(row, article=key)
        except (TypeError, ValueError, ArithmeticError) as e:
            report.issues.append(Issue("error", where, f"cannot build a {kind} record: {e}"))
            continue
        report.sources[source] += 1
        missing = [f for f in REQUIRED_FIELDS[kind] if getattr(record, f, None) in (None, "")]
        if missing:
            report.issues.append(Issue("warning", where, f"{kind} {start}:{end} {record.text!r}: no "
                                                         f"{', '.join(missing)} known; fill it in before committing"))
        records.append(record)
    if unchecked and offsets == "auto":
        report.issues.append(Issue("warning", doc.where, f"{unchecked} spans carry no text and follow characters "
                                                         "outside the BMP; their offsets were read as code points. "
                                                         "If the tool counted UTF-16 code units, import again with "
                                                         "--offsets utf16"))
    records.sort(key=lambda r: (r.start, r.end, SCORED_TYPES.index(r.type)))
    return records


def _fields(kind: str, doc: AnnotatedDoc, key: str, start: int, end: int, span: Span,
            merged: dict[tuple[str, int, int], Record], extracted: ExtractedFields, where: str,
            report: ImportReport) -> tuple[dict[str, Any], str]:
    """The span's fields and their source (see :data:`pipeline.annotation.fields.SOURCES`)."""
    carried: dict[str, Any] | None = None
    if span.notes:
        try:
            carried = decode_fields(kind, span.notes)
        except NotesError as e:
            report.issues.append(Issue("error", where, f"{e}; fields recomputed instead"))
    gold = merged.get((kind, start, end))
    if gold is not None:
        fields = record_fields(gold)
        if carried is not None:
            differ = sorted(n for n in carried if n != "optional" and str(carried[n]) != str(fields.get(n)))
            if differ:
                report.issues.append(Issue("warning", where, f"fields {', '.join(differ)} differ from the --merge "
                                                             "gold; the gold values were kept"))
        return fields, "merge"
    if carried is not None:
        return carried, "tool"
    found = extracted.records(key, doc.text).get((kind, start, end))
    if found is not None:
        return record_fields(found), "extractors"
    # what the finders cannot tell stays null (not a dataclass default) for the annotator to fill
    unknown = dict.fromkeys(REQUIRED_FIELDS[kind])
    parsed = parsed_fields(kind, doc.text, start, end)
    if parsed:
        return unknown | parsed, "parsed"
    return unknown, "none"
