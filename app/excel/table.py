"""A table sheet streamed row by row: header, widths, formats, links, frozen header and
autofilter; a table longer than Excel's sheet continues on "Title (2)"."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel import rows, styles
from app.excel.cells import write_only_cell
from app.excel.styles import Column

Sheets = Callable[[int], WriteOnlyWorksheet]  # the n-th sheet of one table (1, 2, …)
Maker = Callable[[Any], Any]


def _formatted(sheet: WriteOnlyWorksheet, number_format: str, convert: Maker) -> Maker:
    """A column of formatted values: one cell per column, given each row's value.

    A write-only sheet writes a row out as soon as it is appended, so the same styled cell
    can carry the next row's value; a new cell per value (a million dates) would spend more
    time on styling than on writing."""
    cell = WriteOnlyCell(sheet)
    cell.number_format = number_format

    def make(value: Any) -> Any:
        value = convert(value)
        if value is None:
            return None
        cell.value = value
        return cell

    return make


def _text(sheet: WriteOnlyWorksheet) -> Maker:
    return partial(write_only_cell, sheet)  # database text stays text, never a formula


def _same(value: Any) -> Any:
    return value


def makers(sheet: WriteOnlyWorksheet, columns: list[tuple[str, Column]]) -> list[Maker]:
    """One function per column turning a stored value into what the sheet gets."""
    days = rows.Days()
    out: list[Maker] = []
    for _key, column in columns:
        kind, fmt = column.link, column.number_format
        if kind in {"url", "mailto"}:
            out.append(partial(styles.link, sheet, kind=str(kind)))
        elif kind == "bool":
            out.append(lambda v: None if v is None else bool(v))
        elif kind == "date":
            out.append(_formatted(sheet, styles.DATE, days))
        elif fmt:
            out.append(_formatted(sheet, fmt, _same))
        else:
            out.append(_text(sheet))
    return out


def write_table(
    sheets: Sheets,
    columns: list[tuple[str, Column]],
    source: Iterable[tuple[Any, ...]],
    order: tuple[str, ...],
    ticker: rows.Ticker,
) -> int:
    """Stream `source` rows (values in `order`) under the columns' header; return the count."""
    position = {key: i for i, key in enumerate(order)}
    picks = [position[key] for key, _c in columns]
    plain = [c for _k, c in columns]
    number, sheet = 1, sheets(1)
    styles.start_table(sheet, plain)
    make = makers(sheet, columns)
    here = written = 0
    for row in source:
        if here == styles.MAX_ROWS - 1:  # the sheet is full: the table goes on in the next
            styles.finish_table(sheet, len(plain), here)
            number, here = number + 1, 0
            sheet = sheets(number)
            styles.start_table(sheet, plain)
            make = makers(sheet, columns)
        sheet.append([m(row[i]) for m, i in zip(make, picks, strict=True)])
        here += 1
        written += 1
        ticker.tick()
    styles.finish_table(sheet, len(plain), here)
    return written
