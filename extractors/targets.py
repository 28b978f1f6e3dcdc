"""Targets: the role of a figure that states a goal, plan, quota or dated forecast.

A target is not a figure of its own. Its span is the span of the money or count record that
states the goal value (``力争…总产值超8800亿元`` → the money record ``8800亿元``), or a figure
this module reads itself because no other record type covers it:

* percentages: ``增长8%左右``, ``占比超过68%``, ``百分之十`` (unit ``%``);
* rankings: ``综合实力30强``, ``前10位``, ``top 30`` (unit ``强``/``位``/``名``/``top``);
* bare magnitudes with no currency word: ``GDP过万亿`` (value 1e12). Such a figure is not a
  money record (no currency word), but when its metric is measured in yuan (GDP, 产值, 营收 …,
  ``data/money_metrics.tsv``) the target states the implied unit: unit ``元``, currency CNY
  (gold/GUIDELINES.md D8); otherwise unit is empty and currency null.

Which figures are goals is decided per sentence, clause by clause (clauses end at ，；：):
the nearest cue before a figure decides — a goal cue (力争, 目标, 到2025年, aim to, by 2025,
``data/target_triggers.tsv``) makes it a target, an achievement cue (已, 去年, 截至, a past
year, reached, last year, ``data/achievement_cues.tsv``) does not. The deadline is the date
attached to the figure's clause or to an earlier clause of its sentence (到2025年, 2025年前,
今年, 明年, 通过5年左右时间, 十四五, by the end of 2025, this year); a purpose clause
(为…提供支撑) does not inherit it (D10).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import regex

from extractors.base import ExtractionContext, component, sentences_with
from extractors.counts import TOTAL_TO_EN
from extractors.entities import rx
from extractors.lexicon import alternation, load_lexicon, load_rows, text_memo, word_scanner
from extractors.numbers import parse_number, qualifier_after, qualifier_before
from pipeline.records import CountRecord, MoneyRecord, Record, TargetRecord


@dataclass(frozen=True, slots=True)
class Figure:
    """A number that may state a goal: its span, value, unit and what kind of figure it is."""

    start: int
    end: int
    value: Decimal
    unit: str
    kind: str  # money | count | percent | rank | magnitude
    qualifier: str = "exact"
    currency: str | None = None
    value_max: Decimal | None = None
    object: str | None = None


# ---------------------------------------------------------------------------------------
# numbers (the shared grammar, plus bare magnitudes)
# ---------------------------------------------------------------------------------------

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_MAGNITUDES = {"万": Decimal(10**4), "亿": Decimal(10**8), "万亿": Decimal(10**12)}
NUMBER = r"(?:\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)"


def read_number(text: str) -> Decimal | None:
    """An Arabic or Chinese numeral (with 万/亿 magnitudes) as a Decimal, or None.

    >>> read_number("8800亿"), read_number("1.2万亿"), read_number("三十"), read_number("万亿")
    (Decimal('880000000000'), Decimal('1200000000000'), Decimal('30'), Decimal('1000000000000'))
    """
    value = parse_number(text)  # the project's number grammar
    return value if value is not None else _read_number(text)


def _read_number(text: str) -> Decimal | None:
    """Bare magnitudes the shared grammar leaves alone (万亿 in GDP过万亿 is one 万亿)."""
    m = rx(r"(?P<num>\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千点]*)"
                        r"(?P<mag>万亿|亿|万|千亿|百亿|千万|百万)?").fullmatch(text.strip())
    if not m or not (m.group("num") or m.group("mag")):
        return None
    num = m.group("num")
    try:
        if not num:
            value = Decimal(1)
        elif num[0].isdigit():
            value = Decimal(num.replace(",", ""))
        else:
            value = _chinese_integer(num)
    except (InvalidOperation, ValueError):
        return None
    if value is None:
        return None
    for ch in (m.group("mag") or ""):
        value *= {"千": 1000, "百": 100, "万": 10**4, "亿": 10**8}[ch]
    return value


def _chinese_integer(text: str) -> Decimal | None:
    """三十 → 30, 一百二十 → 120, 两 → 2, 五点五 → 5.5."""
    if "点" in text:
        whole, frac = text.split("点", 1)
        base = _chinese_integer(whole) if whole else Decimal(0)
        digits = "".join(str(_DIGITS[c]) for c in frac if c in _DIGITS)
        return None if base is None or not digits else base + Decimal("0." + digits)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            return None
    return Decimal(total + current)


# ---------------------------------------------------------------------------------------
# lexicons and patterns
# ---------------------------------------------------------------------------------------


def _column(name: str, column: int, value: str) -> tuple[str, ...]:
    """First column of the rows of ``data/<name>`` whose ``column`` equals ``value``."""
    return tuple(r[0] for r in load_rows(name) if len(r) > column and r[column] == value)


# verbs that lay a duty on someone named after them: requires chain masters to pay · urges firms to
_DUTY_VERBS_EN = "requires|require|requiring|urges|urged|obliges|obliged|directs|directed|ordered"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    """Every compiled regex of this module, built once from the data files."""
    rows = load_rows("target_triggers.tsv")
    zh_goal = [r[0] for r in rows if r[2] == "zh" and r[1] == "goal"]
    en_goal = [r[0] for r in rows if r[2] == "en" and r[1] == "goal"]
    zh_will = [r[0] for r in rows if r[2] == "zh" and r[1] == "will"]
    en_will = [r[0] for r in rows if r[2] == "en" and r[1] == "will"]
    zh_fc = [r[0] for r in rows if r[2] == "zh" and r[1] == "forecast"]
    en_fc = [r[0] for r in rows if r[2] == "en" and r[1] == "forecast"]
    cue_after = alternation(_column("target_not.tsv", 1, "cue_after"))
    not_cue = rf"(?<!《)(?!{cue_after})"
    zh_done = _column("achievement_cues.tsv", 1, "zh")
    en_done = _column("achievement_cues.tsv", 1, "en")
    rel = {r[0]: r for r in load_rows("deadline_words.tsv")}
    zh_rel = [w for w, r in rel.items() if r[3] == "zh"]
    en_rel = [w for w, r in rel.items() if r[3] == "en"]
    year = r"(?P<year>(?:19|20)\d\d)"
    # (2025年10月至2026年3月，…: a period's last month, no deadline; 到2026年6月底 is one)
    zh_year_goal = (rf"(?:到|至|截至|截止到?){year}年(?:底|末|年底|年末|(?![\d一二三四五六七八九十]{{1,2}}月(?!底|末)))"
                    rf"|{year.replace('year', 'year2')}年(?:前|以前|之前|底前|年底前)")
    span_years = rf"(?:通过|用|花|经过|未来|今后|再用)?(?P<n>{NUMBER})年(?:左右|内|之内)?(?:的)?时间?"
    return {
        # ---- cues, Chinese
        "goal_zh": regex.compile(rf"{zh_year_goal}|(?<!《)(?:{alternation(zh_goal)})(?!{cue_after})"),
        "will_zh": regex.compile(rf"(?:{alternation(zh_will)}){not_cue}"),
        "done_zh": regex.compile(rf"(?:{alternation(zh_done)})"),
        # (2027年8条重点链营收: a count after the year, not its month; 2025年1—10月 is a period)
        "year_zh": regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)年"
                                 r"(?![度版]|\d{1,2}(?:[—\-－~～至到]\d{1,2})?[月日号季]|\d{3})"),
        "rel_zh": regex.compile(rf"(?:{alternation(zh_rel)})(?!以来)"),
        "span_zh": regex.compile(span_years),
        "span_zh_strict": regex.compile(
            rf"(?:(?:通过|用|花|经过|再用)(?P<n>{NUMBER})年(?:左右)?(?:的)?时间"
            rf"|(?:未来|今后)(?P<n2>{NUMBER})年|(?P<n3>{NUMBER})年(?:之内|内))"
        ),
        "year_goal_zh": regex.compile(zh_year_goal),
        "quota_zh": regex.compile(r"不少于|不低于|至少"),
        # 累计举办 · 同比增长: achievement words that plans use too (a goal cue before them wins)
        "weak_done_zh": frozenset(_column("achievement_cues.tsv", 2, "weak")),
        "plan_period_zh": regex.compile(r"[”\"」]?(?:规划)?(?:期末|末期?|时期末|期间|时期|收官)"),
        "plan_period_en": regex.compile(r"(?i)\s+period\b|\s*\(\d{4}\s*-\s*\d{4}\)"),
        # ---- cues, English
        # (a plan requires chain masters to pay at least 90%: a duty laid on someone, then what it is)
        "goal_en": regex.compile(rf"(?i)\b(?:{alternation(en_goal)})\b|\bby (?:the end of )?"
                                 rf"(?:19|20)\d\d\b|\b(?:{_DUTY_VERBS_EN})\s+(?:[\w'’-]+\s+){{1,6}}?to\b"
                                 # (not rules that require a chain master to have revenue of … or to rank among
                                 # the top three: what qualifies one)
                                 r"(?!\s+(?:have|be|rank|meet|own|hold|possess|employ)\b)"),
        "will_en": regex.compile(rf"(?i)\b(?:{alternation(en_will)})\b"),
        # Songshan Diamond Technology is expected to … · Xinglu Sports plans to …: a firm's own plan
        "firm_subject_en": regex.compile(
            rf"(?:\b(?:{alternation(_column('firm_words.tsv', 1, 'firm_end_en'))})"
            # (The company will invest …: the firm named before, its own plan)
            r"|(?i:\bthe\s+(?:company|firm|group|supplier|carmaker|automaker|steelmaker|chipmaker|spring\s+maker"
            r"|maker|manufacturer|producer)))"
            r"(?:\s+(?:is|are|was|were|has|have|also|still|now))*\s+$"),
        # the literal words of the English cue patterns, for finding their sentences fast
        "goal_en_words": word_scanner([*en_goal, "by", *_DUTY_VERBS_EN.split("|")]),
        "will_en_words": word_scanner(en_will),
        "forecast_en_words": word_scanner(en_fc),
        "rel_en_words": word_scanner(en_rel),
        # 按照产业链行动方案，今年…增长8%以上: what a plan sets out, a goal when it is dated
        "forecast_zh": regex.compile(rf"(?:{alternation(zh_fc)})"
                                     r"|(?:按照|根据|依据)[^，,。；;]{0,16}?(?:方案|计划|规划)(?=[，,])"),
        "forecast_en": regex.compile(rf"(?i)\b(?:{alternation(en_fc)})\b"),
        "terms": regex.compile(rf"(?i){alternation(_column('target_not.tsv', 1, 'terms'))}"),
        "area": regex.compile(rf"(?i)(?:{alternation(_column('target_not.tsv', 1, 'area'))})$"),
        # a threshold, not a goal: 年产值超50亿元的龙头企业 · 10亿元以上重大产业项目
        # (not 规模不低于30亿元的链主企业专项子基金: the phrase goes on to a fund)
        # · 其中营收超50亿元的2家、超30亿元的4家: how many of them are that big (the counts are the goals)
        "threshold_zh": regex.compile(r"(?:以上)?的?\p{Han}{0,10}?(?:企业|项目|公司|集团|工厂|厂商|厂|基地)"
                                      r"(?!\p{Han}{0,6}(?:基金|资金|专项|平台|园区|中心))"
                                      r"|(?:以上)?的(?=[\d一二三四五六七八九十两]{1,4}(?:家|个|户|座|条))"),
        # (not a fund "with a size of 10 billion yuan": its own size)
        # (nor ", with total investment of more than 500 billion yuan": the sum of what was counted)
        "threshold_en": regex.compile(r"(?i)\bwith\b(?![^,.;]{0,20}?\b(?:size|scale|capital|capacity|total|combined"
                                      r"|aggregate)\b)[^,.;]{0,40}?"
                                      r"(?:above|exceeding|over|of|more than)\s*$"),
        "passive_past_en": regex.compile(r"\b(?:were|was)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|sold|built|won)\b"),
        "reported_invest_en": regex.compile(
            r"(?i)\b(?:said|says|announced|announces)\b[^.;]{0,30}?\b(?:it|the company|the firm)\s+"
            r"(?:would|will)\s+invest\b"),
        # a heading line that names a year: 二、2025年主要预期目标 · （三）2024年重点工作 · 2025 targets
        "heading_zh": regex.compile(
            r"[ \t　]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．])?"
            r"[^\n。；;！？!?，,]{0,12}?(?P<year>(?:19|20)\d\d)年[^\n。；;！？!?，,]{0,16}[ \t　]*\Z"),
        "heading_en": regex.compile(
            r"[ \t]*(?:[IVX]+\.|\d{1,2}\.)?[ \t]*[A-Za-z' -]{0,30}?\b(?P<year>(?:19|20)\d\d)\b"
            r"[A-Za-z' -]{0,30}\Z"),
        "plan_word_zh": regex.compile(r"目标|重点工作|工作安排|任务|计划|规划|打算|展望|部署|工作思路|思路|举措"),
        "plan_word_en": regex.compile(r"(?i)goals?|targets?|plans?|priorities|tasks|outlook"),
        "growth": regex.compile(r"(?i)增长|增速|grow|growth"),
        "nominal_goal_en": regex.compile(r"\s*(?:goal|target)s?\b"),
        # a fund with a target size of 50 billion yuan: the figure is named a target
        "nominal_before_en": regex.compile(r"(?i)\btarget(?:ed)?\s+(?:size|value|scale|amount|total)\s+of\s+$"),

        # up from … last year · 较2022年: a past year after the figure (not a plan period (2021-2025))
        "done_after": regex.compile(r"(?i)去年|(?<!以)上年|last year|已(?:于|经|在)"
                                    r"|(?:19|20)\d\d(?!\s*[-–—~至到]\s*(?:19|20)\d\d)"),
        "done_en": regex.compile(rf"(?i)\b(?:{alternation(en_done)})\b"),
        "year_en": regex.compile(r"\b(?P<year>(?:19|20)\d\d)\b"),
        "year_goal_en": regex.compile(
            r"(?i)\b(?:by|before|until|through|in)\s+(?:the\s+end\s+of\s+|end-)?"
            r"(?P<year>(?:19|20)\d\d)\b"),
        "rel_en": regex.compile(rf"(?i)\b(?:{alternation(en_rel)})\b"),
        "span_en_strict": regex.compile(
            r"(?i)\b(?:within|in|over)\s+(?:the\s+next\s+)?(?P<n>\d+|one|two|three|four|five|"
            r"six|seven|eight|nine|ten)\s+years\b"),
        # ---- own figures
        # 8% · 10-15 percent · 5%-8% · 百分之十 · 2个百分点
        "percent": regex.compile(
            rf"(?P<num>{NUMBER})(?P<low_sign>\s*(?:%|％))?(?:\s*(?:-|–|—|~|至|到|to)\s*(?P<num_max>{NUMBER}))?"
            rf"(?:\s*(?:%|％|percent\b|per cent\b)|个百分点)"
            rf"|百分之(?P<num2>{NUMBER})"),
        "rank": regex.compile(
            rf"(?:前(?P<n1>{NUMBER})(?:名|位|强))|(?:(?P<n2>{NUMBER})强)"
            rf"|(?i:\btop[ -]?(?P<n3>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\b)"),
        # a place in a ranking with no 名/位/强 after it: 进入全国前十, 跻身…集群前十 (not 前三季度)
        "rank_front": regex.compile(
            r"(?:进入|跻身|迈入|挺进|位列|位居|保持|重返|稳居|入围|稳定在|进|打造成|建设成|建成|成为)[^，,。；;]{0,16}?"
            r"(?P<rank>前(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3}))(?:(?![\p{Han}\d])|(?=的))"),
        "magnitude": regex.compile(
            rf"(?P<num>{NUMBER})?(?P<mag>万亿|千亿|百亿|亿)(?![元级美欧日英港韩人])"),
        "purpose": regex.compile(r"\s*(?:为了|为|以|助力|从而|进而)"),
        # 从1000亩 · 由目前的约65% · from last year's: the starting point of a change
        "baseline": regex.compile(r"(?:从|由|from\s+|against\s+|compared\s+with\s+)"
                                  r"(?:目前|现在|现有|当前|现时|现行|原有|原来|每年|"
                                  r"(?:去年|上年|今年|本年|(?:19|20)\d\d年)(?:底|末)?)?"
                                  r"(?:的)?(?:约|近|不到|不足|about\s+|around\s+|nearly\s+|roughly\s+)?\s*$"),
        "over": regex.compile(r"(?:超过|超|突破|过|逾|高于|多于|\b(?:more than|over|above|exceed\w*))\s*$"),
        "atleast": regex.compile(r"(?:不低于|不少于|至少|\bat least)\s*$"),
        "approx": regex.compile(r"(?:约|大约|近|\b(?:about|around|nearly|some))\s*$"),
        "approx_after": regex.compile(r"^\s*(?:左右|上下)"),
        "over_after": regex.compile(r"^\s*(?:以上|多)"),
        # (not 有12个未按计划开工: "as planned")
        "nominal_goal": regex.compile(r"[^，,；;。]{0,8}?(?:的)?(?<!按)(?:目标|任务|计划)"),
        "trim_lead": regex.compile(
            rf"^(?:{alternation(_column('metric_trim.tsv', 1, 'lead') + _column('metric_trim.tsv', 1, 'any'))})+"),
        "trim_tail": regex.compile(
            rf"(?:{alternation(_column('metric_trim.tsv', 1, 'tail') + _column('metric_trim.tsv', 1, 'any'))})+$"),
        "money_metric": regex.compile(rf"(?i){alternation(load_lexicon('money_metrics.tsv'))}"),
    }


@lru_cache(maxsize=1)
def _relative_years() -> dict[str, tuple[str, int]]:
    """Deadline word → (offset|year, number)."""
    return {r[0].lower(): (r[1], int(r[2])) for r in load_rows("deadline_words.tsv")}


_EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10}


# ---------------------------------------------------------------------------------------
# sentences and clauses
# ---------------------------------------------------------------------------------------

_SENTENCE_END = {"zh": regex.compile(r"[。！？!?]+[”’」』)]*|\n+"),
                 # (a quotation closing a sentence: …we have added." Jinlu buys parts from …)
                 "en": regex.compile(r"(?<=[a-z0-9%)\"”])[.!?]+[\"”’]?(?=\s+[A-Z“\"]|\s*$)|\n+")}
_CLAUSE_END = {"zh": regex.compile(r"[，,；;：:]"), "en": regex.compile(r"[,;:](?!\d)|\s[-–—]\s")}


def _spans(pattern: regex.Pattern, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split ``text[lo:hi]`` after each match of ``pattern`` (delimiters stay with the left part)."""
    out, start = [], lo
    for m in pattern.finditer(text, lo, hi):
        if m.end() > start:
            out.append((start, m.end()))
            start = m.end()
    if start < hi:
        out.append((start, hi))
    return out


# ---------------------------------------------------------------------------------------
# figures
# ---------------------------------------------------------------------------------------


_DEFINITE_EN = regex.compile(r"(?i)\b(?:the|its|their|these|those)\s+$")


