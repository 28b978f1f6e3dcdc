"""The shared number grammar: parse_number, find_numbers, qualifier words.

Cases are forms named in the number-grammar issue and figures read from the seed articles
(../shared/seeds) and from Chinese and English press usage; expected values were worked out
by hand. Property tests render numbers in Chinese numerals, with thousands separators and in
English words, and parse them back.
"""

from __future__ import annotations

from decimal import Decimal

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.lexicon import load_rows
from extractors.numbers import (
    find_numbers,
    fold_for_matching,
    parse_number,
    qualifier_after,
    qualifier_before,
    read_number,
)

D = Decimal

PARSE_ARABIC = [
    ("8800", D(8800)), ("1,000", D(1000)), ("1，000", D(1000)), ("1 000 000", D(1000000)),
    ("4.7", D("4.7")), ("0.5", D("0.5")), ("１２３", D(123)), ("1,100.9", D("1100.9")),
]
PARSE_CHINESE = [
    ("十五", D(15)), ("二十", D(20)), ("一千二百三十四", D(1234)), ("一千零五", D(1005)),
    ("两", D(2)), ("两百", D(200)), ("一百二", D(120)), ("一万二", D(12000)),
    ("一亿二千万", D(120000000)), ("二〇二三", D(2023)), ("壹仟贰佰叁拾肆", D(1234)),
    ("贰拾伍", D(25)), ("十万", D(100000)), ("一点五亿", D(150000000)),
]
PARSE_MIXED = [
    ("1.2万亿", D("1200000000000")), ("3千万", D(30000000)), ("413.7亿", D(41370000000)),
    ("8800亿", D(880000000000)), ("2.5万", D(25000)), ("1万余", D(10000)),
    ("8755.1亿", D(875510000000)), ("1,100.9亿", D(110090000000)), ("4万亿", D(4 * 10**12)),
    ("2.2兆", D(22 * 10**11)), ("1.2萬億", D(12 * 10**11)),
]
PARSE_APPROX = [
    ("十余", D(10)), ("百余", D(100)), ("千余", D(1000)), ("数十", D(10)), ("几十", D(10)),
    ("上百", D(100)), ("近百", D(100)), ("近千", D(1000)), ("逾千", D(1000)),
    ("三千多", D(3000)), ("二十余", D(20)), ("三千多万", D(30000000)), ("几十亿", D(10**9)),
    ("十几", D(10)), ("30多", D(30)),
]
PARSE_ENGLISH = [
    ("one", D(1)), ("ninety-nine", D(99)), ("twenty five", D(25)), ("a hundred", D(100)),
    ("two hundred and fifty", D(250)), ("five hundred million", D(500000000)),
    ("1.5 billion", D(1500000000)), ("a billion", D(10**9)), ("2bn", D(2 * 10**9)),
    ("300m", D(300000000)), ("12k", D(12000)), ("1,000", D(1000)), ("5 mln", D(5000000)),
    ("Two Million", D(2000000)), ("a dozen", D(12)), ("two dozen", D(24)),
]
# A known bug class: binary floats read 16.4亿 as 1639999999.
PARSE_BUGS_CAUGHT = [("16.4亿", D(1640000000)), ("0.1亿", D(10000000)), ("2.675万", D(26750))]
ALL_PARSE = PARSE_ARABIC + PARSE_CHINESE + PARSE_MIXED + PARSE_APPROX + PARSE_ENGLISH + PARSE_BUGS_CAUGHT


@pytest.mark.parametrize("text,value", ALL_PARSE, ids=[c[0] for c in ALL_PARSE])
def test_parse_number(text: str, value: Decimal) -> None:
    result = parse_number(text)
    assert result == value
    assert result.as_tuple().exponent >= 0 or result != result.to_integral_value()


NOT_NUMBERS = ["", "dozens", "链长", "千万", "万一", "一一", "一二三四五", "十四五", "零", "数据", "几个",
               "a", "hundred and", "0531", "1.2.3", "one two"]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


IMPLIED_QUALIFIERS = [("十余", "over"), ("三千多万", "over"), ("数百", "over"), ("十来", "approx"),
                      ("两三", "range"), ("1万余", "over"), ("8800", None)]


