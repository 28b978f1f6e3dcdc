"""Counts: a cardinal number of things or a measured quantity, with its classifier or unit.

One compiled pattern, composed from the shared number grammar and ``data/classifiers.tsv``,
finds number + classifier (走访企业52家, 17条市级产业链, 五大传统产业, 50万吨) and, in English,
number + unit (1,000 mu) or number + counted noun (52 companies, 15 industrial chains).
Readable rules backed by ``data/not_counts.tsv`` then drop what is not a count: ordinals and
ranks (第5位, 前三名), durations (10个月), words that merely start with a classifier (项目,
位于), 一 used as an article (一项制度创新, 一批), slogans (十个一, 5+5+N) and years.

>>> [(r.text, r.value, r.unit, r.object) for r in find_counts("走访企业52家，17条市级产业链")]
[('52家', Decimal('52'), '家', '企业'), ('17条', Decimal('17'), '条', '产业链')]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

import regex

from extractors.base import ExtractionContext, component
from extractors.lexicon import alternation, load_rows, rx
from extractors.money import CURRENCY_CODES
from extractors.numbers import (
    NumberMatch,
    fold_for_matching,
    parts_of_counted_sets_en,
    qualifier_before,
    qualify,
    read_number,
    scan_numbers,
)
from pipeline.records import CountRecord


def _is_latin(word: str) -> bool:
    """True for English words (matched case-insensitively)."""
    return bool(rx(r"[A-Za-z]").match(word))


def _rules(rule: str) -> list[tuple[str, str]]:
    """(text, unit) pairs of one rule of data/not_counts.tsv."""
    return [(row[1], row[2]) for row in load_rows("not_counts.tsv") if row[0] == rule]


_UNITS = [row[0] for row in load_rows("classifiers.tsv")]
UNITS_ZH = alternation([u for u in _UNITS if not _is_latin(u)])
UNITS_EN = alternation([u for u in _UNITS if _is_latin(u)])

_FUNCTION_WORDS = [w for w, _ in _rules("en_function")]
_NOT_HEADS = [w for w, _ in _rules("en_not_head")] + [
    form for form in CURRENCY_CODES if _is_latin(form) and " " not in form
]
# A modifier is a word that does not look plural (industrial, chain, business); the head is
# a plural noun (companies, chains, visits) that is no duration, percentage or currency.
# (on-site, in-house: a hyphenated word opening with a function word is one word)
_WORD = rf"(?:(?!(?:{alternation(_FUNCTION_WORDS)})\b(?!-))[A-Za-z][A-Za-z-]*(?:(?<![^s]s)|(?<=ics|ous))\b)"
_MODIFIER = (
    # robotics and automation (projects): a coordinated pair of modifiers; -ics words are no plurals
    rf"(?:{_WORD}(?:[ \t]+and[ \t]+{_WORD})?"
    r"|[\"“'‘][^\"“”'‘’\n]{1,30}[\"”'’])"  # 10 "single champion" companies · 'little giant' firms
)
_HEAD = (
    rf"(?:(?!(?:{alternation(_FUNCTION_WORDS + _NOT_HEADS)})\b)[A-Za-z][A-Za-z-]*[a-rt-z]s\b(?<!ics|ous)"
    # nouns whose plural takes no -s: 15 billion fry, 300 staff, 2,000 personnel
    r"|(?:fry|fish|sheep|cattle|livestock|poultry|personnel|staff|deer|aircraft|people|children|men|women|head)\b)"
)
# 70 countries and regions: a second head coordinated with the first belongs to the count
# (40 auto parts projects · 20 new parts makers: a plural noun naming what a second, generic one is about)
# (… enterprises and plans to raise …: a verb, no second head)
_HEAD_PAIR = (rf"{_HEAD}(?:[ \t]+and[ \t]+"
              # (64 on-site meetings and helped enterprises resolve …: a verb, the count's clause goes on)
              r"(?!(?:helped|resolved|signed|settled|completed|visited|held|solved|attracted|brought|launched"
              r"|organized|organised|coordinated|handled|received|served|trained)\b)"
              rf"(?:{_WORD}[ \t]+)?{_HEAD}"
              r"(?!(?<=plans|aims|hopes|wants|intends|seeks|expects|needs|vows|pledges)[ \t]+to\b))?"
              r"(?:(?<!problems|issues|requests|complaints|cases|demands|difficulties|questions|concerns|appeals)"
              r"[ \t]+(?:projects|makers|suppliers|firms|companies|enterprises|plants|factories|producers"
              r"|manufacturers)\b)?")

# the number of a set in "four of the five cities" (a count of its own)
_SET_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                     r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|hundreds?|dozens?")
# What follows a number to make it a count (matched right at the number's end).
# (a tab between a number and a word is a table's cell boundary: 2<TAB>Fine chemicals is no count)
UNIT_RE = regex.compile(
    # 走访企业52家 · 17条 · 五大 · 50万吨 · 十余家 · 3-5个 · 两三个
    rf"(?P<unit>{UNITS_ZH})"
    # 1,000 mu · 2 square kilometers · 100 MW · 100GWh · a 60-mu (4-hectare) site
    rf"|[ -]?(?P<unit>(?i:{UNITS_EN}))(?![A-Za-z]|-hours?\b)"  # (20 gigawatt-hours: a noun, below)
    # 算力总规模达到50万P: computing power in petaflops, as Chinese media write it (only after 万/亿,
    # so 1080P and 5P are no counts)
    r"|(?<=[万亿])(?P<unit>P)(?![A-Za-z])"
    # 52 companies · 15 industrial chains · 300 visits · 10 more "little giant" firms
    rf"|(?P<odd>-odd)?[ ]+(?P<mods>(?i:(?:more[ ]+)?(?:{_MODIFIER}[ ]+){{0,4}}))(?P<head>(?i:{_HEAD_PAIR}))"
    # Eleven of the projects · 19 of the signed projects: a part of a set, counted
    # · Two of the chain's biggest exporters · 18 of the city's key chains · three of Weihai's makers
    # (97 of the 121 problems: two counts, the part's unit from the set's, below)
    rf"|[ ]+of[ ]+(?:(?:the|its|these|those|their|our)[ ]+(?:[A-Za-z-]+['’]s[ ]+)?|[A-Z][A-Za-z-]+['’]s[ ]+)"
    rf"(?!\d|(?i:{_SET_NUMBER_WORDS})\b)(?P<mods>(?i:(?:{_MODIFIER}[ ]+){{0,3}}))"
    rf"(?P<head>(?i:{_HEAD}))"
    # 17 state-level specialised 'little giants': the head inside quotes
    rf"|[ ]+(?P<mods>(?i:(?:{_MODIFIER}[ ]+){{0,3}}['‘\"“](?:{_WORD}[ ]+){{0,2}}))"
    rf"(?P<head>(?i:{_HEAD}))['’\"”]"
)


def _ending_re(rule: str, keep_rule: str) -> regex.Pattern:
    """Words of a "before" rule (and its harmless longer words) as a pattern anchored at the end."""
    words = [w for w, _ in _rules(rule) + _rules(keep_rule)]
    chinese = alternation([w for w in words if not _is_latin(w)])
    english = alternation([w for w in words if _is_latin(w)])
    return regex.compile(rf"(?r)(?:{chinese})[ \t]*\Z|(?i:\b(?:{english}))[ \t]*\Z")  # (?r): see numbers.py


_BEFORE_RE = _ending_re("before", "before_keep")
_BEFORE_UNITS: dict[str, set[str]] = defaultdict(set)
for _word, _unit in _rules("before"):
    _BEFORE_UNITS[_word].add(_unit)
_AFTER_WORDS: dict[str, list[str]] = defaultdict(list)
for _word, _unit in _rules("after"):
    _AFTER_WORDS[_unit].append(_word)
_AFTER_RES = {
    unit: regex.compile(rf"[ \t]+(?i:{alternation(words)})\b" if _is_latin(unit) else alternation(words))
    for unit, words in _AFTER_WORDS.items()
}
# 期 and 届 after a plain Chinese digit are ordinal (二期工程, 十四届); 两期 and 5届 count.
_ORDINAL_UNITS = {w for w, _ in _rules("ordinal_unit")}
_PLAIN_CN_DIGITS = regex.compile(r"[一二三四五六七八九十]+")
_DIGIT_JOINERS = ":/"  # they join numbers only with a digit on their other side
_INDEFINITE = {w.lower() for w, _ in _rules("indefinite")}
_EN_NAMES = {w.lower() for w, _ in _rules("en_name")}
_JOINERS = "".join(w for w, _ in _rules("joiner"))
_SLOGAN_RE = regex.compile(
    r"[一二三四五六七八九十百千两]{1,3}"
    rf"(?:{alternation([w for w, _ in _rules('slogan_end')])}|[，,。；;、)）]|\s|\Z)"
)
_YEAR_BEFORE_RE = regex.compile(
    rf"(?i:\b(?:{alternation([w for w, _ in _rules('en_year_before')])}))[ \t]+\Z"
)
# the second half of a ratio: 每3台笔电就有1台 (the first half is a "before 每" rule of not_counts.tsv)
_RATIO_RE = regex.compile(r"每[\d一二三四五六七八九十两百千万]+[^。；;]{0,16}?(?:就|才|约|大约|近)?有(?:超过)?\Z"
                          # one in five pairs · seven in ten of the kitchen knives
                          r"|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+"
                          r"(?:every\s+)?\Z)")
_CURRENCY_AFTER_RE = regex.compile(r"(?i)[ \t]*(?:yuan|dollars?|euros?|yen|pounds?|rmb|renminbi|元)\b")
_HEADING_NUMBER_RE = regex.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}[ \t]+(?=[A-Z\p{Han}])")
_CURRENCY_BEFORE_RE = regex.compile(r"(?:[$¥€£]|(?i:\b(?:RMB|USD|CNY|EUR|HKD))\s*)\Z")

_OBJECTS = [row[0] for row in load_rows("count_objects.tsv")]
_OBJECT_BEFORE_RE = regex.compile(rf"(?:{alternation(_OBJECTS)})\Z")
_OBJECT_AFTER_RE = regex.compile(alternation([o for o in _OBJECTS if not _is_latin(o)]))
_CLAUSE_END_RE = regex.compile(r"[。！？；，,、：:;!?\n(（)）“”\"]")


def _excluded_before(text: str, start: int, unit: str) -> bool:
    """第5位 · 前三名 · 回升6位 · 〔2019〕: the word before the number makes it no count."""
    if rx(r"第(?:19|20)\d\d[-－—]$").search(text, max(0, start - 6), start):
        return True  # 简报第2025-17期: an issue's number within its year, an ordinal
    if rx(r"第[一二三四五六七八九十\d]{1,3}[、和至到-]$").search(text, max(0, start - 6), start):
        return True  # 分列第三、四位: the second of two ordinals sharing 第
    match = _BEFORE_RE.search(text, max(0, start - 12), start)
    if match is None:
        return False
    word = match.group().strip()
    units = _BEFORE_UNITS.get(word) or _BEFORE_UNITS.get(word.lower())
    return bool(units) and ("*" in units or unit in units)


def _excluded_after(text: str, end: int, unit: str) -> bool:
    """10个月 · 位于 · 一次性 · 项目: the unit plus what follows is another word."""
    pattern = _AFTER_RES.get(unit)
    return pattern is not None and pattern.match(text, end) is not None


def _is_slogan(text: str, start: int, end: int) -> bool:
    """十个一”机制 · 5+5+N · 4×4 · 415X · “三个突破”: numbers that are part of a name or slogan."""
    if text[start - 1:start] in ("“", "「") and rx(r"\p{Han}{1,4}[”」]").match(text, end) and \
            not text[start:end].isascii():
        return True  # 实现“三个突破”：a slogan's name in quotes, its items follow
    before = text[start - 1:start] if start else ""
    after = text[end:end + 1]
    if before in _DIGIT_JOINERS and not text[start - 2:start - 1].isdigit():
        before = ""  # 广西：14条产业链 — a colon after a label, not a time (10:30) or a fraction (1/3)
    if after in _DIGIT_JOINERS and not text[end + 1:end + 2].isdigit():
        after = ""
    if before and (before in _JOINERS or before.isascii() and before.isalnum()):
        return True
    if before == "-" and rx(r"[A-Za-z]").match(text[start - 2:start - 1]):
        return True  # COVID-19, G-20
    if after and after in _JOINERS:
        return True
    return _SLOGAN_RE.match(text, end) is not None


def _is_year(text: str, number: NumberMatch, unit: str) -> bool:
    """2024 growth targets · in 2022 companies: a bare four-digit year is no English count."""
    if not rx(r"(?:1[89]|20)\d\d(?:\s*(?:to|-|–|—|至|到)\s*(?:1[89]|20)\d\d)?").fullmatch(number.text):
        return False  # (2025 to 2027 targets: a span of years too)
    if _is_latin(unit):
        return True
    return _YEAR_BEFORE_RE.search(text, max(0, number.start - 12), number.start) is not None


def find_object(text: str, start: int, end: int, unit: str) -> str | None:
    """What is counted: the noun right before the number (企业52家) or after the unit (17条产业链).

    >>> find_object("走访企业52家", 4, 7, "家"), find_object("17条市级产业链", 0, 3, "条")
    ('企业', '产业链')
    """
    before = qualifier_before(text, start)
    anchor = before[1] if before else start
    match = _OBJECT_BEFORE_RE.search(text, max(0, anchor - 8), anchor)
    if match is not None:
        return match.group()
    stop = _CLAUSE_END_RE.search(text, end, min(len(text), end + 16))
    limit = stop.start() if stop else min(len(text), end + 16)
    found = _OBJECT_AFTER_RE.search(text, end, limit)
    return found.group() if found else None


# The characters a unit can start with: a number followed by anything else is no count, and
# that set lookup spares most numbers (years, percentages, sums) the long UNIT_RE match.
_UNIT_FIRST = frozenset(
    {u[0] for u in _UNITS if not _is_latin(u)}
    | {c for u in _UNITS if _is_latin(u) for c in (u[0].lower(), u[0].upper())}
    | set(" \t-")
)


def find_counts(text: str, article: str = "") -> list[CountRecord]:
    """Every count in ``text`` (normalised or not) as CountRecords with their offsets.

    >>> [(r.text, r.value, r.unit) for r in find_counts("產能50萬噸")]
    [('50萬噸', Decimal('500000'), '吨')]
    >>> find_counts("居全省第5位，启动实施不到10个月"), find_counts("“十个一”机制")
    ([], [])
    """
    if not isinstance(text, str) or not text:
        return []
    folded = fold_for_matching(text)
    records = []
    parts: list[tuple[NumberMatch, int]] = []  # 97 | of the 121 problems: the part, where the set's number starts
    for number in scan_numbers(folded):
        unit = UNIT_RE.match(folded, number.end) if folded[number.end:number.end + 1] in _UNIT_FIRST \
            else None
        if unit is None:
            number, unit = _before_level(folded, number)
        if unit is not None:
            record = _record(folded, text, article, number, unit)
            if record is not None:
                records.append(record)
        elif _bare_number(number) and (part := _PART_OF_NEXT_RE.match(folded, number.end, number.end + 80)) is not None:
            parts.append((number, part.end()))
        elif records:
            record = _baseline_count(folded, text, article, number, records[-1]) or \
                _elided_count(folded, text, article, number, records[-1])
            if record is not None:
                records.append(record)
    if parts:
        records = _parts_of_next(text, article, parts, records)
    if " and " in folded:  # led by 14, 19 and 14 city leaders · 43 chains: 14, 16 and 13 respectively
        records = _listed_counts(folded, text, article, records)
    if rx(r"(?i)\b(?:number(?:ed)?|staff\s+of|team\s+of|tally\s+of|count\s+of)\s").search(folded):  # (number of … to N)
        taken = {(r.start, r.end) for r in records}
        records += [r for r in _noun_before_counts(folded, text, article) if (r.start, r.end) not in taken]
        records.sort(key=lambda r: r.start)
    if ":" in folded and "(" in folded:  # (b) Enterprises with annual revenue above RMB 10 billion: 18
        taken = [(r.start, r.end) for r in records]
        records += [r for r in _labelled_item_counts(folded, text, article)
                    if not any(a < r.end and r.start < b for a, b in taken)]
        records.sort(key=lambda r: r.start)
    if rx(r"(?i)\b(?:kill|injur|leav|left)").search(folded):  # kills three, injures 14: casualties
        taken = [(r.start, r.end) for r in records]
        records += [r for r in _casualty_counts(folded, text, article)
                    if not any(a < r.end and r.start < b for a, b in taken)]
        records.sort(key=lambda r: r.start)
    if rx(r"[两二三四五六七八九十]\s?(?:省|市|县|地)").search(folded):
        taken = {(r.start, r.end) for r in records}
        records += [r for r in _place_totals(folded, text, article) if (r.start, r.end) not in taken]
        records.sort(key=lambda r: r.start)
    if "|" in folded or "\t" in folded:
        taken = {(r.start, r.end) for r in records}
        from extractors.tables import bar_tables

        tables = bar_tables(folded)
        labels = _unit_label_spans(folded, tables)  # (Groves (10,000 mu) | 8.5: the label's unit is no count)
        records = [r for r in records if not any(a <= r.start and r.end <= b for a, b in labels)]
        records += [r for r in _table_counts(folded, text, article, tables) if (r.start, r.end) not in taken]
        records.sort(key=lambda r: r.start)
    if " of the " in folded or "Of the " in folded:  # Nine of the 58 carry net debt …: a part of a set counted before
        taken = [(r.start, r.end) for r in records]
        records += [r for r in _parts_of_counted_en(folded, text, article, records)
                    if not any(a < r.end and r.start < b for a, b in taken)]
        records.sort(key=lambda r: r.start)
    if " from " in folded:  # … cuts provincial chains to 15 from 24: the noun before, both numbers counted
        taken = [(r.start, r.end) for r in records]
        records += [r for r in _to_from_counts(folded, text, article)
                    if not any(a < r.end and r.start < b for a, b in taken)]
        records.sort(key=lambda r: r.start)
    if ": " in folded:
        taken = [(r.start, r.end) for r in records]
        records += [r for r in _label_counts(folded, text, article)
                    if not any(a < r.end and r.start < b for a, b in taken)]
        records.sort(key=lambda r: r.start)
    pages = _contents_lines(folded)
    if pages:
        records = [r for r in records if not any(a <= r.start < b for a, b in pages)]
    return _joined_ranges(folded, text, records)


_CONTENTS_HEADING = regex.compile(r"(?im)^[ \t]*(?:contents|table\s+of\s+contents|目\s*录)[ \t]*$")
# CONTENTS ⏎ 2 Corporate Information ⏎ 4 Financial Highlights: a page number, then a section's title
_CONTENTS_LINE = regex.compile(r"[ \t]*\d{1,3}[ \t]+(?:[A-Z][\w'’&,-]*|and|of|the|for|on|in)"
                               r"(?:[ \t]+(?:[A-Z][\w'’&,-]*|and|of|the|for|on|in))*[ \t]*"
                               r"|[ \t]*[\p{Han}、（）()]{2,30}?[ \t.…·]*\d{1,3}[ \t]*")


def _contents_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a table of contents (under a CONTENTS or 目录 line): page numbers, no counts."""
    spans: list[tuple[int, int]] = []
    for head in _CONTENTS_HEADING.finditer(text):
        for line in rx(r"(?m)^[^\n]*$").finditer(text, head.end() + 1):
            if not line.group().strip():
                if spans:
                    break  # (the blank line after the list ends it)
                continue
            if not _CONTENTS_LINE.fullmatch(line.group()):
                break
            spans.append(line.span())
    return spans