def _figures(text: str, lo: int, hi: int, records: list[Record]) -> list[Figure]:
    """Money and count records inside ``[lo, hi)``, plus this module's own figures."""
    figures: list[Figure] = []
    for r in records:
        if not (lo <= r.start and r.end <= hi):
            continue
        if isinstance(r, MoneyRecord):
            # a money goal's unit is 元 in every currency; the currency field says which (D16)
            figures.append(Figure(r.start, r.end, r.amount, "元", "money", r.qualifier,
                                  r.currency, r.amount_max, r.subject))
        elif isinstance(r, CountRecord):
            if _DEFINITE_EN.search(text, max(lo, r.start - 12), r.start) and rx(r"[A-Za-z]").match(
                    text, r.end - 1) and not _GOAL_RELATIVE_EN.match(text, r.end, hi):
                continue  # the 22 chains to reach …: a set already named, not a number to reach
                # (the 60 projects the chain was supposed to land in 2026: the number it was to reach)
            figures.append(Figure(r.start, r.end, r.value, r.unit, "count", r.qualifier, None,
                                  r.value_max, r.object))
    taken = [(f.start, f.end) for f in figures]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    pats = _patterns()
    for m in pats["percent"].finditer(text, lo, hi):
        if m.group("num_max") and rx(r"(?:19|20)\d\d").fullmatch(m.group("num") or "") and not m.group("low_sign"):
            # … of their revenue in 2025 to 2.5 percent: a year, then the figure
            m = pats["percent"].match(text, m.start("num_max"), hi) or m
        num = m.group("num") or m.group("num2")
        value = read_number(num) if num else None
        top = read_number(m.group("num_max")) if m.group("num_max") else None
        if top is not None and pats["baseline"].search(text, max(lo, m.start() - 14), m.start()):
            # from about 55% to 70% · 由55%提高到70%: a change from one figure to another, two figures
            low_end = m.end("low_sign") if m.group("low_sign") else m.end("num")
            for s_, e_, v_ in ((m.start("num"), low_end, value), (m.start("num_max"), m.end(), top)):
                if v_ is not None and free(s_, e_):
                    figures.append(Figure(s_, e_, v_, "%", "percent"))
                    taken.append((s_, e_))
            continue
        if value is not None and free(m.start(), m.end()):
            unit = "个百分点" if m.group().endswith("个百分点") else "%"
            if top is not None and top > value:  # 10-15 percent: a range
                figures.append(Figure(m.start(), m.end(), value, unit, "percent", "range", None, top))
            else:
                figures.append(Figure(m.start(), m.end(), value, unit, "percent"))
            taken.append((m.start(), m.end()))
    for m in pats["rank_front"].finditer(text, lo, hi):  # 跻身全球光电子产业集群前十 · 重返全国前三
        value = read_number(m.group("n"))
        s, e = m.span("rank")
        if value is not None and free(s, e):
            figures.append(Figure(s, e, value, "前", "rank"))
            taken.append((s, e))
    for m in pats["rank"].finditer(text, lo, hi):
        num = m.group("n1") or m.group("n2") or m.group("n3")
        value = read_number(num) if num else None
        if value is None or not free(m.start(), m.end()):
            continue
        if m.group("n3") and text[m.start()] == "T" and rx(r"\s+[A-Z]").match(text, m.end()) and \
                not rx(r"(?:^|[.!?]\s+|\n\s*|-\s+)$").search(text, max(0, m.start() - 4), m.start()):
            continue  # the Top 100 Chinese Beverage Brands list: a list's title-case name, no ranking goal
        unit = "top" if m.group("n3") else m.group()[-1]
        figures.append(Figure(m.start(), m.end(), value, unit, "rank"))
        taken.append((m.start(), m.end()))
    for m in pats["magnitude"].finditer(text, lo, hi):
        num, mag = m.group("num") or "", m.group("mag")
        if num and rx(r"[零〇十百千]+").fullmatch(num):
            num, mag = "", num + mag  # 千亿 (the number grammar reads 千 as a numeral): one tier word
        start = m.start() if num else m.end() - len(mag)
        if not free(start, m.end()) or (num == "" and mag == "亿"):
            continue
        if not num and not rx(r"(?:过|超|超过|突破|达到|达|迈上|跨越|迈向|冲刺|冲|破)$").search(
                text[max(lo, start - 2):start]):
            continue  # 两大万亿产业集群: 万亿 names a tier here
        value = read_number(num + mag)
        if value is not None:
            figures.append(Figure(start, m.end(), value, "", "magnitude"))
            taken.append((start, m.end()))
    return sorted(figures, key=lambda f: f.start)


def _qualifier(text: str, fig: Figure, lo: int) -> str:
    """The qualifier of an own figure from the words around it (超 → over, 左右 → approx)."""
    if fig.kind in ("money", "count") or fig.qualifier == "range":
        return fig.qualifier
    pats = _patterns()
    before, after = text[max(lo, fig.start - 12):fig.start], text[fig.end:fig.end + 3]  # (at least: 9)
    if pats["atleast"].search(before):
        return "at_least"
    if pats["over"].search(before) or pats["over_after"].match(after):
        return "over"
    if pats["approx"].search(before) or pats["approx_after"].match(after):
        return "approx"
    # (up by no less than 5.5 percent · 8 percent or more: the shared qualifier words, longer than the window)
    word_before = qualifier_before(text, fig.start)
    if word_before is not None and word_before[1] >= lo:
        return word_before[0]
    word_after = qualifier_after(text, fig.end)
    return word_after[0] if word_after is not None else "exact"


# ---------------------------------------------------------------------------------------
# cues and deadlines
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    """A goal cue (``goal``) or an achievement cue (``done``) at a position, maybe with a year."""

    start: int
    end: int
    kind: str
    deadline: int | None = None


_ON_THE_BASIS_ZH = regex.compile(r"在[^，,。；;]{0,24}?(?:的)?基础上")
# what before 今年/年内 makes it no deadline: a baseline's 由/从, a number (三年内 is a span)
_FUNDS_OBTAINED_ZH = regex.compile(r"(?:到)?\p{Han}{0,10}?(?:资金|经费|补助|奖补|贷款|授信|支持)[^，,。；;]{0,4}?"
                                   r"[\d一二三四五六七八九十两]")
_BA_OBJECT_ZH = regex.compile(r"[^，,。；;]{1,24}?(?:计入|纳入|列入|视为|作为|转为|改为|定为|认定为|确定为|列为|评为"
                              r"|当作|归入)")
_QUOTA_IN_CLAUSE_ZH = regex.compile(r"不低于|不少于|至少|不超过")
_NOT_A_DEADLINE_BEFORE = regex.compile(r"(?:由|从)$|[一二三四五六七八九十两\d]$")
_CLOSING_QUOTES = frozenset("”」』》\"’")
# a period that reports results (一季度, 上半年 …) unless a goal cue sets it: 力争(在|到)三季度…
_MONTHS_TO_DATE_ZH = regex.compile(r"(?<![\d.])1\s*[-—–~～至到]\s*(?:1[0-2]|[2-9])月(?:份)?(?!\d)")
# 6月底前 · 2026年9月底前 · 10月份以前 · 12月15日前: a month's deadline (not 截至6月底, 1—6月, 去年6月底前;
# 明年3月底前: the year word dates it)
_MONTH_DEADLINE_ZH = regex.compile(
    r"(?<!截至|截止|截止到|去年|上年|前年|今年|明年|后年|本年|[\d.\-—–~～至到])(?:(?P<year>(?:19|20)\d\d)年)?"
    r"(?<![\d.\-—–~～至到])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
    r"(?:(?:底|末|中旬|上旬|下旬|[1-3]?\d日)(?:前|之前|以前)|前|之前|以前)"
    # 于今年三季度前设立…: a quarter's deadline
    # (明年一季度前 · 后年上半年前: the year word before the period dates it, not this year)
    r"|(?<!去年|上年|前年|明年|后年|今年|本年)(?:(?P<year>(?:19|20)\d\d)年)?(?:第?[一二三四]季度|上半年|年中)(?:末|底)?"
    r"(?:前|之前|以前)"
    # 2.11月底前，完成…遴选认定 · 1.11月中旬，组织…: a task list's item opens with its month (the number first)
    r"|(?<=(?:\n|\A)[ \t]*\d{1,2}[.．、])(?:1[0-2]|0?[1-9])月份?(?:初|中旬|上旬|下旬|底|末|[1-3]?\d日)?"
    r"(?:前|之前|以前)?(?=[，,])"
    # （一）11月份，全县力争… · （二）县链办9月下旬组织…: a work plan's item, its month near the opening
    # (not （二）截至2月底，…: the time of a count)
    r"|(?<=(?:\n|\A)[ \t]*[（(][一二三四五六七八九十]{1,2}[）)][^，,。；;\n\d]{0,6})"
    r"(?<!截至|截止|截止到|到|至|去年|上年)"
    r"(?:1[0-2]|0?[1-9])月份?(?:初|中旬|上旬|下旬|底|末|[1-3]?\d日)?"
    # 将在11月中旬组织…对接会: an event still to come this month or later
    # (要求市链办在12月上旬组织…对接会: a task set for a month to come)
    r"|(?<=将在|将于|拟于|拟在|计划于|计划在|定于|要求[^，,。；;]{1,8}?在)(?:(?P<year>(?:19|20)\d\d)年)?"
    r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:初|中旬|上旬|下旬|底|末|份|[1-3]?\d日)?")


# 月, 季度, 半年 or 年中: one of them is in every match of ``_MONTH_DEADLINE_ZH``
_MONTH_DEADLINE_WORDS_ZH = word_scanner(["月", "季度", "半年", "年中"])


