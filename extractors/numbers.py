"""The one number grammar every extractor shares: Arabic, Chinese and English numerals.

Values are exact :class:`~decimal.Decimal` (never floats), integers where whole:

>>> parse_number("16.4亿")
Decimal('1640000000')
>>> parse_number("1.2万亿"), parse_number("一千二百三十四"), parse_number("1.5 billion")
(Decimal('1200000000000'), Decimal('1234'), Decimal('1500000000'))

Two ways in:

* :func:`parse_number` reads one whole string (``None`` when it is not a number);
* :func:`find_numbers` scans a text and returns :class:`NumberMatch` es with spans, the value,
  the upper bound of a range (``10-20亿``, ``两三``) and the qualifier the numeral implies by
  itself (``十余`` → over). Qualifier *words* around a figure (约, 超过, more than) are read by
  :func:`qualifier_before` / :func:`qualifier_after`, from ``data/qualifiers.tsv``.

The regex fragments :data:`NUMBER` and :data:`RANGE_SEP` (no capturing groups) are what
money, count and target patterns are composed from; :func:`read_figure` turns the pieces a
composed pattern captured back into values.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import regex

from extractors.lexicon import alternation, load_rows, rx, text_memo

# --- Chinese numerals -----------------------------------------------------------------------
# Nonzero digits, with 两 and the financial (大写) forms; 零/〇 are zeros.
CN_DIGITS: dict[str, int] = {
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
CN_ZEROS = "零〇"
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# 兆 is 10^12 as a numeral in Taiwan and Hong Kong (新台币2.2兆元); in units (兆瓦) it is mega and
# stays in the unit, like 千 in 千瓦.
CN_BIG_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8, "兆": 10**12}
# Adjacent digits read as a range: 两三个 is 2–3, never 23 (cn2an's transform gets this wrong).
CN_PAIRS: dict[str, tuple[int, int]] = {
    "一两": (1, 2), "两三": (2, 3), "二三": (2, 3), "三四": (3, 4), "四五": (4, 5),
    "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9), "三五": (3, 5),
}
# Markers inside a numeral that hedge it: 十余, 三千多万, 十几, 几十, 数百 (over); 十来个 (approx).
CN_APPROX: dict[str, str] = {"余": "over", "多": "over", "几": "over", "数": "over", "来": "approx"}

# --- English numerals -----------------------------------------------------------------------
EN_ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
EN_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}


def _magnitudes() -> dict[str, tuple[int, str]]:
    """English scale words and abbreviations from data/magnitudes.tsv: word → (multiplier, attach)."""
    return {row[0].lower(): (int(row[1]), row[2]) for row in load_rows("magnitudes.tsv")}


EN_MAGNITUDES = _magnitudes()


def _units_after_magnitude() -> dict[str, list[str]]:
    """Units that begin with a magnitude character (千瓦): that character then stays in the unit."""
    rests: dict[str, list[str]] = {}
    for row in load_rows("classifiers.tsv"):
        unit = row[0]
        if len(unit) > 1 and unit[0] in "十百千兆":
            rests.setdefault(unit[0], []).append(unit[1:])
    return rests


_UNIT_RESTS = _units_after_magnitude()


def _unit_char(char: str) -> str:
    """A magnitude character as a pattern that refuses to eat the start of a unit (5千瓦)."""
    rests = _UNIT_RESTS.get(char)
    return f"{char}(?!{alternation(rests)})" if rests else char


# --- the grammar, as regex fragments (no capturing groups) ----------------------------------
_D = "[" + "".join(CN_DIGITS) + "]"                       # a nonzero Chinese digit
_Z = f"[{CN_ZEROS}]"                                      # a zero
_T = "[十拾]"
_H = "(?:" + _unit_char("百") + "|佰)"
_Q = "(?:" + _unit_char("千") + "|仟)"
_BIGS = "(?:[万亿]|" + _unit_char("兆") + ")+"              # 万 · 亿 · 万亿 · 兆
_LEAD_CHARS = "数几近逾上过超破达约成足"  # 足: 不足百家
_OUTER_LEADS = {"近": "approx", "约": "approx", "上": "approx", "成": "approx", "逾": "over",
                "过": "over", "超": "over", "破": "over", "达": "exact"}
_LEAD = f"[{_LEAD_CHARS}]"                                 # lets a bare unit stand: 数百, 近千, 过万亿
_CN_FRACTION = "点[〇零一二三四五六七八九]+"                # 一点五亿
_APPROX_CN = "[余多来几]"


def _with_digit(unit: str) -> str:
    """A unit with its digit, or bare after a lead (近千, 数百) or before 余 (百余家)."""
    return rf"(?:{_D}{unit}|(?<={_LEAD}){unit}|{unit}(?=余))"


# A section below 万: 一千二百三十四 · 两百 · 十五 · 二十 · 一千零五 · 五
_SECTION = (
    rf"(?:{_with_digit(_Q)}(?:{_Z}?{_D}{_H})?(?:{_Z}?{_D}?{_T})?(?:{_Z}?{_D})?"
    rf"|{_with_digit(_H)}(?:{_Z}?{_D}?{_T})?(?:{_Z}?{_D})?"
    rf"|{_D}?{_T}{_D}?"
    rf"|{_D})"
)
_CN_PAIR = "(?:" + "|".join(CN_PAIRS) + ")"

# 千万元 · 百亿元 · 万亿元: a bare magnitude that names a sum on its own, right before a currency
_BARE_SUM = r"(?:[千百](?:万|亿)|万亿)(?=(?:美|欧|港|日|英|澳门|新台)?[元币])"
_BARE_SUM_RE = regex.compile(_BARE_SUM)

CN_NUMBER = (
    rf"(?:{_BARE_SUM}"
    # 两三 · 三四十 · 两三百万
    rf"|{_CN_PAIR}(?:[十百千](?!{_D}))?(?:{_BIGS})?"
    # 二〇二三: digit by digit, only with a zero in it (一二三四五 is a slogan, not 12345)
    rf"|(?=[一二三四五六七八九〇零]*〇)[一二三四五六七八九〇零]{{2,}}"
    # 一千二百三十四 · 1.2万亿's Chinese cousins · 三千多万 · 数十 · 十余万 · 一亿二千万 · 过万亿
    rf"|[数几]?(?:{_SECTION}(?:{_CN_FRACTION})?|(?<={_LEAD}){_BIGS})(?:{_APPROX_CN})?"
    rf"(?:{_BIGS}(?:{_APPROX_CN})?(?:{_Z}?{_SECTION}(?:{_APPROX_CN})?(?:{_BIGS})?)*)?)"
)

# 1,100.9 · 1，000 · 1 000 · 0.5 (never 0531: a leading zero is a phone or code)
ARABIC = (
    r"(?<!\d[.,，])(?<![\d.])(?!0\d)"
    r"(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+)"
    r"(?:\.\d+)?"
)
_SPACED = [w for w, (_, attach) in EN_MAGNITUDES.items() if attach == "spaced"]
_GLUED = [w for w, (_, attach) in EN_MAGNITUDES.items() if attach == "glued"]
# after Arabic digits, English scale: 1.5 billion · 2bn · 300m · 12k · 5 mln
_EN_SCALE = (
    rf"(?i:[\s-]?(?:{alternation(_SPACED)})\b|(?:{alternation(_GLUED)})(?![A-Za-z]))"
)
# after Arabic digits, Chinese magnitude: 413.7亿 · 3千万 · 1万余 · 30多 · 3000多万
_CN_SCALE = rf"(?=[多余百千万亿兆佰仟])[多余]?(?:(?:{_H}|{_Q})[多余]?)?(?:{_BIGS}[多余]?)?"
_EN_W = (
    "(?:(?:" + "|".join(EN_TENS) + r")(?:[- ](?:" + "|".join(list(EN_ONES)[1:10]) + r"))?\b"
    "|(?:" + "|".join(sorted(EN_ONES, key=len, reverse=True)) + r")\b)"
)
_EN_BIG = r"(?:thousand|million|billion|trillion|dozen)\b"
_EN_GROUP = rf"{_EN_W}(?:[\s-]+hundred\b(?:\s+(?:and\s+)?{_EN_W})?)?"
EN_WORDS = (
    rf"(?i:\b(?:(?:{_EN_GROUP}|an?|half\s+an?)\s+{_EN_BIG}|an?\s+hundred\b(?:\s+{_EN_BIG})?|{_EN_GROUP}))"
)

NUMBER = rf"(?:{ARABIC}(?:{_EN_SCALE}|{_CN_SCALE})?|{CN_NUMBER}|{EN_WORDS})"
"""Any single number: a pattern fragment with no capturing groups."""

RANGE_SEP = r"(?:\s*(?:[-–—~～〜－]{1,2}|至|到)\s*|\s+(?:to|or)\s+)"
"""What joins the two ends of a range: 10-20亿 · 10亿—20亿 · 1亿至2亿 · 1 to 2 billion · one or two."""

# One scanner per script: a single pattern alternating all three is ~5x slower (the regex
# engine loses its fast first-character scan), and the three never start on the same character.
_SCANNERS = (
    regex.compile(rf"{ARABIC}(?:{_EN_SCALE}|{_CN_SCALE})?"),
    regex.compile(CN_NUMBER),
    regex.compile(EN_WORDS),
)
_RANGE_SEP_RE = regex.compile(RANGE_SEP)
_BETWEEN_RE = regex.compile(r"(?i:\bbetween)\s+\Z")
_AND_RE = regex.compile(r"\s+and\s+")


@dataclass(frozen=True, slots=True)
class Reading:
    """A number's value, the upper bound when it is a range, and the qualifier it implies."""

    value: Decimal
    value_max: Decimal | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in a text: ``text[start:end]`` with its value (and upper bound)."""

    start: int
    end: int
    text: str
    value: Decimal
    value_max: Decimal | None = None
    qualifier: str | None = None  # implied by the numeral itself: 十余 → over, 两三 → range


def tidy(value: Decimal) -> Decimal:
    """A Decimal without exponent or trailing zeros, an integer when whole.

    >>> tidy(Decimal("16.4") * 10**8), tidy(Decimal("4.70")), tidy(Decimal("1E+3"))
    (Decimal('1640000000'), Decimal('4.7'), Decimal('1000'))
    """
    if value == value.to_integral_value():
        return Decimal(int(value))
    return Decimal(format(value.normalize(), "f"))


_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_LEXICONS = ("currencies.tsv", "classifiers.tsv", "qualifiers.tsv", "not_counts.tsv",
             "money_subjects.tsv", "count_objects.tsv")


def _traditional_variants(chars: set[str]) -> dict[str, set[str]]:
    """Simplified character → its traditional forms (签 → 簽, 籤; 台 → 臺), from OpenCC."""
    import opencc

    wanted: dict[str, set[str]] = {char: set() for char in chars}
    path = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            simplified, _, forms = line.partition("\t")
            if simplified in wanted:
                wanted[simplified].update(forms.split())
    for config in ("s2t", "s2tw", "s2hk"):  # the regional forms OpenCC picks, too
        converter = opencc.OpenCC(config)
        for char in chars:
            wanted[char].add(converter.convert(char))
    return wanted


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """Width folding plus traditional → simplified for every character our grammar and lexicons use.

    Built from OpenCC's character table over those characters only, so it is one-to-one and
    keeps offsets: a plain string in traditional script matches like a normalised one.
    """
    chars = set("".join(CN_DIGITS) + CN_ZEROS + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
                + "".join(CN_APPROX) + _LEAD_CHARS + "点第前")
    for name in _LEXICONS:
        for row in load_rows(name):
            chars.update(c for c in "\t".join(row[:2]) if ord(c) > 0x2E7F)
    table = dict(_FOLD)
    variants = _traditional_variants(chars)
    for char in sorted(chars):
        for variant in sorted(variants.get(char, ())):
            if len(variant) == 1 and variant not in chars:
                table.setdefault(ord(variant), ord(char))
    return table


@text_memo(maxsize=8)
def fold_for_matching(text: str) -> str:
    """``text`` folded like the pipeline's normalisation, keeping every offset.

    Extractors get normalised text; this lets their plain-string functions take raw text too.

    >>> fold_for_matching("１.２萬億元")
    '1.2万亿元'
    """
    return text.translate(_fold_table())


def _arabic(text: str) -> Decimal | None:
    """An Arabic number with separators: 1,100.9 · 1，000 · 1 000."""
    digits = rx(r"[,，\s\u00a0\u202f\u2009]").sub("", text)
    if not rx(r"\d+(?:\.\d+)?").fullmatch(digits):
        return None
    return Decimal(digits)


_SEPARATOR_RE = regex.compile(r"(?<=\d)[,，\s\u00a0\u202f\u2009](?=\d{3})")
_TOKEN_RE = regex.compile(r"\d+(?:\.\d+)?|.", regex.S)


def _cn_section(text: str) -> Decimal | None:
    """A numeral below 万: 一千二百三十四, 3千, 一百二 (=120), 二〇二三 (digit by digit)."""
    if "点" in text:
        whole, _, fraction = text.partition("点")
        head = _cn_section(whole)
        if head is None or not fraction or any(c not in CN_DIGITS and c not in CN_ZEROS
                                                for c in fraction):
            return None
        return head + Decimal("0." + "".join(str(CN_DIGITS.get(c, 0)) for c in fraction))
    if len(text) > 1 and all(c in CN_DIGITS or c in CN_ZEROS for c in text):
        if not any(c in CN_ZEROS for c in text):
            return None  # 一一, 一二三四五: not a number
        return Decimal("".join(str(CN_DIGITS.get(c, 0)) for c in text))
    total = Decimal(0)
    digit: Decimal | None = None
    digit_is_cn = False
    last_unit: int | None = None
    zero = False
    for token in _TOKEN_RE.findall(text):
        if token[0].isdigit():
            if digit is not None or last_unit is not None:
                return None
            digit, digit_is_cn = Decimal(token), False
        elif token in CN_DIGITS:
            if digit is not None:
                return None
            digit, digit_is_cn = Decimal(CN_DIGITS[token]), True
        elif token in CN_ZEROS:
            if digit is not None:
                return None
            zero = True
        elif token in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[token]
            if last_unit is not None and unit >= last_unit:
                return None
            total += (digit if digit is not None else 1) * unit
            digit, last_unit, zero = None, unit, False
        else:
            return None
    if digit is not None:
        if digit_is_cn and last_unit and last_unit >= 100 and not zero:
            total += digit * last_unit / 10  # 一千二 is 1200, 三百五 is 350
        else:
            total += digit
    elif last_unit is None:
        return None
    return total


def _cn_value(text: str) -> Decimal | None:
    """A Chinese or mixed numeral: split at the first 亿, then 万 (1.2万亿 = 1.2万 × 亿)."""
    for big, mult in (("兆", 10**12), ("亿", 10**8), ("万", 10**4)):
        i = text.find(big)
        if i < 0:
            continue
        head, tail = text[:i], text[i + 1:]
        head_value = _cn_value(head) if head else Decimal(1)  # 过万亿, 上万: a bare unit is one
        if head_value is None:
            return None
        if not tail:
            return head_value * mult
        if len(tail) == 1 and tail in CN_DIGITS:
            return head_value * mult + CN_DIGITS[tail] * Decimal(mult) / 10  # 一万二 = 12000
        tail_value = _cn_value(tail.lstrip(CN_ZEROS))
        if tail_value is None:
            return None
        return head_value * mult + tail_value
    return _cn_section(text)


def _english(text: str) -> Decimal | None:
    """An English number: twenty-five, two hundred and fifty, a billion, 1.5 billion, 2bn."""
    total = Decimal(0)
    current: Decimal | None = None
    words = rx(r"\d[\d,.]*|[A-Za-z]+").findall(text.lower())
    if len(words) == 3 and words[0] == "half" and words[1] in ("a", "an") and words[2] in EN_MAGNITUDES:
        return Decimal(EN_MAGNITUDES[words[2]][0]) / 2  # half a million
    if len(words) == 3 and words[0][0].isdigit() and words[1:] == ["ten", "thousand"]:
        value = _arabic(words[0])  # 12,450 ten thousand yuan: an official translation of 12450万元
        return value * 10000 if value is not None else None
    for i, word in enumerate(words):
        if word[0].isdigit():
            if current is not None:
                return None
            current = _arabic(word)
            if current is None:
                return None
        elif word in EN_ONES or word in EN_TENS:
            value = EN_ONES.get(word, EN_TENS.get(word, 0))
            # after a hundred anything below 100 may follow; after a ten, only a unit (ninety-nine)
            if current is not None and not (current % 100 == 0 or
                                             (current % 10 == 0 and value < 10)):
                return None
            current = (current or 0) + value
        elif word in ("a", "an"):
            if current is not None or i == len(words) - 1:
                return None
            current = Decimal(1)
        elif word == "and":
            if i == len(words) - 1:
                return None
            continue
        elif word in EN_MAGNITUDES:
            if current is None:
                return None  # "hundred", "thousand" alone: not a number
            mult = EN_MAGNITUDES[word][0]
            if mult == 100:
                current *= 100
            else:
                total += current * mult
                current = None
        else:
            return None
    if current is None and total == 0:
        return None
    return total + (current or 0)


@text_memo(maxsize=65536)
def read_number(text: str, lead: str = "") -> Reading | None:
    """Read one number (not a ``lo-hi`` range) with what it implies: ``十余`` → 10, over.

    ``lead`` is the character before the number: after 近/逾/上/过… a bare unit is a number
    (近千 → 1000), elsewhere it is not (千万不要).

    >>> read_number("三千多万")
    Reading(value=Decimal('30000000'), value_max=None, qualifier='over')
    >>> read_number("两三")
    Reading(value=Decimal('2'), value_max=Decimal('3'), qualifier='range')
    >>> read_number("千万") is None, read_number("万一") is None, read_number("千", lead="近").value
    (True, True, Decimal('1000'))
    """
    text = fold_for_matching(text).strip()
    if not text:
        return None
    if text[0] in _OUTER_LEADS and len(text) > 1 and text[1] in "十百千万亿":
        # 近百 · 逾千 · 上万 read whole: the lead is then the qualifier (in a text it stays outside)
        inner = read_number(text[1:], text[0])
        return Reading(inner.value, None, _OUTER_LEADS[text[0]]) if inner else None
    if text[:2] in CN_PAIRS:
        low, high = CN_PAIRS[text[:2]]
        rest = text[2:]
        scale = _cn_value("一" + rest) if rest else Decimal(1)
        if scale is None:
            return None
        return Reading(tidy(low * scale), tidy(high * scale), "range")
    if rx(r"0\d").match(text):
        return None  # 0531: an area code or a serial number, not a quantity
    if rx(r"[A-Za-z]").search(text):
        value = _english(text)
        return Reading(tidy(value)) if value is not None else None
    qualifier = None
    core = _SEPARATOR_RE.sub("", text)
    for mark, implied in CN_APPROX.items():
        if mark in core:
            qualifier = qualifier or implied
            core = core.replace(mark, "")
    if not core:
        return None
    if core[0] in CN_BIG_UNITS or core[0] in CN_SMALL_UNITS and core[0] not in "十拾":
        # A bare unit stands for one of it only behind a lead: 数百 · 近千 · 上万 (not 千万不要).
        if core == text and not (lead and lead in _LEAD_CHARS):
            return None
        core = "一" + core
    value = _arabic(core) if core[0].isdigit() and rx(r"[\d,，.\s]+").fullmatch(core) else None
    if value is None:
        try:
            value = _cn_value(core)
        except InvalidOperation:
            value = None
    return Reading(tidy(value), None, qualifier) if value is not None else None


def parse_number(text: str) -> Decimal | None:
    """The value of a number written in Arabic, Chinese or English numerals, or None.

    >>> parse_number("413.7亿"), parse_number("8800亿"), parse_number("1,100.9亿")
    (Decimal('41370000000'), Decimal('880000000000'), Decimal('110090000000'))
    >>> parse_number("3千万"), parse_number("2.5万"), parse_number("1万余")
    (Decimal('30000000'), Decimal('25000'), Decimal('10000'))
    >>> parse_number("十五"), parse_number("二十余"), parse_number("两"), parse_number("贰拾伍")
    (Decimal('15'), Decimal('20'), Decimal('2'), Decimal('25'))
    >>> parse_number("十余"), parse_number("百余"), parse_number("数十"), parse_number("几十")
    (Decimal('10'), Decimal('100'), Decimal('10'), Decimal('10'))
    >>> parse_number("上百"), parse_number("近百"), parse_number("近千"), parse_number("逾千")
    (Decimal('100'), Decimal('100'), Decimal('1000'), Decimal('1000'))
    >>> parse_number("三千多"), parse_number("一亿二千万"), parse_number("一万二")
    (Decimal('3000'), Decimal('120000000'), Decimal('12000'))
    >>> parse_number("１２３"), parse_number("1，000"), parse_number("二〇二三")
    (Decimal('123'), Decimal('1000'), Decimal('2023'))
    >>> parse_number("ninety-nine"), parse_number("a billion"), parse_number("2bn")
    (Decimal('99'), Decimal('1000000000'), Decimal('2000000000'))
    >>> parse_number("300m"), parse_number("12k"), parse_number("two hundred and fifty thousand")
    (Decimal('300000000'), Decimal('12000'), Decimal('250000'))
    >>> parse_number("4.7"), parse_number("链长"), parse_number(""), parse_number("千万")
    (Decimal('4.7'), None, None, None)
    """
    try:
        reading = read_number(text) if isinstance(text, str) else None
    except (InvalidOperation, ValueError, RecursionError):
        return None
    return reading.value if reading else None


_MAGNITUDE_TAIL = regex.compile(
    rf"(?:[十百千万亿兆]+|(?i:[\s-]*(?:{alternation(_SPACED)})|(?:{alternation(_GLUED)})))\Z"
)


def read_figure(low: str, high: str | None = None, lead: str = "") -> Reading | None:
    """Read a figure or a range ``low``–``high``; a bare low end takes the high end's magnitude.

    >>> read_figure("10", "20亿")
    Reading(value=Decimal('1000000000'), value_max=Decimal('2000000000'), qualifier='range')
    >>> read_figure("1亿", "2亿").value_max, read_figure("20", "5") is None
    (Decimal('200000000'), True)
    """
    first = read_number(low, lead)
    if first is None or high is None:
        return first
    last = read_number(high)
    if last is None:
        return None
    tail = _MAGNITUDE_TAIL.search(high.strip())
    if tail and not _MAGNITUDE_TAIL.search(low.strip()) and not rx("[A-Za-z]").search(low):
        scaled = read_number(low.strip() + tail.group().strip() if not tail.group()[0].isspace()
                             else low.strip() + tail.group())
        if scaled is not None and scaled.value <= last.value:
            first = scaled
    if first.value >= last.value:
        return None
    return Reading(first.value, last.value_max or last.value, "range")


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text`` with its span; ranges (10-20亿, between 1 and 2 billion) as one.

    Numbers glued to Latin letters (5G, 415X) are left out; extractors that read units such
    as 100MW use :func:`scan_numbers`.

    >>> [(m.text, m.value) for m in find_numbers("走访企业52家，订单413.7亿元")]
    [('52', Decimal('52')), ('413.7亿', Decimal('41370000000'))]
    >>> m = find_numbers("投资10-20亿元")[0]; (m.text, m.value_max, m.qualifier)
    ('10-20亿', Decimal('2000000000'), 'range')
    >>> [(m.text, m.qualifier) for m in find_numbers("十余家、近千人")]
    [('十余', 'over'), ('千', None)]
    >>> [m.text for m in find_numbers("5G基站、415X集群、between 1 and 2 billion")]
    ['1 and 2 billion']
    """
    if not isinstance(text, str):
        return []
    folded = fold_for_matching(text)
    return [dataclasses.replace(m, text=text[m.start:m.end]) for m in scan_numbers(folded)
            if not _glued(folded, m.start, m.end)]