def _parts_of_counted_en(text: str, original: str, article: str, records: list[CountRecord]) -> list[CountRecord]:
    """A part of a set the text counted before, the noun left out (Nine of the 58 carry net debt … after 58 listed chain
    masters · Of 214 logged since January, 187 have been resolved): both numbers counts in the set's unit."""
    out: list[CountRecord] = []
    for part in parts_of_counted_sets_en(text):
        earlier = next((r for r in reversed(records) if r.end <= part.at and r.value == part.whole
                        and part.at - r.end <= 3000 and rx(r"[A-Za-z]").match(r.unit or "")), None)
        if earlier is None:
            continue
        for start, end, value in ((part.start, part.end, part.value), (part.whole_start, part.whole_end, part.whole)):
            out.append(CountRecord(article=article, start=start, end=end, text=original[start:end], value=value,
                                   unit=earlier.unit, object=earlier.object, qualifier="exact"))
    return out


_RANGE_JOIN_ZH = regex.compile(r"\s*(?:至|到|~|～|—|-|－)\s*")


def _joined_ranges(text: str, original: str, records: list[CountRecord]) -> list[CountRecord]:
    """新认定县级链主企业3家至5家: two counts of one unit joined by 至 are one range (3–5 家)."""
    out: list[CountRecord] = []
    for r in records:
        last = out[-1] if out else None
        if last is not None and last.unit == r.unit and last.value_max is None and r.value_max is None \
                and last.value < r.value and not _is_latin(r.unit or "a") \
                and _RANGE_JOIN_ZH.fullmatch(text, last.end, r.start) \
                and not rx(r"(?:从|由|自)\s*$").search(text, max(0, last.start - 3), last.start):
            # (从420人到1860人: a change from one to the other, two counts)
            out[-1] = replace(last, end=r.end, text=original[last.start:r.end], value_max=r.value, qualifier="range")
            continue
        out.append(r)
    return out


