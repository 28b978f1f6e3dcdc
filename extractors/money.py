"""Money: a sum with an explicit currency word or sign (413.7亿元, 1亿美元, $1.2 billion).

Built on the shared number scanner (:func:`extractors.numbers.scan_numbers`): a number is a
sum when a currency from ``data/currencies.tsv`` stands right after it (元, 美元, yuan) or
right before it (``$``, ``RMB``, ``HK$``, 人民币). Ranges (10亿—20亿元, 10-20亿元, 1亿元至2亿元,
between 1 and 2 billion yuan) are one record with ``amount_max``. Qualifier words around the
figure (约, 超过, more than; ``data/qualifiers.tsv``) stay outside the span. ``subject`` is
the nearest money noun before the figure in its clause (``data/money_subjects.tsv``), or in
English the noun after ``in``/``of``/``worth of``.

>>> [(r.text, r.amount, r.currency, r.qualifier) for r in find_money("力争总产值超8800亿元")]
[('8800亿元', Decimal('880000000000'), 'CNY', 'over')]
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import regex

from extractors.base import ExtractionContext, component
from extractors.lexicon import alternation, load_rows, rx
from extractors.numbers import (
    RANGE_SEP,
    NumberMatch,
    fold_for_matching,
    qualify,
    read_figure,
    scan_numbers,
)
from extractors.tables import caption_line
from pipeline.records import MoneyRecord


def _is_latin(form: str) -> bool:
    """True for currency forms spelt in Latin letters (matched case-insensitively)."""
    return bool(rx(r"[A-Za-z]").match(form))


def _currency_pattern(position: str) -> str:
    """An alternation of the currency forms usable at ``position`` (before/after the number)."""
    forms = [row[0] for row in load_rows("currencies.tsv") if row[2] in (position, "both")]
    signs = [f for f in forms if not _is_latin(f)]
    words = [f for f in forms if _is_latin(f)]
    # English words need word boundaries: "5 billion yuan", not "5 bwon"; RMB5 is fine
    # (before a number the word may follow a Han character: 已预留MOP 3,600万, where \b fails)
    start = r"\b" if position == "after" else r"(?<![A-Za-z0-9])"
    latin = rf"(?i:{start}(?:{alternation(words)}))" + (r"(?![A-Za-z])" if position == "after" else "")
    return rf"(?:{alternation(signs)}|{latin})"


CURRENCY_CODES: dict[str, str] = {row[0].lower(): row[1] for row in load_rows("currencies.tsv")}
CURRENCY_BEFORE = _currency_pattern("before")
CURRENCY_AFTER = _currency_pattern("after")
_GAP = r"[ \t\u00a0]*"
_GAP_AFTER = r"(?:[ \t\u00a0]*|-(?=[A-Za-z]))"  # 62.3-bln-yuan, 40-million-euro
# Words after a number that only say "currency unit": the currency name before it decides.
_GENERIC_UNITS = ("元",)

# 413.7亿|元 · 12.5 billion| yuan · 62.3-bln|-yuan
_AFTER_RE = regex.compile(rf"{_GAP_AFTER}(?P<currency>{CURRENCY_AFTER})")
# $|1.2 billion · RMB |5 billion · 人民币|5亿元 (anchored at the number)
_BEFORE_RE = regex.compile(rf"(?P<currency>{CURRENCY_BEFORE}){_GAP}\Z")
# 10亿元|—|20亿元 · $1 billion| to |$2 billion · between $1 billion| and |$2 billion
_JOIN_RE = regex.compile(rf"{RANGE_SEP}|\s+and\s+")
_BETWEEN_RE = regex.compile(r"(?i:\bbetween)\s+\Z")
# -level leading clusters · industrial clusters: a plural noun phrase right after a currency
_PLURAL_AFTER_RE = regex.compile(r"(?:-[A-Za-z]+)*(?:\s+[A-Za-z-]+){0,3}?\s+[A-Za-z-]*[a-rt-z]s\b"
                                # a trillion-yuan green and low-carbon industry cluster: a tier (D2)
                                r"|(?:\s+[A-Za-z-]+){0,4}?\s+(?:cluster|industry|sector|base|economy|hub|chain)\b")

# a 100-billion-yuan industry · 100bn-yuan industries · a 150-billion-yuan cluster (not … industry fund/park)
_TIER_NOUN_AFTER_RE = regex.compile(r"(?:\s+[A-Za-z-]+){0,3}?\s+(?:industry|industries|clusters?|sectors?|economy)\b"
                                    r"(?!\s+(?:funds?|projects?|parks?|investments?|bases?|zones?|deals?|loans?)\b)")


def _subjects(language: str) -> list[str]:
    """Money subject nouns of one language from data/money_subjects.tsv."""
    return [row[0] for row in load_rows("money_subjects.tsv") if row[1] == language]


_SUBJECT_ZH_RE = regex.compile(alternation(_subjects("zh")))
_SUBJECT_EN_BEFORE_RE = regex.compile(rf"(?i:\b(?:{alternation(_subjects('en'))})\b)")
_SUBJECT_EN_AFTER_RE = regex.compile(
    rf"(?i:\s+(?:(?:in|of|worth\s+of)\s+)?(?:new\s+|total\s+|foreign\s+)?"
    rf"(?P<subject>{alternation(_subjects('en'))})\b)"
)
# A clause ends at these: the subject is looked for in the figure's own clause only.
_CLAUSE_END = regex.compile(r"[。！？；，、：:;!?\n(（)）]|[,.](?!\d)")


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins (at most 40 characters back)."""
    window_start = max(0, start - 40)
    last = window_start
    for match in _CLAUSE_END.finditer(text, window_start, start):
        last = match.end()
    return last


