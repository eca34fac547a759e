"""The customer table's rows as cells of an exported file (Export view…)."""

from __future__ import annotations

from typing import Any

from app.excel.cell_value import Cell
from models.dates import as_date

DATE_KEYS = frozenset({"last_contact", "next_due"})


def export_cells(row: Any, keys: list[str], sizes: dict[str, str]) -> list[Cell]:
    """A customer list row's cells for a file: dates as dates, sizes as shown."""
    cells: list[Cell] = []
    for key in keys:
        value = getattr(row, key)
        if value is None:
            cells.append(None)
        elif key == "size_class":
            cells.append(sizes.get(value, value))
        elif key in DATE_KEYS:
            cells.append(as_date(value))
        else:
            cells.append(value)
    return cells
