"""Tables written as text: a header line over rows whose cells are split by bars or tabs (or, in
Chinese, by spaces), as research notes and notices print them::

    Chain | Chain chief | Lead city | 2025 output | 2027 target
    Pipeline equipment | Vice-Governor Tian Minghui | Cangzhou | 142.6 bn yuan | 180 bn yuan

Extractors read a cell by its column's header: the chain a row is about, who holds a role, a goal
dated by the header's year. Offsets are the text's own.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# (a row's cells are split by bars, or by tabs as a spreadsheet pasted into a notice leaves them)
# (a two-column table, one bar a line, only in a block of three lines at least: 产业链｜11月目标 over its rows)
_ROW_RE = regex.compile(r"(?m)^[^\n|\t]*[|\t][^\n]*$")
_BAR_RE = regex.compile(r"[ \t]*\|[ \t]*|\t+")
_NUMBER_CELL_RE = regex.compile(r"[\d.,%\s+-]*\d[\d.,%\s+-]*")


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a row: its text's span and the header of its column."""

    start: int
    end: int
    header: str


@dataclass(frozen=True, slots=True)
class Table:
    """A header and its rows (each row a list of cells, one per column)."""

    header: list[str]
    rows: list[list[Cell]]
    header_span: tuple[int, int] = (0, 0)  # the header line's offsets


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the stripped cells of ``text[start:end]``, split at bars."""
    out, pos = [], start
    for sep in [*_BAR_RE.finditer(text, start, end), None]:
        cut = sep.start() if sep is not None else end
        a, b = pos, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
        if sep is None:
            break
        pos = sep.end()
    return out


def _has_number_cell(text: str, line: regex.Match) -> bool:
    return any(_NUMBER_CELL_RE.fullmatch(text, a, b) for a, b in _cells(text, line.start(), line.end()))


def _width(text: str, line: regex.Match) -> int:
    return len(_BAR_RE.findall(text, line.start(), line.end()))


# the number that opens a subheading: （一） · (2) · 三、 · 4.
SUBHEADING_MARK = r"[ \t　]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．])"
_SUBHEADING_RE = regex.compile(rf"{SUBHEADING_MARK}[^\n|]{{1,80}}")


_YEAR_CELL_RE = regex.compile(r"\s*(?:19|20)\d\d\s*")


def _only_subheadings(gap: str) -> bool:
    """Whether the lines between two table rows are only numbered subheadings (（一）汽车零部件产业链（链长：…）),
    at most three of them."""
    lines = [line for line in gap.split("\n") if line.strip()]
    return 0 < len(lines) <= 3 and all(_SUBHEADING_RE.fullmatch(line) for line in lines)


def bar_tables(text: str) -> list[Table]:
    """Every block of two or more consecutive bar-separated lines whose first line is a header
    (no cell of it a bare number), with its rows of the header's width."""
    tables: list[Table] = []
    block: list[regex.Match] = []
    for row in [*_ROW_RE.finditer(text), None]:
        gap = text[block[-1].end():row.start()] if row is not None and block else None
        # (after a blank line, a line of another width, or one with no number, a header, opens another table)
        if gap is not None and (gap.strip() == "" or _only_subheadings(gap)) and (gap.count("\n") <= 1 or (
                _width(text, row) == _width(text, block[0]) and _has_number_cell(text, row))):
            block.append(row)  # (a numbered subheading between rows, （一）汽车零部件产业链, keeps the table going)
            continue
        if block and len(block) >= (2 if _width(text, block[0]) >= 2 else 3):
            head = [text[a:b] for a, b in _cells(text, block[0].start(), block[0].end())]
            # (Indicator | 2025 | 2027 target: years head the columns; a bare number that is no year is a row)
            if not any(regex.fullmatch(r"[\d.,%\s]+", h) and not (k and _YEAR_CELL_RE.fullmatch(h))
                       for k, h in enumerate(head)):
                rows = []
                for line in block[1:]:
                    spans = _cells(text, line.start(), line.end())
                    if len(spans) == len(head):
                        rows.append([Cell(a, b, h) for (a, b), h in zip(spans, head, strict=True)])
                if rows:
                    tables.append(Table(head, rows, (block[0].start(), block[0].end())))
        block = [row] if row is not None else []
    return tables


# a column that gives each row's unit: 指标｜单位｜数值 · Indicator | Unit | Value
_UNIT_HEADER_RE = regex.compile(r"(?i)单位|计量单位|units?")
_OWN_UNIT_HEADER_RE = regex.compile(r"[（(][^（）()]{1,8}[）)]\s*$")


def row_unit(text: str, row: list[Cell]) -> tuple[str, list[Cell]] | None:
    """The unit a row gives in its own unit column (走访企业｜家次｜527 → 家次) and the row's number cells
    after its label, or None when the table has no unit column."""
    unit_cell = next((c for c in row if _UNIT_HEADER_RE.fullmatch(c.header.strip())), None)
    if unit_cell is None or row[0] is unit_cell:
        return None
    numbers = [c for c in row[1:] if c is not unit_cell and _NUMBER_CELL_RE.fullmatch(text, c.start, c.end)
               and not _OWN_UNIT_HEADER_RE.search(c.header)]  # (同比增长（%）: a column with its own unit)
    return text[unit_cell.start:unit_cell.end].strip(), numbers


def row_label(text: str, row: list[Cell]) -> str:
    """What a row measures: its first cell, without a 其中： that makes it a part of the row above."""
    return regex.sub(r"^(?:其中|其中：|其中:)\s*[：:]?", "", text[row[0].start:row[0].end]).strip()


def caption_line(text: str, header_start: int) -> tuple[int, int] | None:
    """The span of the last non-blank line before a table's header, or None at the text's start."""
    end = len(text[:header_start].rstrip())
    start = max(text.rfind("\n", 0, end) + 1, end - 300)  # (a caption is one line, a short one)
    return (start, end) if end > 0 else None
