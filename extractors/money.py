"""Money: a sum with an explicit currency word or sign (413.7亿元, 1亿美元, $1.2 billion).

One compiled pattern, composed from the shared number grammar and ``data/currencies.tsv``,
finds figures with a currency before (``$``, ``RMB``, ``HK$``) or after (元, 美元, yuan);
ranges (10亿—20亿元, 10-20亿元, between 1 and 2 billion yuan) are one record with
``amount_max``. Qualifier words around the figure (约, 超过, more than; ``data/qualifiers.tsv``)
stay outside the span. ``subject`` is the nearest money noun before the figure in its clause
(``data/money_subjects.tsv``), or in English the noun after ``in``/``of``/``worth of``.

>>> [(r.text, r.amount, r.currency, r.qualifier) for r in find_money("力争总产值超8800亿元")]
[('8800亿元', Decimal('880000000000'), 'CNY', 'over')]
"""

from __future__ import annotations

from decimal import Decimal

import regex

from extractors.base import ExtractionContext, component
from extractors.lexicon import alternation, load_rows
from extractors.numbers import NUMBER, RANGE_SEP, Reading, fold_for_matching, qualify, read_figure
from pipeline.records import MoneyRecord


def _is_latin(form: str) -> bool:
    """True for currency forms spelt in Latin letters (matched case-insensitively)."""
    return bool(regex.match(r"[A-Za-z]", form))


def _currency_pattern(position: str) -> str:
    """An alternation of the currency forms usable at ``position`` (before/after the number)."""
    forms = [row[0] for row in load_rows("currencies.tsv") if row[2] in (position, "both")]
    signs = [f for f in forms if not _is_latin(f)]
    words = [f for f in forms if _is_latin(f)]
    # English words need word boundaries: "5 billion yuan", not "5 bwon"; RMB5 is fine
    latin = rf"(?i:\b(?:{alternation(words)}))" + (r"(?![A-Za-z])" if position == "after" else "")
    return rf"(?:{alternation(signs)}|{latin})"


CURRENCY_CODES: dict[str, str] = {row[0].lower(): row[1] for row in load_rows("currencies.tsv")}
CURRENCY_BEFORE = _currency_pattern("before")
CURRENCY_AFTER = _currency_pattern("after")
_GAP = r"[ \t\u00a0]*"
_GAP_AFTER = r"(?:[ \t\u00a0]*|-(?=[A-Za-z]))"  # 62.3-bln-yuan, 40-million-euro
# Words after a number that only say "currency unit": the currency name before it decides.
_GENERIC_UNITS = ("元",)

MONEY_RE = regex.compile(
    # between 1 and 2 billion yuan · between $1 billion and $2 billion
    rf"(?<=\bbetween\s+)(?:(?P<cb>{CURRENCY_BEFORE}){_GAP})?(?P<lo>{NUMBER})\s+and\s+"
    rf"(?:{CURRENCY_BEFORE}{_GAP})?(?P<hi>{NUMBER})(?:{_GAP}(?P<ca>{CURRENCY_AFTER}))?"
    # $1.2 billion · RMB 5 billion yuan · US$1-2 billion · HK$2bn
    rf"|(?P<cb>{CURRENCY_BEFORE}){_GAP}(?P<lo>{NUMBER})"
    rf"(?:(?P<sep>{RANGE_SEP})(?:{CURRENCY_BEFORE}{_GAP})?(?P<hi>{NUMBER}))?"
    rf"(?:{_GAP_AFTER}(?P<ca>{CURRENCY_AFTER}))?"
    # 10亿—20亿元 · 10-20亿元 · 1亿元至2亿元 · 1 to 2 billion yuan
    rf"|(?P<lo>{NUMBER})(?:{_GAP}(?P<cm>{CURRENCY_AFTER}))?(?P<sep>{RANGE_SEP})"
    rf"(?P<hi>{NUMBER}){_GAP}(?P<ca>{CURRENCY_AFTER})"
    # 413.7亿元 · 1亿美元 · 12.5 billion yuan
    rf"|(?P<lo>{NUMBER}){_GAP_AFTER}(?P<ca>{CURRENCY_AFTER})"
)


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