# a factbox's labelled figure: "- Bearing makers above designated size: 264, up from 212 in 2023" ·
# "- Chain masters: 3; registered suppliers: 1,140" (the label's last word, a plural noun, is the unit)
_LABEL_COUNT_RE = regex.compile(
    r"(?im)(?:^[ \t]*[-•·*▪][ \t]*|;[ \t]+)(?P<label>[a-z][a-z' -]{1,60}?)[ \t]*:[ \t]*"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d.]|\s*(?:%|[a-z]))"
    r"(?:,\s+up\s+from\s+(?P<was>\d{1,3}(?:,\d{3})+|\d+)\b)?")


# (… cut its key chains to eight from 13: numbers in words too)
_TO_FROM_EN = regex.compile(rf"(?i)\b(?P<noun>[a-z][a-z-]*[a-rt-z]s)(?:\s+(?:to|down\s+to|up\s+to))\s+"
                            rf"(?P<a>\d{{1,3}}(?:,\d{{3}})*|\d+|(?:{_SET_NUMBER_WORDS})\b)\s+from\s+"
                            rf"(?P<b>\d{{1,3}}(?:,\d{{3}})*|\d+|(?:{_SET_NUMBER_WORDS})\b)\b(?![.,]\d|\s*%)")


# Fire at chain master's PVC plant kills three, injures 14 · killing three workers and injuring 14: people
_CASUALTY_RE = regex.compile(r"(?i)\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|(?:left|leaving)\s+(?:at\s+least\s+)?"
                             r"(?=\S+\s+(?:dead|injured)))\s+(?:at\s+least\s+)?"
                             r"(?P<num>\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                             r"\b(?=\s*(?:[,.;]|and\b|$|\s+(?:dead|injured|others|more)\b))")


def _casualty_counts(text: str, original: str, article: str) -> list[CountRecord]:
    """People killed or injured, their noun left out (kills three, injures 14)."""
    out = []
    for m in _CASUALTY_RE.finditer(text):
        reading = read_number(m.group("num"))
        if reading is None:
            continue
        s, e = m.span("num")
        out.append(CountRecord(article=article, start=s, end=e, text=original[s:e], value=reading.value,
                               unit="people", object="people", qualifier="exact"))
    return out


def _to_from_counts(text: str, original: str, article: str) -> list[CountRecord]:
    """Counts in "cuts provincial chains to 15 from 24, chain chiefs to 13 from 22": the noun right before
    "to" counts both numbers (English)."""
    out = []
    for m in _TO_FROM_EN.finditer(text):
        noun = m.group("noun").lower()
        if noun in _LABEL_NOT_COUNTED:
            continue
        for group in ("a", "b"):
            reading = read_number(m.group(group))
            if reading is None:
                continue
            s, e = m.span(group)
            out.append(CountRecord(article=article, start=s, end=e, text=original[s:e], value=reading.value,
                                   unit=noun, object=noun, qualifier="exact"))
    return out


def _label_counts(text: str, original: str, article: str) -> list[CountRecord]:
    """Counts in a factbox's labelled lines (English): the label says what is counted."""
    out: list[CountRecord] = []
    for m in _LABEL_COUNT_RE.finditer(text):
        # the label's first plural noun (Bearing makers above designated size: makers)
        head = rx(r"(?i)\b[a-z]+[a-rt-z]s\b").search(m.group("label"))
        noun = head.group().lower() if head else ""
        if not noun or noun in _LABEL_NOT_COUNTED:
            continue
        out += _label_line_counts(m, original, article, noun, m.group("label").strip(), "exact")
    return out


def _label_line_counts(m: Any, original: str, article: str, unit: str, label: str,
                       qualifier: str) -> list[CountRecord]:
    """The counts of a labelled line whose label names what they count: its number (``num``, with
    ``qualifier``) and the baseline "up from N" after it (``was``)."""
    out: list[CountRecord] = []
    for group, q in (("num", qualifier), ("was", "exact")):
        if m.group(group) is None:
            continue
        reading = read_number(m.group(group))
        if reading is None:
            continue
        s, e = m.span(group)
        out.append(CountRecord(article=article, start=s, end=e, text=original[s:e], value=reading.value,
                               unit=unit, object=label, qualifier=q))
    return out


_LABEL_NOT_COUNTED = frozenset({"exports", "imports", "sales", "revenues", "earnings", "profits", "assets",
                                "years", "rates", "prices", "targets", "goals", "notes", "sources", "shares"})


# Companies with annual sales above 100 million yuan number 38 now · a staff of seven: the noun is
# before the number
_NUMBER_VERB_RE = regex.compile(
    r"(?i)\b(?P<noun>[a-z][a-z-]*[a-rt-z]s)\b(?P<mods>[^.;:!?]{0,70}?)\s+(?:now\s+|currently\s+)?"
    r"(?:number(?:ed)?|totall?ed)\s+(?:about\s+|some\s+|nearly\s+)?(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")
# (not a team of 26 inspectors: the noun after the number counts them, read as usual)
_STAFF_OF_RE = regex.compile(r"(?i)\b(?P<noun>staff|team|workforce)\s+of\s+(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b"
                             r"(?!\s+(?:[a-z-]+\s+)?[a-z]+s\b)")
# … number 38 now; the goal is more than 50 by 2028: the same noun, still left out
_GOAL_IS_RE = regex.compile(r"(?i)\b(?:goal|target|aim|plan)\s+is\s+(?:(?P<q>more\s+than|over|at\s+least|about)\s+)?"
                            r"(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b(?!\s*(?:%|percent|per|[a-z]+s\b))")


# double the number of dairy processors with sales above 1 billion yuan to eight · … to over 900, from 742
_NUMBER_OF_RE = regex.compile(
    r"(?i)\b(?:number|tally|count)\s+of\s+(?P<pre>(?:[a-z\"“”-][a-z\"“”-]*\s+){0,7}?)"
    r"(?!(?:its|this|his|hers|theirs|yours|ours|was|has|is|thus|plus)\b)(?P<noun>[a-z][a-z-]*[a-rt-z]s)\b"
    r"(?P<mods>[^.;:]{0,70}?)"
    # … to eight · The number of chain master enterprises shall reach 60 · … reached 3,276 · … shall exceed 150
    # (… raise the number of its chain master enterprises from 168 to 220: both figures)
    r"(?:(?:\s+from\s+(?:about\s+)?(?P<num2>\d[\d,]*|(?!(?:a|an|the)\b)[a-z]+(?:-[a-z]+)?))?"
    r"\s+to(?!\s+(?:r(?:i|o)se|grow|increase|reach|exceed|hit)\b)"
    r"|\s+(?:(?:shall|will|should|would|is\s+expected\s+to|is\s+to|to)\s+)?(?P<verb>reach(?:ed)?|exceed(?:ed)?"
    # · … is to grow from 23 to 35: the figure before, then the one after
    r"|hit|stood\s+at|st(?:and|ands)\s+at|(?:r(?:i|o)se|grow|grew|increase[ds]?|(?:be\s+)?(?:cut|reduced|raised))"
    r"\s+(?:from\s+(?:about\s+)?(?P<num2>\d[\d,]*|(?!(?:a|an|the)\b)[a-z]+(?:-[a-z]+)?)"
    r"(?:\s+(?:now|today|currently|at\s+present))?\s+)?to))\s+"  # (… from 38 now to at least 50)
    r"(?P<q>over\s+|more\s+than\s+|at\s+least\s+|about\s+|no\s+(?:fewer|less)\s+than\s+"
    r"|no\s+more\s+than\s+|fewer\s+than\s+|less\s+than\s+|under\s+|below\s+)?"
    r"(?P<num>\d[\d,]*|(?!(?:a|an|the)\b)[a-z]+(?:-[a-z]+)?)\b"
    # (… to fewer than 200 by the end of 2027, from 287 at the end of 2025: the goal's date between)
    r"(?:(?:\s+(?:by|in|before)\s+[^,.;]{1,30}?)?,?\s+(?:up\s+|down\s+)?from\s+(?:about\s+)?"
    r"(?P<num2>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b)?")


# a measure after a number: no count of the label's things (RMB 1.5 trillion · 1,200 mu · 3.6%)
_UNIT_AFTER = r"percent|per\s+cent|yuan|billion|million|trillion|thousand|mu\b|sq|square|tons?\b|tonnes?\b|[kMG]W\b"
# (b) Enterprises with annual revenue above RMB 10 billion: 18, up from 11 in 2025 · (c) New "little giant"
# SMEs: at least 60: an enumerated item whose label names what its bare number counts
_LABELLED_ITEM_RE = regex.compile(
    r"(?m)^[ \t]*(?:\([a-z0-9]{1,2}\)|[a-z][.)])[ \t]+(?P<label>[A-Z][^:\n]{2,80}?):[ \t]*"
    r"(?P<q>at\s+least|no\s+fewer\s+than|more\s+than|over|about|around|nearly)?[ \t]*"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d|[ \t]*(?:%|[A-Za-z]+s\b|" + _UNIT_AFTER + "))"
    r"(?:,?[ \t]+up[ \t]+from[ \t]+(?P<was>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d|[ \t]*(?:%|[A-Za-z]+s\b|"
    + _UNIT_AFTER + ")))?")