def _may_hold_month_deadline(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a word every match of ``_MONTH_DEADLINE_ZH`` holds: most clauses
    have none, and skip that pattern's slow scan."""
    return _MONTH_DEADLINE_WORDS_ZH.search(text, lo, hi) is not None


# Before 31 October · by 15 November · no later than the end of October: a month's
# date with no year, in the publication year
_MONTH_DEADLINE_EN = regex.compile(
    r"(?i)\b(?P<lead>before|by|no\s+later\s+than)\s+(?:the\s+(?:end|middle)\s+of\s+|mid-|early\s+|late\s+)?"
    r"(?:(?:[1-3]?\d)(?:st|nd|rd|th)?\s+)?(?P<month>January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?:\s+[1-3]?\d(?:st|nd|rd|th)?)?\b(?!,?\s+(?:19|20)\d\d|\s+(?:next|this|last)\b)")
_PERIOD_DONE_ZH = regex.compile(r"(?:前?[一二三四]|上|下)(?:季度|半年)")
_PERIOD_LEAD_ZH = regex.compile(r"[在到于]?")


# …超过1亿元的，按…给予奖励 · 采购额达30亿元以上、且带动配套企业超过50家的链主，可获一次性奖励 (bars joined by 、且)
# will cover 40 percent of the cost · pays up to 30% of the rent: a share of a cost the government bears
_COST_SHARE_EN = regex.compile(r"(?i)\b(?:cover|covers|pay|pays|bear|bears|fund|funds|shoulder|shoulders|subsidi[sz]es?"
                               r"|reimburses?)\s+(?:up\s+to\s+|as\s+much\s+as\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+of\b")
# (… 超过1亿元的，…给予奖励 · 少于8家次的链长，年度考核不得评为优秀 · 排名前3位的产业链链办通报表扬: the bar of
# a reward or a penalty, whoever passes or misses it)
_REWARD_BAR_AFTER_ZH = regex.compile(r"(?:以上|以下)?(?:、(?:且|并)?[^。；;，,]{0,30}?)?"
                                     r"的(?!目标|指标|任务)\p{Han}{0,6}?[，,][^。；;]{0,24}?"
                                     r"(?:给予|奖励|补助|补贴|一次性|不得|约谈|通报批评)"
                                     r"|的\p{Han}{1,8}?(?:通报表扬|通报批评|予以表扬|给予奖励)")
_GOAL_MET_ZH = regex.compile(r"(?:超额完成|已完成|已经完成|完成了|已实现|实现了|已达成|超过了)[^，,。；;]{0,14}$")


def _cues(text: str, lo: int, hi: int, language: str, year: int | None) -> list[Cue]:
    """Goal and achievement cues in ``text[lo:hi]``, in order; years decide by the publication."""
    pats = _patterns()
    cues: list[Cue] = []
    lang = "en" if language == "en" else "zh"
    for m in pats[f"goal_{lang}"].finditer(text, lo, hi):
        if text[m.end():m.end() + 1] in _CLOSING_QUOTES:
            continue  # 「澳门品牌出海计划」: the name of a programme, not a plan's cue
        if lang == "zh" and m.group().startswith(("截至", "截止")) and year is not None and \
                (m.groupdict().get("year") or "9999") <= str(year) and int(m.group("year")) < year:
            cues.append(Cue(m.start(), m.end(), "done"))
            continue  # 截至2025年底 in 2026: "as of" a past date, a result
        if lang == "en" and year is not None and (past := rx(r"(?i)by\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)$").match(
                m.group())) is not None and int(past.group(1)) < year:
            cues.append(Cue(m.start(), m.end(), "done"))
            continue  # By the end of 2022, … 26 of China's 31 provinces had the system (in 2026): a past state
        if lang == "zh" and _FIRM_SUBJECT_ZH.search(text, max(lo, m.start() - 24), m.start()):
            continue  # 公司计划分两期建设… · 公司明年计划投资… · 澳资企业濠江冷链将…: a company's own plan (D17)
        if lang == "zh" and _firm_opens_sentence_zh(text, lo, m.start()):
            continue  # 桂铝控股（2386）昨日公布，公司获…认定为…，并已签署…，计划未来三年投资…: the firm's own plan
        if lang == "zh" and m.group() == "计划" and rx(r"总?投资").match(text, m.end()) and rx(
                r"签约|签署|签订|落户|引进|协议").search(text, lo, m.start()):
            continue  # …与云浮新区签约，计划总投资人民币23亿元，建设…: a signed project's size, no goal
        if lang == "zh" and m.group() == "目标" and rx(r"进度|完成率|完成情况|任务完成").match(text, m.end()):
            continue  # 从链长履职、…、目标进度4个方面进行综合评价: progress toward goals, a criterion
        if lang == "zh" and m.group() == "目标" and rx(r"[\d.]+%").match(text, m.end()) and rx(
                r"完成\p{Han}{0,4}$").search(text, max(lo, m.start() - 6), m.start()):
            cues.append(Cue(m.start(), m.end(), "done"))
            continue  # 营收完成年度目标52.4%: progress made toward a goal, a result
        if lang == "zh" and m.group() == "目标" and rx(r"完成\p{Han}{0,4}$").search(
                text, max(lo, m.start() - 6), m.start()) and (
                    share := rx(r"[^，,。；;]{1,14}?(?P<of>的)(?=[\d.]+%)").match(text, m.end(), hi)) is not None:
            # 完成年度目标700亿元的87.5%；新开工…78个: the goal's sum, then the share of it reached and the
            # period's results after it
            cues.append(Cue(m.start(), m.end(), "goal"))
            cues.append(Cue(share.start("of"), share.end("of"), "done"))
            continue
        if lang == "zh" and m.group() == "目标" and _GOAL_MET_ZH.search(text, max(lo, m.start() - 16), m.start()):
            cues.append(Cue(m.start(), m.end(), "done"))
            continue  # 超额完成年初确定的2150亿元目标，占…比重为68.4%: a goal met, the rest results
        if lang == "zh" and m.group() == "目标" and rx(r"(?:对照|对标|比照)[^，,。；;]{0,6}$").search(
                text, max(lo, m.start() - 8), m.start()):
            continue  # 对照年初目标，…还存在“三个不到位”：仍有31个诉求…: measured against the goals, shortfalls
        if m.group() == "要求" and rx(r"(?:根据|按照|依据|按)[^，,。；;]*$").search(text, lo, m.start()):
            continue  # 根据市委、市政府要求: a reference, not a directive
        if m.group() == "要求" and rx(r"(?:厂|厂商|企业|公司|客户|买家|采购商|车企|整车厂)$").search(
                text, max(lo, m.start() - 4), m.start()):
            continue  # 陆资面板厂要求链主每年降价3%到5%: a customer's demand in business, no policy goal
        if lang == "zh" and m.group() == "计划" and text[m.start() - 1:m.start()] == "按":
            continue  # 有12个未按计划开工: "as planned", a result measured against the plan
        if lang == "zh" and m.group() == "争取" and _FUNDS_OBTAINED_ZH.match(text, m.end(), hi) and not rx(
                r"力争|计划|将|今年|全年|明年|年内|要").search(text, max(lo, m.start() - 16), m.start()) and not rx(
                r"不少于|不低于|以上|超过|力争").search(text, m.end(), min(hi, m.end() + 24)):
            cues.append(Cue(m.start(), m.end(), "done"))
            continue  # 镇里争取项目资金380万元，新建冷库3座: funds obtained, the sentence a result
        past = _CHANGE_TO_PAST_YEAR_ZH.fullmatch(m.group()) if lang == "zh" and year is not None else None
        if past is not None and int(past.group("year")) < year and (_CHANGE_VERB_BEFORE_ZH.search(
                text, max(lo, m.start() - 3), m.start()) or not _GOAL_WORD_NEAR_ZH.search(text, lo, hi)):
            cues.append(Cue(m.start(), m.end(), "done"))
            continue  # 由2022年的…增长到2025年的35.2亿元 · 到2020年，营业收入做到3.2亿元 (in 2026): results
        cues.append(Cue(m.start(), m.end(), "goal"))
    for kind in ("will", "forecast"):
        for m in pats[f"{kind}_{lang}"].finditer(text, lo, hi):
            if lang == "zh" and m.group() == "将" and _BA_OBJECT_ZH.match(text, m.end(), hi):
                continue  # 并将链上企业自行签约的2个项目计入“链长招商”成果: 将 marks the object, no future
            if lang == "zh" and (_FIRM_SUBJECT_ZH.search(text, max(lo, m.start() - 24), m.start())
                                 or _firm_opens_sentence_zh(text, lo, m.start())):
                continue  # 澳资企业濠江冷链将投资兴建…: a company's own plan (D17)
            if lang == "en" and m.group().lower() == "must" and rx(
                    r"(?i)\bto\s+(?:qualify|be\s+eligible|be\s+(?:named|selected|recogni[sz]ed|listed))\b").search(
                        text, lo, m.start()):
                continue  # To qualify, a company must buy at least 30 percent …: a criterion, no goal
            if lang == "zh" and kind == "forecast" and _SIGNINGS_AHEAD_ZH.match(text, m.end(), hi):
                # 代表团今日转赴香港，预计在港再签约项目10个: this trip's signings still to come (D18)
                cues.append(Cue(m.start(), m.end(), "goal", year))
                continue
            cues.append(Cue(m.start(), m.end(), kind))
    if lang == "zh":  # 今年，…设立规模20亿元的汽车产业发展基金: a fund still to be set up this year or later (D18)
        for m in rx(r"(?<!已|已经|先后|累计|共)设立(?=规模)").finditer(text, lo, hi):
            if rx(r"今年|明年|年内|将|计划|拟").search(text, lo, m.start()) and not rx(
                    r"已|去年|上年|此前|\d{1,2}月|[一二三四五六七八九十]{1,2}月").search(
                        text, max(lo, m.start() - 30), m.start()):
                # (合作区今年3月设立规模50亿元的…基金，目前已投出…: set up already, in a month named)
                cues.append(Cue(m.start(), m.end(), "goal"))
    if lang == "zh":  # 三年拟引50个科研项目落地: 拟 "intends to" (not 虚拟现实, 拟定, 模拟)
        for m in _INTENDS_ZH.finditer(text, lo, hi):
            if not _FIRM_SUBJECT_ZH.search(text, max(lo, m.start() - 24), m.start()) and \
                    not _firm_opens_sentence_zh(text, lo, m.start()):
                cues.append(Cue(m.start(), m.end(), "will"))
    if lang == "zh":  # 「十五五」冲300亿 · 冲千亿: 冲 right before a figure sets a goal (not 冲击, 冲突)
        for m in rx(r"冲(?=[\d一二三四五六七八九十百千两])").finditer(text, lo, hi):
            cues.append(Cue(m.start(), m.end(), "goal"))
    if lang == "zh" and year is not None:  # 到民国116年底，…要达到…: a Taiwan-calendar deadline sets a goal
        for m in _ROC_YEAR_ZH.finditer(text, lo, hi):
            if 1911 + int(m.group("n2") or m.group("n")) >= year and text[m.start() - 1:m.start()] in ("到", "至"):
                cues.append(Cue(m.start() - 1, m.end(), "goal"))
    if lang == "zh" and year is not None:  # 方案实施期内累计保障…: the plan's own period sets a goal
        for m in _PLAN_TERM_ZH.finditer(text, lo, hi):
            plan = _PLAN_RANGE.search(text, 0, min(len(text), 600))
            if plan is not None and int(plan.group("end")) >= year:
                cues.append(Cue(m.start(), m.end(), "goal"))
    if lang == "zh":  # 通过5年左右时间打造…: a time frame sets a goal
        for m in pats["span_zh_strict"].finditer(text, lo, hi):
            if rx(r"协议|合同|签约|签下|签订|签署").search(text, lo, m.start()):
                continue  # 签下…协议，三年内采购…3800万元: a contract's term, no goal
            if _FIRM_SUBJECT_ZH.search(text, max(lo, m.start() - 24), m.start()):
                continue  # 港资企业恒溢洁具控股宣布，未来两年将投资…: a company's own plan (D17)
            cues.append(Cue(m.start(), m.end(), "goal"))
    if lang == "zh" and _may_hold_month_deadline(text, lo, hi):  # 9月底前新增规上企业5家: a coming month's deadline
        for m in _MONTH_DEADLINE_ZH.finditer(text, lo, hi):
            if m.group().endswith("日") and not rx(r"[^。；;\n]{0,40}?(?:将|拟|计划|力争|争取|要|预计|准备)").match(
                    text, m.end(), hi):
                continue  # 2.10月23日，县链办组织…签订采购协议: a day's event, already held (not 1.7月14日，…将举办…)
            cues.append(Cue(m.start(), m.end(), "goal"))
    if lang == "en" and year is not None:  # Before 31 October, the office will …: a coming date sets a goal
        for m in _MONTH_DEADLINE_EN.finditer(text, lo, hi):
            if m.group("lead").lower() != "by":  # (by April, 61% had broken ground: a date, the past's too)
                cues.append(Cue(m.start(), m.end(), "goal", year))
    if lang == "zh":  # 1—11月，规模以上工业增加值同比增长8.3%: the months so far, a result
        for m in _MONTHS_TO_DATE_ZH.finditer(text, lo, hi):
            cues.append(Cue(m.start(), m.end(), "done"))
    for m in pats[f"done_{lang}"].finditer(text, lo, hi):
        if lang == "zh" and m.group() == "以来" and rx(r"今年$|年初$").search(text[lo:m.start()]):
            continue
        if lang == "zh" and m.group().startswith("上") and text[m.start() - 1:m.start()] in ("以", "础"):
            continue  # 30家以上|年产值 · 基础上|年均: 以上 and 基础上, not 上年 (last year)
        if lang == "zh" and "季度" in m.group() and rx(r"(?:今年|明年|年内)$").search(text, max(lo, m.start() - 2),
                                                                                   m.start()):
            continue  # 将于今年三季度设立…: a quarter still to come
        if lang == "zh" and _PERIOD_DONE_ZH.fullmatch(m.group()) and (any(
                c.kind == "goal" and 0 <= m.start() - c.end <= 2 and
                _PERIOD_LEAD_ZH.fullmatch(text[c.end:m.start()]) for c in cues)
                or (rx(r"(?:明年|后年|下一年)[在到于]?$").search(text, max(lo, m.start() - 4), m.start())
                    # (确保一季度末…达到60%以上，上半年办结率达到95%以上: a goal's second period)
                    or any(c.kind == "goal" and c.end <= m.start() for c in cues))
                and rx(r"[^，,。；;]{0,3}?(?:设立|建成|实现|完成|达到|突破|新增|引进|出台|启动|举办|召开)").match(
                    text, m.end(), hi)):
            continue  # 力争三季度新签约项目20个 · 明年上半年设立…基金: the goal's own period, no results
        if lang == "en" and rx(r"(?i)\b(?:to|will|would|and|or)\s+$").search(text[lo:m.start()]):
            continue  # "to exceed … and hit 500 billion yuan": verbs of a goal, not of a result
        if lang == "en" and _is_baseline_en(text, lo, m):
            cues.append(Cue(m.start(), m.end(), "baseline"))
            continue
        if lang == "en" and m.group().lower() in ("now", "today", "currently") and any(
                c.kind == "baseline" and c.end <= m.start() and not rx(r"[,;]").search(text, c.end, m.start())
                for c in cues):
            cues.append(Cue(m.start(), m.end(), "baseline"))  # up from about 48% now: the baseline's own word
            continue
        cues.append(Cue(m.start(), m.end(), "done"))
    for m in pats[f"rel_{lang}"].finditer(text, lo, hi):
        kind, n = _relative_years()[m.group().lower()]
        if lang == "en" and rx(r"\s*(?:of\s+)?(?:19|20)\d\d\b").match(text, m.end()):
            continue  # by year-end 2027: the year says it
        if lang == "zh" and _NOT_A_DEADLINE_BEFORE.search(text, max(lo, m.start() - 2), m.start()):
            continue  # 由今年的约1.9亿美元提高到…: the baseline's time · 三年内: a span (not 年内, this year)
        if lang == "zh" and m.group() == "后年" and rx(r"(?:产|成|工|运|营|用)$").search(text, max(lo, m.start() - 1),
                                                                                     m.start()):
            continue  # 达产后|年加工桂皮2万吨 · 建成后|年产值: "after …, yearly", not the year after next
        if lang == "zh" and _FIRM_SUBJECT_ZH.search(text, max(lo, m.start() - 24), m.start()):
            continue  # 公司明年计划投资…: a company's own plan (D17)
        if kind == "offset" and n >= 1 and rx(r"(?i)next\s+(?:spring|summer|autumn|fall)").fullmatch(m.group()):
            continue  # an order to be shipped next spring: a date, not a goal's cue (the year still dates one)
        if kind == "offset" and (n >= 1 or lang == "zh" and m.group() in ("年底", "年末") and rx(
                r"前|之前").match(text, m.end(), m.end() + 2) and text[m.start() - 1:m.start()] not in _YEAR_BEFORE
                and not rx(r"(?:去|上|前|\d)年$").search(text, max(0, m.start() - 5), m.start())
                or lang == "zh" and m.group() in ("年内", "今年内") and rx(
                r"(?:^|[，,；;。：:\n]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*$").search(
                    text, max(0, m.start() - 6), m.start())
                and not rx(r"累|已|共计|以来").match(text, m.end())):  # (股价年内累升约18%: so far this year)
            # 明年 / next year: only the future is meant · 年底前组织专场招聘会3场: before the year's end ·
            # 3. 年内新培育链主企业2家: "within the year" opening a
            # clause, still to come (not 其中年内新增27家 in a year's review, nor 确保6个项目年内全部开工)
            cues.append(Cue(m.start(), m.end(), "goal", year + n if year else None))
        elif kind == "year" and year is not None and n >= year and pats[f"plan_period_{lang}"].match(
                text, m.end(), hi) is not None and not (  # “十四五”期末 · by the end of the 14th Five-Year Plan
                lang == "en" and n == year and rx(r"(?i)\bduring\s+(?:the\s+)?$").search(
                    text, max(lo, m.start() - 12), m.start())):  # (during a plan period ending now: a review)
            cues.append(Cue(m.start(), m.end(), "goal", n))
    for m in pats[f"year_{lang}"].finditer(text, lo, hi):
        y = int(m.group("year"))
        if year is None or text.rfind("《", lo, m.start()) > text.rfind("》", lo, m.start()):
            continue  # a year in a document's title (《…行动方案(2023-2027年)》) dates the document
        if y < year and not pats[f"year_goal_{lang}"].search(text, max(lo, m.start() - 12),
                                                                min(hi, m.end() + 4)):
            cues.append(Cue(m.start(), m.end(), "done"))
        elif y > year:
            cues.append(Cue(m.start(), m.end(), "goal", y))
    if lang == "zh" and "基础上" in text[lo:hi]:  # 在2025年约4.2万亿元的基础上: the base, no result
        bases = [b.span() for b in _ON_THE_BASIS_ZH.finditer(text, lo, hi)]
        cues = [c for c in cues if c.kind != "done" or not any(a <= c.start < b for a, b in bases)]
    # a goal cue inside a longer achievement cue (实现了 holds no goal), and vice versa: keep longer
    cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for c in cues:
        if kept and c.start < kept[-1].end:
            continue
        if c.kind == "done" and _is_weak_done(text, lo, c, kept, lang):
            continue
        kept.append(c)
    return kept


# a firm right before a goal cue: 公司 / 集团 (with a time word between), or a named firm after an
# owner's word (澳资企业濠江冷链 · 链主企业华瀚石化); 规上企业力争… (no name) is the government's goal
# a line that lists what went wrong (主要问题：… · 存在问题：… · 短板：…)
_PROBLEM_LABEL_ZH = regex.compile(r"[ \t　]*(?:[一二三四五六七八九十\d]{1,2}[、.．]\s*)?"
                                  r"(?:主要问题|存在问题|存在的问题|问题|短板|不足|扣分项|扣分原因)[：:]")
# a listed firm's share offering and what it raises (its own plan, no government goal)
# 三年拟引50个科研项目落地: 拟 "intends to" (not 虚拟现实, 拟定, 模拟, nor 拟认定A公司等7家企业为…, a decision
# pending in a public notice: the firms are named, nothing is aimed at)
_INTENDS_ZH = regex.compile(r"(?<![虚模])拟(?![定合人稿态]|(?:认定|命名|授予|评为|列入|推荐)[^，,。；;]{0,30}?"
                            r"(?:公司|集团|厂|研究院)等"
                            # (拟将以下14家企业认定为…链主企业: the firms a notice lists next)
                            r"|将?(?:以下|下列|如下)[^，,。；;]{0,12}?(?:认定|命名|授予|评为|列入|纳入|推荐)"
                            # (本批拟认定企业中，氟新材料产业链3家…: the firms a notice proposes, counted by chain)
                            # (本批拟认定的10家企业中，生物医药产业链3家…: counted too; not 今年拟认定链主企业5家)
                            r"|(?:认定|命名|授予|评为|列入|推荐|入选)(?:的|为)?(?:[\d一二三四五六七八九十两]{1,3}家)?"
                            r"(?:\p{Han}{0,6}?企业|名单)(?:中|里|之中)?[，,：:])")
_SHARE_ISSUE_ZH = regex.compile(r"招股|集资净额|募资净额|募集资金|所得款项净额|定增|定向增发|非公开发行|拟集资|上市申请"
                                # 芯源半导体（688317）9月22日晚间公告，拟…: a listed firm's announcement, its own plan
                                r"|[（(]\d{6}(?:\.[A-Z]{2})?[）)][^，,。；;]{0,14}公告"
                                r"|发行[\d.]+[万亿]?股|每手\d+股|招股价")
# a sentence whose subject is the firm (…控股（2386）昨日公布，公司… · 该公司…), up to a later clause's cue
_FIRM_OPENS_SENTENCE_ZH = regex.compile(r"\s*(?:(?:[^，,。；;]{0,40}?(?:公布|宣布|公告|表示|透露|称)[，,：:]\s*)?"
                                        r"(?:该|这家)?(?:公司|集团)(?!所在|周边|附近)"
                                        # (淮光新材日前公告，拟投资45亿元…: a listed firm's announcement)
                                        r"|[^，,。；;]{2,20}?(?:日前|近日|昨日|今日|昨天|今天)?(?:发布)?公告(?:称)?[，,：:])"
                                        r"[^。；;]*$")
def _firm_opens_sentence_zh(text: str, lo: int, cue: int) -> bool:
    """Whether the firm is the subject of the sentence up to a later clause's cue (…公告，拟投资…), and no
    government body speaks in it."""
    return _FIRM_OPENS_SENTENCE_ZH.match(text, lo, cue) is not None and not rx(
        r"政府|市委|省委|县委|管委会|工信|发改|商务局|链办").search(text, lo, cue)


_FIRM_SUBJECT_ZH = regex.compile(
    r"(?:公司|企业|集团)(?:明年|今年|年内|后年|今后|未来[一二三四五两]年)?$"
    # (该公司董事长在会上宣布，将在苏州投资…: the firm's head announcing the firm's plan)
    r"|(?:公司|企业|集团)(?:董事长|总经理|总裁|负责人|董事会)[^，,。；;]{0,8}?(?:宣布|表示|透露|称)[，,：:]?$"
    # (not 链主企业本地配套采购额力争…: the firms' measure, the government's goal)
    r"|(?:(?:[外台港澳陆民]资|龙头)企业|链主(?:企业)?)[\p{Han}A-Za-z]{2,8}(?<!额|率|值|量|数|比|比重|收入|规模|占比)"
    r"(?:宣布|表示|称|透露)?[，,]?"
    r"(?:明年|今年|年内|后年|未来[一二三四五两]年|还|也)?$")


def _is_baseline_en(text: str, lo: int, m: Any) -> bool:
    """An English achievement cue that only gives a goal's starting point: "up from three such firms
    today", "from about 600,000 mu now". It makes its own clause's figure no goal, and speaks for
    nothing after the clause (… and to attract at least 50 projects this year)."""
    word = m.group().lower()
    if word in ("up from", "down from", "compared with"):
        return True
    # (lift the chain's output from Rmb46bn last year to Rmb60bn in 2027)
    return word in ("now", "currently", "last year", "today", "at present") and rx(
        r"(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?[\w.,]+(?:\s+[\w-]+){0,3}\s+$"
    ).search(text, max(lo, m.start() - 40), m.start()) is not None


def _is_weak_done(text: str, lo: int, cue: Cue, earlier: list[Cue], lang: str) -> bool:
    """An achievement cue that says nothing of the past here: a baseline (由目前的65%提升至75%,
    from last year's …) or a word plans use too (累计, 同比) after a goal cue of the sentence."""
    if lang != "zh":  # (will announce … in the first half of the year: a date, the past only alone)
        return text[cue.start:cue.end].lower() in _patterns()["weak_done_zh"] and bool(earlier) \
            and earlier[-1].kind in ("will", "goal")
    if rx(r"(?:由|从|比|较)$").search(text, max(lo, cue.start - 1), cue.start):
        return True
    word = text[cue.start:cue.end]
    return word in _patterns()["weak_done_zh"] and bool(earlier) and earlier[-1].kind != "done"


# up from RMB 152.7 billion in 2025 · compared with 7.64 billion yuan in 2025: the year of a baseline
_BASELINE_YEAR_EN = regex.compile(r"(?i)\b(?:up\s+from|down\s+from|compared\s+with|against|versus"
                                  r"|from(?=\s+(?:about\s+|around\s+|roughly\s+)?(?:RMB\s*|US\$|\$|¥)?\d))\s+"
                                  # (not from Rmb46bn last year to Rmb60bn in 2027: "to" opens the goal's part)
                                  r"(?:(?!\s(?:up\s+|down\s+)?to\s)[^,;:.()]|[.,](?=\d)){0,40}?"
                                  r"\b(?:in|at\s+the\s+end\s+of|end-)\s*$")
_PLAN_PERIOD_EN = regex.compile(r"(?i)\b(?:over|during|in|by\s+the\s+end\s+of|through)\s+the\s+(?:new\s+|next\s+)?"
                                r"(?:five-year\s+)?plan(?:\s+period)?\b")
_SAME_YEAR_EN = regex.compile(r"(?i)\b(?:by|in|for)\s+the\s+same\s+year\b|\bby\s+then\b")


@text_memo(maxsize=4096)
def _deadlines(text: str, lo: int, hi: int, language: str, year: int | None,
               weak: bool = False) -> tuple[tuple[int, int], ...]:
    """(position, year) of each deadline stated in ``text[lo:hi]`` (到2025年, 今年, 通过5年左右时间,
    by 2025); with ``weak`` only the weak ones (全年, full-year), which date a goal last.

    Memoised: every figure of a sentence asks about the same clauses (the text's hash is cached
    by Python, so the key costs nothing)."""
    pats = _patterns()
    lang = "en" if language == "en" else "zh"
    found: list[tuple[int, int]] = []
    for m in pats[f"rel_{lang}"].finditer(text, lo, hi):
        kind, n = _relative_years()[m.group().lower()]
        if (kind == "weak") != weak:
            continue
        if m.group() in ("年底", "年末") and (text[m.start() - 1:m.start()] in _YEAR_BEFORE or rx(
                r"(?:去|上|前|\d)年$").search(text, max(0, m.start() - 5), m.start())):
            continue  # 去年年底 · 2023年底 · 2025年年底前: a year of its own, not this year's end
        if lang == "zh" and rx(r"季度|半年").search(m.group()) and text[m.start() - 1:m.start()] == "年":
            continue  # 明年上半年 · 2027年三季度: the year before the period says which
        if lang == "en" and rx(r"\s*(?:of\s+)?(?:19|20)\d\d\b").match(text, m.end()):
            continue  # by year-end 2027: the year says it
        if lang == "zh" and _NOT_A_DEADLINE_BEFORE.search(text, max(lo, m.start() - 2), m.start()):
            continue  # 由今年的约1.9亿美元提高到…: the baseline's time · 三年内: a span (not 年内, this year)
        if lang == "zh" and m.group() == "后年" and rx(r"(?:产|成|工|运|营|用)$").search(text, max(lo, m.start() - 1),
                                                                                     m.start()):
            continue  # 达产后|年加工桂皮2万吨 · 建成后|年产值: "after …, yearly", not the year after next
        if kind == "year" and (_PLAN_START_ZH.match(text, m.end()) or _PLAN_START_EN.search(
                text, max(0, m.start() - 30), m.start())):
            continue  # “十五五”开局之年 · the first year of the 15th Five-Year Plan: the plan's first year, not its end
        if kind == "year":
            found.append((m.start(), n))
        elif year is not None:
            found.append((m.start(), year + n))
    if weak:
        return tuple(found)
    for m in pats[f"year_goal_{lang}"].finditer(text, lo, hi):
        y = m.group("year") or (m.groupdict().get("year2"))
        if y and not (lang == "en" and _BASELINE_YEAR_EN.search(text, max(lo, m.start() - 60), m.start("year"))):
            found.append((m.start(), int(y)))
    if lang == "zh" and _may_hold_month_deadline(text, lo, hi):  # 6月底前 · 2026年9月底前: in its year, else this
        for m in _MONTH_DEADLINE_ZH.finditer(text, lo, hi):
            y = int(m.group("year")) if m.group("year") else year
            if y is not None and (year is None or y >= year):
                found.append((m.start(), y))
    if lang == "en" and year is not None:  # before 31 October · in mid-November: the month's year
        for m in _MONTH_DEADLINE_EN.finditer(text, lo, hi):
            found.append((m.start(), year))
    if lang == "en":  # over the plan period: the five-year plan the text named last
        for m in _PLAN_PERIOD_EN.finditer(text, lo, hi):
            named = [int(n) for n in rx(r"\b(1[3-6])th\s+Five-Year\s+Plan").findall(text, max(0, lo - 3000), lo)]
            if named:
                found.append((m.start(), 1955 + 5 * named[-1]))  # the 15th plan ends in 2030
    if lang == "zh":  # 到民国118年 · 民国115年可望突破…: Taiwan's calendar counts from 1912
        for m in _ROC_YEAR_ZH.finditer(text, lo, hi):
            y = 1911 + int(m.group("n2") or m.group("n"))  # (民国115年至118年: by the range's end)
            if year is None or y >= year:
                found.append((m.start(), y))
    if lang == "zh":  # 方案实施期内: the last year of the plan the text is (《…方案（2026—2028年）》)
        for m in _PLAN_TERM_ZH.finditer(text, lo, hi):
            plan = _PLAN_RANGE.search(text, 0, min(len(text), 600))
            if plan is not None and (year is None or int(plan.group("end")) >= year):
                found.append((m.start(), int(plan.group("end"))))
    if lang == "en":  # By the same year, … · by then: the year the text named last
        for m in _SAME_YEAR_EN.finditer(text, lo, hi):
            last = [int(y) for y in rx(r"\b(?:19|20)\d\d\b").findall(text, max(0, lo - 600), lo)]
            later = [y for y in last if year is None or y >= year]
            if later:
                found.append((m.start(), later[-1]))
    for m in pats[f"span_{lang}_strict"].finditer(text, lo, hi):
        num = m.group("n") or (m.groupdict().get("n2")) or (m.groupdict().get("n3"))
        n = _EN_SMALL.get(num.lower()) if num and num.lower() in _EN_SMALL else \
            (read_number(num) if num else None)
        if n is not None and year is not None and 0 < n <= 30:
            found.append((m.start(), year + int(n)))
    taken = {p for p, _ in found}
    for m in pats[f"year_{lang}"].finditer(text, lo, hi):
        y = int(m.group("year"))
        if any(abs(m.start() - p) <= 4 for p in taken):
            continue
        if lang == "en" and _BASELINE_YEAR_EN.search(text, max(lo, m.start() - 60), m.start()):
            continue  # up from RMB 152.7 billion in 2025: the baseline's year
        if year is None or (y >= year and not rx(r"\s*(?:以来|年以来|-|—|至)").match(text[m.end():m.end() + 3])):
            found.append((m.start(), y))
    return tuple(sorted(found))


def _deadline(text: str, lo: int, hi: int, language: str, year: int | None) -> int | None:
    """The first deadline stated in ``text[lo:hi]``, or None."""
    found = _deadlines(text, lo, hi, language, year)
    return found[0][1] if found else None


# ---------------------------------------------------------------------------------------
# metric and scope
# ---------------------------------------------------------------------------------------

_NOUNISH = {None, "n", "nz", "vn", "an", "j", "l", "b", "eng", "nt", "ng", "nrt", "i", "a", "s",
            "t", "ns", "x"}


def _metric(text: str, fig: Figure, lo: int, cue_end: int, cue_start: int | None = None) -> str | None:
    """What the figure measures: the nearest noun phrase before it (or a count's object); when the
    cue stands right before the figure (规模要突破4000亿元), the phrase before the cue."""
    from extractors.entities import segment, word_tags

    pats = _patterns()
    if fig.kind == "count":
        after = rx(r"[\p{Han}A-Za-z0-9]{1,16}").match(text[fig.end:fig.end + 16])
        obj = after.group() if after else ""
        if obj.endswith("级"):  # 5个1000亿级、10个500亿级先进制造业集群: the head comes later
            tail = rx(r"[^，,。；;]*?级([\p{Han}A-Za-z]{2,12})").match(text[fig.end:fig.end + 40])
            obj = obj + (tail.group(1) if tail else "")
        if obj and not rx(r"\p{Han}*?(?:的|和|与|以上|左右)$").match(obj[:2]):
            return obj
    window = _metric_window(text, max(lo, cue_end), fig.start, fig.kind)
    if not window and cue_start is not None and cue_start > lo:
        window = _metric_window(text, lo, cue_start, fig.kind)
    if not window:
        return fig.object or None
    words = segment(window)
    tags = word_tags()
    keep: list[str] = []
    for word, _, _ in reversed(words):
        if tags.get(word) not in _NOUNISH or word in ("的",):
            break
        keep.insert(0, word)
    metric = pats["trim_lead"].sub("", "".join(keep)) or None
    if metric and not rx(r"[\p{Han}A-Za-z]").search(metric):
        metric = None  # 浙江|25条|112家|2027年达150家: a table's cell bar, no metric
    if metric and fig.kind == "rank" and not metric.endswith(("排名", "排位")):
        metric += "排名"
    return metric or fig.object or None


def _metric_window(text: str, start: int, end: int, kind: str) -> str:
    """The words right before ``end`` that may name a metric (clause marks, years and verbs cut)."""
    window = text[start:end]
    window = rx(r"[，,；;：:、\s()（）]").split(window)[-1]  # ((一)咖啡出口额: no enumerator)
    window = rx(r"(?:由|从)[^由从]*\d[^由从]*$").sub("", window)  # 精品率由2024年的约15%提高到: the baseline
    window = rx(r"(?:约合|折合|相当于)$").sub("", window)  # (约合新台币1.04兆元): a conversion names nothing
    window = rx(r"(?:到|至)?(?:19|20)\d\d年(?:底|末|前)?").sub("", window)
    window = _patterns()["trim_tail"].sub("", window)
    if kind == "percent":
        window = rx(r"(?:增长|增速|提高|下降|降低)$").sub("", window)
    return window


def _main_place(mentions: list[Any], title: str | None, text: str = "",
                language: str = "zh") -> str | None:
    """The article's main place: the most mentioned city-level (else county, else province) place,
    among the headline's places when it names any, a county named far more often than any city
    before the city; in English
    articles as written there (Wuxi, not 无锡市), in Chinese ones by its full simplified name."""
    from extractors.entities import find_places

    def name(m: Any, source: str) -> str:
        return source[m.start:m.end] if language == "en" else m.normalized

    named = [(m, name(m, text)) for m in mentions]
    in_title = [(m, name(m, title)) for m in find_places(title, language)] if title else []
    named += in_title * 2
    # a headline that names places says whose article it is: 新疆链长制考核放榜 is about the region,
    # whatever city the body mentions in passing
    headline = {n for _, n in in_title}
    for levels in (("city",), ("county",), ("province",)):
        counts = Counter(n for m, n in named if m.note in levels and n in headline)
        if counts:
            return counts.most_common(1)[0][0]
    counts = {level: Counter(n for m, n in named if m.note == level) for level in ("city", "county", "province")}
    city = counts["city"].most_common(1)
    county = counts["county"].most_common(1)
    # a county the article keeps naming is its place, whatever city it mentions once or twice
    if county and county[0][1] >= 3 and (not city or county[0][1] >= 2 * city[0][1]):
        return county[0][0]
    # so is a province (a provincial department's summary naming one city in passing)
    province = counts["province"].most_common(1)
    if province and province[0][1] >= 3 and city and province[0][1] >= 3 * city[0][1] and not county:
        return province[0][0]
    for level in ("city", "county", "province"):
        if counts[level]:
            return counts[level].most_common(1)[0][0]
    return None


def _scope(text: str, lo: int, fig: Figure, main: str | None, language: str,
           places: list[Any]) -> str | None:
    """The place the goal is for: the nearest place before the figure in its sentence, else main."""
    before = [m for m in places if lo <= m.start and m.end <= fig.start]
    if before:
        m = before[-1]
        return m.normalized if language != "en" else text[m.start:m.end]
    return main


def _whole_place_zh(text: str, lo: int, hi: int, places: list[Any], place_starts: list[int],
                    local_places: list[Any], main: str | None) -> str | None:
    """The province 全省 in a sentence naming no place before it stands for: the last province named in
    the preceding 1,500 characters (上饶市… 全省重点产业链营业收入…: 江西省, not the article's main city),
    else None. (Only 全省: a city's or county's article says 全市/全县 of its own place, its main place.)"""
    at = text.find("全省", lo, hi)
    if at < 0 or any(p.start < at for p in local_places):
        return None
    earlier = places[bisect_left(place_starts, max(0, lo - 1500)):bisect_left(place_starts, lo)]
    named = [p.normalized for p in earlier if p.note == "province"]
    if not named or named[-1] == main:
        return None
    return named[-1]


# ---------------------------------------------------------------------------------------
# the extractor
# ---------------------------------------------------------------------------------------


def targets_in(text: str, language: str, published: date | None, records: Iterable[Record],
               article: str = "", title: str | None = None,
               places: list[Any] | None = None) -> list[TargetRecord]:
    """Target records over a normalised text, given the money and count records found in it
    (and its place mentions, when the entity component has found them already)."""
    lang = "en" if language == "en" else "zh"
    records = list(records)
    year = published.year if published else None
    view = _arabic_years(text) if lang == "zh" else text
    out = _targets_by_sentence(view, lang, year, records, article, title, places)
    if view is not text:  # records quote the text itself, not the view
        out = [replace(t, text=text[t.start:t.end]) for t in out]
    if "|" in text or "\t" in text:
        main = _main_place(places if places is not None else _find_places(text, lang), title, text, lang)
        tabled = _table_targets(text, records, article, main, year)
        # a table row is no sentence: a goal column's year does not date the row's other cells
        rows = _table_row_spans(text)
        out = [t for t in out if not any(a <= t.start < b for a, b in rows)]
        taken = {(t.start, t.end) for t in out}
        out += [t for t in tabled if (t.start, t.end) not in taken]
        out.sort(key=lambda t: t.start)
    out = _date_repeated_goals(out)
    return sorted(out + _restated_goals(text, lang, records, out, article), key=lambda t: t.start)


# 由612亿元增至900亿元 · rise from 612 billion yuan to 900 billion yuan: the figure a movement heads to
_TOWARD_ZH = regex.compile(r"(?:增至|增加到|增加至|增长到|增长至|提升至|提升到|提高到|提高至|升至|达到|扩大到|扩大至)"
                           r"(?:约|近|超过|超)?$")
_TOWARD_EN = regex.compile(r"(?i)\b(?:to|reach|reaching|hit|hitting)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$")


def _restated_goals(text: str, lang: str, records: list[Record], targets: list[TargetRecord],
                    article: str) -> list[TargetRecord]:
    """A dated goal restated later without its cue (a columnist's 第二，日照营收由612亿元增至900亿元):
    the figure a movement heads to, of the same value and unit as a goal stated before it, is that
    goal again, with its date, metric and scope."""
    goals: dict[tuple[str, str], TargetRecord] = {}
    for t in targets:
        if t.deadline is not None:
            goals.setdefault((str(t.value), t.currency or t.unit), t)
    if not goals:
        return []
    taken = {(t.start, t.end) for t in targets}
    toward = _TOWARD_EN if lang == "en" else _TOWARD_ZH
    out = []
    for r in records:
        if (r.start, r.end) in taken or not isinstance(r, (MoneyRecord, CountRecord)):
            continue
        key = (str(r.amount), r.currency) if isinstance(r, MoneyRecord) else (str(r.value), r.unit)
        goal = goals.get(key)
        if goal is None or goal.start >= r.start or not toward.search(text, max(0, r.start - 12), r.start):
            continue
        out.append(replace(goal, start=r.start, end=r.end, text=text[r.start:r.end], qualifier=r.qualifier))
    return out


def _find_places(text: str, lang: str) -> list[Any]:
    from extractors.entities import find_places

    return find_places(text, lang)


# (2027F · 2027E · 2027 forecast: a forecast column, a dated forecast being a goal's kin (D25))
# (2026 (expected, 100 million yuan) · 2027 estimate · 2027年预计: a dated forecast, a goal like a target column)
_TARGET_HEADER = regex.compile(r"(?i)\b(?:targets?|goals?|planned|objectives?|forecasts?|projected|projections?"
                               r"|expected|estimates?|est\.)(?!\w)"
                               r"|(?<!\d)(?:19|20)\d\d\s?(?-i:[FE])\b|目标|预测|预计|预期")
# 330 · 1,200亿元 · 8个: a cell holding a figure only (what a caption's year may date)
_BARE_FIGURE_CELL = regex.compile(r"\s*[\d.,]+\s*(?:万亿元|亿元|万元|元|个|家|项|%|％)?\s*")
# Planned investment · 计划总投资: a project's budget, no goal (D25: money, an optional target at most)
_BUDGET_HEADER = regex.compile(r"(?i)\bplanned\s+(?:total\s+)?investment\b|计划总?投资")
# Goal year · 目标年份: a column giving the year of the row's goal
_GOAL_YEAR_HEADER = regex.compile(r"(?i)^\s*(?:(?:goal|target)\s+year|目标年份?|目标年度)\s*$")
_MEASURE_HEADER = regex.compile(r"(?i)\b(?:output|revenue|sales|exports?|investment|capacity)\b"
                                r"|产值|营收|营业收入|出口")


def _count_column_metric(header: str) -> str | None:
    """What a count column measures, from its header without year, unit or "target" (2027年新引进项目（个） →
    新引进项目), when that leaves words."""
    words = rx(r"(?:19|20)\d\d年?|[（(][^（()）]*[）)]|目标|target|goal|\s+").sub("", header)
    return words if rx(r"^[\p{Han}A-Za-z]{2,}$").match(words) else None


def _table_row_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every row of the text's bar tables whose cells are short (not sentences)."""
    from extractors.tables import bar_tables

    out = []
    for table in bar_tables(text):
        for row in table.rows:
            if row and all(c.end - c.start <= 40 for c in row):
                out.append((row[0].start, row[-1].end))
    return out


def _table_targets(text: str, records: list[Record], article: str, main: str | None,
                   year: int | None = None) -> list[TargetRecord]:
    """Goals in a text table: the money and count figures in a column headed as a target (2027 target),
    dated by the year in that header, measuring what a sibling column measures (2025 output)."""
    from extractors.tables import bar_tables, caption_line

    out: list[TargetRecord] = []
    for table in bar_tables(text):
        # (德清县2026年度重点产业链链长制目标任务表 over 产值目标（亿元）: the caption's year dates the goals)
        caption = caption_line(text, table.header_span[0])
        caption_year = _YEAR_DIGITS.search(text, caption[0], caption[1]) if caption else None
        measure = next((_MEASURE_HEADER.search(h).group().lower() for h in table.header
                        if _MEASURE_HEADER.search(h) and not _TARGET_HEADER.search(h)), None)
        if any(_DUE_HEADER.fullmatch(h.strip()) for h in table.header):
            out += _task_table_targets(text, table, records, article, main, year)
            continue
        # (2025年产值 | 2027年目标产值 | 2027年新引进项目（个）: beside a goal column, a later year's column is one too)
        goal_columns = any(_TARGET_HEADER.search(h) for h in table.header)
        for row in table.rows:
            goal_year = next((int(y.group()) for c in row if _GOAL_YEAR_HEADER.match(c.header)
                              for y in [_YEAR_DIGITS.search(text, c.start, c.end)] if y), None)
            for cell in row:
                later = goal_columns and year is not None and any(
                    int(y) > year for y in _YEAR_DIGITS.findall(cell.header))
                if not (_TARGET_HEADER.search(cell.header) or later) or _GOAL_YEAR_HEADER.match(cell.header) \
                        or _BUDGET_HEADER.search(cell.header):
                    continue
                years = _YEAR_DIGITS.findall(cell.header)
                own = _CELL_YEAR_EN.search(text, cell.start, cell.end)  # 120 by 2027: the cell's own year
                bare = _BARE_FIGURE_CELL.fullmatch(text, cell.start, cell.end)  # (not 「十五五」末…2,000亿元)
                deadline = int(own.group("year")) if own else int(years[-1]) if years else goal_year or (
                    int(caption_year.group()) if caption_year and bare else None) or (
                    year if _THIS_YEAR_HEADER.search(cell.header) else None)  # 11月目标 · 今年目标: this year's
                label = text[row[0].start:row[0].end] if cell is not row[0] else ""
                row_measure = measure or (label if rx(r"[A-Za-z\p{Han}]").search(label) else None)  # Revenue | … | 78.0
                for r in records:
                    if not (cell.start <= r.start and r.end <= cell.end):
                        continue
                    if isinstance(r, MoneyRecord) and _CLASS_THRESHOLD_AFTER.match(text, r.end):
                        continue  # 新签约亿元以上项目不少于1个: a threshold naming a class of projects, no goal
                    if isinstance(r, MoneyRecord):
                        out.append(TargetRecord(
                            article=article, start=r.start, end=r.end, text=text[r.start:r.end], metric=row_measure,
                            value=r.amount, unit="元", currency=r.currency, qualifier=r.qualifier,
                            value_max=r.amount_max, deadline=deadline, scope=_row_place(text, row) or main))
                    elif isinstance(r, CountRecord):
                        out.append(TargetRecord(
                            article=article, start=r.start, end=r.end, text=text[r.start:r.end],
                            metric=(_count_column_metric(cell.header) if not _TARGET_HEADER.search(cell.header)
                                    else None) or measure or r.object, value=r.value,
                            unit=r.unit, qualifier=r.qualifier,
                            value_max=r.value_max, deadline=deadline, scope=_row_place(text, row) or main))
                share = _PERCENT_CELL.fullmatch(text, cell.start, cell.end)
                # (… | 2027 target over Share processed locally (%) | 31 | 45: the row's label says it is a rate)
                if share and (share.group("pct") or _PERCENT_HEADER.search(cell.header)
                              or label and _PERCENT_LABEL.search(label)):
                    # target growth, 2026-2027 (% a year) over 9.5%: a rate, which no money or count reads
                    end = share.end("pct") if share.group("pct") else share.end("num")
                    out.append(TargetRecord(
                        article=article, start=share.start("num"), end=end, text=text[share.start("num"):end],
                        metric=_rate_metric(cell.header, measure), value=Decimal(share.group("num")), unit="%",
                        deadline=deadline, scope=_row_place(text, row) or main))
    return out


# 序号｜任务｜牵头单位｜完成时限 over 2｜新签约亿元以上产业链项目不少于15个｜区投资促进局｜2026年12月底
_DUE_HEADER = regex.compile(r"完成时限|完成时间|时间节点|完成期限|时限要求|(?i:deadline|due(?:\s+date)?)")


def _task_table_targets(text: str, table: Any, records: list[Record], article: str, main: str | None,
                        year: int | None) -> list[TargetRecord]:
    """A table of tasks with a column saying when each is due: every money and count figure of a task is a goal,
    dated by its row's due year (the publication year when the cell names none: 长期坚持 · 12月底)."""
    out = []
    for row in table.rows:
        due = next((c for c in row if _DUE_HEADER.fullmatch(c.header.strip())), None)
        if due is None:
            continue
        stated = _YEAR_DIGITS.search(text, due.start, due.end)
        deadline = int(stated.group()) if stated else year
        for cell in row:
            if cell is due:
                continue
            for r in records:
                if not (cell.start <= r.start and r.end <= cell.end):
                    continue
                if isinstance(r, MoneyRecord) and not _CLASS_THRESHOLD_AFTER.match(text, r.end):
                    out.append(TargetRecord(
                        article=article, start=r.start, end=r.end, text=text[r.start:r.end], metric=r.subject,
                        value=r.amount, unit="元", currency=r.currency, qualifier=r.qualifier,
                        value_max=r.amount_max, deadline=deadline, scope=main))
                elif isinstance(r, CountRecord):
                    out.append(TargetRecord(
                        article=article, start=r.start, end=r.end, text=text[r.start:r.end], metric=r.object,
                        value=r.value, unit=r.unit, qualifier=r.qualifier, value_max=r.value_max,
                        deadline=deadline, scope=main))
    return out


_CLASS_THRESHOLD_AFTER = regex.compile(r"(?:以上|以下)?的?\p{Han}{0,4}?(?:项目|企业|产业链|集群|工业企业)")
_THIS_YEAR_HEADER = regex.compile(r"(?<!\d)\d{1,2}月|今年|本年|年度|全年|(?i:\bthis\s+year\b)")
# 120 by 2027 · 2027年达150家: the cell's own year
_CELL_YEAR_EN = regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?=年|$)")
_PERCENT_CELL = regex.compile(r"(?P<num>\d{1,3}(?:\.\d+)?)\s*(?P<pct>%|％)?(?:\s*[（(][^()（）\n]{1,20}[)）])?")
_PERCENT_LABEL = regex.compile(r"[（(]\s*(?:%|％|per\s*cent|percent)\s*[)）]\s*$")
_PERCENT_HEADER = regex.compile(r"(?i)%|％|\bper\s*cent\b|\bpercent\b|增速|增长率|比重|占比")


