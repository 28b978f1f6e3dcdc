"""Export tables and views to CSV, JSON Lines or Parquet files, one file per table.

Amounts and values stay exact: SQLite keeps them as REAL, so every decimal column (``amount``,
``value``, ``total_amount`` …) is read back through :class:`~decimal.Decimal` and written as an
integer when it is whole (880000000000, never 880000000000.0 or 8.8e+11). In Parquet a decimal
column is ``int64`` when all its values are whole, else ``decimal128`` with the scale it needs.
Parquet needs pyarrow, the optional extra ``chainpress[export]``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.records import RECORD_TYPES, decimal_or_none, json_number

FORMATS = ("csv", "jsonl", "parquet")
SUFFIXES = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}
ALL_TABLES = ("articles", "money", "counts", "targets", "leaders", "entities", "runs")
DECIMAL_COLUMNS = frozenset(
    {name for cls in RECORD_TYPES.values() for name in cls.decimal_fields}
    | {"total_amount", "largest_amount"}
)
# The full-text index's shadow columns are derived data, not worth exporting.
SKIP_COLUMNS = {"articles": frozenset({"title_segmented", "text_segmented"})}
INSTALL_PYARROW = "pip install 'chainpress[export]'  (or: pip install pyarrow)"


class ExportError(Exception):
    """An unknown table, an unknown format, or a missing optional dependency."""


@dataclass
class ExportResult:
    """One written file: which table, where, how many rows."""

    table: str
    path: Path
    rows: int


@dataclass
class Column:
    name: str
    declared: str  # SQLite declared type ("" for view expressions)


def exact_number(value: Any) -> int | Decimal | None:
    """A stored amount as an exact number: an int when whole, else a Decimal.

    >>> exact_number(880000000000.0), exact_number(4.7), exact_number(None)
    (880000000000, Decimal('4.7'), None)
    """
    number = decimal_or_none(value)
    if number is None:
        return None
    whole = json_number(number)
    return whole if isinstance(whole, int) else number


def table_names(conn: sqlite3.Connection) -> list[str]:
    """Tables and views a user may export (not SQLite's or the full-text index's own)."""
    rows = conn.execute(
        "select name from sqlite_master where type in ('table', 'view') "
        "and name not like 'sqlite_%' and name not like '\\_%' escape '\\' "
        "and name not like 'articles_fts%' order by type, name"
    ).fetchall()
    return [r[0] for r in rows]


def resolve_tables(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """``all`` → the data tables; other names checked against the database."""
    known = table_names(conn)
    resolved: list[str] = []
    for name in tables:
        if name == "all":
            resolved += [t for t in ALL_TABLES if t in known]
        elif name in known:
            resolved.append(name)
        else:
            raise ExportError(f"no table or view {name!r} in the database; choose from: "
                              f"all, {', '.join(known)}")
    return list(dict.fromkeys(resolved))


def read_table(conn: sqlite3.Connection, table: str) -> tuple[list[Column], list[list[Any]]]:
    """Columns and rows of a table or view, decimal columns made exact."""
    skip = SKIP_COLUMNS.get(table, frozenset())
    columns = [Column(r[1], (r[2] or "").upper())
               for r in conn.execute(f"pragma table_info([{table}])") if r[1] not in skip]
    names = ", ".join(f"[{c.name}]" for c in columns)
    order = " order by rowid" if _is_table(conn, table) else ""
    rows = [list(r) for r in conn.execute(f"select {names} from [{table}]{order}")]
    for i, column in enumerate(columns):
        if column.name in DECIMAL_COLUMNS:
            for row in rows:
                row[i] = exact_number(row[i])
    return columns, rows


def _is_table(conn: sqlite3.Connection, name: str) -> bool:
    return bool(conn.execute("select 1 from sqlite_master where type = 'table' and name = ?",
                             [name]).fetchall())


def _plain(value: Any) -> Any:
    """A value as JSON/CSV wants it (Decimals as their exact digits)."""
    return float(value) if isinstance(value, Decimal) else value


def write_csv(path: Path, columns: list[Column], rows: list[list[Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in columns])
        for row in rows:
            writer.writerow(["" if v is None else str(v) for v in row])


def write_jsonl(path: Path, columns: list[Column], rows: list[list[Any]]) -> None:
    names = [c.name for c in columns]
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(dict(zip(names, map(_plain, row))), ensure_ascii=False) + "\n")


def _arrow_column(pa: Any, column: Column, values: list[Any]) -> Any:
    """One pyarrow array: exact decimals, declared SQLite types, text as a last resort."""
    if column.name in DECIMAL_COLUMNS:
        fractions = [v for v in values if isinstance(v, Decimal)]
        if not fractions:
            return pa.array(values, type=pa.int64())
        scale = max(-v.as_tuple().exponent for v in fractions)
        quantum = Decimal(1).scaleb(-scale)
        return pa.array([None if v is None else Decimal(v).quantize(quantum) for v in values],
                        type=pa.decimal128(38, scale))
    declared = {"INTEGER": pa.int64(), "TEXT": pa.string(), "REAL": pa.float64(),
                "FLOAT": pa.float64()}.get(column.declared)
    try:
        return pa.array(values, type=declared)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        # SQLite columns may mix types; text keeps every value readable
        return pa.array([None if v is None else str(v) for v in values], type=pa.string())


def write_parquet(path: Path, columns: list[Column], rows: list[list[Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ExportError(f"Parquet export needs pyarrow, which is not installed: "
                          f"{INSTALL_PYARROW}") from e
    arrays = [_arrow_column(pa, c, [row[i] for row in rows]) for i, c in enumerate(columns)]
    pq.write_table(pa.table(arrays, names=[c.name for c in columns]), path)


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}


def export_table(conn: sqlite3.Connection, table: str, fmt: str, out_dir: str | Path) -> ExportResult:
    """Write one table or view to ``out_dir/TABLE.<fmt>``."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    columns, rows = read_table(conn, table)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{table}{SUFFIXES[fmt]}"
    WRITERS[fmt](path, columns, rows)
    return ExportResult(table, path, len(rows))


def export(conn: sqlite3.Connection, tables: list[str], fmt: str, out_dir: str | Path) -> list[ExportResult]:
    """Write each of ``tables`` (names, or ``all``) to ``out_dir`` in format ``fmt``."""
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as e:
            raise ExportError(f"Parquet export needs pyarrow, which is not installed: "
                              f"{INSTALL_PYARROW}") from e
    return [export_table(conn, table, fmt, out_dir) for table in resolve_tables(conn, tables)]


__all__ = ["ALL_TABLES", "DECIMAL_COLUMNS", "FORMATS", "ExportError", "ExportResult", "exact_number",
           "export", "export_table", "read_table", "resolve_tables", "table_names"]