# the words that end a label's head noun phrase (Enterprises | with annual revenue …)
_LABEL_HEAD_END_RE = regex.compile(r"(?i)\s+(?:with|of|that|which|whose|above|below|over|under|in|for|from|by|on"
                                   r"|at|to|per|each)\b")


def _labelled_item_counts(text: str, original: str, article: str) -> list[CountRecord]:
    """Counts in an enumerated list whose items are a label, a colon and a bare number (a plan's goals, a
    briefing's key figures): the label's head noun, a plural, is the unit; "up from N" after it the baseline."""
    out: list[CountRecord] = []
    for m in _LABELLED_ITEM_RE.finditer(text):
        label = m.group("label").strip()
        head = label[:cut.start()] if (cut := _LABEL_HEAD_END_RE.search(label)) else label
        noun = rx(r"[\"“”']").sub("", head).split()[-1] if head.split() else ""
        if not rx(r"[A-Za-z]{2,}s").fullmatch(noun) or noun.lower() in ("targets", "goals", "results", "years"):
            continue  # (a) Revenue of the 10 key chains: … · Targets: 3: no plural thing counted
        q = qualifier_before(text, m.start("num")) if m.group("q") else None
        out += _label_line_counts(m, original, article,
                                  noun.lower() if not noun.isupper() and not noun[:-1].isupper() else noun,
                                  label, q[0] if q else "exact")
    return out


def _noun_before_counts(text: str, original: str, article: str) -> list[CountRecord]:
    """Counts whose noun stands before the number: "Companies … number 38", "a staff of seven", "the
    number of processors … to eight", and a goal stated next to such a count ("the goal is more than 50")."""
    out: list[CountRecord] = []
    for m in _NUMBER_OF_RE.finditer(text):
        obj = (m.group("pre") + m.group("noun") + m.group("mods")).strip()
        q = {"over": "over", "more than": "over", "at least": "at_least", "about": "approx",
             "no fewer than": "at_least", "no less than": "at_least", "no more than": "at_most",
             "fewer than": "under", "less than": "under", "under": "under", "below": "under"}.get(
            rx(r"\s+").sub(" ", (m.group("q") or "").strip().lower()), "exact")
        if q == "exact" and (m.group("verb") or "").lower().startswith("exceed"):
            q = "over"
        for group, qualifier in (("num", q), ("num2", "exact")):
            if m.group(group) is None:
                continue
            reading = read_number(m.group(group))
            if reading is None or reading.value != reading.value.to_integral_value():
                continue
            s, e = m.span(group)
            out.append(CountRecord(article=article, start=s, end=e, text=original[s:e], value=reading.value,
                                   unit=m.group("noun").lower(), object=obj, qualifier=qualifier))
    for m in [*_NUMBER_VERB_RE.finditer(text), *_STAFF_OF_RE.finditer(text)]:
        reading = read_number(m.group("num"))
        if reading is None or reading.value != reading.value.to_integral_value():
            continue
        noun = m.group("noun").lower()
        obj = (m.group("noun") + m.groupdict().get("mods", "")).strip() if m.groupdict().get("mods") else noun
        s, e = m.span("num")
        out.append(CountRecord(article=article, start=s, end=e, text=original[s:e], value=reading.value,
                               unit=noun, object=obj, qualifier="exact"))
        goal = _GOAL_IS_RE.search(text, e, min(len(text), e + 60))
        if goal and not rx(r"[.!?\n]").search(text, e, goal.start()):
            value = read_number(goal.group("num"))
            if value is not None:
                q = {"more than": "over", "over": "over", "at least": "at_least", "about": "approx"}.get(
                    rx(r"\s+").sub(" ", (goal.group("q") or "").lower()), "exact")
                gs, ge = goal.span("num")
                out.append(CountRecord(article=article, start=gs, end=ge, text=original[gs:ge], value=value.value,
                                       unit=noun, object=obj, qualifier=q))
    return out


