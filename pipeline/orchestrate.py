"""Run the extractor components over one article and map their records back.

body mask → normalise → components (normalised offsets) → map back → validate.
Nothing before the map-back sees original offsets; nothing after it sees normalised ones.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from time import perf_counter

from extractors.base import ExtractionContext, ordered_components
from pipeline.ingest import Article, build_article
from pipeline.normalize import (
    WIDTH_FOLD,
    Normalized,
    OffsetError,
    ignorable_spans,
    normalize,
    simplifies_to,
    to_simplified,
)
from pipeline.records import Record

EXTRACTOR_VERSION = "0.1.0"


@dataclass
class Extraction:
    """An article's records (original offsets), with the sentence each came from."""

    article: Article
    records: list[Record] = field(default_factory=list)
    sentences: dict[tuple[str, int, int], str] = field(default_factory=dict)
    seconds: float = 0.0

    def of_type(self, kind: str) -> list[Record]:
        return [r for r in self.records if r.type == kind]

    def sentence_of(self, record: Record) -> str | None:
        return self.sentences.get((record.type, record.start, record.end))


def masked_body(article: Article) -> str:
    """The article text with everything outside the body blanked (same length, newlines kept)."""
    text = article.text
    pieces: list[str] = []
    cursor = 0
    for start, end in article.body:
        pieces.append(_blank(text[cursor:start]))
        pieces.append(text[start:end])
        cursor = end
    pieces.append(_blank(text[cursor:]))
    return "".join(pieces)


def _blank(text: str) -> str:
    return "".join("\n" if ch in "\r\n" else " " for ch in text) if text else ""


def published_date(article: Article) -> date | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def build_context(article: Article) -> tuple[ExtractionContext, Normalized]:
    """Normalise the article body and wrap it for the extractor components."""
    norm = normalize(masked_body(article))
    title = to_simplified(article.title) if article.title else None
    ctx = ExtractionContext(
        text=norm.text, article=article.id, language=article.language, script=article.script,
        published=published_date(article), title=title,
    )
    return ctx, norm


def same_surface(original: str, normalised: str,
                 glosses: list[tuple[int, int]] | None = None) -> bool:
    """Whether an original slice folds to the normalised text a record was found in.

    ``glosses`` are the slice's pinyin glosses as the whole article reads them (offsets into the
    slice): whether 產(ma) is a gloss depends on the rest of the article, which a slice cannot show.
    """
    if original == normalised:  # most records in simplified and English text
        return True
    plain: str | None = None  # the slice without glosses, width folded, still in its own script
    if glosses is not None:
        kept, cursor = [], 0
        for start, end in glosses:
            kept.append(original[cursor:start])
            cursor = end
        plain = "".join(kept + [original[cursor:]]).translate(WIDTH_FOLD)
        folded = to_simplified(plain)
    elif "(" in original or "（" in original:
        folded = normalize(original).text
    else:  # no pinyin gloss can be in it: normalize() reduces to the width and script folds
        plain = original.translate(WIDTH_FOLD)
        folded = to_simplified(plain)
    if folded == normalised:
        return True
    if len(folded) != len(normalised):
        return False
    # OpenCC converts phrases in context (乾隆 keeps 乾, 計畫 becomes 计划); compare character by
    # character as a fallback, allowing what a phrase makes of a character
    chars = plain if plain is not None and len(plain) == len(folded) else folded
    return all(a == b or to_simplified(a) == to_simplified(b) or simplifies_to(c, b)
               for c, a, b in zip(chars, folded, normalised))