def _currency(match: regex.Match) -> str | None:
    """The ISO code of the currency word the match carries.

    A currency name before the number decides when the word after it is the bare unit 元
    (新台币6,500亿元 is TWD, 港币12.8亿元 is HKD); otherwise the word after the number does.
    """
    before = match.group("cb")
    after = match.group("ca") or match.group("cm")
    if before and (not after or after.strip() in _GENERIC_UNITS):
        return CURRENCY_CODES.get(before.strip().lower())
    if after:
        return CURRENCY_CODES.get(after.strip().lower())
    return None


def _is_glued_word(text: str, start: int, end: int) -> bool:
    """True when a Latin-letter figure runs into letters (RMB5 is fine, xRMB5 is not)."""
    before = text[start - 1:start] if start else ""
    return bool(before) and before.isascii() and before.isalnum()


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
    records: list[MoneyRecord] = []
    for match in MONEY_RE.finditer(folded):
        records.extend(_records(match, text, article))
    _inherit_subjects(records, folded)
    return records


def _records(match: regex.Match, original: str, article: str) -> list[MoneyRecord]:
    """The MoneyRecord(s) of one pattern match (two when a 从…到… change is not a range)."""
    text = match.string
    start, end = match.span()
    if _is_glued_word(text, start, end):
        return []
    currency = _currency(match)
    if currency is None or _is_unit_adjective(match):
        return []
    lead = text[match.start("lo") - 1:match.start("lo")] if match.start("lo") else ""
    reading = read_figure(match.group("lo"), match.group("hi"), lead)
    sep = match.group("sep") or ""
    if match.group("hi") is not None and (reading is None or "到" in sep and _after_from(text, start)):
        # not a range: each end that carries its own currency is a sum on its own
        records = []
        if match.group("cm") is not None:
            first = read_figure(match.group("lo"), None, lead)
            if first is not None:
                records.append(_record(text, original, article, start, match.end("cm"), first,
                                       CURRENCY_CODES[match.group("cm").strip().lower()]))
        if match.group("ca") is not None:
            hi_start = match.start("hi")
            last = read_figure(match.group("hi"), None, text[hi_start - 1:hi_start])
            if last is not None:
                records.append(_record(text, original, article, hi_start, end, last, currency))
        return records
    if reading is None:
        return []
    return [_record(text, original, article, start, end, reading, currency)]


def _is_unit_adjective(match: regex.Match) -> bool:
    """four trillion-yuan clusters: a hyphen only before the currency makes it a level, not a sum.

    A compound written in one piece (62.3-bln-yuan, 40-million-euro) is a sum.
    """
    currency_start = match.start("ca")
    if currency_start < 0 or match.string[currency_start - 1:currency_start] != "-":
        return False
    return bool(regex.search(r"\s", match.group("lo")))


def _after_from(text: str, start: int) -> bool:
    """从10亿元到20亿元 is a change (two sums), not a range."""
    return bool(regex.search(r"(?:从|由|\bfrom\s+)\S{0,12}\Z", text[max(0, start - 14):start]))


def _record(text: str, original: str, article: str, start: int, end: int, reading: Reading,
            currency: str) -> MoneyRecord:
    """Build one MoneyRecord, reading qualifier and subject from the text around it."""
    qualifier = qualify(text, start, end, reading.qualifier)
    return MoneyRecord(
        article=article, start=start, end=end, text=original[start:end],
        amount=reading.value, currency=currency, qualifier=qualifier,
        amount_max=reading.value_max if qualifier == "range" else None,
        subject=find_subject(text, start, end),
    )


def _inherit_subjects(records: list[MoneyRecord], text: str) -> None:
    """A conversion in parentheses (1亿美元(约7亿元)) is about what the figure before it is."""
    for i in range(1, len(records)):
        previous, current = records[i - 1], records[i]
        if current.subject is None and previous.subject is not None:
            between = text[previous.end:current.start]
            if regex.fullmatch(r"\s*[(（]\s*(?:[^\s)）]{0,6}\s*)?", between):
                records[i] = _with_subject(current, previous.subject)


def _with_subject(record: MoneyRecord, subject: str) -> MoneyRecord:
    """A copy of ``record`` with ``subject`` set."""
    import dataclasses

    return dataclasses.replace(record, subject=subject)


@component("chainpress_money", assigns="money")
def money_component(ctx: ExtractionContext) -> list[MoneyRecord]:
    """The money records of an article's normalised body."""
    return find_money(ctx.text, ctx.article)


__all__ = ["CURRENCY_AFTER", "CURRENCY_BEFORE", "MONEY_RE", "Decimal", "find_money",
           "find_subject", "money_component"]
