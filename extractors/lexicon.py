"""Load the data files in ``extractors/data/`` (lexicons, gazetteers, exclusion lists).

Every file starts with ``#`` comment lines, one of which is ``# source: …``; the rest
are tab-separated rows. Blank lines are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

import regex

DATA_DIR = Path(__file__).parent / "data"

F = TypeVar("F", bound=Callable[..., Any])

#: memos keyed by the text being read (numbers, windows, deadlines), as opposed to memos of the
#: program itself (compiled patterns, loaded lexicons); ``make bench`` empties these before each stage
TEXT_MEMOS: list[Any] = []


def text_memo(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache`` for a function of the text being read, registered in :data:`TEXT_MEMOS`.

    A long ingest meets new text all the time, so a benchmark over repeated text must empty
    these memos to measure real work; compiled patterns (:func:`rx`) stay, being the same for
    any input.
    """
    def decorate(func: F) -> F:
        memo = lru_cache(maxsize=maxsize)(func)
        TEXT_MEMOS.append(memo)
        return memo  # type: ignore[return-value]
    return decorate


@cache
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/<name>`` as tuples of tab-separated fields."""
    rows = []
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(tuple(line.split("\t")))
    return tuple(rows)


@cache
def load_lexicon(name: str) -> tuple[str, ...]:
    """The first column of ``data/<name>``, in file order."""
    return tuple(row[0] for row in load_rows(name))


@cache
def load_mapping(name: str) -> dict[str, str]:
    """``data/<name>`` as a dict from its first column to its second."""
    return {row[0]: row[1] for row in load_rows(name) if len(row) > 1}


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal words, longest first (so 万亿 beats 万).

    >>> alternation(["万", "万亿", "亿"])
    '万亿|万|亿'
    """
    import regex

    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in unique)


@lru_cache(maxsize=4096)
def rx(pattern: str) -> regex.Pattern:
    """A compiled pattern, cached (the module-level regex functions cost ~15 µs a call).

    The cache holds every fixed pattern in the extractors (about 800) with room for the few
    built from names in the text; a smaller one would evict and recompile fixed patterns."""
    return regex.compile(pattern)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation shaped like a trie, so thousands of names match quickly.

    Longer names win (the optional tail is greedy), as in :func:`alternation`.

    >>> p = regex.compile(trie_pattern(["温州", "温州市", "温岭市"]))
    >>> [m.group() for m in p.finditer("温州市和温岭市,温州")]
    ['温州市', '温岭市', '温州']
    """
    trie: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [regex.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body if len(branches) == 1 else body

    return build(trie)


_WORD_CHAR = regex.compile(r"\w")


def find_word(text: str, word: str, end: int, *, whole: bool = True) -> int:
    """Where ``word`` first occurs in ``text[:end]``, as ``regex`` finds ``\\bword\\b`` (``whole``) or
    the bare word; -1 if nowhere. Same answer as a pattern built for the word, without compiling
    one for every name an article holds.

    >>> find_word("Wang Lanfang met Wang Lan.", "Wang Lan", 26)
    17
    >>> find_word("Wang Lanfang met Wang Lan.", "Wang Lan", 12)
    -1
    >>> find_word("Wang Lanfang met Wang Lan.", "Wang Lan", 8)
    0
    """
    def is_word(pos: int) -> bool:
        return 0 <= pos < end and _WORD_CHAR.match(text, pos, end) is not None

    at = text.find(word, 0, end)
    while at >= 0 and whole:
        first, last = at, at + len(word)
        if is_word(first - 1) != is_word(first) and is_word(last - 1) != is_word(last):
            break
        at = text.find(word, at + 1, end)
    return at


def literal_matches(text: str, words: Iterable[str], suffix: str = "",
                    not_followed_by: str = "") -> list[tuple[int, int, str]]:
    """``(start, end, word)`` for each match of ``(?:{alternation(words)}){suffix}(?![{not_followed_by}])``
    as ``regex.finditer`` gives them, found with ``str.find``: no pattern compiled for the words of one
    article (its people's names, its chains' short names).

    >>> literal_matches("温州市和温州链", ["温州", "温州市"])
    [(0, 3, '温州市'), (4, 6, '温州')]
    >>> literal_matches("温州链长和温州链", ["温州"], "链", "长主")
    [(5, 8, '温州')]
    """
    order = sorted(set(words), key=lambda w: (-len(w), w))  # the order alternation() tries them in
    rank = {w: i for i, w in enumerate(order)}
    best: dict[int, str] = {}
    for word in order:
        needle = word + suffix
        at = text.find(needle)
        while at >= 0:
            after = at + len(needle)
            if not (after < len(text) and text[after] in not_followed_by) and (
                    at not in best or rank[word] < rank[best[at]]):
                best[at] = word
            at = text.find(needle, at + 1)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for start in sorted(best):
        if start >= pos:
            end = start + len(best[start]) + len(suffix)
            out.append((start, end, best[start]))
            pos = end if end > start else start + 1
    return out


def word_scanner(words: Iterable[str]) -> re.Pattern:
    """A fast scanner for literal ``words`` in lower case (for :func:`extractors.base.lowered` text).

    The stdlib engine walks a trie of literals several times faster than ``regex`` walks a
    case-insensitive alternation; used to find the sentences worth a slower pattern's search.

    >>> [m.group() for m in word_scanner(["Chain Leader", "chain"]).finditer("a chain leader")]
    ['chain leader']
    """
    return re.compile(trie_pattern(w.lower() for w in words))