def _rate_metric(header: str, measure: str | None) -> str | None:
    """What a rate column measures, from its header: "target growth, 2026-2027 (% a year)" → output
    growth (with the table's measure column, 2025 output)."""
    words = regex.sub(r"(?i)[（(][^()（）]*[)）]|\b(?:targets?|goals?|planned|objectives?)\b|目标"
                      r"|(?:19|20)\d\d年?|[-–,，:：]", " ", header)
    words = " ".join(words.split())
    if not words:
        return measure
    return f"{measure} {words}" if measure and regex.fullmatch(r"(?i)growth|rate|增速", words) else words


def _row_place(text: str, row: list) -> str | None:
    """The place a table row is about, when its first cell names one (Liuzhou (Guangxi) · 柳州市)."""
    from extractors.entities import find_places

    first = text[row[0].start:row[0].end]
    places = find_places(first, "en" if regex.match(r"[A-Za-z]", first) else "zh")
    if not places or places[0].start != 0:
        return None
    return first[:places[0].end] if regex.match(r"[A-Za-z]", first) else places[0].normalized


_CN_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
              "七": "7", "八": "8", "九": "9"}
_CN_YEAR = regex.compile(r"[一二][〇○零一二三四五六七八九]{3}(?=年)")


def _arabic_years(text: str) -> str:
    """The text with years in Chinese numerals written in digits (到二〇二七年 → 到2027年), same length;
    the text itself when it has none."""
    if not _CN_YEAR.search(text):
        return text
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group()), text)


def _date_repeated_goals(targets: list[TargetRecord]) -> list[TargetRecord]:
    """A goal stated twice (in the headline without its year, in the body with it) is one goal:
    the undated mention takes the date of the dated one with the same value and unit."""
    dated: dict[tuple[str, str | None], set[int]] = {}
    for t in targets:
        if t.deadline is not None:
            dated.setdefault((str(t.value), t.unit), set()).add(t.deadline)
    out = []
    for t in targets:
        years = dated.get((str(t.value), t.unit), set()) if t.deadline is None else set()
        out.append(replace(t, deadline=years.pop()) if len(years) == 1 else t)
    return out


def _targets_by_sentence(text: str, lang: str, year: int | None, records: list[Record], article: str,
                         title: str | None, places: list[Any] | None) -> list[TargetRecord]:
    """Target records sentence by sentence (the body of :func:`targets_in`)."""
    pats = _patterns()
    main: str | None | bool = False
    out: list[TargetRecord] = []
    # sorted by start, so each sentence takes its own records and places by bisection
    # (scanning every record for every sentence is quadratic on long inputs)
    records.sort(key=lambda r: r.start)
    record_starts = [r.start for r in records]
    place_starts: list[int] = []
    sentences = _spans(_SENTENCE_END[lang], text, 0, len(text))
    # a sentence with any cue; one pattern at a time (one alternation of them all scans slower)
    candidates = set()
    for key in _CANDIDATE_CUES[lang]:
        candidates.update(sentences_with(pats[key], text, sentences, pats.get(f"{key}_words"),
                                         lower=True))
    if lang == "en" and ("supposed to" in text or "meant to" in text):  # the 60 projects it was supposed to land
        candidates.update(sentences_with(rx(r"\b(?:supposed|meant)\s+to\b"), text, sentences))
    if lang == "zh":
        candidates.update(sentences_with(_PLAN_TERM_ZH, text, sentences))
        candidates.update(sentences_with(_MONTH_DEADLINE_ZH, text, sentences, _MONTH_DEADLINE_WORDS_ZH))
        if "拟" in text:
            candidates.update(sentences_with(_INTENDS_ZH, text, sentences))
        if "完成时" in text or "时间节点" in text or "完成期限" in text:  # a numbered task with its 完成时限 line
            for a, b in sentences:
                if year is not None and _task_deadline(text, a, year) is not None:
                    candidates.add((a, b))
        if "任务" in text:  # every sentence of a duty list's task line (责任任务：…；…；…)
            for line in regex.finditer(r"(?m)^[^\n]*$", text):
                if _DUTY_LINE_ZH.match(text, line.start(), line.end()):
                    candidates.update((a, b) for a, b in sentences if line.start() <= a < line.end())
    sections = _sections(text, lang, year)
    previous: tuple[int, int] | None = None  # the end of the sentence before and the year its goals are for
    for s_lo, s_hi in sentences:
        section = _section_at(sections, s_lo) if sections else None
        if (s_lo, s_hi) not in candidates and not (section is not None and section.goals) and not (
                year is not None and _has_future_year(text, s_lo, s_hi, lang, year)):
            continue
        if main is False:
            if places is None:
                from extractors.entities import find_places

                places = find_places(text, lang)
            main = _main_place(places, title, text, lang)
            places = sorted(places or [], key=lambda m: m.start)
            place_starts = [m.start for m in places]
        local_records = records[bisect_left(record_starts, s_lo):bisect_left(record_starts, s_hi)]
        local_places = (places or [])[bisect_left(place_starts, s_lo):bisect_left(place_starts, s_hi)]
        scope = main if isinstance(main, str) else None
        if lang == "en":
            scope = _place_referred_to(text, s_lo, s_hi, places or [], place_starts, local_places, scope) or scope
        else:
            scope = _whole_place_zh(text, s_lo, s_hi, places or [], place_starts, local_places, scope) or scope
        found = _sentence_targets(text, s_lo, s_hi, lang, year, local_records, article, scope,
                                  local_places, section)
        if lang == "zh" and text.startswith("其中", s_lo) and previous is not None and \
                not text[previous[0]:s_lo].strip():
            # …全年营业收入突破2900亿元。其中，化工新材料产业链…力争达到680亿元: the part keeps the whole's date
            found = [replace(t, deadline=previous[1]) if t.deadline is None else t for t in found]
        if lang == "zh" and any(t.deadline is None for t in found) and _ORDINAL_ITEM_ZH.match(text, s_lo, s_hi):
            # 今年我们将推动链长制扩面提质。一是…。二是强链主，新认定省级链主企业不少于20家: an item keeps the
            # date of the sentence that opens the list
            intro = _list_intro_deadline(text, s_lo, lang, year)
            if intro is not None:
                found = [replace(t, deadline=intro) if t.deadline is None else t for t in found]
        dated = [t.deadline for t in found if t.deadline is not None]
        previous = (s_hi, dated[-1]) if dated else None
        out += found
    return out