def _glued(text: str, start: int, end: int) -> bool:
    """True when a number runs into Latin letters or digits (5G, 415X, A3)."""
    after = text[end:end + 1]
    before = text[start - 1:start] if start else ""
    return bool(after) and after.isascii() and after.isalnum() or (
        bool(before) and before.isascii() and before.isalpha())


@text_memo(maxsize=8)
def scan_numbers(text: str) -> tuple[NumberMatch, ...]:
    """Every number in already folded ``text``, ranges joined; shared by all extractors.

    Cached: money, counts and targets scan the same article text once.
    """
    tokens: list[tuple[int, int]] = []
    for scanner in _SCANNERS:
        tokens.extend(m.span() for m in scanner.finditer(text))
    tokens.sort()
    found: list[NumberMatch] = []
    last_end = -1
    for start, end in tokens:
        if start < last_end:
            continue  # a number inside another one's span
        last_end = end
        match = _single(text, start, end)
        if match is None:
            continue
        joined = _join_range(text, found[-1], match) if found else None
        if joined is not None:
            found[-1] = joined
        else:
            found.append(match)
    return tuple(found)


def _join_range(text: str, low: NumberMatch, high: NumberMatch) -> NumberMatch | None:
    """``low`` and ``high`` as one range when only a separator joins them (10-20亿, 1 to 2)."""
    between = text[low.end:high.start]
    if len(between) > 6 or low.value_max is not None or high.value_max is not None:
        return None
    if _RANGE_SEP_RE.fullmatch(between):
        if _is_change(text, low.start, between) or _year_then_figure(text, low, high):
            return None
    elif not (_AND_RE.fullmatch(between) and _BETWEEN_RE.search(text, max(0, low.start - 9),
                                                                  low.start)):
        return None
    lead = text[low.start - 1:low.start] if low.start else ""
    joined = read_figure(low.text, high.text, lead)
    if joined is None:
        return None
    return NumberMatch(low.start, high.end, text[low.start:high.end], joined.value,
                       joined.value_max, "range")


