"""Normalise article text for extraction, keeping an exact map back to the original.

Three folds, applied in this order:

1. pinyin glosses after Hanzi are removed: ``產(chǎn)業(yè)鏈`` → ``產業鏈`` (real parentheses such
   as ``(2023-2027年)`` or ``(Weifang)`` stay);
2. full-width ASCII letters, digits and punctuation (U+FF01–FF5E) and the ideographic space
   are folded to half-width: ``１２３億元`` → ``123億元``;
3. traditional characters are converted to simplified with OpenCC ``t2s``.

Only step 1 changes the length; every such edit is an entry in the :class:`OffsetMap`,
which turns any span of the normalised text back into the exact original span.

>>> norm = normalize("濰坊15個(gè)產(chǎn)業(yè)鏈")
>>> norm.text
'潍坊15个产业链'
>>> norm.offsets.original_span(2, 5)   # '15个' → '15個' (the gloss after it stays out)
(2, 5)
>>> norm.offsets.original_span(5, 8)   # '产业链' → '產(chǎn)業(yè)鏈' (glosses inside stay in)
(9, 22)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

# --- pinyin glosses -----------------------------------------------------------------------

TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN_LETTERS = "a-zü" + TONE_MARKED

# A pinyin syllable: optional initial, then a final (toneless check for glosses like (ma)).
PINYIN_SYLLABLE = regex.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|"
    r"iu|ua|uo|ui|üe|ue|er|a|o|e|i|u|ü)(?:r)?"
)
# A gloss: a parenthesised lowercase syllable right after a Han character.
GLOSS = regex.compile(rf"(?<=\p{{Han}})[(（](?P<syllable>[{PINYIN_LETTERS}]{{1,7}})[)）]")
HAS_TONE = regex.compile(f"[{TONE_MARKED}]")
# Articles that gloss at least this many characters with tone marks also lose toneless
# glosses such as 嗎(ma); elsewhere a toneless "(ma)" is left alone.
TONELESS_GLOSS_THRESHOLD = 3

_TONE_BASE = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", "aaaaeeeeiiiioooouuuuüüüünnnm"
)

# --- width ----------------------------------------------------------------------------------

WIDTH_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
WIDTH_FOLD[0x3000] = 0x20  # ideographic space


class OffsetError(ValueError):
    """A record's offsets do not point at its text in the original article."""


@dataclass(frozen=True)
class Edit:
    """One length-changing edit: original ``[orig_start, orig_end)`` became normalised
    ``[norm_start, norm_end)`` (a deletion when the normalised side is empty)."""

    norm_start: int
    norm_end: int
    orig_start: int
    orig_end: int


