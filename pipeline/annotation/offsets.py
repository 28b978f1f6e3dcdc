"""Check an annotation tool's offsets against the original text, and repair UTF-16 ones.

chainpress offsets count code points. Tools written in JavaScript (Label Studio in the
browser, in some versions) count UTF-16 code units instead: every character outside the
Basic Multilingual Plane (𠀀, emoji) before a span shifts it by one. When a span records its
text, the text decides which reading is right:

>>> text = "𠀀年产值8800亿元"
>>> resolve(text, Span(5, 11, "money", "8800亿元")).fixed is not None   # UTF-16: 𠀀 counted twice
True
>>> resolve(text, Span(4, 10, "money", "8800亿元")).start                # code points: as is
4
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.annotation.spans import Span

OFFSET_MODES = ("auto", "codepoints", "utf16")


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 code-unit offset of code point ``index``.

    >>> to_utf16("😀a", 1), to_utf16("😀a", 2)
    (2, 3)
    """
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, unit: int) -> int | None:
    """The code-point index at UTF-16 offset ``unit``; None inside a surrogate pair or past the end.

    >>> from_utf16("😀a", 2), from_utf16("😀a", 1), from_utf16("😀a", 4)
    (1, None, None)
    """
    position = 0
    for index, ch in enumerate(text):
        if position == unit:
            return index
        if position > unit:
            return None
        position += 2 if ord(ch) > 0xFFFF else 1
    return len(text) if position == unit else None


def first_astral(text: str, end: int) -> int | None:
    """Where the first character outside the BMP is before ``end``, or None."""
    return next((i for i, ch in enumerate(text[:end]) if ord(ch) > 0xFFFF), None)


@dataclass
class Resolved:
    """Where a span really is (code points), what was fixed, or why it cannot be placed."""

    start: int | None = None
    end: int | None = None
    fixed: str | None = None
    error: str | None = None


def _holds(text: str, start: int, end: int, expected: str) -> bool:
    if not 0 <= start < end <= len(text):
        return False
    actual = text[start:end]
    # brat writes a multi-line span's text on one line
    return actual == expected or actual.replace("\r\n", " ").replace("\n", " ") == expected


def _where_else(text: str, expected: str, near: int) -> str:
    found = []
    pos = text.find(expected)
    while pos != -1 and expected:
        found.append(pos)
        pos = text.find(expected, pos + 1)
    if not found:
        return f"; {expected!r} does not occur in the text"
    best = min(found, key=lambda p: abs(p - near))
    more = f" (and {len(found) - 1} other places)" if len(found) > 1 else ""
    return f"; {expected!r} occurs at {best}:{best + len(expected)}{more}"


def _utf16_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    s, e = from_utf16(text, start), from_utf16(text, end)
    return (s, e) if s is not None and e is not None and s < e else None


def resolve(text: str, span: Span, mode: str = "auto") -> Resolved:
    """Place ``span`` in ``text`` (code points), reading its offsets as ``mode`` says.

    ``auto``: a span that records its text is placed where that text is, at the offsets read
    as code points or else as UTF-16 code units (a fix); a span without text is taken as code
    points unless it only fits as UTF-16. ``codepoints``/``utf16`` force one reading.
    """
    start, end = span.start, span.end
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        return Resolved(error=f"offsets must be integers, not {start!r}:{end!r}")
    if start < 0 or end <= start:
        return Resolved(error=f"empty or reversed span {start}:{end}")
    if mode == "utf16":
        place = _utf16_span(text, start, end)
        if place is None:
            return Resolved(error=f"{start}:{end} are not UTF-16 offsets in this text (inside a surrogate "
                                  f"pair or past its {to_utf16(text, len(text))} code units)")
        return _check_text(text, span, place, None)
    if mode == "codepoints" or span.text is None:
        if end <= len(text):
            return _check_text(text, span, (start, end), None)
        place = _utf16_span(text, start, end) if mode == "auto" else None
        if place is None:
            return Resolved(error=f"span {start}:{end} is past the end of the text ({len(text)} characters)")
        return Resolved(*place, fixed=f"{start}:{end} is past the end in code points; read as UTF-16 "
                                      f"code units it is {place[0]}:{place[1]} {text[place[0]:place[1]]!r}")
    if _holds(text, start, end, span.text):
        return Resolved(start, end)
    place = _utf16_span(text, start, end)
    if place is not None and _holds(text, *place, span.text):
        return Resolved(*place, fixed=f"{span.label} {span.text!r} at {start}:{end} counted UTF-16 code units; "
                                      f"moved to code points {place[0]}:{place[1]}")
    actual = text[start:end] if end <= len(text) else text[start:] + " [past the end]"
    return Resolved(error=f"{span.label} span {start}:{end} says {span.text!r} but the text there is "
                          f"{actual!r}, in code points and in UTF-16 code units"
                          f"{_where_else(text, span.text, start)}")


def _check_text(text: str, span: Span, place: tuple[int, int], fixed: str | None) -> Resolved:
    start, end = place
    if span.text is not None and not _holds(text, start, end, span.text):
        return Resolved(error=f"{span.label} span {span.start}:{span.end} says {span.text!r} but the text "
                              f"there is {text[start:end]!r}{_where_else(text, span.text, start)}")
    return Resolved(start, end, fixed=fixed)