_ORDINAL_ITEM_ZH = regex.compile(r"\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、])")
_FIRST_ITEM_ZH = regex.compile(r"一是|第一[，,、]")


def _list_intro_deadline(text: str, pos: int, lang: str, year: int | None) -> int | None:
    """The deadline of the sentence that opens an ordinal list (今年我们将…。一是…) in the paragraph
    of ``pos``, or None."""
    para = max(text.rfind("\n", 0, pos) + 1, text.rfind("答：", 0, pos) + 2 if "答：" in text else 0)
    first = None
    for m in _FIRST_ITEM_ZH.finditer(text, para, pos + 2):
        first = m
    if first is None:
        return None
    found = _deadlines(text, para, first.start(), lang, year)
    return found[-1][1] if found else None


# The province wants … · the city aims to …: a place named by its level, i.e. the last one of that level
_LEVEL_ANAPHOR_EN = regex.compile(r"(?i)\b(?:the|this)\s+(province|city|county|region|prefecture)\b(?!\s+of\b)")
_LEVEL_OF_NOUN = {"province": "province", "region": "province", "city": "city", "prefecture": "city",
                  "county": "county"}


def _place_referred_to(text: str, lo: int, hi: int, places: list[Any], place_starts: list[int],
                       local_places: list[Any], main: str | None) -> str | None:
    """The place "the province / the city / the county" of an English sentence stands for: the
    last place of that level named on its own in the preceding 1,500 characters (Some 600km to the
    south-west, Guizhou … The province wants output of Rmb30bn next year: Guizhou). Names inside
    other names (the Tianshan Mountains, Shuyang Lvyuan Horticulture) and a firm's seat (Lantern Bay
    Capital in Shenzhen) are not; nor, over an article's main place of that level, a place named once."""
    m = _LEVEL_ANAPHOR_EN.search(text, lo, hi)
    if m is None or any(p.start < m.start() for p in local_places):
        return None
    level = _LEVEL_OF_NOUN[m.group(1).lower()]
    earlier = places[bisect_left(place_starts, max(0, lo - 1500)):bisect_left(place_starts, lo)]
    named = [text[p.start:p.end] for p in earlier if p.note == level and not _PART_OF_A_NAME_AFTER.match(text, p.end)
             and not _PART_OF_A_NAME_BEFORE.search(text, max(0, p.start - 40), p.start)]
    if not named or named[-1] == main:
        return None
    main_level = next((p.note for p in places if text[p.start:p.end] == main), None)
    if main_level == level and named.count(named[-1]) < 2:
        return None
    return named[-1]


_PART_OF_A_NAME_AFTER = regex.compile(r"[ \t]+[A-Z]|-\w")  # (Hong Kong-listed: a word of its own)
_PART_OF_A_NAME_BEFORE = regex.compile(
    r"(?<!(?:^|[.!?:;\"“(\n])[ \t]*)\b(?!(?:In|At|For|From|To|By|On|And|But|The|Of|With|As|Under)\b)"
    r"[A-Z][\w-]*[ \t]+(?:in[ \t]+)?$")  # (a capital opening a sentence is no name: Under Guangdong's …)


def _has_future_year(text: str, lo: int, hi: int, lang: str, year: int) -> bool:
    """True when the sentence names a year after the publication year."""
    return any(int(m.group("year")) > year for m in _patterns()[f"year_{lang}"].finditer(text, lo, hi))


@dataclass(frozen=True, slots=True)
class Section:
    """The part of an article under a heading that names a year: 二、2025年主要预期目标."""

    start: int
    end: int
    deadline: int | None  # the heading's year when it is still to come, else None
    goals: bool  # the heading announces goals or plans (目标, 重点工作, targets …)


def _sections(text: str, lang: str, year: int | None) -> list[Section]:
    """Headings with a year split the article into sections (一、2024年工作回顾 · 二、2025年主要预期目标 ·
    2025 targets); each runs to the next such heading, or to the next heading of the same level
    (三、… after 二、2025年…; any stand-alone English heading line: "Support measures")."""
    pattern, start = _patterns()[f"heading_{lang}"], 0
    lines: list[tuple[int, str]] = []
    for line in text.split("\n"):
        lines.append((start, line.rstrip("\r")))
        start += len(line) + 1
    heads = []
    for i, (start, line) in enumerate(lines):
        if len(line.strip()) <= 40 and _YEAR_DIGITS.search(line):  # only short lines with a year
            m = pattern.match(text, start, start + len(line))
            if m is not None and not _LABELLED_VALUE.search(line) and not _FIGURE_IN_HEADING.search(
                    _YEAR_DIGITS.sub("", line)):
                heads.append((i, m))  # (目标2027年经澳出口…达一亿澳门元: a subtitle stating a goal, no heading)
    sections = []
    for k, (i, m) in enumerate(heads):
        y = int(m.group("year"))
        future = year is not None and y >= year
        goals = future and _patterns()[f"plan_word_{lang}"].search(m.group()) is not None and not (
            lang == "zh" and _REVIEW_WORD_ZH.search(m.group()))  # 2026年工作总结及2027年工作思路: a report's title
        end = heads[k + 1][1].start() if k + 1 < len(heads) else len(text)
        level = _heading_level(m.group(), lang)
        for j in range(i + 1, heads[k + 1][0] if k + 1 < len(heads) else len(lines)):
            if _is_heading(lines, j, lang, level):
                end = lines[j][0]
                break
        sections.append(Section(m.end(), end, y if future else None, goals))
    if lang == "zh":  # （三）2026年工作目标。全市…力争…: a paragraph opening on its heading
        for start, line in lines:
            inline = _INLINE_YEAR_GOALS_ZH.match(text, start, start + len(line))
            if inline is not None and (year is None or int(inline.group("year")) >= year):
                sections.append(Section(inline.end(), start + len(line), int(inline.group("year")), True))
    return _goal_lists(text, lines, lang, year) + _goal_headings(text, lines, lang, year) + sections


_INLINE_YEAR_GOALS_ZH = regex.compile(r"[ \t　]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、"
                                      r"|\d{1,2}[.．、])[ \t　]*(?P<year>20\d\d)年度?"
                                      r"(?:主要|工作|发展|年度|预期)?(?:目标|指标)(?:任务)?[。：:]")


# 二、主要目标 · （一）发展目标 · 预期目标: a heading naming goals, with no year of its own (Chinese plans;
# an English news story's "TARGETS" section mixes goals with results and footnotes)
_GOAL_HEADING = regex.compile(r"[ \t　]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]"
                              r"|\d{1,2}[、.．])?[ \t　]*"
                              # (三、下半年工作目标和措施 · 明年主要目标任务: the period before, the measures after)
                              r"(?:下半年|明年|今年|今后|下一步|下阶段|新一年|全年)?"
                              r"(?:主要|发展|工作|总体|预期|具体|阶段性?|绩效|年度|考核)?"
                              r"(?:目标|指标)(?:任务)?(?:[和及与](?:措施|举措|任务|重点|路径))?[ \t　]*")
_GOAL_HEADING_EN = regex.compile(r"(?i)[ \t]*(?:\d{1,2}[.)]|[IVX]{1,4}\.)[ \t]+"
                                 r"(?:(?:key|main|major|principal|core|quantitative|development|specific)\s+)?"
                                 r"(?:targets|goals|objectives)(?:\s+(?:and|&)\s+(?:tasks|deadlines|timelines))?[ \t]*")
_NUMBERED_HEADING_EN = regex.compile(r"[ \t]*(?:\d{1,2}[.)]|[IVX]{1,4}\.)[ \t]+[A-Z][^\n]{0,80}$")
_ROC_YEAR_ZH = regex.compile(r"民国(?P<n>1[0-4]\d)年?(?:\s*(?:至|到|—|–|-|~)\s*(?:民国)?(?P<n2>1[0-4]\d))?年"
                             r"(?![\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,2}日)")
_PLAN_TERM_ZH = regex.compile(r"(?:方案|规划|计划)?(?:实施期|规划期)(?:内|间|末)")
# 《…实施方案（2026—2028年）》: the years a plan runs, named at the head of the text
_PLAN_RANGE = regex.compile(r"(?:19|20)\d\d\s*[—–\-－~～至到]\s*(?P<end>(?:19|20)\d\d)\s*年")


def _goal_headings(text: str, lines: list[tuple[int, str]], lang: str, year: int | None) -> list[Section]:
    """A heading that names goals without a year (二、主要目标): the lines under it, to the next heading
    of its numbering, are goals, dated by the first deadline of its first line (到2028年，…) or else
    by the last year of the plan the text is (《…方案（2026—2028年）》)."""
    out: list[Section] = []
    for i, (start, line) in enumerate(lines):
        if lang == "en":
            # (4. Key targets: a numbered heading of a plan or a briefing; an unnumbered TARGETS section of a news
            # story mixes goals with results and footnotes, and opens none)
            if len(line) > 40 or not _GOAL_HEADING_EN.fullmatch(line):
                continue
        elif len(line) > 16 or not _GOAL_HEADING.fullmatch(line):
            continue
        level = _heading_level(line, lang)
        j = i + 1
        while j < len(lines) and not lines[j][1].strip():
            j += 1
        if j >= len(lines):
            continue
        first_start, first_line = lines[j]
        found = _deadlines(text, first_start, first_start + len(first_line), lang, year)
        deadline = found[0][1] if found else None
        if deadline is None:
            plan = _PLAN_RANGE.search(text, 0, min(len(text), 600))
            deadline = int(plan.group("end")) if plan else None
        if deadline is None:  # 《关于下达2026年重点产业链发展专项资金的通知》 … 二、绩效目标: the year the text is for
            first = next((line for _, line in lines if line.strip()), "")
            named = _YEAR_DIGITS.search(first)
            deadline = int(named.group()) if named and (year is None or int(named.group()) >= year) else None
        if year is not None and deadline is not None and deadline < year:
            continue  # the goals of a plan already over: a review
        end = len(text)
        for k in range(j, len(lines)):
            if k > j and (_is_heading(lines, k, lang, level) if level is not None
                          # (5. Results in 2025 (not targets): the next numbered heading ends an English one)
                          else _NUMBERED_HEADING_EN.match(lines[k][1]) is not None if lang == "en"
                          else _NUMBERING_ZH[0].match(lines[k][1]) is not None):
                end = lines[k][0]
                break
        out.append(Section(start + len(line), end, deadline, True))
    return out


# 到2027年，…实现以下目标： · reach the following goals by 2027: a sentence that opens a list of goals
_GOAL_LIST_INTRO = {"zh": regex.compile(r"(?:以下|如下)(?:主要)?(?:目标|指标)|目标(?:如下|是)\s*[：:]\s*$"
                                        # 会上还印发了各链2026年“任务清单”，部分内容如下：
                                        r"|(?:19|20)\d\d年[^：:\n]{0,6}?[“\"「]?(?:任务清单|目标任务|责任清单|任务书)"
                                        r"[^：:\n]{0,16}[：:]\s*$"),
                    "en": regex.compile(r"(?i)\bthe\s+following\s+(?:main\s+|key\s+)?(?:goals|targets|objectives)\b"
                                        # … also calls for: · The plan aims to: · Its targets include:
                                        # (In 2027, the province will strive to:)
                                        r"|\b(?:calls?\s+for|aims?\s+(?:to|for|at)|(?:targets|goals)\s+(?:include|are)"
                                        r"|(?:strive|strives|endeavou?r|seeks?|plans?)\s+to)"
                                        r"\s*:\s*$"
                                        # a label line over a list: Goals: · Key targets: · Targets for the chain:
                                        r"|^\s*(?:(?:main|key|major)\s+)?(?:goals|targets|objectives)(?:\s+for\s+[^:]{1,40})?"
                                        r"\s*:\s*$")}
_LIST_ITEM = regex.compile(r"[ \t　]*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[）)]|[-•·▪]\s|[✔✅☑√●◆■▶★☆][ \t　]*|——"
                           r"|[一二三四五六七八九十]{1,2}(?:是|[、.．])|[（(][一二三四五六七八九十]{1,2}[）)])")
# ▶ 04 2027年，目标已定🎯 · 明年干什么？: a short heading line naming a coming year's goals, over a list
_PLAN_HEADING_ZH = regex.compile(r"[^\p{Han}\d\n]{0,6}(?:\d{1,2}\s+)?[^\n]{0,8}?(?:19|20)\d\d年[^\n\d]{0,10}?"
                                 r"(?:目标|计划|任务|打算|展望)[^\n\d。]{0,8}")
# 《方案》明确，到2027年： · By 2027, the province will: a deadline right before the colon opens a list too
_DATED_COLON = {"zh": regex.compile(r"(?:到|至)(?:19|20)\d\d年(?:底|末)?\s*[：:]$"
                                    # 到2028年，力争实现「四个明显提升」： (the deadline, a goal cue, a colon)
                                    r"|(?:到|至)(?:19|20)\d\d年(?:底|末)?[，,]\s*(?:力争|争取|确保|努力)[^：:\n]{0,24}[：:]$"),
                "en": regex.compile(r"(?i)\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d[^.;:]{0,40}:$")}


def _goal_lists(text: str, lines: list[tuple[int, str]], lang: str, year: int | None) -> list[Section]:
    """A line that announces a list of goals (ending in a colon) and the numbered or bulleted lines
    right after it: each item is a goal, dated by the deadline the announcing line gives."""
    out = []
    for i, (start, line) in enumerate(lines):
        stripped = line.rstrip()
        heading = lang == "zh" and (_PLAN_HEADING_ZH.fullmatch(stripped) is not None or (
            len(stripped) <= 40 and _YEAR_GOALS_LINE_END_ZH.search(stripped) is not None))
        decided = lang == "zh" and not heading and _DECIDED_LIST_INTRO_ZH.search(stripped) is not None and \
            _mostly_goals_zh(lines, i + 1)
        if not heading and not decided and (not stripped.endswith(("：", ":")) or not (
                _GOAL_LIST_INTRO[lang].search(stripped) or _DATED_COLON[lang].search(stripped))):
            continue
        # (明年是「十五五」时期争先进位的关键一年。…主要目标是：: the year the line calls its subject, not the
        # period that year belongs to)
        key_year = _KEY_YEAR_ZH.search(text, start, start + len(stripped)) if lang == "zh" else None
        found = _deadlines(text, *(key_year.span("year") if key_year else (start, start + len(stripped))), lang, year)
        deadline = found[-1][1] if found else None
        caption = _YEAR_GOALS_LINE_END_ZH.search(stripped) if heading and deadline is None else None
        if caption is not None:  # …及2026年度考核目标值: the year the goals are for
            deadline = int(rx(r"(?:19|20)\d\d").search(caption.group()).group())
        if decided and deadline is None and _THIS_YEAR_WORD_ZH.search(
                "\n".join(line for _s, line in lines[max(0, i - 2):i + 1])):
            deadline = year  # 【下半年这么干】 会议明确：1.… 3.新签约亿元以上项目60个: this year's list
        if year is not None and deadline is not None and deadline < year:
            continue  # a list of last year's goals is a review
        j, end = i + 1, None
        while j < len(lines) and (not lines[j][1].strip() or _LIST_ITEM.match(lines[j][1])):
            if lines[j][1].strip():
                end = lines[j][0] + len(lines[j][1])
            j += 1
        if end is not None:
            out.append(Section(start + len(line), end, deadline, True))
    return out + _inline_goal_lists(text, lang, year)


# 明年是「十五五」时期争先进位的关键一年 · 2027年是…开局之年: the year the sentence is about
_KEY_YEAR_ZH = regex.compile(r"(?P<year>明年|今年|(?:19|20)\d\d年)是[^。；;\n]{0,24}?(?:一年|之年)")
# 附件：部分重点产业链链长、副链长及2026年度考核目标值: a short line whose year's goals the numbered lines
# under it give
_YEAR_GOALS_LINE_END_ZH = regex.compile(r"(?:19|20)\d\d年度?[^\n\d。]{0,8}?(?:目标|指标)(?:值|任务)?\s*[：:]?$")
# 会议明确： · 会议要求： · 会上提出：, over a numbered list of what the meeting set (goals when most items read
# as goals: 力争 · 不少于 · 到2028年)
_DECIDED_LIST_INTRO_ZH = regex.compile(r"(?:会议|会上|方案|通知|文件)(?:明确|要求|提出|部署|确定|强调)"
                                       r"[^：:\n]{0,12}[：:]\s*$")
_ITEM_GOAL_CUE_ZH = regex.compile(r"力争|争取|确保|不少于|不低于|突破|达到|以上|(?:到|至)(?:19|20)\d\d年|前")
_THIS_YEAR_WORD_ZH = regex.compile(r"今年|全年|年内|下半年|本年度")


def _mostly_goals_zh(lines: list[tuple[int, str]], first: int) -> bool:
    """Whether most of the numbered lines from ``first`` read as goals (two at least)."""
    items = []
    j = first
    while j < len(lines) and (not lines[j][1].strip() or _LIST_ITEM.match(lines[j][1])):
        if lines[j][1].strip():
            items.append(lines[j][1])
        j += 1
    cued = sum(1 for item in items if _ITEM_GOAL_CUE_ZH.search(item))
    return len(items) >= 2 and cued * 2 >= len(items) + 1


# For 2027, the main goals are as follows. First, … Second, … · 明年主要目标如下：一是……；二是……
_INLINE_GOALS_INTRO = {"zh": regex.compile(r"(?:目标|指标)(?:如下|是)\s*[：:。]"
                                            # 明年的考卷有几道大题。第一，…: next year's tasks, one an ordinal item
                                            r"|(?:明年|后年|新的一年)的?[^。\n]{0,12}?(?:考卷|答卷|考题|目标|任务|指标|硬仗)"
                                            r"[^。\n]{0,12}?[。：:]"),
                       "en": regex.compile(r"(?i)\b(?:goals|targets|objectives)\b[^.:\n]{0,40}?\bas\s+follows\s*[.:]")}
_ORDINAL_OPENING = {"zh": regex.compile(r"[ \t　]*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]"
                                        r"|首先|其次|再次|最后)"),
                    "en": regex.compile(r"[ \t]*(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Finally|Lastly)"
                                        r"(?:ly)?\s*,")}


_ITEM_END_ZH = regex.compile(r"[。；;]")
_PAST_YEAR_LABEL_ZH = regex.compile(r"[ \t　]*(?P<year>(?:19|20)\d\d)年[^，,。；;：:\n\d]{0,12}[：:]")
_REVIEW_WORD_ZH = regex.compile(r"总结|回顾|成效|成绩|完成情况|述职")
_GOAL_RIGHT_AFTER_ZH = regex.compile(r"(?:以上|左右)?(?P<cue>力争|确保|争取)(?:于|在)?(?:年内|今年|明年|\d{4}年)")
_GOAL_WORD_NEAR_ZH = regex.compile(r"目标|力争|计划|确保|争取|预期")  # (到2025年的目标: a past goal, still a goal)
_CHANGE_TO_PAST_YEAR_ZH = regex.compile(r"[到至](?P<year>(?:19|20)\d\d)年")
_CHANGE_VERB_BEFORE_ZH = regex.compile(r"(?:增长|增加|增|下降|降|减少|提高|提升|升|扩大|回落|上涨|跌)$")
_THRESHOLD_OF_COUNTED_ZH = regex.compile(r"(?:以上)?的[^，,。；;\d]{1,12}?[\d一二三四五六七八九十两]+"
                                         r"(?:家|条|个|户|项|座)")
# 形成2个产值超500亿元的产业集群: the count first, then the bar each of them passes
_COUNT_BEFORE_THRESHOLD_ZH = regex.compile(r"[\d一二三四五六七八九十两]+(?:家|条|个|户|项|座)"
                                           r"[^，,。；;\d]{1,8}?(?:超过?|突破|达到?|逾|过)?$")