def find_subject(text: str, start: int, end: int) -> str | None:
    """What the money at ``text[start:end]`` is: 订单, 营业收入, investment …

    >>> find_subject("签订意向订单1亿美元", 6, 11), find_subject("orders worth $5 million", 13, 23)
    ('意向订单', 'orders')
    """
    after = _SUBJECT_EN_AFTER_RE.match(text, end)
    if after is not None:
        return after.group("subject")
    clause = _clause_start(text, start)
    found = [m.group() for m in _SUBJECT_ZH_RE.finditer(text, clause, start)]
    if not found:
        found = [m.group() for m in _SUBJECT_EN_BEFORE_RE.finditer(text, clause, start)]
    return found[-1] if found else None


def _currency(before: str | None, after: str | None) -> str | None:
    """The ISO code of a figure's currency words.

    A currency name before the number decides when the word after it is the bare unit 元
    (新台币6,500亿元 is TWD, 港币12.8亿元 is HKD); otherwise the word after the number does.
    """
    if before and (not after or after.strip() in _GENERIC_UNITS):
        return CURRENCY_CODES.get(before.strip().lower())
    if after:
        return CURRENCY_CODES.get(after.strip().lower())
    return None


@dataclasses.dataclass(frozen=True)
class _Sum:
    """A number with its currency words: the raw material of a MoneyRecord."""

    number: NumberMatch
    start: int  # where the currency before it starts, or the number
    end: int  # where the currency after it ends, or the number
    currency: str
    after: bool  # whether a currency word follows the number


def _case_forms(chars: set[str]) -> frozenset[str]:
    """``chars`` with the other case of each letter (Latin currency words match in any case)."""
    return frozenset(chars | {c.swapcase() for c in chars})


def _forms(position: str) -> list[str]:
    return [row[0] for row in load_rows("currencies.tsv") if row[2] in (position, "both")]


# The first character a currency after a number can start with, and the last one a currency
# before it can end with: most numbers (years, percentages, counts) fail this set lookup, so
# the currency patterns run only where one can match (the same matches, far fewer searches).
_AFTER_FIRST = _case_forms({form[0] for form in _forms("after")})
_BEFORE_LAST = _case_forms({form[-1] for form in _forms("before")})
_GAP_CHARS = " \t\u00a0"


def _may_follow(text: str, end: int) -> bool:
    """Whether a currency word can start right after a number ending at ``end``."""
    pos = end
    while pos < len(text) and text[pos] in _GAP_CHARS:
        pos += 1
    if pos == end and text[pos:pos + 1] == "-":
        pos += 1
    return text[pos:pos + 1] in _AFTER_FIRST


