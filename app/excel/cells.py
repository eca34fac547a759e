"""Cells that hold database text: never a live formula.

openpyxl turns any string starting with "=" into a formula. A customer called "=SUM(A1)"
or a note "=HYPERLINK(...)" must reach Excel and LibreOffice as the text it is, so every
string from the database goes through these two helpers ("+", "-" and "@" are already
written as plain strings by openpyxl and stay text).
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet


def set_value(cell: Cell, value: Any) -> None:
    """Put `value` into a normal (read-write) worksheet cell; strings stay strings."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def write_only_cell(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """A value for `sheet.append` in write-only mode; strings become string cells."""
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value