# of which at least 10 shall have annual revenue of more than 20 billion yuan · 50 shall each have an
# investment of over 1 billion yuan · any new chain whose output is below 10 billion yuan: a bar the
# counted things pass, the goal (if any) is the count
_BAR_OF_COUNTED_EN = regex.compile(
    r"(?i)\b(?:have|has|having|with|whose|(?:each\s+)?involves?|involving)\s+(?:an?\s+)?"
    r"(?:(?!combined|total|aggregate)[\w-]+\s+){0,3}?"
    r"(?:revenue|output|sales|investment|"
    r"turnover)(?:\s+(?:is|of|each))?\s+(?:of\s+)?(?:more\s+than|over|above|exceeding|below|under|at\s+least|"
    r"no\s+less\s+than)?\s*$")
_REWARD_BEFORE_EN = regex.compile(r"(?i)\b(?:receive|receives|be\s+awarded|be\s+granted|be\s+given|get|win)\s+"
                                   r"(?:a\s+(?:one-off\s+|one-time\s+)?(?:reward|award|bonus|subsidy|grant|prize)\s+of\s+)?"
                                   r"(?:up\s+to\s+)?$")
# a/an <money> plant · a 420-million-yuan research center: the size of one project (a firm's, D18)
_PROJECT_SIZE_EN = regex.compile(r"(?i)\b(?:a|an)\s+$")
_PROJECT_NOUN_AFTER_EN = regex.compile(r"(?i)(?:\s+[\w-]+){0,2}?\s+(?:plant|factory|facility|centre|center|park|base|"
                                       r"line|expansion|campus|warehouse|headquarters)\b")
# Lianhua said in March it would spend 1.5 billion yuan: a company's own plan (at most optional, D18)
_FIRM_SPENDS_EN = regex.compile(r"(?i)\b(?:said|says|announced)\s+(?:\w+\s+){0,3}?(?:it|the\s+company|the\s+firm|"
                                r"the\s+group)\s+(?:would|will|plans\s+to|intends\s+to)\s+(?:spend|invest)\s+"
                                r"(?:another\s+|a\s+further\s+|about\s+|some\s+)?$"
                                # Kessler Chemie AG will invest 420 million euros: a firm named by its legal form
                                r"|(?-i:[A-Z][\w&-]*\s+)+(?-i:AG|SE|GmbH|Inc\.?|Corp\.?|Co\.?|Ltd\.?|Group|plc|SA|NV|KK)"
                                r"\s+(?:will|would|plans\s+to|intends\s+to)\s+(?:spend|invest)\s+"
                                r"(?:another\s+|a\s+further\s+|about\s+|some\s+|up\s+to\s+)?$")
_RANKING_NAME_AFTER = regex.compile(r"[县市区镇城]?(?:市|县|区|企业)?(?:排名|排行榜?|榜单?|名单|评价|评选)中")


def _inline_goal_lists(text: str, lang: str, year: int | None) -> list[Section]:
    """A sentence announcing goals "as follows" and the ordinal sentences right after it in its
    paragraph (First, … Second, … · 一是…；二是…): each is a goal, dated by the announcing sentence."""
    out = []
    ends = _SENTENCE_END[lang]
    for m in _INLINE_GOALS_INTRO[lang].finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        found = _deadlines(text, line_start, m.end(), lang, year)
        deadline = found[-1][1] if found else None
        if year is not None and deadline is not None and deadline < year:
            continue  # last year's goals, reviewed
        pos, end = m.end(), None
        while pos < line_end and _ORDINAL_OPENING[lang].match(text, pos, line_end):
            stop = (ends if lang == "en" else _ITEM_END_ZH).search(text, pos, line_end)
            end = stop.end() if stop is not None else line_end
            pos = end
            while pos < line_end and text[pos] in " \t":
                pos += 1
        if end is not None:
            out.append(Section(m.end(), end, deadline, True))
    return out


_FIGURE_IN_HEADING = regex.compile(r"\d|[亿万]|(?i:\b(?:billion|million|percent)\b)")
# 2026年目标：2,300亿元 · 2025年产值：约1,015亿元: a label and its value, no heading over what follows
# (附件：2026年度各重点产业链…考核目标值: an annex's title is a heading, its label no value's)
_LABELLED_VALUE = regex.compile(r"(?<!附件\d{0,2}|附表\d{0,2}|附录\d{0,2})[：:]\s*\S")

# how Chinese headings are numbered: 二、 · （二） · 2. (a section ends at the next of its kind)
_NUMBERING_ZH = (regex.compile(r"[ \t　]*[一二三四五六七八九十]+[、.．]"),
                 regex.compile(r"[ \t　]*[（(][一二三四五六七八九十]+[）)]"),
                 regex.compile(r"[ \t　]*\d{1,2}[、.．]"))
# a stand-alone English heading: a short line that starts with a capital and ends without
# punctuation ("Support measures", "Bearings: precision for robots and wind turbines")
_HEADING_EN = regex.compile(r"[ \t]*[A-Z][^\n]{0,78}[A-Za-z0-9)][ \t]*")


def _heading_level(heading: str, lang: str) -> int | None:
    """Which numbering a year heading uses (an index into _NUMBERING_ZH), None when unnumbered."""
    if lang == "en":
        return None
    return next((n for n, numbering in enumerate(_NUMBERING_ZH) if numbering.match(heading)), None)


def _is_heading(lines: list[tuple[int, str]], j: int, lang: str, level: int | None) -> bool:
    """Whether line ``j`` is a heading that closes a section opened at numbering ``level``."""
    line = lines[j][1]
    if _ANNEX_LINE.match(line):
        return True  # Annex: … · 附件：…: the report is over, whatever its last heading announced
    if lang != "en":
        return level is not None and _NUMBERING_ZH[level].match(line) is not None
    blank_before = j == 0 or not lines[j - 1][1].strip()
    blank_after = j + 1 == len(lines) or not lines[j + 1][1].strip()
    return blank_before and blank_after and len(line.split()) <= 12 \
        and _HEADING_EN.fullmatch(line) is not None


_ANNEX_LINE = regex.compile(r"[ \t　]*(?:(?i:Annex|Appendix|Attachment)\b[^\n]{0,120}$|附件|附表)")
_YEAR_BEFORE = frozenset("去前上今明0123456789〇零一二三四五六七八九")
_ASIDE = regex.compile(r"[（(][^（）()]{1,60}[）)]")
_GOAL_RELATIVE_EN = regex.compile(
    r"(?i)\s+(?:that\s+|which\s+)?(?:it|they|we|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:was\s+|were\s+|is\s+|are\s+)?"
    r"(?P<cue>supposed\s+to|meant\s+to|planned\s+to|plans\s+to|plan\s+to|aimed\s+to|aims\s+to|hoped\s+to|hopes\s+to"
    r"|intended\s+to|intends\s+to|(?:was|is|were|are)\s+to|had\s+pledged\s+to|pledged\s+to)\s+\w")
_PASSIVE_WILL_EN = regex.compile(r"(?i)[^,;.]{0,40}?\b(?P<will>will|shall|is\s+to|are\s+to)\s+be\s+(?:set\s+up|"
                                  r"established|built|completed|launched|created|raised|opened|put\s+into\s+operation|"
                                  r"held|organized|organised|hosted|signed|started|trained|put\s+into\s+(?:service|use)"
                                  r"|delivered|deployed|installed|recruited|cultivated|introduced|attracted|added)\b")
# units that count the things a goal is about (培育30家以上…的链主企业), not a measure that sets a bar
_ENTITY_UNITS_ZH = frozenset({"家", "个", "户", "座", "条", "项", "名", "位", "人", "所", "批", "台", "套", "款"})
_DONE_AFTER_ZH = regex.compile(r"[^，,。；;]{0,12}?已经?(?:全部)?(?:完成|建成|投产|实现|签约|办结|落地|开工|获批|到位)")


