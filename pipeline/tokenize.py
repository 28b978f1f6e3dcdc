"""Sentences, jieba segmentation and spaCy Docs, each built only when something needs it.

The jieba user dictionary (``pipeline/data/userdict.txt``) keeps domain terms whole:
产业链, 链长, 副链长, 总链长, 链主, 链办, 规上, 招商引资 …
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

USER_DICT = Path(__file__).parent / "data" / "userdict.txt"

# A Chinese sentence ends at 。！？；!? (with any closing quotes/brackets after it) or a line
# break; an English one at . ! ? followed by space and an upper-case letter, digit or quote,
# or a line break. Abbreviations such as "U.S." or "No. 5" are protected by the lookahead.
_ZH_END = regex.compile(r"[。！？!?；;]+[”’」』)）\"']*|\n+")
_EN_END = regex.compile(
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|No|St|Co|Inc|Ltd|Corp|vs|e\.g|i\.e|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec))[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|\n+"
)


def split_sentences(text: str, language: str = "zh") -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, trimmed of surrounding white space.

    >>> text = "力争超8800亿元。2022年突破8000亿元！\\n与时俱进"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['力争超8800亿元。', '2022年突破8000亿元！', '与时俱进']
    >>> text = "It aims at 5%. Dr. Li said so. The U.S. firm agreed."
    >>> [text[s:e] for s, e in split_sentences(text, "en")]
    ['It aims at 5%.', 'Dr. Li said so.', 'The U.S. firm agreed.']
    """
    pattern = _EN_END if language == "en" else _ZH_END
    spans: list[tuple[int, int]] = []
    start = 0
    for match in pattern.finditer(text):
        _append_trimmed(text, start, match.end(), spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@lru_cache(maxsize=1)
def tokenizer():
    """A jieba Tokenizer with the project's user dictionary loaded (built once)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.load_userdict(str(USER_DICT))
    return tok


def segment(text: str) -> list[tuple[str, int, int]]:
    """jieba words with their (start, end) offsets in ``text``.

    >>> [w for w, _, _ in segment("泵阀产业链链长")]
    ['泵阀', '产业链', '链长']
    """
    return [(word, start, end) for word, start, end in tokenizer().tokenize(text)]


@lru_cache(maxsize=2)
def blank_nlp(language: str = "zh"):
    """A blank spaCy pipeline: ``zh`` segmented by jieba (with our user dictionary), or ``en``."""
    import spacy

    if language == "en":
        return spacy.blank("en")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    # spaCy's Chinese tokenizer keeps its own jieba module-level instance: teach it our terms.
    import jieba

    tokenizer()  # ensure logging is quiet
    jieba.load_userdict(str(USER_DICT))
    return nlp


def make_doc(text: str, language: str = "zh"):
    """A spaCy Doc over ``text`` (tokenisation only: no pretrained weights exist here)."""
    return blank_nlp(language).make_doc(text)