# 咸阳、渭南两市 · 陕西、安徽、山东三省: a number of places that totals the places just listed (D21)
# · 晋、滇、陇三省 (provinces by their one-character short names) · 昆山、太仓两地 (places of any level)
_PLACE_TOTAL_RE = regex.compile(
    r"(?P<list>(?:\p{Han}{1,8}[、和与及]){1,8}\p{Han}{1,8}?)(?P<n>[两二三四五六七八九十])(?P<unit>省区|省市|省|市|县"
    r"|地(?!区|方|块|点|图|产|位|处|下|上|面|震|主|址))(?!长|委|级|政府|场|民|域)")
_PLACE_UNIT_OBJECTS = {"省": "省份", "省区": "省区", "省市": "省市", "市": "城市", "县": "县", "地": "地方"}


@lru_cache(maxsize=1)
def _province_abbreviations() -> frozenset[str]:
    """The one-character short names of the provinces (data/province_abbreviations.tsv)."""
    return frozenset(row[0] for row in load_rows("province_abbreviations.tsv"))


def _place_totals(text: str, original: str, article: str) -> list[CountRecord]:
    """A total of places right after a list of those places: every listed item a known place."""
    from extractors.entities import places

    known = places()
    abbreviations = _province_abbreviations()
    out: list[CountRecord] = []
    for m in _PLACE_TOTAL_RE.finditer(text):
        items = rx(r"[、和与及]").split(m.group("list"))
        value = read_number(m.group("n"))
        if value is None or len(items) < int(value.value):
            continue
        # the places are the last N items (…科技与黑河、佳木斯两市); the first of them may carry words before
        # the place: 带动咸阳 → 咸阳
        items = items[len(items) - int(value.value):]
        if all(len(i) == 1 for i in items):  # 晋、滇、陇三省: provinces by their short names
            if m.group("unit") not in ("省", "省区", "省市", "地") or not all(i in abbreviations for i in items):
                continue
        # the first item may carry words before the place (带动咸阳 → 咸阳); any may name its province
        # first (四川遂宁、安徽宣城、山东东营三市)
        elif not all(any(i[k:] in known for k in range(len(i) - 1)) for i in items):
            continue
        s, e = m.start("n"), m.end("unit")
        out.append(CountRecord(article=article, start=s, end=e, text=original[s:e], value=value.value,
                               unit=m.group("unit"), object=_PLACE_UNIT_OBJECTS[m.group("unit")], qualifier="exact"))
    return out


_HAN_COUNT_HEADER = regex.compile(r"(?P<what>\p{Han}{1,10}?(?:企业|项目|链主|平台|园区))(?:数|数量|个数)"
                                  r"(?:[（(](?P<unit>家|个|项|座)[）)])?"
                                  # 规上企业（家） · 签约项目（个）: a bracketed classifier says the column counts
                                  # (2027年链主目标（家）: a goal column counts too; 省级链长（位）)
                                  r"|(?P<what2>(?:(?:19|20)\d\d年)?\p{Han}{2,12}?)(?:数|数量|个数)?"
                                  # (走访企业（家次）: visits counted by firm)
                                  r"[（(](?P<unit2>家次|人次|场次|批次|家|个|项|座|条|户|名|人|次|场|所|位)[）)]")
_BARE_CELL_RE = regex.compile(r"(?P<num>\d{1,3}(?:,\d{3})*|\d+)")
_COUNT_ROW_NOUNS = [row[0] for row in load_rows("count_row_labels.tsv")]
# Observations · Number of chains · Processing firms above designated size: the noun the row counts
# (Specialized and sophisticated "little giant" firms · Projects signed with investment of over 1 billion yuan each:
# a few words, some quoted, before the noun; a sum of money after it says which of them)
_COUNT_ROW_LABEL_RE = regex.compile(rf"(?i)(?:number\s+of\s+)?(?:[a-z\"“”'-]+\s+){{0,5}}?"
                                    rf"(?P<noun>{alternation(_COUNT_ROW_NOUNS)})\b"
                                    rf"(?:[^()\d]|\d+(?:\.\d+)?\s+(?:billion|million|yuan|dollars?)\b)*")
# Cold storage capacity (tons) · Groves with high-yield renovation (10,000 mu): a measure the row's numbers are in
_ROW_UNIT_LABEL_RE = regex.compile(rf"(?i)[^()]{{2,80}}?\s*\(\s*(?P<scale>10,000|ten\s+thousand|thousand|million)?\s*"
                                   rf"(?P<unit>{alternation([u for u in _UNITS if u[:1].isascii()])})\s*\)")
_TOTALS_LABEL_RE = regex.compile(r"(?i)\b(?:all|total|combined|one|two|three|four|five|six|seven|eight|nine|ten"
                                 r"|eleven|twelve)\b")
_ROW_SCALES = {"10,000": 10_000, "ten thousand": 10_000, "thousand": 1_000, "million": 1_000_000}


def _row_label_counts(text: str, original: str, article: str, row: list) -> list[CountRecord] | None:
    """Counts in a table row whose label says what its numbers count (Observations | 332 | 332) or the
    measure they are in (Cold storage capacity (tons) | 42,000 · Groves (10,000 mu) | 8.5 → 85,000 mu);
    None when the label says neither."""
    from extractors.tables import row_label

    label = row_label(text, row)
    measure = _ROW_UNIT_LABEL_RE.fullmatch(label)
    # (Six cities | 14 | 562.0: a totals row of a table by city, whose columns say what they count)
    counted = None if measure or _TOTALS_LABEL_RE.search(label) else _COUNT_ROW_LABEL_RE.fullmatch(label)
    if measure is None and counted is None:
        return None
    scale = _ROW_SCALES.get(regex.sub(r"\s+", " ", (measure.group("scale") or "").lower()), 1) if measure else 1
    unit = (measure.group("unit") if measure else counted.group("noun")).lower()
    out = []
    for cell in row[1:]:
        num = _ROW_NUMBER_RE.fullmatch(text, cell.start, cell.end)
        if num is None or (scale == 1 and "." in num.group()):
            continue
        value = Decimal(num.group().replace(",", "")) * scale
        if value != value.to_integral_value():
            continue
        out.append(CountRecord(article=article, start=cell.start, end=cell.end, text=original[cell.start:cell.end],
                               value=value.quantize(Decimal(1)), unit=unit, object=label, qualifier="exact"))
    return out


def _unit_label_spans(text: str, tables: list[Any]) -> list[tuple[int, int]]:
    """The spans of the bracketed measures that table rows' labels give (… (10,000 mu) | 8.5)."""
    out = []
    for table in tables:
        for row in table.rows:
            if len(row) > 1 and _ROW_UNIT_LABEL_RE.fullmatch(text, row[0].start, row[0].end):
                out.append((text.rfind("(", row[0].start, row[0].end), row[0].end))
    return out


_ROW_NUMBER_RE = regex.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_NOT_COUNTED_HEADER_RE = regex.compile(r"(?i)%|share|rate|ratio|yuan|dollars?|output|revenue|value|year|rank|no\.|#")


# （单位：家） · (unit: enterprises): a table's caption ending in the classifier or noun its cells count in
_CAPTION_COUNT_UNIT = regex.compile(r"[（(]\s*单位\s*[：:]\s*(?P<unit>家次|家|个|人次|人|名|位|条|项|次|场)"
                                    r"\s*[）)]\s*$"
                                    r"|(?i:\(\s*unit\s*:\s*(?P<unit>enterprises|companies|firms|projects|people|persons"
                                    r"|chains|suppliers)\s*\))[.:]?\s*$")
# (增长率 · 占比 · 金额 · 年份: a column of shares, sums or years under the caption's classifier, no count)
_NOT_COUNTED_HEADER_ZH = regex.compile(r"(?i)%|率|比重|占比|金额|元|年份|排名|序号|得分|分数|\bshare\b|\brate\b|yuan|"
                                       r"\brank\b|\bno\.|\byear\b")


# 规上电子电路企业（家） · 链主企业(家): a row label with its classifier in brackets (the text normalised: either width)
_ROW_CLASSIFIER_LABEL_ZH = regex.compile(r"\s*(?P<what>\p{Han}[\p{Han}A-Za-z]{1,20})\s*[（(]\s*"
                                         r"(?P<unit>家次|人次|家|个|条|项|人|名|户|次|场|所|座|台|辆|套|件|批)\s*[)）]\s*")


