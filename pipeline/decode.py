"""Bytes → str: find a file's encoding (BOM, UTF-8, then GB18030 / Big5 / UTF-16 by detection).

charset-normalizer does the detection among the encodings Chinese press releases actually
come in; we only decide the order and reject what is not text.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

CANDIDATES = ("gb18030", "big5", "cp950", "big5hkscs", "utf_16_le", "utf_16_be")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)} | {127}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we read."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return the text and the encoding used.

    >>> decode("链长制是一项制度创新".encode("gb18030"))
    ('链长制是一项制度创新', 'gb18030')
    >>> decode("鏈長制是一項制度創新，產業鏈".encode("big5"))
    ('鏈長制是一項制度創新，產業鏈', 'big5')
    >>> decode(codecs.BOM_UTF8 + "鏈長".encode())
    ('鏈長', 'utf-8-sig')
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as e:
            raise DecodeError(f"cannot decode as {encoding}: {e}") from e
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(name)), name
            except UnicodeDecodeError as e:
                raise DecodeError(f"starts with a {name} byte-order mark but is not {name}: {e}") from e
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    if b"\x00" in data[:65536]:
        # NUL bytes: UTF-16 without a byte-order mark, or binary data
        return _decode_utf16_or_fail(data)
    if _control_share(data) > 0.005:
        raise DecodeError(f"binary data, not text (control bytes near byte {_first_control(data)})")
    best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if best is None or best.encoding is None:
        raise DecodeError(
            f"cannot decode as UTF-8, GB18030, Big5 or UTF-16 (byte 0x{data[first_bad]:02x} "
            f"at {first_bad})"
        )
    return _checked(str(best)), best.encoding


def _decode_utf16_or_fail(data: bytes) -> tuple[str, str]:
    """The UTF-16 byte order that decodes to text, or a "binary data" error."""
    readings = []
    for name in ("utf_16_le", "utf_16_be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        letters = sum(1 for ch in text[:20000] if ch.isalpha() or ch.isspace())
        readings.append((letters, name, text))
    if readings:
        letters, name, text = max(readings)
        if letters >= 0.5 * min(len(text), 20000):
            return _checked(text), name
    raise DecodeError(f"binary data, not text (NUL bytes near byte {data.find(0)})")


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    return sum(1 for b in sample if b in _CONTROL) / max(1, len(sample))


def _first_control(data: bytes) -> int:
    return next((i for i, b in enumerate(data) if b in _CONTROL), 0)


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters (binary read as text)."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if controls > max(4, len(sample) // 200):
        raise DecodeError("binary data, not text (too many control characters)")
    return text