@pytest.mark.parametrize("text,qualifier", IMPLIED_QUALIFIERS, ids=[c[0] for c in IMPLIED_QUALIFIERS])
def test_implied_qualifier(text: str, qualifier: str | None) -> None:
    assert read_number(text).qualifier == qualifier


# (text, expected [(span text, value, value_max)])
FIND = [
    ("走访企业52家，订单413.7亿元", [("52", 52, None), ("413.7亿", 41370000000, None)]),
    ("投资10-20亿元", [("10-20亿", 10**9, 2 * 10**9)]),
    ("10亿—20亿元", [("10亿—20亿", 10**9, 2 * 10**9)]),
    ("1亿至2亿元", [("1亿至2亿", 10**8, 2 * 10**8)]),
    ("两三个", [("两三", 2, 3)]),  # 两三个 is 2–3 (cn2an's transform writes 23个)
    ("三四十家", [("三四十", 30, 40)]),
    ("between 1 and 2 billion yuan", [("1 and 2 billion", 10**9, 2 * 10**9)]),
    ("1 to 2 billion", [("1 to 2 billion", 10**9, 2 * 10**9)]),
    ("one or two firms", [("one or two", 1, 2)]),
    ("从1000亩拓展到2平方公里", [("1000", 1000, None), ("2", 2, None)]),
    ("GDP过万亿", [("万亿", 10**12, None)]),
    ("近千人", [("千", 1000, None)]),
    ("一季度", [("一", 1, None)]),  # found as a number, never rewritten to 1季度
    ("880 billion yuan ($128 billion)", [("880 billion", 88 * 10**10, None),
                                         ("128 billion", 128 * 10**9, None)]),
    ("5千瓦", [("5", 5, None)]),  # 千瓦 is a unit, not 5000 瓦
    ("新台幣２．２兆元", [("２．２兆", 22 * 10**11, None)]),
]


@pytest.mark.parametrize("text,expected", FIND, ids=[c[0] for c in FIND])
def test_find_numbers(text: str, expected: list[tuple]) -> None:
    found = [(m.text, m.value, m.value_max) for m in find_numbers(text)]
    want = [(t, D(v), None if m is None else D(m)) for t, v, m in expected]
    assert found == want
    for match in find_numbers(text):
        assert text[match.start:match.end] == match.text


NOT_FOUND = ["5G基站", "415X", "千万不要", "数据显示", "几个人", "COVID"]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_find_numbers_skips(text: str) -> None:
    assert find_numbers(text) == []


def test_phone_number_is_no_range() -> None:
    # a leading zero is an area code, so 0531-66661234 never reads as 531–66661234
    assert [(m.text, m.value_max) for m in find_numbers("热线0531-66661234")] == [("66661234", None)]


QUALIFIER_WORDS = [
    ("力争总产值超8800亿元", "8800", "over"), ("约7亿元", "7", "approx"),
    ("不超过5000万元", "5000", "at_most"), ("至少100家", "100", "at_least"),
    ("不足100家", "100", "under"), ("共102场", "102", "exact"), ("通过5年左右", "5", None),
    ("最近3年", "3", None), ("more than 300 visits", "300", "over"),
    ("up to $1 billion", "1", "at_most"), ("nearly 100 firms", "100", "approx"),
]


@pytest.mark.parametrize("text,number,qualifier", QUALIFIER_WORDS, ids=[c[0] for c in QUALIFIER_WORDS])
def test_qualifier_before(text: str, number: str, qualifier: str | None) -> None:
    start = text.index(number)
    if text[start - 1:start] == "$":
        start -= 1
    found = qualifier_before(text, start)
    assert (found[0] if found else None) == qualifier


def test_qualifier_after() -> None:
    assert qualifier_after("100家以上企业", 4) == ("over", 6)
    assert qualifier_after("100家左右", 4) == ("approx", 6)
    assert qualifier_after("10 companies or more", 12) == ("over", 20)
    assert qualifier_after("100家企业", 4) is None


