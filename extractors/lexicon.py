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


def word_scanner(words: Iterable[str]) -> re.Pattern:
    """A fast scanner for literal ``words`` in lower case (for :func:`extractors.base.lowered` text).

    The stdlib engine walks a trie of literals several times faster than ``regex`` walks a
    case-insensitive alternation; used to find the sentences worth a slower pattern's search.

    >>> [m.group() for m in word_scanner(["Chain Leader", "chain"]).finditer("a chain leader")]
    ['chain leader']
    """
    return re.compile(trie_pattern(w.lower() for w in words))