def _brings_the_total_to(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is only ", bringing the total to" (the clause of the figure at ``hi``)."""
    m = TOTAL_TO_EN.search(text, lo, hi)
    if m is None:  # …will announce its second batch in the first half of the year, adding about 12 enterprises
        m = rx(r"(?i)\badding\s+(?:about\s+|around\s+|some\s+|nearly\s+|another\s+)?\Z"
               # …shall exceed 16 trillion yuan, with average annual growth of more than 6 percent
               r"|\bwith\s+(?:an?\s+)?(?:average\s+)?(?:annual\s+)?(?:growth|increase)\s+(?:rate\s+)?of\s+"
               r"(?:more\s+than\s+|over\s+|at\s+least\s+|about\s+|around\s+)?\Z"
               # …300 projects shall be signed in the key chains, with total investment of more than 500 billion yuan
               r"|\bwith\s+(?:a\s+)?(?:total|combined|aggregate)\s+(?:planned\s+|contracted\s+)?"
               r"(?:investment|value|output|revenue)\s+of\s+"
               r"(?:more\s+than\s+|over\s+|at\s+least\s+|about\s+|around\s+|no\s+less\s+than\s+)?\Z"
               ).search(text, lo, hi)
    return m is not None and rx(r"[,;]?\s*").fullmatch(text, lo, m.start()) is not None


# a short lead sentence announcing goals, the sentence after it states them (二是明确目标。 · 主要目标：)
_GOALS_LEAD_ZH = regex.compile(r"(?:^|[\n。；;])\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十][）)])?"
                               r"(?:明确|锚定|确定|设定|提出)?(?:发展|主要|年度|工作|全年)?目标(?:任务)?[。：:]\s*$")
_DUTY_LINE_ZH = regex.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?"
                              r"(?:责任任务|工作任务|目标任务|年度任务|主要任务)[：:]")
_THIS_YEAR_LEAD_ZH = regex.compile(r"(?:^|[\n。；;])\s*今年是[^。！？\n]{2,30}(?:之年|一年)[。！]\s*$")
# For this year, Zhao set out a list of quantified goals. Luzhou will strive to sign …: the year's goals follow
_THIS_YEAR_LEAD_EN = regex.compile(r"(?i)(?:^|[\n.!?]\s)\s*(?:for|in)\s+this\s+year,?\s[^.!?\n]{0,80}?"
                                   r"\b(?:goals|targets|tasks)[.:]\s*$")
_PLAN_START_EN = regex.compile(r"(?i)\b(?:first|opening|initial)\s+year\s+of\s+(?:the\s+)?$")
# (明年是“十五五”规划承上启下的关键一年: a year inside the plan, not its end; not 收官之年, its last year)
_PLAN_START_ZH = regex.compile(r"[”\"」’]?(?:规划)?(?:的)?(?:开局|起步|首年|第一年|头一年"
                               r"|(?:(?!收官)[^，,。；;：:]){0,10}?(?:关键|重要|攻坚|第[二三四]|中间)(?:的)?一?年)")
_SIGNINGS_AHEAD_ZH = regex.compile(r"(?:在\p{Han}{1,4})?(?:还将|将|再|还)?再?签约")
_QUESTION_LINE_ZH = regex.compile(r"(?m)^\s*(?:问|問|记者)[：:（(]")
# …, and at least three chains shall each reach a scale of …: an official text's goal, its figure first
# (no fewer than 500 projects with investment of 1 billion yuan or more each shall be signed: a "with" phrase between)
_SHALL_AFTER_EN = regex.compile(r"(?i)\s+(?:(?:[\w-]+\s+){0,3}?|with\s+[^,;.]{1,60}?\s+)(?P<will>shall)\s+"
                                r"(?:each\s+|all\s+|also\s+)?"
                                r"(?:reach|exceed|be|have|attain|achieve|top|hit|generate|number)\b")
_STEP_UNITS = frozenset({"stages", "phases", "steps", "batches", "rounds", "批", "期", "步"})
_SAME_PERIOD_ZH = regex.compile(r"\s*(?:同期|届时|与此同时|同一时期)")
# … 25 projects this year; 17 have been signed so far: a figure its own clause reports as done
_DONE_AFTER_EN = regex.compile(r"(?i)(?:\s+[\w-]+){0,4}?(?<!\b(?:will|shall|would|should|to|must|may))"
                               r"\s+(?:have|has|had)\s+(?:already\s+)?been\s+"
                               r"(?:\w+ly\s+)?\w+(?:ed|en|ne|un|lt|ld|nt)\b"
                               # (not "adding about 12 enterprises to the 31 recognized so far": the 31's)
                               r"|(?:(?!\bto\s+the\s+\d)[^,;.]){0,40}?\b(?:so\s+far|to\s+date|as\s+of\s+now)\b")
_REASON_EN = regex.compile(r"(?i)\b(?:because|although|though|whereas)\b")
_FOCUS_ZH = regex.compile(r"聚焦|围绕|瞄准|针对|立足|覆盖")
_FOCUS_OBJECT_ZH = regex.compile(r"(?:重点|主导|优势|特色|新兴|关键)?(?:产业链|方向|领域|赛道|板块|集群)")
_CONDITION_BEFORE = regex.compile(r"(?i)\b(?:only\s+if|if|unless|provided\s+that)\b[^,;:.]*$|\bdelegation\s+of\s+$")
# English places a goal happens in, not quantities it sets (D9): into two industrial parks, from 25 countries
_WHERE_UNITS = regex.compile(r"(?i)cities|countries|regions|provinces|parks|chains|counties|districts|towns|zones"
                             r"|countries and regions|markets")
_WHERE_BEFORE = regex.compile(r"(?i)\b(?:into|from|across|among|in|at|between|of|for)\s+(?:the\s+|its\s+|their\s+)?$")
_TO_AFTER_BASELINE = regex.compile(r"(?i)\d[^,;]{0,30}?\s(?:up\s+|down\s+)?to\s+(?:about\s+|around\s+|nearly\s+)?$")
_ENUMERATOR = regex.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2}|[a-zA-Z])[）)]")  # (一) numbers an item


def _aside_apart(asides: list[tuple[int, int]], cue: int, figure: int) -> bool:
    """True when the cue sits in a parenthetical aside that does not hold the figure."""
    return any(a <= cue < b and not a <= figure < b for a, b in asides)


_CANDIDATE_CUES = {"zh": ("goal_zh", "will_zh", "forecast_zh", "rel_zh", "quota_zh", "span_zh_strict"),
                   "en": ("goal_en", "will_en", "forecast_en", "rel_en")}
_YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")


def _section_at(sections: list[Section], pos: int) -> Section | None:
    for section in sections:
        if section.start <= pos < section.end:
            return section
    return None


# 2025年，全市14条重点产业链实现营业收入6125亿元: a sentence opening on a year, then a comma
_PAST_YEAR_OPENING_ZH = regex.compile(r"\s*(?:据[^，,。；;]{1,24}?(?:介绍|统计|显示|数据|通报)[，,：:]\s*)?"
                                      r"(?:(?P<year>(?:19|20)\d\d)年(?:底|末"
                                      # (2026年1—10月，…实现营业收入4.61万亿元 · 2026年前三季度，…: part of a year)
                                      r"|(?P<part>1?\d[—\-–~～至到]1?\d月(?:份)?|前三季度|上半年|前\d{1,2}个月))?"
                                      r"(?:[，,]|全[市省县区]|共|累计)"
                                      # (今年以来，各链链长累计走访企业1146家次: this year so far)
                                      r"|(?P<so_far>今年以来|本年度以来)[，,])")
# In 2025, the eight chains recorded …: a sentence of a goals section that opens on a past year, the baseline
_PAST_YEAR_OPENING_EN = regex.compile(r"(?i)\s*(?:in|during|for|by\s+the\s+end\s+of)\s+(?P<year>(?:19|20)\d\d)\s*,")
# a numbered task (4.推进产业链精准招商。…) and, on a line of its own under it, when it is due
_TASK_ITEM_ZH = regex.compile(r"[ \t　]*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])")
# (牵头单位：市投资促进中心；完成时限：2026年12月底 · 责任单位：市工信局　完成时限：…: the lead unit first, on
# the same line, after a semicolon or a space)
_TASK_DUE_ZH = regex.compile(r"[ \t　]*(?:(?:牵头单位|责任单位|承办单位|配合单位)[：:][^\n；;]{1,60}?"
                             r"(?:[；;]\s*|[ \t　]+))*"
                             r"(?:完成时限|完成时间|时间节点|完成期限|时限要求)[：:]\s*"
                             r"(?:(?P<year>(?:19|20)\d\d)年)?")


def _task_deadline(text: str, pos: int, year: int) -> int | None:
    """The year a numbered task is due when a 完成时限 line follows it (完成时限：2026年12月底 → 2026; a
    line with no year, 长期坚持, the publication year), else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _TASK_ITEM_ZH.match(text, line_start, line_start + 12):
        return None
    at = text.find("\n", pos)
    for _ in range(5):  # the task's own lines (牵头单位 · 责任单位 · 完成时限) before the next item
        if at < 0:
            return None
        nxt = text.find("\n", at + 1)
        line_end = len(text) if nxt < 0 else nxt
        due = _TASK_DUE_ZH.match(text, at + 1, line_end)
        if due is not None:
            return int(due.group("year")) if due.group("year") else year
        if _TASK_ITEM_ZH.match(text, at + 1, line_end):
            return None
        at = nxt
    return None


def _sentence_targets(text: str, lo: int, hi: int, lang: str, year: int | None,
                      records: list[Record], article: str, main: str | None,
                      places: list[Any], section: Section | None = None) -> list[TargetRecord]:
    """The targets of one sentence: each figure whose nearest preceding cue is a goal cue (under a
    heading that announces the year's goals, a figure with no cue at all is one of them)."""
    pats = _patterns()
    figures = _figures(text, lo, hi, records)
    if not figures:
        return []
    if lang == "zh" and year is not None:  # 2025年产值：1,286.4亿元，同比增长11.2%；…: a past year's line, results
        line_start = text.rfind("\n", 0, lo) + 1
        label = _PAST_YEAR_LABEL_ZH.match(text, line_start, hi)
        if label is not None and int(label.group("year")) < year:
            return []
        opening = _PAST_YEAR_OPENING_ZH.match(text, lo, hi)
        if opening is not None and section is not None and section.goals:
            # 一、工作目标 / 2025年，全市…实现营业收入6125亿元: the goals' baseline, a result (四、2027年度主要目标 /
            # 2026年1—10月，… · 今年以来，…: the year before the goals' year, so far)
            # (a whole year, though, is a goal's year when it is this one: 2026年，全区…突破1280亿元 in a plan to 2028)
            so_far = opening.group("so_far") is not None or opening.group("part") is not None
            goals_year = max(year, section.deadline or year) if so_far else year
            opened = year if opening.group("so_far") else int(opening.group("year"))
            if opened < goals_year:
                section = None
    if lang == "en" and year is not None and section is not None and section.goals:
        opening = _PAST_YEAR_OPENING_EN.match(text, lo, hi)
        if opening is not None and int(opening.group("year")) < year:
            section = None  # II. Main goals / In 2025, the eight chains recorded …: the goals' baseline, a result
    if lang == "zh" and _PROBLEM_LABEL_ZH.match(text, text.rfind("\n", 0, lo) + 1, hi):
        return []  # 主要问题：全年仅召开链长办公会2次，…开工率不足60%: what went wrong, no goal
    share = _SHARE_ISSUE_ZH.search(text, lo, hi) if lang == "zh" else None
    if share is not None:
        # 今日起招股，计划发行1.2亿股H股 · 集资净额约45%将用于…: a firm's share offering, its own plan (a
        # figure before it stays: 工信局要求…到2027年提高至45%，而汇能招股书披露的比例只有31%)
        figures = [f for f in figures if f.end <= share.start() and rx(r"[，,；;]").search(text, f.end, share.start())]
        if not figures:
            return []
    cues = _cues(text, lo, hi, lang, year)
    task_year = _task_deadline(text, lo, year) if lang == "zh" and year is not None else None
    duty = lang == "zh" and year is not None and (
        _DUTY_LINE_ZH.match(text, text.rfind("\n", 0, lo) + 1, hi) is not None or task_year is not None)
    if lang == "zh" and _GOALS_LEAD_ZH.search(text, max(0, lo - 16), lo):
        # 二是明确目标。全省重点产业链营业收入增长7%以上，…: the lead's goals, dated by the answer they are
        # part of (今年是“十五五”开局之年 … 二是明确目标。), not past a new question
        block = max([max(0, lo - 400), *(m.end() for m in _QUESTION_LINE_ZH.finditer(text, max(0, lo - 400), lo))])
        said = _deadlines(text, block, lo, lang, year)
        lead_deadline = said[-1][1] if said else None
        cues = [Cue(lo, lo, "goal", lead_deadline), *cues]
    elif duty:
        # 责任任务：产业链营业收入达到520亿元；新增规模以上企业15家: a duty list's tasks for the year ·
        # 4.推进产业链精准招商。…签约落地亿元以上项目200个 / 完成时限：2026年12月底: a task and its deadline
        lead_deadline = task_year or (section.deadline if section is not None and section.deadline else year)
        cues = [Cue(lo, lo, "goal", lead_deadline), *cues]
    elif year is not None and (_THIS_YEAR_LEAD_ZH if lang == "zh" else _THIS_YEAR_LEAD_EN).search(
            text, max(0, lo - (40 if lang == "zh" else 140)), lo) and any(c.kind in ("goal", "forecast") for c in cues):
        # 今年是“十五五”开局之年。全市地区生产总值预期增长6%以上，…力争突破3000亿元: the year's goals
        lead_deadline = year
        cues = [Cue(lo, lo, "goal", year), *cues]
    else:
        lead_deadline = None
    listed_goals = section is not None and section.goals or duty
    if listed_goals and lang == "zh":  # 三、2026年主要目标 … 同比增长8%以上: a word plans use too, no result here
        cues = [c for c in cues if not (c.kind == "done" and text[c.start:c.end] in pats["weak_done_zh"])]
    if listed_goals and not any(c.kind not in ("done", "baseline") and c.start <= lo + 2 for c in cues):
        # a sentence of a list of goals is one even when it has no cue, or only a word that reads
        # as a result elsewhere (稳居全国第一方阵): the list's cue opens it
        cues = [Cue(lo, lo, "goal", section.deadline if section is not None else lead_deadline), *cues]
    clauses = _spans(_CLAUSE_END[lang], text, lo, hi)
    out: list[TargetRecord] = []
    asides = [m.span() for m in _ASIDE.finditer(text, lo, hi) if not _ENUMERATOR.fullmatch(m.group())]
    # (The main goals for 2026 are: …; no fewer than 5 new … will be designated; …: a list of goals the
    # sentence opens, every part of it under the lead; found once for the sentence)
    goal_list_lead = _GOAL_LIST_LEAD_EN.search(text, lo, hi) if lang == "en" else None
    for fig in figures:
        # a cue inside a parenthetical aside (…增长12%左右（2023年同比增长9.6%），总量突破6500亿元) speaks
        # only for the figures inside it
        clause = next(((a, b) for a, b in clauses if a <= fig.start < b), (lo, hi))
        # a baseline cue (up from …, from about … now) is a result for its own clause only
        # (in a list of goals an achievement word, too, speaks for its own clause only)
        before = [c if c.kind != "baseline" else replace(c, kind="done") for c in cues
                  if c.end <= fig.start and not _aside_apart(asides, c.start, fig.start)
                  # from 14% now to 25%: the baseline speaks for 14% only
                  and not (c.kind == "baseline" and _TO_AFTER_BASELINE.search(text, c.end, fig.start))
                  and not (c.kind in ("done", "baseline")
                           and text[c.start:c.end].lower() in ("now", "today", "currently", "last year", "at present")
                           and rx(r"(?i)\s+(?:up\s+|down\s+)?to\s+(?:about\s+|around\s+|at\s+least\s+|over\s+"
                                  r"|more\s+than\s+|no\s+(?:fewer|less|more)\s+than\s+)?").fullmatch(
                               text, c.end, fig.start))
                  and (c.kind != "baseline" or c.start >= clause[0])
                  # (against 14 now, and for the chain masters to buy 45% …: "now" speaks for its own clause)
                  and not (lang == "en" and c.kind == "done" and c.start < clause[0]
                           and text[c.start:c.end].lower() in ("now", "today", "currently"))
                  and not (listed_goals and c.kind == "done" and c.start < clause[0])]
        nominal = pats[f"nominal_goal{'_en' if lang == 'en' else ''}"].match(
            text, fig.end, clause[1]) is not None or (lang == "en" and pats["nominal_before_en"].search(
                text, max(clause[0], fig.start - 30), fig.start) is not None)
        cue = before[-1] if before else None
        if cue is None and lang == "zh":  # 首期20亿元力争年内完成募集: the goal word right after the figure
            after = _GOAL_RIGHT_AFTER_ZH.match(text, fig.end, clause[1])
            if after:
                cue = Cue(after.start("cue"), after.end("cue"), "goal")
        if (cue is None or cue.kind == "will" and cue.start < clause[0]) and lang == "en" and fig.kind == "count":
            shall = _SHALL_AFTER_EN.match(text, fig.end, clause[1])  # at least three chains shall each reach …
            if shall:
                cue = Cue(shall.start("will"), shall.end("will"), "goal")
        if (cue is None or cue.kind == "will" and cue.start < clause[0]) and lang == "en":
            # a fund of 10 billion yuan will be set up by the end of the year (its own clause's "will")
            passive = _PASSIVE_WILL_EN.match(text, fig.end, clause[1])
            if passive:
                cue = Cue(passive.start("will"), passive.end("will"), "goal")
        if (cue is None or cue.kind != "goal") and lang == "en" and fig.kind == "count":
            # had signed 23 of the 60 projects the chain was supposed to land in 2026: the figure, then a
            # relative clause of what someone means to do with it
            meant = _GOAL_RELATIVE_EN.match(text, fig.end, clause[1])
            if meant:
                cue = Cue(meant.start("cue"), meant.end("cue"), "goal")
                nominal = True  # the clause's own goal, whatever cue the sentence had before
        if cue is None and lang == "en":
            # Tongling: chain output of 300 billion yuan by 2027 · about 260 billion yuan in 2026: a
            # coming year right after the figure, in its clause, dates a goal the sentence has no cue for
            cue = next((c for c in cues if c.kind == "goal" and fig.end <= c.start < clause[1] and (
                c.deadline or (year is not None and any(int(y) >= year for y in rx(r"(?:19|20)\d\d").findall(
                    text[c.start:c.end])))) and rx(r"(?i)[^,;.]{0,30}").fullmatch(text, fig.end, c.start)), None)
        goal_list = goal_list_lead is not None and goal_list_lead.end() <= fig.start
        if not nominal and not _governs(text, cue, fig, clause, figures, cues, lang, year,
                                        section is not None and section.goals or goal_list, lo):
            continue
        if listed_goals and fig.qualifier in (None, "exact", "approx") and rx(r"项目(?:计划)?总投资(?:约|达)?$").search(
                text, max(lo, fig.start - 10), fig.start) and not any(
                c.kind in ("goal", "will") and c.end <= fig.start and c.start > lo + 2 for c in cues):
            continue  # 支持X建设…基地，项目总投资45亿元 under a goals heading: a project's size, no goal
        if lang == "zh" and fig.kind == "money" and (
                _THRESHOLD_OF_COUNTED_ZH.match(text, fig.end, clause[1]) or rx(r"(?:以上)?的").match(text, fig.end)
                and _COUNT_BEFORE_THRESHOLD_ZH.search(text, max(clause[0], fig.start - 14), fig.start)):
            continue  # 培育营业收入超千亿元的产业链5条 · 形成2个产值超500亿元的产业集群: a bar, the goal is the count
        if lang == "zh" and (rx(r"原则上").search(text, lo, fig.start) or fig.kind == "money" and rx(
                r"门槛[^的]*$").search(text, lo, fig.start) or rx(
                    r"(?:目标的|较(?:\d{4}年|去年|上年|前年)?的?(?:约|近)?)$").search(
                        text, max(lo, fig.start - 8), fig.start)):
            # 营收门槛设为30亿元 · 原则上不低于50万元: a criterion; 目标的81.1%: progress; 较…的约610亿元: a baseline
            # (not 迈过10亿元门槛的龙头企业不少于10家: the count is the goal)
            continue
        if lang == "zh" and fig.kind == "money" and rx(
                r"争取(?:到)?(?:上级|中央|省级|国家|各级|各类)\p{Han}{0,6}资金$").search(
                    text, max(lo, fig.start - 16), fig.start) and not rx(
                        r"力争|计划|将|今年|全年|以上|不少于|不低于|超").search(
                            text[max(lo, fig.start - 24):fig.start] + text[fig.end:fig.end + 3]):
            continue  # 争取上级专项资金2.37亿元 in a year's results: obtained, no goal
        if lang == "en" and fig.kind == "money" and (
                _PROJECT_SIZE_EN.search(text, max(clause[0], fig.start - 6), fig.start)
                and _PROJECT_NOUN_AFTER_EN.match(text, fig.end)
                or _FIRM_SPENDS_EN.search(text, max(clause[0], fig.start - 60), fig.start)):
            continue  # at a Rmb3.2bn plant · a 420-million-yuan research center · it would spend: a firm's project
        if lang == "en" and fig.kind == "count" and rx(
                r"(?i)[^,;.]{0,80}?\bas\s+(?:the\s+|their\s+)?(?:deputy\s+|general\s+|vice\s+)?chain\s+(?:chiefs|leaders)"
                ).match(text, fig.end, clause[1]):
            continue  # 34 heads of provincial departments as deputy chain chiefs: who hold the posts, no goal
        if lang == "en" and fig.kind == "money" and _REWARD_BEFORE_EN.search(
                text, max(clause[0], fig.start - 60), fig.start):
            continue  # Each chain rated "excellent" shall receive 20 million yuan: a reward, no goal
        if lang == "en" and fig.kind == "money" and _BAR_OF_COUNTED_EN.search(
                text, max(clause[0], fig.start - 70), fig.start):
            continue  # at least 10 shall have annual revenue of more than 20 billion yuan: a bar, no goal
        if fig.unit == "强" and _RANKING_NAME_AFTER.match(text, fig.end):
            continue  # 在全国综合实力百强县排名中进入前50: the ranking's name, the goal is 前50
        if lang == "zh" and fig.kind == "count" and rx(r"[^，,。；;]{0,16}全覆盖").match(text, fig.end, clause[1]):
            continue  # 实现16条重点产业链金融服务专员全覆盖: the goal is the coverage, the chains are its scope
        if lang == "zh" and fig.kind == "count" and fig.unit in ("省", "市", "县", "区", "地", "国") and rx(
                r"(?:\p{Han}{1,4}、)+\p{Han}{1,4}$").search(text, max(lo, fig.start - 30), fig.start):
            continue  # 选取辽宁、河南、湖南三省: the places the text names, counted, no goal
        if fig.kind == "count" and (fig.unit or "").lower() in _STEP_UNITS:
            continue  # set goals in two stages · 分两批: how the work is divided, no goal
        if rx(r"\s*不等").match(text, fig.end):
            continue  # 单个项目投资由800万至2,500万港元不等: how much each varies, no goal
        if lang == "zh" and rx(r"以[^，,。；;]{0,10}$").search(text, max(clause[0], fig.start - 11), fig.start) and \
                rx(r"(?:计|计算|估算|测算)").match(text, fig.end):
            continue  # 以每家平均投资约2亿港元计: an assumption of the arithmetic, no goal
        if lang == "zh" and rx(r"(?:近|过去|前)[一二三四五六七八九十两\d]+年(?:的)?(?:平均|年均|均)(?:约|近)?$").search(
                text, max(clause[0], fig.start - 10), fig.start):
            continue  # 高于近三年平均约8%的增速: a past average, no goal
        if lang == "zh" and _REWARD_BAR_AFTER_ZH.match(text, fig.end, hi):
            continue  # 本地配套采购额年新增超过1亿元的，按新增部分的1%给予奖励: a reward's bar, no goal
        if lang == "zh" and _DONE_AFTER_ZH.match(text, fig.end, clause[1]):
            continue  # 次日下午，项目所需的46亩用地已完成预审: done already, whatever was asked the day before
        if lang == "en" and fig.kind == "count" and rx(r"\s+(?:apart|away)\b").match(text, fig.end):
            continue  # officials more than 1,500 kilometers apart: a distance, no goal
        if lang == "en" and _DONE_AFTER_EN.match(text, fig.end, clause[1]):
            continue  # 17 have been signed so far · 30 of which have been named: done already
        if lang == "en" and _CONDITION_BEFORE.search(text, max(lo, fig.start - 60), fig.start):
            continue  # reachable only if cross-border sales keep growing at 25% a year: a condition, no goal
        if lang == "en" and cue is not None and _REASON_EN.search(text, cue.end, fig.start):
            continue  # below the city's goal, because demand … is growing by only 3% to 5%: a reason, no goal
        if lang == "zh" and fig.kind == "count" and _FOCUS_ZH.search(text, clause[0], fig.start) and \
                _FOCUS_OBJECT_ZH.match(text, fig.end):
            continue  # 聚焦集成电路、新能源汽车等31条重点产业链 · 聚焦…三个方向: what the work covers, no goal
        if lang == "en" and fig.kind == "count" and _WHERE_UNITS.fullmatch(fig.unit or "") and (
                _WHERE_BEFORE.search(text, max(lo, fig.start - 20), fig.start) or rx(r"['’]").match(text, fig.end)):
            continue  # move into two industrial parks · buyers from 25 countries · the three cities' chains: where
        if lang == "en" and rx(r"(?i)\bfrom\s+(?:about\s+|around\s+|nearly\s+)?$").search(
                text, max(lo, fig.start - 14), fig.start) and rx(
                    r"(?i)[^,;:]{0,50}?\bto\s+(?:about\s+|around\s+|at\s+least\s+|over\s+)?[$¥]?\d").match(
                    text, fig.end, clause[1]):
            continue  # rise from 1.9 percent of their revenue in 2025 to 2.5 percent: the starting point
        if pats["baseline"].search(text, max(lo, fig.start - 14), fig.start) and (
                rx(r"\s*(?:左右|上下|以上|以下|多)?(?:today|now|currently|at present|in \d{4})?\s*"
                   r"(?:提高|增加|增长|扩大|提升|拓展|发展|上升|拉高|拉升|抬高|推高|上调|下调|调高|调低|调增|调减|降低|下降"
                   r"|减少|压减|压降|倍增|翻番|翻一番|翻倍|增|升|扩|提|拉|推|降|减)?\s*(?:到|至|to\b)"
                   ).match(text[fig.end:fig.end + 16])
                or rx(r"(?i)\s*(?:today|now|currently|at present|last year|this year)\b").match(text, fig.end)):
            # 从1000亩拓展到… · expand its vineyards to 1 million mu, from about 600,000 mu now: the
            # starting point is not the goal
            continue
        # under 三、2025年重点工作 … 力争…突破8000亿元 the heading's year dates what the sentence does not
        deadline = _figure_deadline(text, lo, hi, clauses, clause, fig, lang, year,
                                    section.deadline if section is not None else None) or lead_deadline \
            or (cue.deadline if cue is not None and cue.kind == "goal" else None)  # (a cue that names its year)
        if lang == "en" and rx(r"(?i)\balso\b").search(text, lo, fig.start) and (
                deadline is None or not _deadlines(text, lo, hi, lang, year)):
            # … exceed 2.5 trillion yuan by 2030. We also want at least six chains …: the goal before's year
            para = max(text.rfind("\n", 0, lo) + 1, lo - 400)
            before = _deadlines(text, para, lo, lang, year)
            deadline = before[-1][1] if before else None
        if lang == "zh" and deadline is None and _SAME_PERIOD_ZH.match(text, lo, fig.start):
            # 全省…力争到2027年突破1.5万亿元。同期，贵州计划引进港澳资项目不少于60个: the period before's year
            para = max(text.rfind("\n", 0, lo) + 1, lo - 400)
            before = _deadlines(text, para, lo, lang, year)
            deadline = before[-1][1] if before else None
        if deadline is None and fig.kind == "percent" and year is not None and \
                pats["growth"].search(text, clause[0], fig.start):
            deadline = year  # a growth rate is a rate for the year
        metric = _metric(text, fig, clause[0], cue.end if cue and cue.end > clause[0] else clause[0],
                         cue.start if cue and cue.start > clause[0] else None)
        unit, currency = fig.unit, fig.currency
        if fig.kind == "magnitude":
            if metric and pats["money_metric"].search(metric):
                unit, currency = "元", "CNY"
        out.append(TargetRecord(
            article=article, start=fig.start, end=fig.end, text=text[fig.start:fig.end],
            metric=metric, value=fig.value, unit=unit, currency=currency,
            qualifier=_qualifier(text, fig, lo), value_max=fig.value_max, deadline=deadline,
            scope=_scope(text, lo, fig, main, lang, places)))
    return out


def _previous_clause_start(text: str, clause_start: int, sentence_start: int | None, lang: str) -> int:
    """Where the clause before the one starting at ``clause_start`` starts (not before the sentence)."""
    floor = clause_start if sentence_start is None else sentence_start
    last = floor
    for m in _CLAUSE_END[lang].finditer(text, floor, max(floor, clause_start - 1)):
        last = m.end()
    return last


def _dated_sentence(text: str, start: int | None, cue_start: int, lang: str, year: int | None) -> bool:
    """True when a deadline still to come opens the sentence before a forecast cue: 今年，…确保…，
    预计产值增长15%左右 · This year, … and output is expected to grow 15 percent."""
    if start is None or year is None:
        return False
    return any(y >= year for _, y in _deadlines(text, start, cue_start, lang, year))


_SHORT_OF_GOAL_EN = regex.compile(r"(?i)\s+(?:short\s+of|below|above|under|over)\s+(?:the\s+|their\s+|its\s+|"
                                  r"[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:goals?|targets?)\b")
_SUBJECT_WORD_EN = regex.compile(r"(?:^|[,;]\s+|\.\s+|\b(?:and|but)\s+)"
                                 r"(?P<name>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\s+(?:also\s+|now\s+|still\s+)?$")


def _short_firm_subject_en(text: str, lo: int, cue: int) -> bool:
    """Hengchi plans to invest …: a short name right before the cue that the text gives in full elsewhere with
    a firm's word (Hengchi Advanced Materials Co.), so a firm's own plan (D17)."""
    m = _SUBJECT_WORD_EN.search(text, max(0, min(lo, cue - 40) - 2), cue)
    if m is None:
        return False
    from extractors.entities import places
    if m.group("name") in places() or m.group("name").split()[0] in places():
        return False  # Quzhou strives to …: a place (Quzhou Juhua Group is a firm named after it)
    words = _firm_end_words_en()
    return _named_in_full_en(text, m.group("name"), words)


@text_memo(maxsize=256)
def _named_in_full_en(text: str, name: str, words: str) -> bool:
    """Whether ``text`` names ``name`` in full with a firm's word (Hengchi Advanced Materials Co.); memoised,
    as every cue of an article asks about the same few names."""
    return regex.search(rf"\b{regex.escape(name)}(?:\s+[A-Z][\w&.-]*){{0,4}}\s+(?:{words})\b", text) is not None


@lru_cache(maxsize=1)
def _firm_end_words_en() -> str:
    return alternation(_column("firm_words.tsv", 1, "firm_end_en"))


_COORDINATED_VERB_EN = regex.compile(r"\s*(?:and|or)\s+(?:also\s+)?(?:to\s+)?"
                                     r"(?!the\b|its\b|their\b|this\b|that\b|these\b|those\b|a\b|an\b|it\b|they\b"
                                     r"|we\b|he\b|she\b|[a-z]+(?:ed|ing|s)\b)[a-z]+\s+(?:at\s+least\s+|about\s+|"
                                     r"more\s+than\s+|no\s+fewer\s+than\s+|another\s+)?$")


# raised her 2027 net income forecast for the company by|9% (the change to an estimate, not a goal's rate)
_FORECAST_REVISED_BY_EN = regex.compile(r"(?i)\b(?:raised|raises|raise|cut|cuts|lowered|lowers|revised|revises|lifted"
                                        r"|lifts|trimmed|trims)\s+(?:[^,;.]{0,50}?\s)?(?:forecasts?|estimates?|projections?"
                                        r"|guidance|price\s+target)\b[^,;.]{0,40}?\bby\s+(?:about\s+|around\s+)?$")


_GOAL_LIST_LEAD_EN = regex.compile(r"(?i)(?:^|(?<=[.!?]\s)|(?<=\n))(?:the\s+)?(?:main\s+|key\s+|major\s+|chief\s+)?"
                                   r"(?:goals|targets)\s+(?:for\s+(?:19|20)\d\d\s+)?(?:are|include)\s*:")
# … will grow by about 10 percent, to more than 156 billion yuan: the level the growth reaches, same verb
_TO_LEVEL_AFTER_EN = regex.compile(r"(?i)[,;]?\s*(?:to|reaching)\s+(?:(?:more\s+than|over|about|around|nearly|some"
                                   r"|at\s+least|roughly)\s+)?")


def _governs(text: str, cue: Cue | None, fig: Figure, clause: tuple[int, int],
             figures: list[Figure], cues: list[Cue], lang: str, year: int | None,
             plan_section: bool = False, sentence_start: int | None = None) -> bool:
    """True when the cue before a figure makes it a goal (and nothing says otherwise); under a
    heading of the year's goals (``plan_section``) "will" governs its whole sentence."""
    pats = _patterns()
    quota = lang == "zh" and fig.qualifier == "at_least" and (cue is None or cue.kind != "done")
    if (cue is None or cue.kind == "done") and not quota:
        return False  # (不少于10亿元 is a quota, a goal of its own)
    if fig.unit in ("公里", "千米", "米", "km", "kilometres", "kilometers", "miles", "metres", "meters") and rx(
            r"\s*(?:外|以外|之外|远|开外|away\b|off\b|from\b)").match(text, fig.end):
        return False  # 将被运到20公里外的总装车间 · a plant 30 km away: a distance, no goal
    if lang == "en" and fig.unit == "%" and _FORECAST_REVISED_BY_EN.search(text, max(clause[0], fig.start - 80),
                                                                          fig.start):
        return False  # raised her 2027 net income forecast for the company by 9% to …: a revision, no goal
    if cue is not None and cue.kind in ("will", "forecast") and not plan_section \
            and pats["area"].search(fig.unit or "") \
            and not rx(r"(?:新增|新建|建成|打造|拓展|供应|储备|盘活|腾出)[^，,；;。]{0,8}$"
                       # the city shall supply no less than 8,000 mu
                       r"|(?i)\b(?:supply|add|provide|free\s+up|make\s+available)\s+(?:[\w-]+\s+){0,3}$").search(
                text, max(clause[0], fig.start - 12), fig.start) \
            and not rx(r"(?i)\barea\b|\bacreage\b|面积").search(text, clause[0], fig.start) \
            and not any(c.kind == "goal" and c.deadline for c in cues if c.end <= fig.start):
        # land areas describe a project (a land supply to add is a goal: 新增产业用地约800亩; so is an
        # area measured: Next year, the co-culture area will be kept at no less than 850,000 mu)
        return False
    if cue is not None and cue.kind == "will" and lang == "en" and cue.start < clause[0] and not plan_section \
            and not _brings_the_total_to(text, clause[0], fig.start) \
            and not _COORDINATED_VERB_EN.match(text, clause[0], fig.start) \
            and not _TO_LEVEL_AFTER_EN.fullmatch(text, clause[0], fig.start):
        # "will" speaks for its own clause (and for ", bringing the total to 56" after it, and for a verb
        # coordinated with its own: shall sign …, and add 60 enterprises)
        return False
    if cue is not None and cue.kind == "will" and lang == "zh" and fig.kind == "count" and rx(
            r"(?:洽谈|会见|拜访|到访|座谈|会谈|交流)").search(text, fig.end, clause[1]):
        return False  # 还将到访…，并与5家香港上市公司洽谈合作: a trip's programme, no goal
    if cue is not None and cue.kind == "will" and lang == "zh" and rx(
            r"(?:总投资|计划总投资|投资总额)(?:约|达|为)?$").search(
                text, max(clause[0], fig.start - 10), fig.start):
        return False  # 双方将合资建设…，项目总投资18亿元: the size of the project, no goal
    if cue is not None and cue.kind == "forecast" and not (
            _deadlines(text, cue.start, min(clause[1], cue.end + 12), lang, year)
            or _deadlines(text, clause[0], clause[1], lang, year)
            or any(c.kind == "goal" and c.deadline for c in cues if c.end <= cue.start)
            or _deadlines(text, clause[0], clause[1], lang, year, weak=True)  # 预计全年
            or _dated_sentence(text, sentence_start, cue.start, lang, year)):
        return False  # 预计 without a date is an estimate, not a goal (明年，…预计 has one)
    if fig.kind == "count":
        if fig.unit == "大":
            return False  # 五大传统产业: a category's name
        if lang == "zh" and (rx(r"(?:在建|已建成?|已投产|已签约|现有|存量)").match(text, fig.end) or rx(
                r"(?:在建|已建成|已投产|已签约|已落地|已开工)的$").search(
                    text, max(clause[0], fig.start - 4), fig.start)):
            return False  # 抓好8个在建项目 · 盯紧在建的3个储能电站项目: projects already there (the goal is what
            # is done with them)
        if lang == "zh" and fig.unit == "条" and rx(r"(?:重点)?产业链").match(text, fig.end, fig.end + 5) and any(
                c.kind in ("goal", "will") and fig.end <= c.start < clause[1] for c in cues):
            return False  # 明年全省50条重点产业链将再组织…: the chains are the subject, the goal comes after
        if lang == "zh" and rx(r"(?:等次|档次|个档|类别|层级|等级)").match(text, fig.end) and rx(
                r"分为|分成|划分为|设").search(text, max(clause[0], fig.start - 24), fig.start):
            return False  # 考核结果分为好、较好、一般三个等次: the grades of a scheme, no goal
        if lang == "zh" and fig.unit == "条" and rx(r"(?:重点)?产业链").match(text, fig.end, fig.end + 5) and rx(
                r"(?:全市|全省|全县|全区|全镇|全州|对|这|各)$|、\p{Han}{2,10}$").search(
                    text, max(clause[0], fig.start - 11), fig.start):
            return False  # 对全市12条重点产业链开展评价 · 投向A、B2条产业链: the chains there are, no goal
        if lang == "zh" and any(c.kind == "goal" and fig.end <= c.start < clause[1]
                                and not rx(r"\d").search(text[c.start:c.end])
                                and not rx(r"的$").search(text, max(0, c.start - 1), c.start) for c in cues):
            return False  # 12条重点产业链…力争突破: the count is the subject, the goal comes after
        for other in figures:
            if lang == "zh" and other.kind != "count" and fig.end <= other.start < clause[1] \
                    and "、" not in text[fig.end:other.start] \
                    and not rx(r"(?:以上|左右)?的").match(text[other.end:other.end + 3]):
                return False  # 21条重点产业链营业收入突破3.5万亿元: the count is the subject
        lead = rx(r"[，,；;：:]").split(text[max(clause[0], fig.start - 14):fig.start])[-1]
        # (not 预计在/落在/预计为/目标为: the figure is what is expected)
        if rx(r"(?:^|[对将把由分]|(?<!预计|目标|计划|预期|估计|约|将)为"
              r"|(?<!保持|稳定|控制|维持|预计|落|估计|约|大约|将)在"
              # 绘制14条产业链招商图谱 · 围绕12条产业链: the chains a measure covers (D9)
              r"|绘制|编制|围绕|聚焦|覆盖|针对|梳理|投向|面向)$"
              r"|每家|每个|每条").search(lead) or (
                fig.unit == "次" and rx(r"每(?:月|季度|周|年|半年|旬)").search(lead)):
            return False  # 对21条产业链实行…: what a measure covers (D9); 每家…至少: a per-unit rule;
            # 分两批遴选: the manner of a goal; 每月召开1次: a frequency (D16)
    if fig.kind == "money" and rx(
            r"(?:元|币|dollars|yuan|euros|yen|\$)\s*[（(]\s*(?:约|約|合|about|around|or)?\s*$").search(
            text, max(0, fig.start - 14), fig.start):
        return False  # 1.2兆元（约新台币5.4兆元）: the reporter's conversion, the goal is stated once
    if lang == "zh" and fig.kind == "money" and rx(
            r"每(?:斤|公斤|千克|吨|亩|件|台|个|箱|只|头|株|平方米)[^，,。；;]{0,3}?(?:不低于|不少于|不超过|不高于|约|为|达)?$"
    ).search(text, max(clause[0], fig.start - 12), fig.start):
        return False  # 收购价每斤不低于2元: a unit price, a contract's term
    if lang == "zh" and rx(r"(?:现有|目前有|现存|已有)[^，,。；;]{0,12}$").search(text, max(clause[0], fig.start - 14),
                                                                           fig.start):
        return False  # 链上现有规模以上企业1,380家，明年计划新增100家: what there is now, the baseline
    if rx(r"(?:仍差|还差|相差|尚差|缺口)约?$").search(text, max(clause[0], fig.start - 4), fig.start):
        return False  # 距离目标仍差约520亿元: the distance to a goal, the reporter's arithmetic
    if lang == "zh" and rx(r"由(?:目前|现在|现有|去年|今年|上年|原来)?的?约?$").search(
            text, max(clause[0], fig.start - 6), fig.start) and rx(
            r"[^，,。；;]{0,8}?(?:增|提|扩|升|降|减|压|缩|翻|达|增长|提高|提升|扩大|扩增|增加)(?:至|到|为)").match(
                text, fig.end, clause[1]):
        return False  # 年产能将由目前的18万支扩增至30万支: the baseline, the goal is where it goes
    if lang == "zh" and rx(r"比(?:年初)?(?:目标|计划|预期|任务)(?:数)?(?:多出?|少|超出?|高出?|低|提前)了?约?$").search(
            text, max(clause[0], fig.start - 10), fig.start):
        return False  # 新签约项目6个，比目标多2个: a result's distance past the goal
    if lang == "zh" and fig.kind == "count" and rx(r"(?:该|本|这|此)(?:链|市|县|区|镇|园区|企业)?$").search(
            text, max(clause[0], fig.start - 3), fig.start):
        return False  # 将推动该链2家链主企业与…签订…: a set the text already has (D9), not a goal
    if lang == "zh" and fig.kind == "count" and rx(r"\p{Han}{0,6}?中的?(?:排名|排位|位次)").match(text, fig.end):
        return False  # 营收在全区14个设区市中的排名，力争…: the places ranked among, not a goal
    if lang == "zh" and fig.kind == "count" and rx(r"\p{Han}{2,12}[和与及、]\p{Han}{2,12}$").search(
            text, max(clause[0], fig.start - 26), fig.start) and rx(r"(?:产业链|链|个|家)?(?:合计|共计|分别|各)").match(
            text, fig.end):
        return False  # 其中生物医药和医疗器械两条产业链合计不少于18个: the set the goal is counted over
    previous = _previous_clause_start(text, clause[0], sentence_start, lang)
    if rx(r"[；;]\s*$").search(text, max(0, clause[0] - 2), clause[0]):
        previous = clause[0]  # …给予一次性奖励100万元；母基金今年将设立…: another item of the list, not its terms
    if cue is not None and cue.start >= clause[0] and lang == "en" or lang == "zh" and rx(
            r"\s*(?:并|还|同时|另外)?(?:提出|明确|要求)?(?:到|至)(?:19|20)\d\d年").match(text, clause[0], fig.start):
        # …, capped at 50 million yuan each, and will set up a 2 billion yuan fund: own cue
        # (…已安排专项奖补资金1.2亿元，并提出到2027年…产值突破800亿元: a dated goal of its own)
        previous = clause[0]
    # (English: terms near the figure only, not "will set up a 5-billion-yuan fund … and offer subsidies of up to …")
    terms_end = clause[1] if lang != "en" else min(clause[1], fig.end + 30)
    if fig.kind in ("money", "percent") and (pats["terms"].search(text, previous, terms_end) or lang == "en" and rx(
            r"(?i)[^.;]{0,90}?,\s+(?:capped|up\s+to\s+a\s+maximum)\s+(?:at|of)\b").match(text, fig.end)):
        # (will pay up to 30% of the rent …, capped at 500,000 yuan a year: the cap in the clause after)
        # 给予最多100万元奖励 · 按投资额的5%给予奖励，单个项目最高1000万元 · subsidies of up to 15
        # percent …, capped at 20 million yuan: a policy's terms (in the clause or the one before)
        return False
    if lang == "en" and fig.kind in ("money", "percent") and _COST_SHARE_EN.search(
            text, clause[0], min(clause[1], fig.end + 5)) and rx(
                r"(?i)\b(?:costs?|bills?|expenses|price|outlay)\b").search(text, fig.start, clause[1]):
        return False  # The county will cover 40 percent of the store's 3.5 million yuan cost: a subsidy's terms
    if lang == "zh" and (fig.qualifier in ("over", "at_least") or _own_over(text, fig)):
        after = pats["threshold_zh"].match(text, fig.end, clause[1])
        if after and (fig.kind != "count" or fig.unit not in _ENTITY_UNITS_ZH and any(
                after.end() <= o.start < clause[1] for o in figures)):
            # 年产值超50亿元的龙头企业 · 产值超百亿元企业 · 年加工能力1万吨以上的精深加工厂3座: a threshold
            return False
    if lang == "en" and cue is not None and cue.kind == "will" and fig.kind == "money" and \
            pats["reported_invest_en"].search(text, max(0, cue.start - 60), fig.start):
        return False  # Galanz said it would invest US$1.2 billion: a company's announcement
    if lang == "en" and fig.kind == "money" and (rx(
            # (five of its chains to exceed 50 billion yuan in annual revenue each: a bar for each chain)
            r"(?:\s+in\s+(?:annual\s+|yearly\s+)?(?:revenue|sales|output(?:\s+value)?|investment))?(?:\s+or\s+more)?"
            r"\s+each\b").match(text, fig.end) or rx(
            r"(?i)\beach\s+(?:worth\s+|valued\s+at\s+|(?:generate|earn|post|have|reach)\s+(?:revenue|sales|output|a\s+scale)"
            r"(?:\s+value)?\s+of\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|above\s+)?$"
    ).search(text, max(clause[0], fig.start - 50), fig.start) or rx(r"\s+or\s+(?:more|above)\b").match(
            text, fig.end) and rx(r"(?i)\b(?:projects?|investments?|firms|enterprises|companies)\s+(?:of|worth|"
                                  r"valued\s+at)\s+(?:at\s+least\s+)?$").search(text, max(clause[0], fig.start - 40),
                                                                                  fig.start)):
        # (150 projects of 100 million yuan or more · eight chains will each generate revenue of more than …)
        # 120 new projects worth over 100 million yuan each · a dozen projects, each worth at least
        # 500 million yuan: a threshold per item
        return False
    if lang == "en" and fig.kind == "count" and rx(r"(?i)(?:\b(?:its|their|our|all)|\w['’]s)\s+$").search(
            text, max(clause[0], fig.start - 8), fig.start):
        # its three chain chiefs will pitch … · the province's 12 key chains together to generate … · opened
        # to all 12 of the city's key chains: a set the text already has, not a goal
        return False
    if lang == "en" and cue is not None and cue.kind in ("goal", "will", "forecast") and \
            (pats["firm_subject_en"].search(text, max(clause[0], cue.start - 40), cue.start)
             or _short_firm_subject_en(text, clause[0], cue.start)) and \
            not rx(r"\b(?:Ministry|Department|Bureau|Commission|Administration|Government|Office|Council)\b"
                   ).search(text, max(clause[0], cue.start - 80), cue.start):
        # Songshan Diamond Technology is expected to complete …: a company's plan (D17), not the
        # Ministry of Industry and Information Technology's
        return False
    if lang == "en" and fig.kind == "count" and rx(
            r"(?i)\b(?:of|across)\s+(?:the|its|all|their)\s+(?:\w+'s\s+)?$|\b(?:goals?|targets?|tasks?)\s+for\s+$").search(
            text, max(clause[0], fig.start - 24), fig.start):
        return False  # the output of the 16 key industrial chains above 1.5 trillion: what the goal covers (D9)
    if lang == "en" and (rx(r"(?i)\b(?:from|against|compared\s+(?:with|to))\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                            r"roughly\s+|just\s+|only\s+)?$").search(text, max(clause[0], fig.start - 24), fig.start)
                         or _SHORT_OF_GOAL_EN.match(text, fig.end, fig.end + 80)):
        # Goal: 150 billion yuan by 2027, from 104 billion yuan · to eight from five: the baseline · some 130
        # billion yuan short of their goals: the gap to a goal
        return False
    if lang == "en" and (rx(r"(?i)\bthreshold[\"”']?\s+of\s+(?:about\s+|around\s+)?$").search(
            text, max(clause[0], fig.start - 30), fig.start) or (
            rx(r"(?i)(?<!\bto\s)\bwithin\s+(?:about\s+|a\s+)?$").search(text, max(clause[0], fig.start - 20), fig.start)
            and rx(r"(?i)km|kilomet|mile|met(?:er|re)").match(fig.unit or ""))):
        # the "designated size" threshold of 20 million yuan · parts from within 100 km: a bar, a distance
        return False
    threshold = pats["threshold_en"].search(text, clause[0], fig.start) if lang == "en" else None
    if threshold and not pats["growth"].search(threshold.group()):
        # companies with annual revenue above 1 billion yuan (but "…, with average annual growth of
        # over 8 percent" states a rate to reach)
        return False
    if lang == "en" and pats["passive_past_en"].search(text, fig.end, clause[1]):
        return False  # 143 projects worth 268.5 billion yuan were signed: done, whatever cue came before
    nxt = next((f.start for f in figures if f.start > fig.start), clause[1])
    aside = _ASIDE.match(text, fig.end + len(rx(r"\s*(?:左右|以上|上下)?").match(text, fig.end).group()))
    m = pats["done_after"].search(text, aside.end() if aside else fig.end, min(max(nxt, aside.end() if aside
                                                                                   else nxt), clause[1]))
    if m and m.group().isdigit() and fig.kind == "percent" and rx(
            r"(?i)\s+(?:over|on|above|from|compared\s+(?:with|to)|than)\s+(?:the\s+)?(?:level\s+of\s+)?$").search(
                text, fig.end, m.start()):
        m = None  # an increase of about 13 percent over 2025: the base year of a rate, no result
    if m and (not m.group().isdigit() or (year is not None and int(m.group()) < year)):
        return False  # up from 746,000 units last year
    return True


def _own_over(text: str, fig: Figure) -> bool:
    """True when an own figure reads as a lower bound (超, 以上)."""
    return fig.kind not in ("money", "count") and _qualifier(text, fig, 0) in ("over", "at_least")


def _figure_deadline(text: str, lo: int, hi: int, clauses: list[tuple[int, int]],
                     clause: tuple[int, int], fig: Figure, lang: str, year: int | None,
                     section_deadline: int | None = None) -> int | None:
    """The deadline of one figure: the nearest in its own clause (English looks after the figure
    first: "hit 500 billion yuan by 2025"), then earlier clauses, then the year of the heading the
    sentence is listed under, then weak words (全年, annual)."""
    own = _deadlines(text, clause[0], clause[1], lang, year)
    if own:
        after = [y for p, y in own if p >= fig.end]
        before = [y for p, y in own if p < fig.start]
        if lang == "en" and after:
            # (make more than 2.3 million vehicles for the full year and aimed to reach 3.5 million by 2027:
            # the year its own words give, before the next goal's)
            first = min(p for p, _y in own if p >= fig.end)
            full_year = [y for p, y in _deadlines(text, fig.end, first, lang, year, weak=True)
                         if rx(r"(?i)full").match(text, p)]
            return full_year[0] if full_year else after[0]
        return before[-1] if before else after[0]
    if _patterns()["purpose"].match(text, clause[0], clause[1]) and not _QUOTA_IN_CLAUSE_ZH.search(
            text, clause[0], clause[1]):
        # 为…提供支撑: the aim a dated goal serves is not dated by it (D10) (为链上企业提供…不低于150亿美元: a
        # quota of its own, the goal itself)
        return None
    if lang == "zh" and rx(r"年均|年平均").search(text, clause[0], fig.start):
        # 该链营收要年均增长10%左右，到2028年突破2000亿元: an annual rate runs to the next clause's year
        later = next((c for c in clauses if c[0] >= clause[1]), None)
        found = _deadlines(text, later[0], later[1], lang, year) if later else ()
        if found and rx(r"\s*(?:到|至|于)").match(text, later[0]):
            return found[0][1]
    for a, b in reversed([c for c in clauses if c[1] <= clause[0]]):
        found = _deadlines(text, a, b, lang, year)
        if found:
            return found[-1][1]
        if _patterns()["purpose"].match(text, a, b):
            break
    if lang == "en":
        # grow 4.8%-5.0% for the full year, and … reach 2.5 trillion yuan in 2027 (not "annual": a rate's
        # or a size's word, 3 enterprises with annual revenue above …)
        own_weak = [y for p, y in _deadlines(text, clause[0], clause[1], lang, year, weak=True)
                    if p >= fig.end and rx(r"(?i)full").match(text, p)]
        if own_weak:
            return own_weak[0]
        for a, b in [c for c in clauses if c[0] >= clause[1]]:
            found = _deadlines(text, a, b, lang, year)
            if found:
                return found[0][1]
    if section_deadline is not None:
        return section_deadline  # Main goals for 2027 · … average annual growth of over 8 percent
    weak = _deadlines(text, lo, hi, lang, year, weak=True)
    return weak[0][1] if weak else None


def find_targets(text: str, article: str = "", language: str | None = None,
                 published: date | None = None, title: str | None = None) -> list[TargetRecord]:
    """Targets in a plain string (``title``: the headline, whose places decide the main place);
    money and count records are found first.

    >>> [(t.text, int(t.value), t.deadline) for t in find_targets(
    ...     "明确了新一年“小目标”——力争总产值超8800万亿,冲刺全国30强。", published=date(2023, 3, 17))]
    [('8800万亿', 8800000000000000, 2023), ('30强', 30, 2023)]
    """
    language = language or ("zh" if rx(r"\p{Han}").search(text) else "en")
    records: list[Record] = []
    try:
        from extractors.money import find_money

        records += find_money(text, article)
    except ImportError:
        pass
    try:
        from extractors.counts import find_counts

        records += find_counts(text, article)
    except ImportError:
        pass
    return targets_in(text, language, published, records, article, title)


@component("chainpress_targets", assigns="target", requires=("money", "count"))
def extract_targets(ctx: ExtractionContext) -> list[TargetRecord]:
    """The component: targets over the body, reusing the money and count records."""
    records = list(ctx.found.get("money", [])) + list(ctx.found.get("count", []))
    mentions = ctx.extras.get("entity_mentions")
    places = [m for m in mentions if m.label == "GPE"] if mentions is not None else None
    return targets_in(ctx.text, ctx.language, ctx.published, records, ctx.article, ctx.title,
                      places)

