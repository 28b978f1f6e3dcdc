"""Field values for imported spans, from the best source there is.

A span label says only the record type. Its fields (amount, currency, value, unit, deadline,
person, role, chain …) come, in order of precedence, from:

1. ``merge``: the record with the same type and offsets in an existing gold file (``--merge``);
2. ``tool``: field notes the tool carried (Label Studio region meta, brat AnnotatorNotes);
3. ``extractors``: chainpress's own record with the same type and offsets in the article;
4. ``parsed``: the money/count finders and the number grammar (extractors.numbers) read at the
   span (value, amount, currency, unit, qualifier; a leader's role from its wording);
5. ``none``: nothing known; the record is written with null fields for the annotator to fill.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from pipeline.annotation.spans import record_fields
from pipeline.ingest import Article
from pipeline.records import Record

SOURCES: tuple[str, ...] = ("merge", "tool", "extractors", "parsed", "none")
Key = tuple[str, int, int]


class ExtractedFields:
    """chainpress's own records per article (run once per article, on demand)."""

    def __init__(self, articles: dict[str, Article], enabled: bool = True) -> None:
        self.articles = articles
        self.enabled = enabled
        self.warnings: list[str] = []
        self._cache: dict[tuple[str, str], dict[Key, Record]] = {}

    def records(self, key: str, text: str) -> dict[Key, Record]:
        """The extracted records of the article ``key`` with text ``text``, by (type, start, end)."""
        if not self.enabled:
            return {}
        cache_key = (key, text)
        if cache_key not in self._cache:
            self._cache[cache_key] = self._extract(key, text)
        return self._cache[cache_key]

    def _extract(self, key: str, text: str) -> dict[Key, Record]:
        from pipeline.ingest import IngestError, build_article
        from pipeline.normalize import OffsetError
        from pipeline.orchestrate import extract_article

        article = self.articles.get(key)
        try:
            if article is None or article.text != text:
                article = build_article(text, key)
            found = extract_article(article).records
        except (IngestError, OffsetError) as e:
            self.warnings.append(f"{key}: chainpress could not extract fields ({e})")
            return {}
        return {(r.type, r.start, r.end): r for r in found}


def _finder(kind: str) -> Callable[[str], list[Record]] | None:
    """extractors.money.find_money / extractors.counts.find_counts, when they exist."""
    try:
        if kind == "money":
            from extractors.money import find_money as finder
        else:
            from extractors.counts import find_counts as finder
    except ImportError:
        return None
    return finder  # type: ignore[return-value]


def _found_at(kind: str, text: str, start: int, end: int) -> Record | None:
    """A money or count record at exactly ``start:end`` of ``text`` (the article), else one
    read from the span text alone."""
    finder = _finder(kind)
    if finder is None:
        return None
    for record in finder(text):
        if record.start == start and record.end == end:
            return record
    alone = finder(text[start:end])
    return alone[0] if len(alone) == 1 else None


def _number(span_text: str) -> tuple[Any, str] | None:
    """The first number in a span and the rest of the span after it (the unit), if readable."""
    try:
        from extractors.numbers import find_numbers
    except ImportError:
        return None
    from pipeline.normalize import to_simplified

    found = find_numbers(span_text)
    if not found:
        return None
    first = found[0]
    return first.value, to_simplified(span_text[first.end:].strip())


_ROLES = (  # longest first: 副链长 before 链长
    (r"副链长|副鏈長|deputy chain (?:leader|chief)", "deputy_chain_leader"),
    (r"总链长|總鏈長|chief chain leader|general chain leader", "chief_chain_leader"),
    (r"链主|鏈主|chain master", "chain_master"),
    (r"链长|鏈長|chain (?:leader|chief)", "chain_leader"),
    (r"链办|鏈辦", "official"),
)
_CHAIN = regex.compile(r"[\p{Han}]{1,12}?(?:产业链|產業鏈)|[\w ]+? (?:industrial )?chain\b")


def parsed_fields(kind: str, text: str, start: int, end: int) -> dict[str, Any] | None:
    """Fields read at the span by the finders and the number grammar, or None."""
    span_text = text[start:end]
    if kind in ("money", "count"):
        record = _found_at(kind, text, start, end)
        if record is not None:
            return record_fields(record)
        number = _number(span_text)
        if number is None:
            return None
        value, rest = number
        return {"amount": value} if kind == "money" else {"value": value, "unit": rest or None}
    if kind == "target":
        money = _found_at("money", text, start, end)
        if money is not None:
            return {"value": money.amount, "unit": "元",
                    "currency": money.currency, "qualifier": money.qualifier}
        count = _found_at("count", text, start, end)
        if count is not None:
            return {"value": count.value, "unit": count.unit, "qualifier": count.qualifier}
        number = _number(span_text)
        return {"value": number[0], "unit": number[1] or None} if number else None
    if kind == "leader":
        for pattern, role in _ROLES:
            if regex.search(pattern, span_text, regex.IGNORECASE):
                chain = _CHAIN.search(span_text)
                return {"role": role, "chain": chain.group().strip() if chain else None}
    return None