def glosses_within(glosses: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The article's gloss spans inside ``[start, end)``, relative to ``start``."""
    i = bisect_left(glosses, (start, start))
    out = []
    while i < len(glosses) and glosses[i][1] <= end:
        out.append((glosses[i][0] - start, glosses[i][1] - start))
        i += 1
    return out


def map_back(record: Record, article: Article, norm: Normalized,
             glosses: list[tuple[int, int]] | None = None) -> Record:
    """The record at original offsets; raises :class:`OffsetError` if they do not fit.

    ``glosses``: the spans normalisation deleted (:func:`ignorable_spans`: glosses, figure spaces), if any."""
    start, end = norm.offsets.original_span(record.start, record.end)
    original = article.text[start:end]
    inside = glosses_within(glosses, start, end) if glosses else None
    if not (0 <= start < end <= len(article.text)) or not same_surface(original, record.text, inside):
        raise OffsetError(
            f"{article.path or article.id}: {record.type} record {record.text!r} at normalised "
            f"{record.start}:{record.end} maps to original {start}:{end} = {original!r}"
        )
    if start == record.start and end == record.end and original == record.text:
        return record  # the texts run in step here (records are immutable: no copy needed)
    return record.moved(start, end, original)


def extract_article(article: Article, components: list[str] | None = None) -> Extraction:
    """Every record the components find in ``article``, at original offsets."""
    began = perf_counter()
    ctx, norm = build_context(article)
    result = Extraction(article=article)
    # the original text of each sentence, mapped back once however many records it holds
    sentence_text: dict[tuple[int, int], str] = {}
    glosses = ignorable_spans(article.text) if "(" in article.text or "（" in article.text or \
        " " in article.text else None
    for comp in ordered_components(components):
        found = [r for r in comp.func(ctx) if r.end > r.start]
        ctx.found[comp.assigns] = found
        for record in found:
            if record.text != ctx.text[record.start:record.end]:
                raise OffsetError(
                    f"{article.path or article.id}: {comp.name} returned {record.text!r} at "
                    f"{record.start}:{record.end}, but the normalised text there is "
                    f"{ctx.text[record.start:record.end]!r}"
                )
            mapped = map_back(record, article, norm, glosses)
            result.records.append(mapped)
            span = ctx.sentence_at(record.start)
            sentence = sentence_text.get(span)
            if sentence is None:
                o_start, o_end = norm.offsets.original_span(*span)
                sentence = sentence_text[span] = article.text[o_start:o_end]
            result.sentences[(mapped.type, mapped.start, mapped.end)] = sentence
    result.seconds = perf_counter() - began
    return result


def extract_text(text: str, *, path: str = "<text>", components: list[str] | None = None,
                 **meta: str | None) -> Extraction:
    """Extract records from a plain string (library entry point, no database).

    >>> [r.text for r in extract_text("力争总产值超8800亿元。").of_type("money")]
    ['8800亿元']
    """
    return extract_article(build_article(text, path, **meta), components)


@dataclass
class IngestReport:
    """What one ingest run did: articles new/unchanged/failed, records per type, speed."""

    inputs: int = 0
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    records: dict[str, int] = field(default_factory=dict)
    characters: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        """Closing lines for the CLI."""
        rate = self.characters / self.seconds if self.seconds else 0.0
        per_type = ", ".join(f"{n} {t}" for t, n in sorted(self.records.items())) or "no records"
        lines = [
            f"Articles: {self.new} new, {self.unchanged} unchanged, {self.failed} failed",
            f"Records: {per_type}",
            f"Time: {self.seconds:.1f}s ({rate:,.0f} chars/s)",
        ]
        if self.failed:
            lines.append(f"{self.failed} of {self.new + self.unchanged + self.failed} inputs failed")
        return "\n".join(lines)


def _extract_safely(article: Article) -> Extraction | str:
    """Extraction, or the reason it failed (a worker must not die on one article)."""
    try:
        return extract_article(article)
    except Exception as e:  # noqa: BLE001 - reported per article, the run goes on
        return f"{article.path or article.id}: extraction failed ({type(e).__name__}: {e})"


def ingest(paths: list[str], db_path: str = "chainpress.db", *, workers: int = 1,
           encoding: str | None = None, progress=None, on_extracted=None) -> IngestReport:
    """Read ``paths``, extract every new article and store it; one transaction per article.

    ``progress`` is called with each article (or error) as it is read; ``on_extracted`` with
    ``(done, total)`` after each new article is extracted and stored (or has failed).
    """
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.ingest import iter_inputs
    from pipeline.store import finish_run, has_article, open_db, save_extraction, start_run

    began = perf_counter()
    report = IngestReport(inputs=len(paths))
    db = open_db(db_path)
    run_id = start_run(db, paths, EXTRACTOR_VERSION)
    pending: list[Article] = []
    seen: set[str] = set()

    def fail(message: str) -> None:
        report.failed += 1
        report.errors.append(message)

    for item in iter_inputs(paths, encoding):
        if progress:
            progress(item)
        if not isinstance(item, Article):
            fail(str(item))
            continue
        if item.id in seen or has_article(db, item.id, EXTRACTOR_VERSION):
            report.unchanged += 1
            continue
        seen.add(item.id)
        pending.append(item)

    extracted = 0

    def store(result: Extraction | str) -> None:
        nonlocal extracted
        extracted += 1
        if on_extracted:
            on_extracted(extracted, len(pending))
        if isinstance(result, str):
            fail(result)
            return
        save_extraction(db, result, EXTRACTOR_VERSION)
        report.new += 1
        report.characters += len(result.article.text)
        for record in result.records:
            report.records[record.type] = report.records.get(record.type, 0) + 1

    if workers > 1 and len(pending) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(_extract_safely, pending, chunksize=4):
                store(result)
    else:
        for article in pending:
            store(_extract_safely(article))
    report.seconds = perf_counter() - began
    finish_run(db, run_id, new=report.new, unchanged=report.unchanged, failed=report.failed,
               records=report.records, errors=report.errors)
    db.close()
    return report
