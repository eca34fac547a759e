"""One table as a file: a header row and rows of typed cells, as XLSX or as CSV.

"Export view…" of every table writes through here (the views collect what is on screen).
The rows are an iterator and are written as they come, so a table of 100 000 customers
streams from the database to the file with bounded memory (openpyxl's write-only mode).

XLSX: the header frozen and filterable, column widths from the header and the first rows,
numbers as numbers and dates as real dates shown d.m.yyyy. CSV as Finnish Excel opens it
with a double click: UTF-8 with a byte order mark (without it Excel reads Windows-1252),
`;` between fields (the list separator of the Finnish locale, where `,` is the decimal
comma), dates as d.m.yyyy and decimals with a comma.

Either file goes to a temporary name first and is moved into place (`atomic_write`): a
failure or a cancelled export leaves no partial file.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel.cell_value import Cell
from app.excel.cells import write_only_cell
from app.files import atomic_write

DATE_FORMAT = "d.m.yyyy"
DATETIME_FORMAT = "d.m.yyyy h:mm"
# Column widths are measured on this many rows (write-only mode fixes them before any row).
MEASURED_ROWS = 200
MIN_WIDTH, MAX_WIDTH = 6, 60
PROGRESS_EVERY = 500  # rows between two progress reports (each may raise Cancelled)
# A text cell starting with one of these is a formula to Excel and LibreOffice when they open
# a CSV (a tab or carriage return before one is skipped over, so they count too).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INVALID_SHEET_CHARACTERS = str.maketrans({c: " " for c in "[]:*?/\\"})

Progress = Callable[[int], None]  # rows written so far; may raise to cancel


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    sheet: str = "Sheet",
    progress: Progress | None = None,
) -> int:
    """Write `headers` and `rows` to `path` (.csv: CSV, anything else: XLSX); the number of
    rows written. Raises ExportError when the file cannot be written (nothing is left)."""
    path = Path(path)
    counted = _counted(rows, progress)
    with atomic_write(path) as temporary:
        if path.suffix.lower() == ".csv":
            written = _write_csv(temporary, headers, counted)
        else:
            written = _write_xlsx(temporary, headers, counted, sheet)
    return written


def _counted(rows: Iterable[Sequence[Cell]], progress: Progress | None) -> Iterator[Sequence[Cell]]:
    for number, row in enumerate(rows, 1):
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number)
        yield row


# --- XLSX --------------------------------------------------------------------------------


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterator[Sequence[Cell]], sheet: str
) -> int:
    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet_title(sheet))
    try:
        written = _fill(ws, headers, rows)
    except BaseException:
        _discard(ws)
        raise
    book.save(path)
    return written


def _fill(ws: WriteOnlyWorksheet, headers: Sequence[str], rows: Iterator[Sequence[Cell]]) -> int:
    first = list(itertools.islice(rows, MEASURED_ROWS))
    for number, width in enumerate(column_widths(headers, first), 1):
        ws.column_dimensions[get_column_letter(number)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for title in headers:
        cell = WriteOnlyCell(ws, value=title)
        cell.data_type = "s"  # a header is never a formula either
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    written = 0
    for row in itertools.chain(first, rows):
        ws.append([_xlsx_cell(ws, value) for value in row])
        written += 1
    if headers:
        last = get_column_letter(len(headers))
        ws.auto_filter.ref = f"A1:{last}{written + 1}"
    return written


def _discard(ws: WriteOnlyWorksheet) -> None:
    """After a failed or cancelled export: close openpyxl's half-written sheet and remove
    its temporary file now (left to the garbage collector, closing it raises there)."""
    with contextlib.suppress(Exception):
        if ws._rows is not None:
            ws._rows.close()
    writer = ws._writer
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.close()
            writer.cleanup()


def _xlsx_cell(ws: WriteOnlyWorksheet, value: Cell) -> Any:
    if isinstance(value, datetime):
        return _formatted(ws, value, DATETIME_FORMAT)
    if isinstance(value, date):
        return _formatted(ws, value, DATE_FORMAT)
    return write_only_cell(ws, value)


def _formatted(ws: WriteOnlyWorksheet, value: date, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def sheet_title(text: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = text.translate(INVALID_SHEET_CHARACTERS).strip().strip("'")
    return cleaned[:31] or "Sheet"


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[float]:
    """Widths in characters: the longest of the header and the measured rows, bounded."""
    widths = []
    for column, title in enumerate(headers):
        longest = max(
            [len(title) + 2, *(len(_csv_text(row[column])) for row in rows if column < len(row))]
        )
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 1))))
    return widths


# --- CSV ---------------------------------------------------------------------------------


def _write_csv(path: Path, headers: Sequence[str], rows: Iterator[Sequence[Cell]]) -> int:
    written = 0
    # newline="": the csv module writes its own \r\n, as Excel on Windows writes them.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([csv_text(title) for title in headers])
        for row in rows:
            writer.writerow([csv_text(value) for value in row])
            written += 1
    return written


def csv_text(value: Cell) -> str:
    """A cell as Finnish Excel reads it back as the same value.

    Text that would start a formula gets a leading apostrophe: Excel takes a leading
    apostrophe as "this is text" and hides it, LibreOffice shows it. It is chosen over a
    leading tab (the other usual mitigation) because a tab is invisible and survives as
    whitespace in every other program reading the file, and because the apostrophe is what
    a user typing the same text into Excel would use (an import can strip it again)."""
    text = _csv_text(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: True is an int
        return "1" if value else "0"
    if isinstance(value, datetime):
        return f"{value.day}.{value.month}.{value.year} {value.hour}:{value.minute:02d}"
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",")  # the Finnish decimal comma
    return str(value)
