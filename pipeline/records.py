"""Record dataclasses: one per record type, as defined in gold/GUIDELINES.md.

Extractors, the store, the evaluator, the exporters and the gold reader all use these
classes. ``to_row()``/``from_row()`` are a pair: ``from_row(r.to_row()) == r``.

Amounts and values are :class:`decimal.Decimal` (exact; never binary floats). Offsets are
0-based, end-exclusive code-point indexes; ``text`` is the surface string at those offsets.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from operator import attrgetter
from typing import Any, ClassVar, Literal

Qualifier = Literal["exact", "approx", "over", "under", "at_least", "at_most", "range"]
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "over", "under", "at_least", "at_most", "range")

LeaderRole = Literal[
    "chain_leader", "deputy_chain_leader", "chief_chain_leader", "chain_master", "official"
]
LEADER_ROLES: tuple[str, ...] = (
    "chain_leader", "deputy_chain_leader", "chief_chain_leader", "chain_master", "official"
)


def decimal_or_none(value: Any) -> Decimal | None:
    """Read a JSON/SQLite number (int, str or float) as an exact Decimal.

    >>> decimal_or_none(880000000000)
    Decimal('880000000000')
    >>> decimal_or_none("16.4") , decimal_or_none(None)
    (Decimal('16.4'), None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        # repr() gives the shortest string that round-trips, so 0.1 stays 0.1
        return Decimal(repr(value))
    return Decimal(str(value))


def json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: an int when whole, else a float.

    >>> json_number(Decimal("41370000000.0")), json_number(Decimal("4.7"))
    (41370000000, 4.7)
    """
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True, slots=True)
class Record:
    """Fields every record has. Subclasses add the type's own fields."""

    type: ClassVar[str] = "record"
    table: ClassVar[str] = "records"
    decimal_fields: ClassVar[tuple[str, ...]] = ()

    article: str
    start: int
    end: int
    text: str
    optional: bool = field(default=False, compare=False)

    def to_row(self) -> dict[str, Any]:
        """A JSON-ready dict: the record's type plus all fields (Decimals as numbers)."""
        row: dict[str, Any] = {"type": self.type}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name in self.decimal_fields:
                value = json_number(value)
            row[f.name] = value
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any], article: str | None = None) -> Record:
        """Build a record from a dict (gold line, JSONL prediction or database row)."""
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in row.items() if k in names}
        if article is not None:
            kwargs["article"] = article
        kwargs.setdefault("article", row.get("article_id", ""))
        for name in cls.decimal_fields:
            if name in kwargs:
                kwargs[name] = decimal_or_none(kwargs[name])
        if "optional" in kwargs:
            kwargs["optional"] = bool(kwargs["optional"])
        return cls(**kwargs)

    def moved(self, start: int, end: int, text: str) -> Record:
        """The same record at other offsets (used to map normalised spans back)."""
        # dataclasses.replace, without its per-call field checks
        values, at = _field_values(type(self))
        args = list(values(self))
        args[at[0]], args[at[1]], args[at[2]] = start, end, text
        return type(self)(*args)


@cache
def _field_values(cls: type) -> tuple[Callable[[Any], tuple], tuple[int, int, int]]:
    """A getter of a record class's field values (its positional ``__init__`` arguments, in
    order) and where ``start``, ``end`` and ``text`` are among them."""
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be a positional __init__ argument")
    names = [f.name for f in fields]
    return attrgetter(*names), (names.index("start"), names.index("end"), names.index("text"))


@dataclass(frozen=True, slots=True)
class MoneyRecord(Record):
    """A sum of money with an explicit currency: ``413.7亿元`` → 41370000000 CNY."""

    type: ClassVar[str] = "money"
    table: ClassVar[str] = "money"
    decimal_fields: ClassVar[tuple[str, ...]] = ("amount", "amount_max")

    amount: Decimal = Decimal(0)
    currency: str = "CNY"
    qualifier: str = "exact"
    amount_max: Decimal | None = None
    subject: str | None = None


@dataclass(frozen=True, slots=True)
class CountRecord(Record):
    """A cardinal number with its classifier or unit: ``走访企业52家`` → 52 家 (企业)."""

    type: ClassVar[str] = "count"
    table: ClassVar[str] = "counts"
    decimal_fields: ClassVar[tuple[str, ...]] = ("value", "value_max")

    value: Decimal = Decimal(0)
    unit: str = ""
    object: str | None = None
    qualifier: str = "exact"
    value_max: Decimal | None = None


@dataclass(frozen=True, slots=True)
class TargetRecord(Record):
    """A quantified goal for the future: ``力争…超8800亿元`` by 2023."""

    type: ClassVar[str] = "target"
    table: ClassVar[str] = "targets"
    decimal_fields: ClassVar[tuple[str, ...]] = ("value", "value_max")

    metric: str | None = None
    value: Decimal = Decimal(0)
    unit: str = ""
    currency: str | None = None
    qualifier: str = "exact"
    value_max: Decimal | None = None
    deadline: int | None = None
    scope: str | None = None


@dataclass(frozen=True, slots=True)
class LeaderRecord(Record):
    """A person, office or enterprise leading an industrial chain (链长制)."""

    type: ClassVar[str] = "leader"
    table: ClassVar[str] = "leaders"

    person: str | None = None
    title: str | None = None
    role: str = "chain_leader"
    chain: str | None = None
    count: int | None = None
    rank: str | None = None


@dataclass(frozen=True, slots=True)
class EntityRecord(Record):
    """A named entity: PERSON, ORG, GPE, CHAIN, DOC or TITLE."""

    type: ClassVar[str] = "entity"
    table: ClassVar[str] = "entities"

    label: str = ""
    normalized: str | None = None


RECORD_TYPES: dict[str, type[Record]] = {
    cls.type: cls for cls in (MoneyRecord, CountRecord, TargetRecord, LeaderRecord, EntityRecord)
}
SCORED_TYPES: tuple[str, ...] = ("money", "count", "target", "leader")


def record_from_row(row: dict[str, Any], article: str | None = None) -> Record:
    """Build the right record class from a dict carrying ``type``.

    >>> record_from_row({"type": "money", "article": "a", "start": 0, "end": 4,
    ...                  "text": "1亿美元", "amount": 100000000, "currency": "USD"}).amount
    Decimal('100000000')
    """
    kind = row.get("type")
    if kind not in RECORD_TYPES:
        raise ValueError(f"unknown record type {kind!r}")
    return RECORD_TYPES[kind].from_row(row, article=article)