def _may_precede(text: str, start: int) -> bool:
    """Whether a currency word can end right before a number starting at ``start``."""
    pos = start
    while pos > 0 and start - pos < 12 and text[pos - 1] in _GAP_CHARS:
        pos -= 1
    return pos > max(0, start - 12) and text[pos - 1] in _BEFORE_LAST


def _sum(text: str, number: NumberMatch) -> _Sum | None:
    """``number`` as a sum when a currency word stands right after or before it."""
    after = _AFTER_RE.match(text, number.end) if _may_follow(text, number.end) else None
    before = (_BEFORE_RE.search(text, max(0, number.start - 12), number.start)
              if _may_precede(text, number.start) else None)
    if after is None and before is None:
        return None
    if after is not None and _is_level(text, number, after.end()):
        return None
    start = before.start() if before is not None else number.start
    if start and text[start - 1].isascii() and text[start - 1].isalnum():
        return None  # a code such as A5 or xRMB5, not a sum
    currency = _currency(before and before.group("currency"), after and after.group("currency"))
    if currency is None:
        return None
    if after is not None and after.group("currency").lower() == "won" and (
            number.value < 1000 or _WON_AS_VERB_RE.match(text, after.end())):
        return None  # nine won trial orders · 58 won contracts: the verb, not Korean won
    if after is not None and after.group("currency") == "元" and number.value < 10 and \
            not number.text.isascii() and rx(r"\p{Han}").match(text, after.end()):
        return None  # 德州三元热能 · 三元锂电池 · 二元结构: a word, no sum of three yuan
    end = after.end() if after is not None else number.end
    if after is not None and after.group("currency") == "元":
        tail = _RMB_TAIL_RE.match(text, end)  # 1,800亿元人民币: the currency named twice is one span
        if tail:
            end = tail.end()
    return _Sum(number, start, end, currency, after is not None)


_RMB_TAIL_RE = regex.compile(r"人民币|人民幣")
# 1,200 won the tender · 3,000 won contracts: "won" followed by what was won
_WON_AS_VERB_RE = regex.compile(r"\s+(?:the|their|its|a\s+(?!\w+\s+(?:per|a)\b)|an|first|second|third|"
                                # (won contracts · won orders: a plural noun, not "as", "is", "plus" …)
                                r"(?!(?:as|is|was|has|this|plus|less|thus|across|versus|minus|unless)\b)[a-z]{2,}s"
                                r"|places?|orders?|contracts?|bids?|awards?|approval|support)\b")


def _is_level(text: str, number: NumberMatch, currency_end: int) -> bool:
    """four trillion-yuan industrial clusters: a level of things counted, not a sum.

    Only a currency hyphened to a spaced scale word and followed by a plural noun is read so;
    62.3-bln-yuan deals and a 1.5 billion-yuan project stay sums.
    """
    if rx(r"-(?:level|class|scale|tier)\b").match(text, currency_end):
        return True  # a 150-billion-yuan-level cluster: a tier (D2)
    if text[number.end:number.end + 1] != "-":
        return False
    if not rx(r"\s").search(number.text):  # a 100-billion-yuan industry: the size an industry is to reach
        return _TIER_NOUN_AFTER_RE.match(text, currency_end) is not None
    return _PLURAL_AFTER_RE.match(text, currency_end) is not None


def _range(text: str, low: _Sum, high: _Sum) -> _Sum | None:
    """10亿元—20亿元 · $1 billion to $2 billion: two sums joined into one range, or None."""
    between = text[low.end:high.number.start]
    if low.currency != high.currency or len(between) > 12 or low.number.value_max is not None:
        return None
    join = _JOIN_RE.fullmatch(text, low.end, high.number.start if high.start == high.number.start
                              else high.start)
    if join is None or (join.group().strip() == "and"
                        and not _BETWEEN_RE.search(text, max(0, low.start - 9), low.start)):
        return None
    if rx("到|to").search(join.group()) and _after_from(text, low.start):
        return None
    reading = read_figure(low.number.text, high.number.text)
    if reading is None:
        return None
    number = NumberMatch(low.number.start, high.number.end, text[low.start:high.end],
                         reading.value, reading.value_max, "range")
    return _Sum(number, low.start, high.end, low.currency, high.after)