def _year_then_figure(text: str, low: NumberMatch, high: NumberMatch) -> bool:
    """from 56.2 billion yuan in 2025 to 98 billion yuan: a year, then the next figure, is no range."""
    return bool(_YEAR_RE.fullmatch(low.text) and not _YEAR_RE.fullmatch(high.text)
                and _YEAR_LEAD_RE.search(text, max(0, low.start - 8), low.start))


_YEAR_RE = regex.compile(r"(?:19|20)\d\d")
_YEAR_LEAD_RE = regex.compile(r"(?i)\b(?:in|by|of|since|until|through|for)\s+\Z")


# the financial forms of the digits (壹贰叁…), written only inside longer numerals (壹佰万元)
_LONE_FINANCIAL = frozenset("壹贰叁肆伍陆柒捌玖")


def _single(text: str, start: int, end: int) -> NumberMatch | None:
    """The NumberMatch for ``text[start:end]``, or None when it does not read as a number."""
    surface = text[start:end]
    if surface in _LONE_FINANCIAL:
        return None  # 大陆|台资: a financial numeral alone is a word's character (陆 "land"), no number
    if surface.isdigit() and surface.isascii():  # 2023, 52: most numbers, read at once
        if surface[0] == "0" and len(surface) > 1:
            return None  # 0531: an area code or a serial number (as read_number says)
        return NumberMatch(start, end, surface, Decimal(int(surface)))
    lead = text[start - 1:start] if start else ""
    bare = _BARE_SUM_RE.match(text, start)  # (not fullmatch: the currency after it is looked at)
    if bare is not None and bare.end() == end:
        lead = lead if lead in _LEAD_CHARS else "达"  # 年营收千万元以上: one 千万 of yuan
    reading = read_number(text[start:end], lead)
    if reading is None:
        return None
    return NumberMatch(start, end, text[start:end], reading.value, reading.value_max,
                       reading.qualifier)