def _table_counts(text: str, original: str, article: str, tables: list[Any]) -> list[CountRecord]:
    """Counts in the cells of ``text``'s bar tables, their noun given by the column's header:
    a header "designated key chains" over a cell "8" counts 8 chains (a Chinese table's 序号 no)."""
    from extractors.tables import caption_line, row_label, row_unit

    out: list[CountRecord] = []
    for table in tables:
        caption = caption_line(text, table.header_span[0])
        # 武汉市级链主企业名单变动（单位：家） over 光电子信息｜12｜2｜1｜11: the caption's classifier counts every cell
        counted_in = _CAPTION_COUNT_UNIT.search(text, *caption) if caption else None
        for row in table.rows:
            if counted_in is not None and len(row) > 1:
                for cell in row[1:]:
                    if rx(r"\d{1,6}").fullmatch(text, cell.start, cell.end) and not _NOT_COUNTED_HEADER_ZH.search(
                            cell.header):
                        out.append(CountRecord(article=article, start=cell.start, end=cell.end,
                                               text=original[cell.start:cell.end], value=Decimal(
                                                   text[cell.start:cell.end]), unit=counted_in.group("unit"),
                                               object=f"{row_label(text, row)}{cell.header}" or None,
                                               qualifier="exact"))
                continue
            bracketed = _ROW_CLASSIFIER_LABEL_ZH.fullmatch(row_label(text, row)) if len(row) > 1 else None
            if bracketed is not None:  # 规上电子电路企业（家）｜86｜120: the label's classifier counts the row
                for cell in row[1:]:
                    if rx(r"\d{1,3}(?:,\d{3})*|\d+").fullmatch(text, cell.start, cell.end):
                        out.append(CountRecord(article=article, start=cell.start, end=cell.end,
                                               text=original[cell.start:cell.end],
                                               value=Decimal(text[cell.start:cell.end].replace(",", "")),
                                               unit=bracketed.group("unit"), object=bracketed.group("what"),
                                               qualifier="exact"))
                continue
            own = row_unit(text, row)
            if own is not None:  # 链长、副链长走访企业｜家次｜527: the row's own unit, when it is a count's
                unit = own[0]
                if UNIT_RE.fullmatch(unit) is not None and rx(r"\p{Han}").match(unit):
                    for cell in own[1]:
                        reading = read_number(text[cell.start:cell.end])
                        if reading is not None and reading.value == reading.value.to_integral_value():
                            out.append(CountRecord(article=article, start=cell.start, end=cell.end,
                                                   text=original[cell.start:cell.end], value=reading.value,
                                                   unit=unit, object=row_label(text, row) or None, qualifier="exact"))
                continue
            label_counts = _row_label_counts(text, original, article, row)
            if label_counts is not None:  # Observations | 332 · Cold storage capacity (tons) | 42,000
                out += label_counts
                continue
            for cell in row:
                # chain chiefs (main rank) over 16 (vice-mayors): the aside says what, the number how many
                # (Chain master goal over 120 by 2027: the goal column counts chain masters too)
                bare = rx(r"\s*\([^()]*\)$").sub("", cell.header)
                bare = rx(r"\s*,\s*(?:in\s+)?(?:19|20)\d\d$").sub("", bare)  # Firm visits, 2025: the year covered
                header = rx(r"(?i)\s+(?:goals?|targets?)(?:\s*,?\s*(?:19|20)\d\d)?$").sub("", bare)
                zh = _HAN_COUNT_HEADER.fullmatch(cell.header)
                if zh is not None and rx(r"\d+").fullmatch(text, cell.start, cell.end):
                    # 链主企业数 over 4 · 项目数（个） over 12: a Chinese column that counts
                    what = zh.group("what") or zh.group("what2")
                    unit = zh.group("unit") or zh.group("unit2") or ("家" if what.endswith("企业") else "个")
                    out.append(CountRecord(article=article, start=cell.start, end=cell.end,
                                           text=original[cell.start:cell.end], value=Decimal(text[cell.start:cell.end]),
                                           unit=unit, object=what, qualifier="exact"))
                    continue
                # (chains led by the Party secretary (%): a share, whatever its noun)
                if rx(r"\p{Han}").search(header) or _NOT_COUNTED_HEADER_RE.search(header) or \
                        rx(r"(?i)\(\s*(?:%|per\s*cent|percent)\s*\)$").search(cell.header):
                    continue
                # Projects supported over 46: the noun may open the header, a participle after it
                # (Chain masters named · Chain master goal: the participle after the noun, a goal's singular)
                head = rx(rf"(?i)(?:{_HEAD})$").search(header) or rx(
                    rf"(?i)(?:^|\s)(?:{_HEAD})(?=\s+(?:supported|signed|funded|completed|started|approved|visited"
                    r"|listed|named|recognised|recognized|designated|solved|resolved|handled|held|made)$)"
                ).search(header) or (rx(rf"(?i)(?:{_HEAD})$").search(header + "s") if header != bare else None)
                aside = rx(r"\s*\([^()\d]{2,40}\)$|\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d$").search(
                    text, cell.start, cell.end)  # (120 by 2027: the goal's year after the number)
                end = aside.start() if aside else cell.end
                num = _BARE_CELL_RE.fullmatch(text, cell.start, end)
                reading = read_number(num.group()) if num and head else None
                if reading is None:
                    continue
                out.append(CountRecord(article=article, start=cell.start, end=end,
                                       text=original[cell.start:end], value=reading.value,
                                       unit=head.group().strip().lower(), object=header, qualifier="exact"))
    return out


