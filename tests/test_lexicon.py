"""Shared helpers of the extractors: the same answers as the patterns they stand in for."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.lexicon import alternation, find_word, literal_matches

# letters, a digit, an underscore, spaces, punctuation, a Chinese character and a combining mark
_ALPHABET = "ab _.-'1中\u0301"


@settings(max_examples=400, deadline=None)
@given(text=st.text(_ALPHABET, max_size=30), word=st.text(_ALPHABET, min_size=1, max_size=4),
       cut=st.integers(0, 30), whole=st.booleans())
def test_find_word_answers_as_the_pattern_for_the_word_would(text: str, word: str, cut: int, whole: bool) -> None:
    end = min(cut, len(text))
    pattern = regex.compile(rf"\b{regex.escape(word)}\b" if whole else regex.escape(word))
    hit = pattern.search(text, 0, end)
    assert find_word(text, word, end, whole=whole) == (hit.start() if hit else -1)


@settings(max_examples=400, deadline=None)
@given(text=st.text("甲乙丙链长主", max_size=30),
       words=st.lists(st.text("甲乙丙链", min_size=1, max_size=3), min_size=1, max_size=4),
       suffix=st.sampled_from(["", "链"]), not_followed_by=st.sampled_from(["", "长主"]))
def test_literal_matches_answers_as_finditer_over_the_alternation_would(
        text: str, words: list[str], suffix: str, not_followed_by: str) -> None:
    pattern = rf"(?:{alternation(words)}){regex.escape(suffix)}" + (
        rf"(?![{not_followed_by}])" if not_followed_by else "")
    expected = [(m.start(), m.end(), m.group()[:len(m.group()) - len(suffix)]) for m in regex.finditer(pattern, text)]
    assert literal_matches(text, words, suffix, not_followed_by) == expected
