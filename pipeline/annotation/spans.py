"""The span model every annotation format is read into and written from.

A record becomes a :class:`Span` (offsets, label = record type, the text at the offsets and
the record's fields); an article becomes an :class:`AnnotatedDoc` (its key, its ORIGINAL
text, the finished annotations and the pre-annotations). Field values travel as *notes*,
one line of ``name=value`` pairs that annotators can read and edit (Label Studio region
meta, brat AnnotatorNotes):

>>> encode_fields({"amount": 880000000000, "currency": "CNY", "qualifier": "over", "deadline": None})
'amount=880000000000; currency=CNY; qualifier=over'
>>> decode_fields("money", "amount=880000000000; currency=CNY; qualifier=over")["amount"]
Decimal('880000000000')
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import regex

from pipeline.records import RECORD_TYPES, SCORED_TYPES, Record, json_number

BASE_FIELDS = ("type", "article", "start", "end", "text")


@dataclass
class Span:
    """One labelled span as an annotation tool holds it."""

    start: int
    end: int
    label: str
    text: str | None = None  # the text the tool says is at the offsets, when it records one
    notes: str | None = None  # carried field values (``encode_fields``), when the tool kept them
    where: str = ""  # for reports: "result 2", "T4", "span 3"


@dataclass
class AnnotatedDoc:
    """One article as an annotation task: its key, original text and spans."""

    key: str | None
    text: str
    annotations: list[Span] | None = None  # finished (gold) spans
    predictions: list[Span] | None = None  # pre-annotations
    where: str = ""  # for reports: "tasks.json task 3", "x.jsonl:4", "brat/en/x.ann"


@dataclass
class Issue:
    """Something import found: an ``error`` (exit non-zero), a ``fixed`` offset or a ``warning``."""

    level: str
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}" if self.where else self.reason


def record_fields(record: Record) -> dict[str, Any]:
    """A record's own fields (not type, article, offsets or text) as JSON values."""
    row = record.to_row()
    fields = {k: v for k, v in row.items() if k not in BASE_FIELDS}
    if not fields.get("optional"):
        fields.pop("optional", None)
    return fields


def span_of(record: Record) -> Span:
    """The span (with field notes) for one record."""
    return Span(record.start, record.end, record.type, record.text, encode_fields(record_fields(record)))


def spans_of(records: list[Record]) -> list[Span]:
    """Spans for the scored records, in text order."""
    chosen = [r for r in records if r.type in SCORED_TYPES]
    chosen.sort(key=lambda r: (r.start, r.end, SCORED_TYPES.index(r.type)))
    return [span_of(r) for r in chosen]


_PLAIN_VALUE = regex.compile(r"[^;=\"\n]*")


def encode_fields(fields: dict[str, Any]) -> str:
    """``name=value; name=value``: null fields left out, awkward strings JSON-quoted."""
    parts = []
    for name, value in fields.items():
        if value is None:
            continue
        if isinstance(value, Decimal):
            value = json_number(value)
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, str):
            plain = _PLAIN_VALUE.fullmatch(value) and value == value.strip() and value \
                and value not in ("null", "true", "false")
            text = value if plain else json.dumps(value, ensure_ascii=False)
        else:
            text = json.dumps(value, ensure_ascii=False)
        parts.append(f"{name}={text}")
    return "; ".join(parts)


_PAIR = regex.compile(r"\s*(?P<name>\w+)\s*=\s*(?P<value>\"(?:[^\"\\]|\\.)*\"|[^;]*?)\s*(?:;|\Z)")


class NotesError(ValueError):
    """Field notes that cannot be read."""


def decode_fields(kind: str, notes: str) -> dict[str, Any]:
    """Field values from notes (``name=value; …`` or a JSON object), typed for ``kind``.

    Raises :class:`NotesError` naming the part that cannot be read.
    """
    notes = notes.strip()
    raw: dict[str, Any]
    quoted: set[str] = set()  # "null" in quotes is the string, not null
    if notes.startswith("{"):
        try:
            raw = json.loads(notes)
        except json.JSONDecodeError as e:
            raise NotesError(f"field notes are not valid JSON ({e.msg})") from e
    else:
        raw = {}
        pos = 0
        while pos < len(notes):
            match = _PAIR.match(notes, pos)
            if match is None or match.end() == pos:
                raise NotesError(f"cannot read field notes from {notes[pos:pos + 30]!r} "
                                 "(expected name=value; name=value)")
            value = match.group("value")
            if value.startswith('"'):
                quoted.add(match.group("name"))
                value = json.loads(value)
            raw[match.group("name")] = value
            pos = match.end()
    return _typed(kind, raw, quoted)


def _typed(kind: str, raw: dict[str, Any], quoted: set[str] | None = None) -> dict[str, Any]:
    cls = RECORD_TYPES[kind]
    known = {f.name: f for f in dataclasses.fields(cls)} | {"optional": None}
    typed: dict[str, Any] = {}
    for name, value in raw.items():
        if name in BASE_FIELDS:
            continue
        if name not in known:
            raise NotesError(f"unknown {kind} field {name!r} in the notes "
                             f"(known: {', '.join(n for n in known if n not in BASE_FIELDS)})")
        if name in (quoted or ()) and name not in cls.decimal_fields and name not in ("deadline", "count", "optional"):
            typed[name] = value
        elif value in ("null", "", None):
            typed[name] = None
        elif name == "optional":
            typed[name] = value is True or str(value).lower() == "true"
        elif name in cls.decimal_fields:
            typed[name] = _decimal(name, value)
        elif name in ("deadline", "count"):
            number = _decimal(name, value)
            if number != number.to_integral_value():
                raise NotesError(f"{name} must be a whole number, not {value!r}")
            typed[name] = int(number)
        else:
            typed[name] = str(value)
    return typed


def _decimal(name: str, value: Any) -> Decimal:
    try:
        return Decimal(str(value).replace(",", "").strip())
    except InvalidOperation as e:
        raise NotesError(f"{name} must be a number, not {value!r}") from e


def normal_label(label: str) -> str | None:
    """The record type a tool's label names (case-insensitive), or None."""
    kind = str(label).strip().lower()
    return kind if kind in SCORED_TYPES else None


__all__ = ["AnnotatedDoc", "Issue", "NotesError", "Span", "decode_fields", "encode_fields",
           "normal_label", "record_fields", "span_of", "spans_of"]


def read_json_lines(path: Path, expected: str, issues: list[Issue],
                    what: str = "an object") -> Iterator[tuple[str, dict]]:
    """``(where, object)`` for every line of a tool's JSONL export that holds a ``text`` string.

    Lines that are not JSON, or not such an object, become errors in ``issues`` naming the
    file, the line and ``expected`` (the export the tool writes).
    """
    for lineno, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            issues.append(Issue("error", where, f"invalid JSON ({e.msg} at column {e.colno}); expected {expected}"))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            issues.append(Issue("error", where, f"expected {what} with a 'text' string"))
            continue
        yield where, obj