# 137 suppliers …, up from 41 at the end of 2023 · against 96 three years ago: the same thing counted
# before, its noun left out (D19)
# … up from seven at the start of 2025 · 180,000 vehicles a year by 2027, from 112,000 last year
_BASELINE_BEFORE_RE = regex.compile(r"(?i)(?:\b(?:up|down)\s+from|,\s+from|\bagainst|\bcompared\s+with)\s+"
                                   r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?\Z")
_BARE_AFTER_RE = regex.compile(r"(?i)\s+(?:at|in|last|a|the|by|on|during|three|two|four|five|years?|since|now|today"
                               r"|currently|then|earlier|before|previously)\b|\s*[,.;)]")
# 1,186 enterprises, 437 of them above designated size · 233 issues …; 219 have been settled · today
# nineteen can: a part of the set counted just before, its noun left out (D19)
_PART_OF_RE = regex.compile(r"(?i)\s+of\s+(?:them|these|those|which|whom)\b")
TOTAL_TO_EN = regex.compile(r"(?i)\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|lift(?:s|ing)?|rais(?:es|ing|e))\s+"
                             r"(?:(?:the|its|their|[\w-]+['’]s|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                             # (…, which will bring its provincial list to 15 · raise that to 2,500)
                             r"(?:total|list|tally|count|roster|number)|that|it|this)\s+"
                             r"(?:number\s+)?to\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+)?\Z")
_MORE_OF_RE = regex.compile(r"(?i)\b(?:another|a\s+further|an\s+additional|(?:add|adding|added)\s+|the\s+remaining\s+"
                            r"|the\s+other\s+)\s*\Z")
_CLAUSE_START_RE = regex.compile(r"(?i)(?:[,;:]\s*|\b(?:and|but|while|whereas|today|now|so\s+far)\s+|[.!?]\s+|\A)"
                                 # (only 27 have been fully exited · Hubei says 19 have been settled)
                                 r"(?:(?:only|just)\s+|[A-Z][\w-]*\s+(?:says|said)\s+|(?:says|said)\s+)?\Z")
_BARE_VERB_RE = regex.compile(r"\s+(?:have|has|had|are|were|was|is|can|could|will|would|did|do|remain|still|also"
                              r"|already|met|beat|won|hit|made|got|saw|took|fell|grew|kept|lost|sold|spent|went"
                              r"|came|paid|left)\b|\s+[a-z]{3,}ed\b|\s*[.;]")


def _baseline_count(text: str, original: str, article: str, number: NumberMatch,
                    previous: CountRecord) -> CountRecord | None:
    """A bare number that restates the count just before it at another time, or None."""
    if not _bare_number(number) or number.start - previous.end > 160 or \
            rx(r"[.;。；]").search(text, previous.end, number.start) or \
            not _BASELINE_BEFORE_RE.search(text, max(0, number.start - 16), number.start) or \
            not _BARE_AFTER_RE.match(text, number.end):
        return None
    return CountRecord(article=article, start=number.start, end=number.end, text=original[number.start:number.end],
                       value=number.value, unit=previous.unit, object=previous.object, qualifier="exact")


_VERB_AFTER_RE = regex.compile(r"\s+(?P<verb>[a-z]{3,})\b")
_NOT_PARALLEL_VERBS = frozenset("and the for with from per are were was has have had its their this that which who "
                                "more than over about into".split())


def _same_verb_after(text: str, previous_end: int, number_end: int) -> bool:
    """True when the same verb follows the count before and the bare number (20 provinces list …, and more
    than 15 list …)."""
    before, after = _VERB_AFTER_RE.match(text, previous_end), _VERB_AFTER_RE.match(text, number_end)
    return before is not None and after is not None and before.group("verb") == after.group("verb") and \
        before.group("verb") not in _NOT_PARALLEL_VERBS


def _bare_number(number: NumberMatch) -> bool:
    """A whole number written plainly: 437, 1,186, twelve, Forty-one (no decimals, no scale word)."""
    surface = number.text.replace(",", "")
    return number.value_max is None and number.value == number.value.to_integral_value() and (
        surface.isdigit() or rx(r"(?i)[a-z]+(?:-[a-z]+)?").fullmatch(surface) is not None)


def _elided_count(text: str, original: str, article: str, number: NumberMatch,
                  previous: CountRecord) -> CountRecord | None:
    """A bare number counting part of the set counted just before it in the same paragraph: "437
    of them", "219 have been settled", "today nineteen can", or None. English only."""
    if rx(r"(?i)\b(?:every|each|any|no)\s+\Z").search(text, max(0, number.start - 8), number.start):
        return None  # every one of them: no part counted
    if not _bare_number(number) or not previous.unit or rx(r"\p{Han}").match(previous.unit) or \
            "\n" in text[previous.end:number.start] or number.start - previous.end > 400 or \
            number.value >= 1900 and number.value <= 2100 and "," not in number.text:
        return None  # (1,937 of those: a count, not a year)
    near = number.start - previous.end <= 150
    # 5,000 restaurants …, and we plan to add another 1,000 · 28 projects …, among which 9 are … ·
    # 2,600 trademarks but fewer than 10 that sell abroad · Shandong has 11 leaders …, and Jiangxi has 14.
    more = near and (_MORE_OF_RE.search(text, max(0, number.start - 16), number.start) is not None
                     # handled 87 requests …, and had closed 79.: the part done, its noun left out
                     or (_DONE_VERB_RE.search(text, max(0, number.start - 24), number.start) is not None
                         and rx(r"\s*[.;,]").match(text, number.end) is not None)
                     # cut his payroll from 380 workers to 240: the same set, after the change
                     or (number.start - previous.end <= 6 and rx(r"\s+to\s+").fullmatch(
                         text, previous.end, number.start) is not None and rx(r"(?i)\bfrom\s+\Z").search(
                             text, max(0, previous.start - 6), previous.start) is not None)
                     # cut its 20 key chains to 16 · merged its 14 chains into eight: the same set, after the change
                     or (number.start - previous.end <= 12 and rx(r"\s+(?:to|into)\s+\Z").fullmatch(
                         text, previous.end, number.start) is not None and _CHANGE_BEFORE_RE.search(
                             text, max(0, previous.start - 24), previous.start) is not None)
                     or _AMONG_RE.search(text, max(0, number.start - 24), number.start) is not None
                     or (_THAN_RE.search(text, max(0, number.start - 16), number.start) is not None
                         and (_RELATIVE_AFTER_RE.match(text, number.end) is not None
                              or _BARE_VERB_RE.match(text, number.end) is not None))
                     or (_HAS_RE.search(text, max(0, number.start - 10), number.start) is not None
                         and rx(r"\s*[.;]").match(text, number.end) is not None)
                     # 286 chain master enterprises and Zhejiang 231, while Shandong, …, has 198, according to …:
                     # the same count for the next place, its noun left out
                     or (_gapped_place(text, number) and rx(r"\s*[.;,]").match(text, number.end) is not None)
                     # 12 key chains in all, Xuzhou 16 and Xiangyang 14 · 23 of the new names, followed by Wuhu
                     # with 11, Bengbu with six · 41 of the chain masters and Wuxi for 22: a series of places
                     or _gapped_series(text, number)
                     or rx(r",\s+or\s+\d").match(text, number.end) is not None  # 29, or 63%,
                     # Nearly 20 provinces list new energy vehicles …, and more than 15 list the low-altitude economy:
                     # the same verb after both, a parallel clause
                     or _same_verb_after(text, previous.end, number.end)
                     # 1,500 fuel-cell vehicles … by the end of this year and 4,000 by 2028: the same set later
                     or (rx(r"(?i)(?:,\s+|\s+)and\s+\Z").search(text, max(0, number.start - 6), number.start)
                         is not None and rx(r"(?i)\s+(?:by|in)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b").match(
                             text, number.end) is not None)
                     # named four chain master enterprises so far and aims to have at least seven by …: the goal's
                     # count of the same set
                     or (_GOAL_VERB_BARE_RE.search(text, max(0, number.start - 48), number.start) is not None
                         and rx(r"\s+(?:this|next|by|in|before|within)\b|\s*[.;,]").match(text, number.end) is not None)
                     # at least 10 new chain masters, bringing the total to 56: the whole set after the change
                     or TOTAL_TO_EN.search(text, max(0, number.start - 60), number.start) is not None)
    qualifier = "under" if _THAN_RE.search(text, max(0, number.start - 16), number.start) and \
        "fewer" in text[max(0, number.start - 16):number.start].lower() and \
        not rx(r"(?i)\bno\s+fewer\s+than\s+\Z").search(text, max(0, number.start - 16), number.start) else "exact"
    hedge = rx(r"(?i)\b(?P<q>at\s+least|no\s+fewer\s+than|more\s+than|over)\s+\Z").search(
        text, max(0, number.start - 16), number.start)
    if hedge is not None and qualifier == "exact":
        qualifier = "over" if hedge.group("q").lower() in ("more than", "over") else "at_least"
    if _PART_OF_RE.match(text, number.end) is None and not more and (
            number.start - previous.end > 150 or
            not _CLAUSE_START_RE.search(text, max(0, number.start - 12), number.start) or
            not _BARE_VERB_RE.match(text, number.end)):
        return None
    return CountRecord(article=article, start=number.start, end=number.end, text=original[number.start:number.end],
                       value=number.value, unit=previous.unit, object=previous.object, qualifier=qualifier)


# 97 of the 121 problems · 27 of China's 31 provincial-level regions · four of the five cities: a part of the
# set counted right after it, with the set's unit (D19: two counts)
_PART_OF_NEXT_RE = regex.compile(r"(?i)\s+of\s+(?:(?:the|its|these|those|their|our)\s+(?:[a-z-]+['’]s\s+)?"
                                 rf"|[a-z][a-z-]+['’]s\s+)(?=\d|(?:{_SET_NUMBER_WORDS})\b)")


def _parts_of_next(original: str, article: str, parts: list[tuple[NumberMatch, int]],
                   records: list[CountRecord]) -> list[CountRecord]:
    """Counts for the parts before "of the 121 problems", each with the unit of the set's count."""
    by_start = {r.start: r for r in records}
    for number, set_start in parts:
        whole = by_start.get(set_start)
        if whole is None or number.value > whole.value or number.text.lower() == "one":
            continue  # (one of the 12 chains: no part counted, as "one of the largest makers")
        records.append(CountRecord(article=article, start=number.start, end=number.end,
                                   text=original[number.start:number.end], value=number.value, unit=whole.unit,
                                   object=whole.object, qualifier="exact"))
    records.sort(key=lambda r: r.start)
    return records


_LIST_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{_SET_NUMBER_WORDS}))"
# 14, 19 and 14 city leaders: the bare numbers before the last take its noun
# (…instead of 24, and 13 provincial leaders: two clauses, a comma before "and" joins only a longer list)
_SHARED_NOUN_LIST_RE = regex.compile(rf"(?<![\w,.-])(?:(?:(?P<n>{_LIST_NUMBER}),\s+)+(?P<n>{_LIST_NUMBER}),?"
                                     rf"|(?P<n>{_LIST_NUMBER}))\s+and\s+\Z")
# 43 provincial key industrial chains: 14, 16 and 13 respectively: the numbers share the noun counted before
_RESPECTIVELY_LIST_RE = regex.compile(rf"(?<![\w,.-])(?:(?P<n>{_LIST_NUMBER}),\s+)+(?P<n>{_LIST_NUMBER}),?\s+and\s+"
                                      rf"(?P<n>{_LIST_NUMBER})\s+respectively\b")