def _is_change(text: str, start: int, sep: str | None) -> bool:
    """从10亿元到20亿元 is a change, not a range: 到 after 从/由/from."""
    if not sep or not rx(r"到|\bto\b").search(sep):
        return False
    return bool(rx(r"(?:从|由|\bfrom\s+)\S{0,12}\Z").search(text[max(0, start - 14):start]))


# --- qualifier words around a figure --------------------------------------------------------
def _qualifier_words(position: str) -> dict[str, str]:
    """Qualifier words of one position (before/after) from data/qualifiers.tsv: word → qualifier."""
    return {row[0]: row[1] for row in load_rows("qualifiers.tsv") if row[2] == position}


_BEFORE = _qualifier_words("before")
_AFTER = _qualifier_words("after")


def _is_latin(word: str) -> bool:
    """True for English words (matched case-insensitively on word boundaries)."""
    return bool(rx(r"[A-Za-z]").match(word))


# (?r): searched right to left from the number, so the end-anchored word is found at once
# instead of trying every start position in the window (same matches, several times faster)
_BEFORE_RE = regex.compile(
    "(?r)(?:" + alternation([w for w in _BEFORE if not _is_latin(w)]) + r")[ \t]*\Z"
    r"|(?i:\b(?:" + alternation([w for w in _BEFORE if _is_latin(w)]) + r"))[ \t]+\Z"
)
_AFTER_RE = regex.compile(
    r"[ \t]*(?:" + alternation([w for w in _AFTER if not _is_latin(w)])
    + r"|(?i:(?:" + alternation([w for w in _AFTER if _is_latin(w)]) + r")\b))"
)