@dataclass
class OffsetMap:
    """Maps normalised offsets back to original offsets.

    Between edits the two texts run in step, one character for one character, so only
    the length-changing edits are stored, sorted by position.
    """

    original_length: int
    normalised_length: int
    edits: list[Edit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._norm_ends = [e.norm_end for e in self.edits]

    def _last_edit_ending_by(self, pos: int) -> Edit | None:
        i = bisect_right(self._norm_ends, pos) - 1
        return self.edits[i] if i >= 0 else None

    def _inside_edit(self, char: int) -> Edit | None:
        """The non-empty edit whose normalised side holds character ``char``, if any."""
        i = bisect_right(self._norm_ends, char)
        if i < len(self.edits):
            edit = self.edits[i]
            if edit.norm_start <= char < edit.norm_end:
                return edit
        return None

    def original_start(self, pos: int) -> int:
        """Original offset where normalised character ``pos`` starts.

        A deletion right before ``pos`` (a gloss of the previous character) is skipped.
        """
        if pos >= self.normalised_length:
            return self.original_length
        inside = self._inside_edit(pos)
        if inside is not None:
            return inside.orig_start
        before = self._last_edit_ending_by(pos)
        if before is None:
            return pos
        return before.orig_end + (pos - before.norm_end)

    def original_end(self, pos: int) -> int:
        """Original offset where a span ending (exclusively) at normalised ``pos`` ends."""
        # A span ends where its last kept char ends in the original: a gloss inside a figure
        # stays in the span (4萬(wàn)億元), a gloss after its last char does not (115個, not 115個(gè)).
        if pos <= 0:
            return self.original_start(0) if self.normalised_length else 0
        last = pos - 1
        inside = self._inside_edit(last)
        if inside is not None:
            return inside.orig_end
        before = self._last_edit_ending_by(last)
        if before is None:
            return last + 1
        return before.orig_end + (last - before.norm_end) + 1

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the normalised span ``[start, end)``."""
        if not self.edits and start >= 0:  # no length-changing edit: the texts run in step
            orig = start if start < self.normalised_length else self.original_length
            return (orig, orig) if end <= start else (orig, end)
        if end <= start:
            orig = self.original_start(start)
            return orig, orig
        return self.original_start(start), self.original_end(end)


@dataclass
class Normalized:
    """Normalised text and the map back to the original it came from."""

    text: str
    offsets: OffsetMap


def find_glosses(text: str) -> list[tuple[int, int]]:
    """Spans of pinyin glosses (parentheses included) in ``text``.

    >>> find_glosses("產(chǎn)業(yè)鏈 (2023-2027年) 濰坊(Weifang)")
    [(1, 7), (8, 12)]
    """
    toned: list[tuple[int, int]] = []
    toneless: list[tuple[int, int]] = []
    for match in GLOSS.finditer(text):
        syllable = match.group("syllable")
        if HAS_TONE.search(syllable):
            if PINYIN_SYLLABLE.fullmatch(syllable.translate(_TONE_BASE)):
                toned.append(match.span())
        elif PINYIN_SYLLABLE.fullmatch(syllable):
            toneless.append(match.span())
    if len(toned) >= TONELESS_GLOSS_THRESHOLD and toneless:
        return sorted(toned + toneless)
    return toned


def remove_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[Edit]]:
    """Delete sorted, disjoint ``spans`` from ``text``, recording each as an :class:`Edit`."""
    pieces: list[str] = []
    edits: list[Edit] = []
    cursor = 0
    removed = 0
    for start, end in spans:
        pieces.append(text[cursor:start])
        norm_pos = start - removed
        edits.append(Edit(norm_pos, norm_pos, start, end))
        removed += end - start
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), edits


# --- traditional → simplified ----------------------------------------------------------------

# OpenCC splits its input on these separators and never matches across them; we split the
# same way so that converting only the pieces that need it gives the same result as
# converting everything.
_OPENCC_SEPARATORS = regex.compile(
    r"(\s+|-|,|\.|\?|!|\*|　|，|。|、|；|：|？|！|…|“|”|‘|’|『|』|「|」|﹁|﹂|—|－|（|）|《|》|〈|〉"
    r"|～|．|／|＼|︒|︑|︔|︓|︿|﹀|︹|︺|︙|︐|［|﹇|］|﹈|︕|︖|︰|︳|︴|︽|︾|︵|︶|｛|︷|｝|︸|﹃|﹄|【|︻|】|︼)"
)


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def _read_opencc_dictionary(name: str) -> list[tuple[str, str]]:
    """(key, first conversion) pairs of one of OpenCC's own dictionary files."""
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / name
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, _, value = line.rstrip("\n").partition("\t")
            if key and value:
                pairs.append((key, value.split(" ")[0]))
    return pairs


@lru_cache(maxsize=1)
def _char_table() -> dict[int, str]:
    """OpenCC t2s's one-character conversions, as a ``str.translate`` table, plus the regional
    variants of ``data/regional_variants.tsv`` (矽 → 硅)."""
    table = {
        ord(key): value
        for key, value in _read_opencc_dictionary("TSCharacters.txt")
        if len(key) == 1 and len(value) == 1 and key != value
    }
    table.update(_regional_table())
    return table


@lru_cache(maxsize=1)
def _regional_table() -> dict[int, str]:
    """One-character regional variants t2s keeps (Taiwan's 矽 for silicon): ``str.translate`` table."""
    table: dict[int, str] = {}
    with open(Path(__file__).parent / "data" / "regional_variants.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            key, value = line.rstrip("\n").split("\t")[:2]
            if len(key) == 1 and len(value) == 1:
                table[ord(key)] = value
    return table


@lru_cache(maxsize=1)
def _phrase_sensitive() -> regex.Pattern:
    """Characters of OpenCC phrases that convert differently from their characters one by one
    (or change length): only text holding one of them needs OpenCC itself."""
    table = _char_table()
    chars: set[str] = set()
    for key, value in _read_opencc_dictionary("TSPhrases.txt"):
        if len(key) != len(value) or key.translate(table) != value:
            chars.update(key)
    return regex.compile(f"[{regex.escape(''.join(sorted(chars)))}]")


@lru_cache(maxsize=1)
def _phrase_variants() -> dict[str, frozenset[str]]:
    """Character → the simplified characters OpenCC's phrases turn it into (畫 → 划 in 規畫)."""
    variants: dict[str, set[str]] = {}
    for key, value in _read_opencc_dictionary("TSPhrases.txt"):
        if len(key) == len(value):
            for a, b in zip(key, value):
                if a != b:
                    variants.setdefault(a, set()).add(b)
    return {a: frozenset(bs) for a, bs in variants.items()}


def simplifies_to(original: str, simplified: str) -> bool:
    """Whether the character ``original`` can read as ``simplified`` after t2s, alone or inside
    one of OpenCC's phrases (畫 → 画, and 划 in 規畫).

    >>> simplifies_to("畫", "画"), simplifies_to("畫", "划"), simplifies_to("畫", "话")
    (True, True, False)
    """
    return original == simplified or to_simplified(original) == simplified or \
        simplified in _phrase_variants().get(original, ())


@lru_cache(maxsize=1)
def _phrase_tables() -> tuple[dict[str, str], dict[int, str], regex.Pattern, int]:
    """OpenCC t2s's own dictionaries, as its converter loaded them: phrases (key → first
    value), characters (a translate table), a pattern finding where phrases may start, and
    the longest phrase length."""
    phrase_dict, char_dict = (d[2] for d in _t2s()._dict_chain_data[0])
    phrases = {key: value.split(" ")[0] for key, value in phrase_dict.items()}
    chars = {ord(key): value.split(" ")[0] for key, value in char_dict.items()}
    keys = sorted(phrases, key=len, reverse=True)
    starts = regex.compile("|".join(regex.escape(k) for k in keys))
    return phrases, chars, starts, max(map(len, keys))


@lru_cache(maxsize=1)
def _phrase_heads() -> tuple[re.Pattern, frozenset[str]]:
    """The first characters of OpenCC's phrases (a character class; the stdlib engine scans
    for one fastest) and their first two characters (every phrase has at least two)."""
    phrases = _phrase_tables()[0]
    first = re.compile("[" + "".join(sorted({re.escape(key[0]) for key in phrases})) + "]")
    return first, frozenset(key[:2] for key in phrases)


def _opencc_piece(piece: str) -> str:
    """Exactly ``OpenCC("t2s").convert(piece)`` for a piece without separators, faster.

    OpenCC replaces the longest phrase found anywhere (the leftmost of equal length), then
    does the same left and right of it; what no phrase covers converts character by
    character. Only positions where some phrase starts are examined.
    """
    phrases, chars, starts, longest = _phrase_tables()
    n = len(piece)
    occurrences: list[tuple[int, int]] = []
    for m in starts.finditer(piece, overlapped=True):
        i = m.start()
        for length in range(2, min(longest, n - i) + 1):
            if piece[i:i + length] in phrases:
                occurrences.append((i, length))
    if not occurrences:
        return piece.translate(chars)
    out: list[str] = []

    def convert(lo: int, hi: int) -> None:
        best_start, best_length = -1, 0
        for start, length in occurrences:
            if lo <= start and start + length <= hi and (
                length > best_length or (length == best_length and start < best_start)
            ):
                best_start, best_length = start, length
        if best_length == 0:
            if hi > lo:
                out.append(piece[lo:hi].translate(chars))
            return
        convert(lo, best_start)
        out.append(phrases[piece[best_start:best_start + best_length]])
        convert(best_start + best_length, hi)

    convert(0, n)
    return "".join(out)


def to_simplified(text: str) -> str:
    """Convert traditional to simplified exactly as OpenCC t2s does (plus the one-character regional
    variants of ``data/regional_variants.tsv``), without changing length.

    Characters convert through a translate table built from OpenCC's own dictionary; only the
    separator-delimited pieces holding a phrase-sensitive character (乾隆 vs 乾燥) go through
    OpenCC. A piece whose conversion would change length is converted character by character.

    >>> to_simplified("濰坊市產業鏈鏈長制, 2023年")
    '潍坊市产业链链长制, 2023年'
    """
    table = _char_table()
    sensitive = _phrase_sensitive()
    converted = text.translate(table)
    # Only a piece where some phrase occurs can convert otherwise than character by character
    # (OpenCC's character table is ``table``), and no phrase holds a separator: find where
    # phrases may start in the whole text, then redo just those pieces (if phrase-sensitive).
    first, heads = _phrase_heads()
    occurring = [m.start() for m in first.finditer(text) if text[m.start():m.start() + 2] in heads]
    if not occurring:
        return converted
    parts = _OPENCC_SEPARATORS.split(text)
    piece_starts: list[int] = []
    offset = 0
    for part in parts:
        piece_starts.append(offset)
        offset += len(part)
    out: list[str] = []
    cursor = 0
    done = -1
    for pos in occurring:
        i = bisect_right(piece_starts, pos) - 1
        while i > 0 and not parts[i]:
            i -= 1  # an empty part starts where the next one does
        if i <= done:
            continue
        done = i
        piece, start = parts[i], piece_starts[i]
        if not sensitive.search(piece):
            continue
        phrased = _opencc_piece(piece).translate(_regional_table())
        if len(phrased) == len(piece):
            out.append(converted[cursor:start])
            out.append(phrased)
            cursor = start + len(piece)
    out.append(converted[cursor:])
    return "".join(out)


# Taiwanese financial wires set figures apart from the Chinese words around them with a space (營收 412.3
# 億元 · 共 21 家企業): the space goes, as a gloss does, so that a figure and its unit read as one
_FIGURE_SPACE = regex.compile(r"(?<=\d)[ \u00a0](?=\p{Han})|(?<=\p{Han})[ \u00a0](?=\d)")


def ignorable_spans(text: str) -> list[tuple[int, int]]:
    """Spans normalisation deletes: pinyin glosses, and single spaces between a figure and Chinese.

    >>> ignorable_spans("營收 412.3 億元，產(chǎn)業")
    [(2, 3), (8, 9), (13, 19)]
    """
    glosses = find_glosses(text)
    if " " not in text and "\u00a0" not in text:
        return glosses
    spaces = [m.span() for m in _FIGURE_SPACE.finditer(text)
              if not any(a <= m.start() < b for a, b in glosses)]
    return sorted(glosses + spaces) if spaces else glosses


def normalize(text: str) -> Normalized:
    """Fold ``text`` (glosses, figure spaces, width, script) and return it with its :class:`OffsetMap`."""
    glosses = ignorable_spans(text)
    stripped, edits = remove_spans(text, glosses)
    folded = stripped.translate(WIDTH_FOLD)
    simplified = to_simplified(folded)
    return Normalized(simplified, OffsetMap(len(text), len(simplified), edits))


def detect_script(text: str) -> str:
    """``hans``, ``hant`` or ``latn`` by which kind of letters dominate.

    >>> detect_script("濰坊市產業鏈"), detect_script("潍坊市产业链"), detect_script("Weifang city")
    ('hant', 'hans', 'latn')
    """
    sample = text[:20000]
    han = len(regex.findall(r"\p{Han}", sample))
    latin = len(regex.findall(r"[A-Za-z]", sample))
    if latin > 2 * han:
        return "latn"
    if han == 0:
        return "latn" if latin else "hans"
    # characters OpenCC changes are traditional; a simplified text has almost none of them
    changed = sum(1 for a, b in zip(sample, to_simplified(sample)) if a != b)
    return "hant" if changed >= max(2, han * 0.03) else "hans"