def _listed_counts(text: str, original: str, article: str, records: list[CountRecord]) -> list[CountRecord]:
    """Counts for numbers listed with the noun of another count (English): "led by 14, 19 and 14 city
    leaders" (the noun after the last) and "43 chains: 14, 16 and 13 respectively" (the noun before)."""
    taken = [(r.start, r.end) for r in records]
    found: list[CountRecord] = []

    def add(start: int, end: int, like: CountRecord) -> None:
        reading = read_number(text[start:end])
        if reading is None or any(a < end and start < b for a, b in taken) or \
                (1900 <= reading.value <= 2100 and "," not in text[start:end]):
            return
        found.append(CountRecord(article=article, start=start, end=end, text=original[start:end],
                                 value=reading.value, unit=like.unit, object=like.object, qualifier="exact"))

    for record in records:
        if not record.unit or not _is_latin(record.unit) or " and " in record.text:
            continue
        listed = _SHARED_NOUN_LIST_RE.search(text, max(0, record.start - 80), record.start)
        if listed is not None:
            for start, end in listed.spans("n"):
                add(start, end, record)
    for listed in _RESPECTIVELY_LIST_RE.finditer(text):
        before = [r for r in records if r.end <= listed.start() and r.unit and _is_latin(r.unit)
                  and listed.start() - r.end <= 200 and not rx(r"[.;!?]\s").search(text, r.end, listed.start())]
        if before:
            for start, end in listed.spans("n"):
                add(start, end, before[-1])
    return sorted(records + found, key=lambda r: r.start) if found else records


_GOAL_VERB_BARE_RE = regex.compile(r"(?i)\b(?:aims?|plans?|expects?|hopes?|wants?|targets?|seeks?)\s+(?:to\s+"
                                   r"(?:have|reach|add|name|receive|attract|host|hit|see|get|build|cultivate)\s+)?"
                                   r"(?:at\s+least\s+|no\s+fewer\s+than\s+|more\s+than\s+|over\s+|about\s+|around\s+)?\Z")
_DONE_VERB_RE = regex.compile(r"(?i)\b(?:had\s+|have\s+|has\s+)?(?:closed|resolved|settled|solved|handled|completed|"
                              r"approved|finished|fixed|answered|processed)\s+(?:about\s+|nearly\s+|all\s+but\s+)?\Z")
_CHANGE_BEFORE_RE = regex.compile(r"(?i)\b(?:cut|cuts|cutting|reduce[sd]?|reducing|trim(?:s|med)?|raise[sd]?|"
                                  r"raising|increase[sd]?|increasing|expand(?:s|ed)?|lift(?:s|ed)?|grow|grows"
                                  # (has merged its 14 priority industrial chains into eight)
                                  r"|merge[sd]?|merging|fold(?:s|ed)?|consolidate[sd]?|combine[sd]?)\s+"
                                  r"(?:the|its|their|his|her|[\w-]+['’]s)?\s*\Z")
# (…, of which only 63 are in Liaoning · among them just 9 …: a limiting adverb between)
_AMONG_RE = regex.compile(r"(?i)\b(?:among|of)\s+(?:which|them|these|whom)\s+"
                          r"(?:only\s+|just\s+|merely\s+|some\s+)?\Z")
_THAN_RE = regex.compile(r"(?i)\b(?:fewer|less|more)\s+than\s+\Z")
_RELATIVE_AFTER_RE = regex.compile(r"(?i)\s+(?:that|which|who|of\s+them)\b")
_HAS_RE = regex.compile(r"(?i)\b(?:has|have|had)\s+\Z")
# … and Zhejiang 231, while Shandong, which …, has 198: the next place, then the same count with its noun left
# out (the place's words; leaders.py reads the aggregate after it with the same words)
GAPPED_PLACE_EN = (r"(?:\s+and\s+|,\s+(?:while|and|whereas)\s+)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
                   r"(?:,\s+which\s+[^,.;]{1,80},)?\s+(?:has\s+|had\s+|lists\s+|listed\s+|named\s+)?")
_GAPPED_PLACE_RE = regex.compile(GAPPED_PLACE_EN + r"\Z")


_GAPPED_SERIES_RE = regex.compile(r"(?:,\s+(?:and\s+|followed\s+by\s+)?|\s+and\s+)"
                               r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:with\s+|for\s+)?\Z")
# capitalised words a number follows that are no place: months, labels, numbered things
_NOT_SERIES_NAMES = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec no article phase line room batch group round stage level grade class type "
    "figure table chapter section item note building block gate route highway unit plant zone district lot "
    "step part volume issue page model version series session term".split())


def _gapped_place(text: str, number: NumberMatch) -> bool:
    """True when ``number`` follows the next place of a gapped sentence (… and Zhejiang 231), not a month or a
    label (… and November 5 · and Line 2)."""
    found = _GAPPED_PLACE_RE.search(text, max(0, number.start - 120), number.start)
    return found is not None and not any(w.lower() in _NOT_SERIES_NAMES for w in regex.findall(
        r"\b[A-Z][\w-]*", found.group()))


def _gapped_series(text: str, number: NumberMatch) -> bool:
    """True when ``number`` follows a capitalised name in a series of places sharing one counted noun
    (…, Xuzhou 16 and Xiangyang 14 · followed by Wuhu with 11, Bengbu with six and Chuzhou with five)."""
    found = _GAPPED_SERIES_RE.search(text, max(0, number.start - 40), number.start)
    if found is None or any(w.lower() in _NOT_SERIES_NAMES for w in found.group("name").split()):
        return False
    return rx(r"\s*[.;,]|\s+and\b").match(text, number.end) is not None


_SCALE_HYPHEN_RE = regex.compile(r"(?P<head>.+?)\s+[A-Za-z]+\Z")


def _before_level(text: str, number: NumberMatch) -> tuple[NumberMatch, regex.Match | None]:
    """four trillion-yuan clusters: the count is "four"; "trillion-yuan" describes the clusters."""
    found = _SCALE_HYPHEN_RE.match(number.text)
    if found is None or text[number.end:number.end + 1] != "-":
        return number, None
    head = found.group("head")
    reading = read_number(head)
    if reading is None:
        return number, None
    end = number.start + len(head)
    shorter = NumberMatch(number.start, end, head, reading.value, reading.value_max,
                          reading.qualifier)
    return shorter, UNIT_RE.match(text, end)


def _is_excluded(text: str, number: NumberMatch, unit: str, end: int) -> bool:
    """True when a rule of data/not_counts.tsv says the number with its unit is no count."""
    if number.value_max is None and number.text.lower() in _INDEFINITE:
        return True  # 一项制度创新 · 一批 · one company
    if text[number.start:end].lower() in _EN_NAMES:
        return True  # the "two sessions": a name
    if unit in _ORDINAL_UNITS and _PLAIN_CN_DIGITS.fullmatch(number.text):
        return True  # 二期工程 · 十四届
    if unit == "大" and number.value < 2:
        return True
    if unit.lower() in ("times", "倍") and number.value != number.value.to_integral_value():
        return True  # from 2.1 times to 4.6 times: a ratio, no count of occasions
    if _RATIO_RE.search(text, max(0, number.start - 24), number.start):
        return True  # 每3台笔电就有1台: one in every three, a ratio
    if text[max(0, number.start - 1):number.start] in ("", "\n", " ", "\t") and \
            _HEADING_NUMBER_RE.match(text, number.start) and \
            not text[text.rfind("\n", 0, number.start) + 1:number.start].strip(" \t"):
        return True  # 3.3 Four chains: a section's number opening its heading
    return (_excluded_before(text, number.start, unit) or _excluded_after(text, end, unit)
            or _is_slogan(text, number.start, end) or _is_year(text, number, unit)
            or _CURRENCY_BEFORE_RE.search(text, max(0, number.start - 5), number.start)
            is not None)


def _record(text: str, original: str, article: str, number: NumberMatch,
            unit_match: regex.Match) -> CountRecord | None:
    """The CountRecord of a number and the unit after it, or None when it is no count."""
    head = unit_match.group("head")
    unit = head if head is not None else unit_match.group("unit")
    start, end = number.start, unit_match.end()
    if _is_excluded(text, number, unit, end):
        return None
    if head is not None and _CURRENCY_AFTER_RE.match(text, number.end):
        return None  # more than 2 trillion yuan their targets imply: a sum, no count of targets
    qualifier = "over" if unit_match.groupdict().get("odd") else qualify(text, start, end, number.qualifier)
    if head is not None:
        obj: str | None = (unit_match.group("mods") + head).strip()
    else:
        obj = find_object(text, start, end, unit)
    return CountRecord(
        article=article, start=start, end=end, text=original[start:end],
        value=number.value, unit=unit, object=obj, qualifier=qualifier,
        value_max=number.value_max if qualifier == "range" else None,
    )


@component("chainpress_counts", assigns="count")
def counts_component(ctx: ExtractionContext) -> list[CountRecord]:
    """The count records of an article's normalised body."""
    return find_counts(ctx.text, ctx.article)