def find_money(text: str, article: str = "") -> list[MoneyRecord]:
    """Every sum of money in ``text`` (normalised or not) as MoneyRecords with its offsets.

    >>> [(r.text, r.amount, r.currency) for r in find_money("意向订单1亿美元(约7亿元)")]
    [('1亿美元', Decimal('100000000'), 'USD'), ('7亿元', Decimal('700000000'), 'CNY')]
    >>> find_money("打造1000亿级集群"), find_money("GDP过万亿")
    ([], [])
    """
    if not isinstance(text, str) or not text:
        return []
    folded = fold_for_matching(text)
    sums: list[_Sum] = []
    for number in scan_numbers(folded):
        found = _sum(folded, number)
        if found is None:
            continue
        if sums and not found.after and found.start <= sums[-1].end:
            # 500万港元一次性资助 · 1000万元人民币一次性奖励: that currency closed (or follows) the
            # sum before, 一 is no sum
            continue
        joined = _range(folded, sums[-1], found) if sums else None
        if joined is not None:
            sums[-1] = joined
        else:
            sums.append(found)
    records = [_record(folded, text, article, found) for found in sums]
    _inherit_subjects(records, folded)
    if "|" in folded or "\t" in folded:
        from extractors.tables import bar_tables

        tables = bar_tables(folded)
        units = _unit_spans(folded, tables)
        # Funds allocated (10,000 yuan): the unit a header names is no sum
        records = [r for r in records if not any(
            t.header_span[0] <= r.start < t.header_span[1] and _MONEY_HEADER_UNIT.search(
                folded, max(t.header_span[0], r.start - 1), min(t.header_span[1], r.end + 1)) for t in tables)
            and not _UNIT_LABEL_BEFORE.search(folded, max(0, r.start - 12), r.start)
            and not any(a <= r.start and r.end <= b for a, b in units)]
        taken = [(r.start, r.end) for r in records]
        records += [r for r in _table_money(folded, text, article, tables)
                    if not any(a < r.end and r.start < b for a, b in taken)]
        records.sort(key=lambda r: r.start)
    return records


# 营业收入（亿元） · 2025 output (bn yuan) · Funds allocated (10,000 yuan): a column whose header gives the
# unit of its bare numbers
_MONEY_HEADER_UNIT = regex.compile(
    r"[（(](?:单位[：:]\s*)?(?:(?P<scale>万亿|亿|万|千)?(?P<cur>元|美元|港元|欧元|日元)(?:人民币)?"  # (亿元人民币)
    # ((output in 100 million yuan): what the figures are, then their unit)
    # ((expected, 100 million yuan): a word on the column, then its unit)
    r"|(?i:(?:unit\s*[:：]\s*|[a-z][a-z\s-]{0,30}?\s+in\s+|[a-z][a-z\s-]{0,30}?,\s*)?"
    r"(?P<scale_en>bn|billion|mn|million|trillion|trn|tn|100\s*million"
    r"|hundred\s+million|10,?000"
    r"|ten\s+thousand|thousand)\s+(?P<cur_en>yuan|RMB|CNY|"
    r"US\s*dollars|dollars|USD|euros?|EUR|HK\s*dollars|HKD))"
    # ((RMB 100 million) · (US$ mn): the currency first)
    # ((RMB'000) · (HK$'000): thousands, as annual reports give them)
    # ((Unit: RMB'000): the word "unit" before them)
    r"|(?i:(?:unit\s*[:：]\s*)?(?P<cur_en2>yuan|RMB|CNY|USD|US\$|\$|EUR|€|HK\$|HKD)\s*"
    r"(?P<scale_en2>bn|billion|mn|million|trillion|trn|tn"
    r"|100\s*million|hundred\s+million|10,?000|ten\s+thousand|['’]000)?))"
    r"[）)]")
