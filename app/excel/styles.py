"""How the workbook looks: the Finnish date and number formats, the header row, column
widths, the frozen header and the autofilter of every table sheet.

Excel shows "#,##0" with the reader's own thousands separator (a space in Finnish Excel),
so one format serves both languages; dates are "d.m.yyyy" as Finns write them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel.cells import write_only_cell

DATE = "d.m.yyyy"
WHOLE = "#,##0"
DECIMAL = "#,##0.00"
ONE_DECIMAL = "#,##0.0"
EURO = '#,##0 "€"'
PERCENT = "0.0 %"
TEXT = "@"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5496")
TITLE_FONT = Font(bold=True, size=16)
SECTION_FONT = Font(bold=True, size=12, color="2F5496")
LINK_FONT = Font(color="0563C1", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")

MAX_ROWS = 1_048_576  # Excel's last row: a longer table continues on a second sheet


@dataclass(frozen=True)
class Column:
    """One column of a table sheet: its header, width (characters) and number format."""

    header: str
    width: float = 14
    number_format: str | None = None
    link: str | None = None  # "url" or "mailto": the value becomes a hyperlink


def header_cells(sheet: WriteOnlyWorksheet, headers: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.data_type = "s"  # a header is text even if it starts with "="
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cells.append(cell)
    return cells


def start_table(sheet: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
    """Widths, the frozen header row and the header itself (before any data row)."""
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append(header_cells(sheet, [c.header for c in columns]))


def finish_table(sheet: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    """The autofilter over the header and the `rows` data rows written."""
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(columns, 1))}{rows + 1}"


def styled(sheet: WriteOnlyWorksheet, value: Any, number_format: str | None = None) -> Any:
    """A write-only cell with a number format, or the value itself when none is needed."""
    if value is None:
        return None
    if number_format is None:
        return write_only_cell(sheet, value)  # database text stays text, never a formula
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def link(sheet: WriteOnlyWorksheet, value: str | None, kind: str) -> Any:
    """A website or an e-mail address as a hyperlink cell showing the text as stored."""
    if not value:
        return None
    target = value.strip()
    if kind == "mailto":
        target = f"mailto:{target}"
    elif "://" not in target:
        target = f"https://{target}"
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # shown as stored (the hyperlink setter keeps a value already set)
    cell.hyperlink = target
    cell.font = LINK_FONT
    return cell
