"""The extractor interface: a component gets an :class:`ExtractionContext`, returns records.

Everything an extractor sees is in *normalised* coordinates: ``ctx.text`` is the article's
normalised text (pinyin glosses removed, full-width folded, traditional → simplified) with
every character outside the article body blanked to a space (newlines kept), so offsets
into it are offsets into the normalised article and nothing outside the body can match.
Records carry normalised ``start``/``end``/``text``; the orchestrator maps them back to
the original article and checks ``text == article.text[start:end]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from extractors.lexicon import text_memo

if TYPE_CHECKING:
    from pipeline.records import Record


@dataclass
class ExtractionContext:
    """The normalised article body handed to every extractor component."""

    text: str
    article: str = ""
    language: str = "zh"  # "zh" or "en"
    script: str = "hans"  # "hans", "hant" or "latn"
    published: date | None = None
    title: str | None = None
    # results of components that ran earlier, by record type ("money", "count", "entity", ...)
    found: dict[str, list[Record]] = field(default_factory=dict)
    # (start, end) of each body sentence in normalised coordinates
    sentence_spans: list[tuple[int, int]] | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of the body (computed once, on first use)."""
        if self.sentence_spans is not None:
            return self.sentence_spans
        from pipeline.tokenize import split_sentences

        return split_sentences(self.text, self.language)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding normalised offset ``pos``."""
        from bisect import bisect_right

        spans = self.sentences
        i = bisect_right(self._sentence_starts, pos) - 1
        if 0 <= i < len(spans) and spans[i][0] <= pos < spans[i][1]:
            return spans[i]
        return (pos, pos)

    @property
    def publication_year(self) -> int | None:
        return self.published.year if self.published else None


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


@text_memo(maxsize=8)
def lowered(text: str) -> str:
    """``text`` in lower case with every offset kept (for case-sensitive scans of English cues).

    >>> lowered("Chain Leader İ")
    'chain leader İ'
    """
    low = text.lower()
    # str.lower() never shortens a character; a few (İ) it lengthens: then fold ASCII only
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def sentences_with(pattern: Any, text: str, sentences: list[tuple[int, int]],
                   words: Any = None, reach: int = 80, *, lower: bool = False,
                   spill: bool = False) -> list[tuple[int, int]]:
    """The sentences in which a match of ``pattern`` starts: each search jumps to the next
    match, so the sentences between two matches cost nothing (most sentences hold no cue).

    ``words``, when given, is a cheap pattern (a trie of literal words) that matches in every
    sentence where ``pattern`` does (with ``lower``, in the :func:`lowered` text, so it can be
    case-sensitive; with ``spill``, in that sentence or the next, for patterns whose match may
    run on past a line break). ``pattern`` then runs only in those sentences, each search
    bounded to ``reach`` characters past the sentence (no match of ``pattern`` is longer).
    Same sentences, for patterns whose own scan is slow.

    >>> import regex
    >>> sentences_with(regex.compile("链长"), "甲。链长乙。丙。", [(0, 2), (2, 6), (6, 8)])
    [(2, 6)]
    >>> name_title = regex.compile(r"[张李]\\p{Han}{1,2}市长")
    >>> sentences_with(name_title, "市长说。张三市长说。", [(0, 4), (4, 10)], regex.compile("市长"))
    [(4, 10)]
    """
    if words is not None:
        hits = sentences_with(words, lowered(text) if lower else text, sentences)
        if spill:
            index = {span: i for i, span in enumerate(sentences)}
            hits = sorted({sentences[j] for span in hits for j in (index[span] - 1, index[span])
                           if j >= 0})
        kept = []
        for lo, hi in hits:
            hit = pattern.search(text, lo, min(len(text), hi + reach))
            if hit is not None and hit.start() < hi:
                kept.append((lo, hi))
        return kept
    out: list[tuple[int, int]] = []
    hit = None
    for lo, hi in sentences:
        if hit is None or hit.start() < lo:
            hit = pattern.search(text, lo)  # the next match at or after this sentence
            if hit is None:
                break
        if hit.start() < hi:
            out.append((lo, hi))
    return out


def matches_near(pattern: Any, text: str, anchor: Any, before: int, after: int) -> list[Any]:
    """``list(pattern.finditer(text))`` for a pattern every match of which holds a match of ``anchor``
    (a cheap pattern, run over :func:`lowered` text) no more than ``before`` characters after the match
    starts and ``after`` characters before it ends: only the windows around the anchors are scanned.

    Each match found is checked against a match at the same place over the whole text; should one
    differ (a window cut it short), the whole text is scanned after all. Same matches, for patterns
    whose own scan of a long text is slow.

    >>> import regex
    >>> p = regex.compile(r"(?i)\\b\\d+\\s+chain\\s+masters\\b")
    >>> [m.group() for m in matches_near(p, "We have 12 chain masters. 3 firms.", regex.compile("chain"), 20, 20)]
    ['12 chain masters']
    """
    low = lowered(text)
    windows: list[list[int]] = []
    for hit in anchor.finditer(low):
        lo, hi = max(0, hit.start() - before), min(len(text), hit.end() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    found: list[Any] = []
    for lo, hi in windows:
        for m in pattern.finditer(text, lo, hi):
            whole = pattern.match(text, m.start())
            if whole is None or whole.span() != m.span():
                return list(pattern.finditer(text))  # a window cut this match: scan it all
            found.append(whole)
    return found


@dataclass(frozen=True)
class NearScan:
    """A slow pattern and the cheap anchor every match of it holds, with how far a match may start
    before the anchor and end after it: :meth:`finditer` gives the pattern's own matches, faster."""

    pattern: Any
    anchor: Any  # matched in lowered() text
    before: int
    after: int

    def finditer(self, text: str) -> list[Any]:
        return matches_near(self.pattern, text, self.anchor, self.before, self.after)


ExtractFn = Callable[[ExtractionContext], Iterable["Record"]]


@dataclass(frozen=True)
class Component:
    """A registered extractor: its name, the record type it assigns, what it requires."""

    name: str
    assigns: str
    func: ExtractFn
    requires: tuple[str, ...] = ()


REGISTRY: dict[str, Component] = {}


def component(
    name: str, assigns: str, requires: tuple[str, ...] = ()
) -> Callable[[ExtractFn], ExtractFn]:
    """Register an extractor function as a pipeline component (spaCy-factory style).

    ``requires`` names record types that must have run first; their records are in
    ``ctx.found``.
    """

    def register(func: ExtractFn) -> ExtractFn:
        REGISTRY[name] = Component(name=name, assigns=assigns, func=func, requires=requires)
        return func

    return register


def ordered_components(names: Iterable[str] | None = None) -> list[Component]:
    """Registered components in an order that satisfies every ``requires``."""
    import extractors  # noqa: F401  (importing the package registers all components)

    wanted = list(names) if names is not None else list(REGISTRY)
    by_type = {c.assigns: c for c in REGISTRY.values()}
    ordered: list[Component] = []
    seen: set[str] = set()

    def visit(comp: Component) -> None:
        if comp.name in seen:
            return
        seen.add(comp.name)
        for needed in comp.requires:
            if needed in by_type:
                visit(by_type[needed])
        ordered.append(comp)

    for name in wanted:
        if name not in REGISTRY:
            raise KeyError(f"no extractor component named {name!r}; known: {sorted(REGISTRY)}")
        visit(REGISTRY[name])
    return ordered
