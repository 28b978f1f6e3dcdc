"""Full-text search over the articles, with snippets from the original text.

The index holds jieba-segmented, normalised (simplified, half-width, lower-case) text
(:func:`pipeline.store.segment_for_index`). A query goes through the same steps, so 链長 and
鏈長 both find 链长; hits are shown in the article's own script: each query term is found in
the normalised article text and its offsets are mapped back with the normaliser's
:class:`~pipeline.normalize.OffsetMap`.

Query syntax: words (all must occur), ``"a phrase"``, ``OR``, ``AND``, ``NOT`` (between two
terms: ``链长 NOT 链主``) and parentheses, as in SQLite FTS5.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import regex

# A query token: a "quoted phrase", a parenthesis, or a run of anything else.
_TOKEN = regex.compile(r'"(?P<phrase>[^"]*)"|(?P<paren>[()])|(?P<bare>[^\s()"]+|")')
OPERATORS = {"AND", "OR", "NOT"}
_WORDY = regex.compile(r"[\p{L}\p{N}]")
_ASCII_WORD = regex.compile(r"[0-9a-z]")


class SearchError(Exception):
    """The search query is empty or not valid FTS syntax; the message says how to fix it."""


@dataclass
class Snippet:
    """Some original text around hits; ``highlights`` are (start, end) within ``text``."""

    text: str
    start: int
    end: int
    highlights: list[tuple[int, int]] = field(default_factory=list)

    def marked(self, before: str = "**", after: str = "**") -> str:
        """The snippet with each highlight wrapped in ``before``/``after``.

        >>> Snippet("产业链链长们", 0, 6, [(3, 5)]).marked()
        '产业链**链长**们'
        """
        pieces: list[str] = []
        cursor = 0
        for start, end in self.highlights:
            pieces += [self.text[cursor:start], before, self.text[start:end], after]
            cursor = end
        pieces.append(self.text[cursor:])
        return "".join(pieces)


@dataclass
class Hit:
    """One matching article with snippets of its original text."""

    article_id: str
    title: str | None
    published: str | None
    script: str | None
    source: str | None
    rank: float
    snippets: list[Snippet] = field(default_factory=list)

    def to_row(self) -> dict:
        """A JSON-ready dict (snippets with their original offsets and highlights)."""
        return {
            "article_id": self.article_id, "title": self.title, "published": self.published,
            "script": self.script, "source": self.source, "rank": self.rank,
            "snippets": [
                {"text": s.text, "start": s.start, "end": s.end,
                 "highlights": [list(h) for h in s.highlights]}
                for s in self.snippets
            ],
        }


@dataclass
class ParsedQuery:
    """A user query as an FTS5 expression over the index, and the terms to highlight."""

    fts: str
    terms: list[str]


def _index_words(text: str) -> list[str]:
    """``text`` as the index sees it: normalised, segmented, punctuation dropped."""
    from pipeline.store import segment_for_index

    return [w for w in segment_for_index(text).split() if _WORDY.search(w)]


def _quoted(words: list[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def parse_query(query: str) -> ParsedQuery:
    """The FTS5 expression and highlight terms for a user query.

    >>> parse_query("鏈長制 OR 链主").fts
    '("链长" AND "链长制") OR "链主"'
    >>> parse_query('"chain leader" NOT Beijing').terms
    ['chain leader']
    """
    from pipeline.normalize import normalize

    parts: list[str] = []
    terms: list[str] = []
    negated = False

    def operand(text: str) -> None:
        # FTS5 reads "a b" as AND but not "(a) (b)": write the AND between operands
        if parts and (parts[-1] == ")" or parts[-1].endswith('"')):
            parts.append("AND")
        parts.append(text)

    for match in _TOKEN.finditer(query):
        paren = match.group("paren")
        if paren == "(":
            operand(paren)
            continue
        if paren == ")":
            parts.append(paren)
            continue
        if match.group("bare") in OPERATORS:
            parts.append(match.group("bare"))
            negated = match.group("bare") == "NOT"
            continue
        phrase = match.group("phrase")
        raw = phrase if phrase is not None else match.group("bare")
        words = _index_words(raw)
        if not words:
            continue
        if phrase is not None or len(words) == 1:
            operand(_quoted(words))
        else:
            operand("(" + " AND ".join(_quoted([w]) for w in words) + ")")
        if not negated:
            terms.append(_fold(normalize(raw.strip('"')).text).strip())
        negated = False
    if not terms:
        if any(_WORDY.search(part) for part in parts):
            raise SearchError(f"search query {query!r} only excludes words; NOT goes between two "
                              f"terms: 链长 NOT 链主")
        raise SearchError(f"search query {query!r} has no words to look for")
    return ParsedQuery(" ".join(parts), [t for t in terms if t])


def fts_query(query: str) -> str:
    """The FTS5 expression for a user query (registered as SQL function ``chainpress_fts``)."""
    return parse_query(query).fts


def sql_fts_query(query: str | None) -> str:
    """``chainpress_fts()`` in SQL: like :func:`fts_query`, but a blank query (a Datasette
    form before anything is typed) matches nothing instead of failing.

    >>> sql_fts_query(""), sql_fts_query("鏈長")
    ('""', '"链长"')
    """
    if not query or not query.strip():
        return '""'
    return fts_query(query)


def register_functions(conn: sqlite3.Connection) -> None:
    """Make ``chainpress_fts(query)`` available in SQL (named queries, Datasette)."""
    conn.create_function("chainpress_fts", 1, sql_fts_query, deterministic=True)


def _fold(text: str) -> str:
    """Lower-case without changing the length (offsets must still line up)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _term_pattern(term: str) -> regex.Pattern:
    """A pattern for a normalised term: any white space between its words; whole words
    at ASCII letter/digit edges (``chain`` is not found inside ``chains``)."""
    body = r"\s+".join(regex.escape(w) for w in term.split())
    if _ASCII_WORD.match(term[0]):
        body = r"(?<![0-9a-z])" + body
    if _ASCII_WORD.match(term[-1]):
        body += r"(?![0-9a-z])"
    return regex.compile(body)