_CURRENCY_OF_HEADER = {"元": "CNY", "美元": "USD", "港元": "HKD", "欧元": "EUR", "日元": "JPY",
                       "yuan": "CNY", "rmb": "CNY", "cny": "CNY", "us dollars": "USD", "usdollars": "USD",
                       "dollars": "USD", "usd": "USD", "us$": "USD", "$": "USD", "euro": "EUR", "euros": "EUR",
                       "eur": "EUR", "€": "EUR", "hk dollars": "HKD", "hkdollars": "HKD", "hkd": "HKD", "hk$": "HKD"}
_SCALE_OF_HEADER = {"万亿": 10**12, "亿": 100_000_000, "万": 10_000, "千": 1_000, None: 1, "bn": 10**9,
                    "billion": 10**9,
                    "mn": 10**6, "million": 10**6, "trillion": 10**12, "trn": 10**12, "tn": 10**12,
                    "100million": 10**8, "10,000": 10_000,
                    "hundredmillion": 10**8, "tenthousand": 10_000,
                    "10000": 10_000, "thousand": 1_000, "'000": 1_000, "’000": 1_000}
_CELL_NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# above 8 · 超过8 · 8以上: a cell's number with the word that bounds it (the record is the number's)
_QUALIFIED_CELL = regex.compile(r"(?i:(?:above|over|more\s+than|at\s+least|about|around|nearly|approximately)\s+"
                                r"|超过|不少于|不低于|约|近|≥|>\s*)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                                r"|(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:以上|左右)")


def _cell_number(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The number a table cell holds, bare or bounded by a word (above 8 · 8以上), as (digits, start, end)."""
    bare = _CELL_NUMBER.fullmatch(text, start, end)
    if bare is not None:
        return bare.group(), bare.start(), bare.end()
    bounded = _QUALIFIED_CELL.fullmatch(text, start, end)
    if bounded is None:
        return None
    group = "num" if bounded.group("num") else "num2"
    return bounded.group(group), bounded.start(group), bounded.end(group)


# (unit: 100 million yuan) · （单位：亿元） · (output in 100 million yuan): a unit stated for a table, no sum
_UNIT_LABEL_BEFORE = regex.compile(r"(?i)[（(]\s*(?:unit|单位)\s*[:：]\s*$|[（(]\s*[a-z][a-z\s-]{0,30}?\s+in\s+$"
                                   r"|[（(]\s*[a-z][a-z\s-]{0,30}?,\s*$")  # ((expected, 100 million yuan))
# columns that hold no sums even under a caption giving a money unit (rates, counts, names)
_NOT_MONEY_HEADER = regex.compile(r"(?i)%|percent|rate|share|growth|number|count|projects|firms|enterprises"
                                  r"|companies|no\.|#|rank|chain|chief|name|city|province|year$|增长|增速|比重|数|名称|排名")


_UNIT_IN_CAPTION = regex.compile(r"(?<=[，,；;]\s*)单位\s*[：:]\s*(?:万亿|亿|万|千)?(?:元|美元|港元|欧元|日元)"
                                 r"(?:人民币)?(?=\s*[）)])")


def _caption_unit(text: str, header_start: int) -> tuple[int, str, int] | None:
    """The money unit a table's caption gives, on the line just above its header (a blank line may
    stand between): Annex: … targets of five key chains (unit: 100 million yuan) · Output and goal in
    100 million yuan · 单位：亿元."""
    line = caption_line(text, header_start)
    if line is None:
        return None
    before = text[line[0]:line[1]]
    # (Key indicators (CNY billion unless stated): the unit, with rows that state their own left out below)
    before = regex.sub(r"(?i)\s+unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified)(?=\s*\))", "", before)
    before = regex.sub(r"[.。:：]\s*$", "", before.rstrip())  # (… listed below (output in 100 million yuan).)
    unit = _header_unit(before.strip()) or _bare_caption_unit(before.strip())
    if unit is None and (stated := _UNIT_IN_CAPTION.search(before)) is not None:
        # （截至2026年8月末，单位：亿元）: the unit stated after other words in the caption's brackets
        unit = _header_unit(f"（{stated.group()}）")
    prose = None if unit else _PROSE_UNIT.search(before)
    if prose is not None:  # Table 1 reproduces the Plan's annex. Revenue figures are in RMB billion.
        unit = _header_unit(f"({prose.group('unit')})")
    return (unit[0], unit[1], 0) if unit else None


# … Revenue figures are in RMB billion · All amounts are given in 100 million yuan: a sentence above a table
# saying what unit its figures are in
_PROSE_UNIT = regex.compile(r"(?i)\b(?:figures|amounts|numbers|values|sums|data)\s+(?:are|is)\s+"
                            r"(?:all\s+)?(?:given\s+|stated\s+|shown\s+|expressed\s+|reported\s+)?in\s+"
                            r"(?P<unit>[^.;()]{2,30}?)\s*$")


def _bare_caption_unit(caption: str) -> tuple[int, str, int] | None:
    """A caption that is nothing but its unit, without brackets: Output and goal in 100 million yuan ·
    Unit: 100 million yuan · 单位：亿元."""
    if not _BARE_CAPTION.fullmatch(caption):
        return None
    return _header_unit(f"({caption})")


_BARE_CAPTION = regex.compile(r"(?i)(?:单位|unit)\s*[:：]\s*\S{1,20}|[a-z][a-z\s,-]{0,30}?\s+in\s+[\w\s$]{2,30}")


def _header_unit(header: str) -> tuple[int, str, int] | None:
    """(scale, currency, where the unit starts) of a column header that ends in a money unit."""
    units = list(_MONEY_HEADER_UNIT.finditer(header))
    m = units[-1] if units else None
    if m is None or header[m.end():].strip():
        return None
    cur = m.group("cur") or m.group("cur_en") or m.group("cur_en2")
    scale = m.group("scale") or m.group("scale_en") or m.group("scale_en2")
    scale_key = regex.sub(r"\s+", "", scale.lower()) if scale and not regex.match(r"[亿万千]", scale) else scale
    cur_key = cur if regex.match(r"[\p{Han}]", cur) else regex.sub(r"\s+", " ", cur.lower())
    return _SCALE_OF_HEADER[scale_key], _CURRENCY_OF_HEADER.get(cur_key, _CURRENCY_OF_HEADER.get(
        cur_key.replace(" ", ""), "CNY")), m.start()


def _unit_spans(text: str, tables: list[Any]) -> list[tuple[int, int]]:
    """Where the tables' units are written, no sums: a caption that is only its unit, on the line above a table
    (Output and goal in 100 million yuan), and a row's label that ends in its unit (Signed investment (100
    million yuan) | 41.2)."""
    out = []
    for table in tables:
        line = caption_line(text, table.header_span[0])
        if line is not None and _bare_caption_unit(text[line[0]:line[1]].strip()) is not None:
            out.append(line)
        out += [(row[0].start, row[0].end) for row in table.rows
                if len(row) > 1 and _header_unit(text[row[0].start:row[0].end].strip()) is not None]
    return out


_ROW_PER_SHARE = regex.compile(r"[（(](?P<cur>RMB|CNY|yuan|元|HK\$|HKD|US\$|USD)\s*/\s*(?:share|股)[）)]\s*$")
_ROW_OWN_UNIT = regex.compile(r"[（(](?:x|X|×|%|％|pp|bp|times|倍|个百分点)[）)]\s*$|(?i)\b(?:ratio|margin|rate)\b"
                              r"|率")


def _table_money(text: str, original: str, article: str, tables: list[Any]) -> list[MoneyRecord]:
    """Sums in the cells of a text table whose column header states the unit:
    产业链｜营业收入（亿元） over 白酒｜1216.8 is 121,680,000,000 CNY; 2025 output (bn yuan) over 1,020 is
    1,020,000,000,000 CNY."""
    from extractors.tables import row_label, row_unit

    out: list[MoneyRecord] = []
    for table in tables:
        caption = _caption_unit(text, table.header_span[0])
        for row in table.rows:
            own = row_unit(text, row)
            own_unit = _header_unit(f"（{own[0]}）") if own is not None else None
            if own is None and len(row) > 1:  # Signed investment per chain (100 million yuan) | 41.2 | 23.5
                own_unit = _header_unit(text[row[0].start:row[0].end].strip())
                own = ("", [c for c in row[1:] if _cell_number(text, c.start, c.end)]) if own_unit else None
            if own is not None and own_unit is not None:  # 签约项目合同投资额｜亿元｜412.5: the row's own unit
                scale, currency, _ = own_unit
                for cell in own[1]:
                    number = _cell_number(text, cell.start, cell.end)
                    if number is None:
                        continue
                    digits, a, b = number
                    amount = Decimal(digits.replace(",", "")) * scale
                    out.append(MoneyRecord(article=article, start=a, end=b, text=original[a:b],
                                           amount=amount.normalize() if amount != amount.to_integral_value() else
                                           amount.quantize(Decimal(1)), currency=currency,
                                           qualifier=qualify(text, a, b, "exact") if (a, b) != (cell.start, cell.end)
                                           else "exact", subject=row_label(text, row) or None))
                continue
            # (Debt/EBITDA (x) · 增长率（%）: a row that states its own unit, no sum under the caption's)
            own_unit_row = bool(_ROW_OWN_UNIT.search(text, row[0].start, row[0].end))
            # (Basic earnings per share (RMB/share) | 0.77: a row of sums per share, in plain yuan)
            per_share = _ROW_PER_SHARE.search(text, row[0].start, row[0].end)
            for cell in row:
                if per_share is not None:
                    unit = (1, _CURRENCY_OF_HEADER.get(per_share.group("cur").lower(), "CNY"), 0) if (
                        cell is not row[0] and not _NOT_MONEY_HEADER.search(cell.header)) else None
                else:
                    unit = _header_unit(cell.header) or (
                        (caption[0], caption[1], len(cell.header))
                        if caption is not None and not _NOT_MONEY_HEADER.search(cell.header) and not own_unit_row
                        and cell is not row[0] else None)
                number = _cell_number(text, cell.start, cell.end)
                if unit is None or number is None:
                    continue
                scale, currency, unit_start = unit
                digits, a, b = number
                amount = Decimal(digits.replace(",", "")) * scale
                out.append(MoneyRecord(article=article, start=a, end=b, text=original[a:b],
                                       amount=amount.normalize() if amount != amount.to_integral_value() else
                                       amount.quantize(Decimal(1)), currency=currency,
                                       qualifier=qualify(text, a, b, "exact") if (a, b) != (cell.start, cell.end)
                                       else "exact", subject=cell.header[:unit_start].strip() or None))
    return out


def _after_from(text: str, start: int) -> bool:
    """从10亿元到20亿元 is a change (two sums), not a range."""
    return bool(rx(r"(?:从|由|\bfrom\s+)\S{0,12}\Z").search(text[max(0, start - 14):start]))


def _record(text: str, original: str, article: str, found: _Sum) -> MoneyRecord:
    """Build one MoneyRecord, reading qualifier and subject from the text around it."""
    start, end, number = found.start, found.end, found.number
    qualifier = qualify(text, start, end, number.qualifier)
    return MoneyRecord(
        article=article, start=start, end=end, text=original[start:end],
        amount=number.value, currency=found.currency, qualifier=qualifier,
        amount_max=number.value_max if qualifier == "range" else None,
        subject=find_subject(text, start, end),
    )


def _inherit_subjects(records: list[MoneyRecord], text: str) -> None:
    """A conversion in parentheses (1亿美元(约7亿元)) is about what the figure before it is."""
    for i in range(1, len(records)):
        previous, current = records[i - 1], records[i]
        if current.subject is None and previous.subject is not None:
            between = text[previous.end:current.start]
            if rx(r"\s*[(（]\s*(?:[^\s)）]{0,6}\s*)?").fullmatch(between):
                records[i] = _with_subject(current, previous.subject)


def _with_subject(record: MoneyRecord, subject: str) -> MoneyRecord:
    """A copy of ``record`` with ``subject`` set."""
    return dataclasses.replace(record, subject=subject)


@component("chainpress_money", assigns="money")
def money_component(ctx: ExtractionContext) -> list[MoneyRecord]:
    """The money records of an article's normalised body."""
    return find_money(ctx.text, ctx.article)


__all__ = ["CURRENCY_AFTER", "CURRENCY_BEFORE", "Decimal", "find_money", "find_subject",
           "money_component"]