def qualifier_before(text: str, start: int, _links: int = 1) -> tuple[str, int] | None:
    """The qualifier word ending right before ``start``: (qualifier, where the word starts).

    A light verb between cue and number is skipped once (最多可获100万元 is at_most).

    >>> qualifier_before("力争总产值超8800亿元", 6), qualifier_before("通过5年", 2)
    (('over', 5), None)
    >>> qualifier_before("more than 300 visits", 10), qualifier_before("最多可获100万元", 4)
    (('over', 0), ('at_most', 0))
    """
    match = _BEFORE_RE.search(text, max(0, start - 16), start)
    if match is None:
        return None
    if match.start() > 0 and match.group()[:1].isascii() and match.group()[:1].isalpha() \
            and text[match.start() - 1].isalpha():
        return None  # (recover 40 percent: "over" inside a word the window cut)
    word = match.group().strip()
    qualifier = _BEFORE.get(word) or _BEFORE.get(word.lower())
    if qualifier == "link":
        return qualifier_before(text, match.start(), _links - 1) if _links > 0 else None
    if qualifier is None or qualifier == "none":
        return None
    return qualifier, match.start()


def qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    """The qualifier word starting right after ``end``: (qualifier, where the word ends).

    >>> qualifier_after("100家以上企业", 4), qualifier_after("10 companies or more", 12)
    (('over', 6), ('over', 20))
    """
    match = _AFTER_RE.match(text, end)
    if match is None:
        return None
    word = match.group().strip()
    qualifier = _AFTER.get(word) or _AFTER.get(word.lower())
    if qualifier is None or qualifier == "none":
        return None
    return qualifier, match.end()