# --- property tests -----------------------------------------------------------------------
CN = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Render 0 < n < 10^12 in standard Chinese numerals (一亿零五, 一万零五百, 十五)."""

    def section(x: int) -> str:
        out, zero = "", False
        for power, unit in ((3, "千"), (2, "百"), (1, "十"), (0, "")):
            digit = x // 10**power % 10
            if digit == 0:
                zero = bool(out)
            else:
                out += ("零" if zero else "") + CN[digit] + unit
                zero = False
        return out

    out = ""
    for size, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = n // size % 10**4 if size < 10**8 else n // size
        if chunk:
            if out and chunk < 1000:
                out += "零"
            out += section(chunk) + name
        elif out and not out.endswith("零") and n % size:
            out += "零"
    out = out.replace("零零", "零")
    return out[1:] if out.startswith("一十") else out


def to_english(n: int) -> str:
    """Render 0 < n < 10^6 in English words (two hundred and fifty thousand, ninety-nine)."""
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def below_thousand(x: int) -> str:
        words = []
        if x >= 100:
            words.append(ones[x // 100] + " hundred")
            x %= 100
            if x:
                words.append("and")
        if x >= 20:
            words.append(tens[x // 10] + ("-" + ones[x % 10] if x % 10 else ""))
        elif x:
            words.append(ones[x])
        return " ".join(words)

    high, low = divmod(n, 1000)
    parts = ([below_thousand(high) + " thousand"] if high else []) + ([below_thousand(low)] if low else [])
    return " ".join(parts)


def test_renderers() -> None:
    assert to_chinese(15) == "十五" and to_chinese(10005) == "一万零五"
    assert to_chinese(100000005) == "一亿零五" and to_chinese(1234) == "一千二百三十四"
    assert to_english(250000) == "two hundred and fifty thousand"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_round_trip(n: int) -> None:
    assert parse_number(to_chinese(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**15))
def test_thousands_separator_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", "，")) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999999))
def test_english_round_trip(n: int) -> None:
    assert parse_number(to_english(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]))
def test_decimal_magnitude_is_exact(whole: int, tenth: int, magnitude: tuple[str, int]) -> None:
    word, size = magnitude
    value = parse_number(f"{whole}.{tenth}{word}")
    assert value == (Decimal(whole) + Decimal(tenth) / 10) * size
    assert value == value.to_integral_value() and value.as_tuple().exponent == 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,，-—至到万亿千百十一二两三零〇余多几数近"
                                            "元家个 abtrmkilonwy$")), max_size=30))
def test_never_raises(text: str) -> None:
    parse_number(text)
    for match in find_numbers(text):
        assert text[match.start:match.end] == match.text


def test_fold_keeps_offsets() -> None:
    text = "總產值４萬億元，兩三個"
    folded = fold_for_matching(text)
    assert len(folded) == len(text)
    assert folded.endswith("4万亿元,两三个")


# --- the data files this grammar and its extractors read -----------------------------------
DATA_FILES = ["currencies.tsv", "magnitudes.tsv", "classifiers.tsv", "qualifiers.tsv",
              "not_counts.tsv", "money_subjects.tsv", "count_objects.tsv"]
T2S = opencc.OpenCC("t2s")


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_integrity(name: str) -> None:
    from extractors.lexicon import DATA_DIR

    head = [line for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
            if line.startswith("#")]
    assert any(line.startswith("# source:") for line in head)
    rows = load_rows(name)
    width = {"not_counts.tsv": 3, "money_subjects.tsv": 2}.get(name, 1)
    keys = [row[:width] for row in rows]
    assert len(keys) == len(set(keys)), "duplicate rows"
    for row in rows:
        assert T2S.convert(row[0]) == row[0], f"traditional form {row[0]!r}"
        assert fold_for_matching(row[0]) == row[0], f"full-width {row[0]!r}"


def test_a_qualifier_word_cut_from_a_longer_word_is_none() -> None:
    text = "The city aims to recover 40 percent."
    assert qualifier_before(text, text.index("40")) is None
    text = "It will have over 40 firms."
    assert qualifier_before(text, text.index("40")) == ("over", text.index("over"))