def find_terms(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Original (start, end) of every occurrence of the normalised ``terms`` in ``text``.

    >>> text = "濰坊市產業鏈鏈長制"
    >>> [text[s:e] for s, e in find_terms(text, ["链长"])]
    ['鏈長']
    """
    from pipeline.normalize import normalize

    norm = normalize(text)
    folded = _fold(norm.text)
    spans: set[tuple[int, int]] = set()
    for term in terms:
        for match in _term_pattern(term).finditer(folded):
            spans.add(norm.offsets.original_span(match.start(), match.end()))
    # overlapping hits (链长 inside 链长制) merge into one highlight
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippets(text: str, spans: list[tuple[int, int]], context: int = 30,
                  limit: int = 3) -> list[Snippet]:
    """Up to ``limit`` windows of ``context`` characters around the hits (nearby hits share
    one); line breaks shown as spaces.

    >>> [s.marked() for s in make_snippets("aaa 链长 bbb 链长 ccc", [(4, 6), (11, 13)], context=2)]
    ['a **链长** b', 'b **链长** c']
    """
    windows: list[list] = []
    longest = 4 * context + 20  # a snippet grows over nearby hits, up to about this length
    for start, end in spans:
        w_start, w_end = max(0, start - context), min(len(text), end + context)
        if windows and w_start <= windows[-1][1] and w_end - windows[-1][0] <= longest:
            windows[-1][1] = max(windows[-1][1], w_end)
            windows[-1][2].append((start, end))
        else:
            windows.append([w_start, w_end, [(start, end)]])
    snippets = []
    for w_start, w_end, hits in windows[:limit]:
        piece = regex.sub(r"[\r\n\t]", " ", text[w_start:w_end])
        snippets.append(Snippet(piece, w_start, w_end, [(s - w_start, e - w_start) for s, e in hits]))
    return snippets


SEARCH_SQL = """
select a.id, a.title, a.published, a.script, a.source, a.text, articles_fts.rank
from articles_fts join articles a on a.rowid = articles_fts.rowid
where articles_fts match :fts
order by articles_fts.rank
limit :limit
"""


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20, context: int = 30,
           snippets: int = 3) -> list[Hit]:
    """Articles matching ``query``, best first, with snippets of their original text."""
    parsed = parse_query(query)
    try:
        rows = conn.execute(SEARCH_SQL, {"fts": parsed.fts, "limit": limit}).fetchall()
    except sqlite3.OperationalError as e:
        if "syntax error" in str(e) or "fts5" in str(e):
            raise SearchError(
                f"search query {query!r} is not valid full-text syntax ({e}). Use words, "
                f'"quoted phrases", OR, AND, NOT between two terms, and balanced parentheses; '
                f"quote a word that is also an operator: '\"OR\"'"
            ) from e
        raise
    hits = []
    for article_id, title, published, script, source, text, rank in rows:
        spans = find_terms(text or "", parsed.terms)
        hits.append(Hit(article_id, title, published, script, source, rank,
                        make_snippets(text or "", spans, context, snippets)))
    return hits


__all__ = ["Hit", "ParsedQuery", "SearchError", "Snippet", "find_terms", "fts_query",
           "make_snippets", "parse_query", "register_functions", "search", "sql_fts_query"]