def qualify(text: str, start: int, end: int, implied: str | None = None) -> str:
    """The qualifier of the figure at ``text[start:end]``: range, then words, then the numeral.

    >>> qualify("约7亿元", 1, 4), qualify("十余家", 0, 3, "over"), qualify("共102场", 1, 5)
    ('approx', 'over', 'exact')
    """
    if implied == "range":
        return "range"
    before = qualifier_before(text, start)
    if before is not None:
        return before[0]
    after = qualifier_after(text, end)
    if after is not None:
        return after[0]
    return implied or "exact"


# an English cardinal in words or figures (twenty-one · 1,203 · nine)
EN_NUMBER_WORD = (r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
                   r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                   r"|sixteen|seventeen|eighteen|nineteen)")
# Nine of the 58 carry … · Eleven of the 14 trade … · Of the 38 companies …, 11 now trade …: a part of a set whose
# number the text gave before, the noun left out
_PART_OF_THE_EN = regex.compile(rf"(?i)\b(?P<a>{EN_NUMBER_WORD})\s+of\s+the\s+(?P<b>\d{{1,3}}(?:,\d{{3}})+|\d+)\b"
                                rf"(?!\s*(?:%|per\s*cent|percent|billion|million|trillion|yuan|dollars))"
                                rf"|\bOf\s+(?:the\s+)?(?P<b2>\d{{1,3}}(?:,\d{{3}})+|\d+)\b[^.;\n]{{0,60}}?,\s+"
                                rf"(?P<a2>{EN_NUMBER_WORD})\s+(?:have|had|were|are|was|is|now|still|remain)\b")


@dataclass(frozen=True, slots=True)
class PartOfSet:
    """A part of a set whose number the text gave before (Nine of the 58 …): the part's span and value, the set's
    number's span and value, and where the phrase starts."""

    start: int
    end: int
    value: Decimal
    whole_start: int
    whole_end: int
    whole: Decimal
    at: int


def parts_of_counted_sets_en(text: str) -> list[PartOfSet]:
    """The parts of sets an English text names with their noun left out (Nine of the 58 carry … · Of the 38 companies
    …, 11 now trade …), a part between 2 and the set's size (one of the 16 chains says which, not how many: D5).

    >>> [(p.value, p.whole) for p in parts_of_counted_sets_en("Nine of the 58 carry debt; one of the 16 chains.")]
    [(Decimal('9'), Decimal('58'))]
    """
    out = []
    for m in _PART_OF_THE_EN.finditer(text):
        b, a = ("b", "a") if m.group("b") else ("b2", "a2")
        whole, part = read_number(m.group(b)), read_number(m.group(a))
        if whole is None or part is None or not 1 < part.value < whole.value:
            continue
        out.append(PartOfSet(m.start(a), m.end(a), part.value, m.start(b), m.end(b), whole.value, m.start()))
    return out
