"""XLSX workbooks, read in openpyxl's read-only (streaming) mode.

A workbook shaped like Raketti's summary export has a Customers sheet and a Contacts
sheet (whose `customer_uuid` column names the customer); both are read, and nothing else
of it (the interactions sheet of a big export has a million rows). Any other workbook is a
team's own list: its customers sheet is the one named so, or the one whose headers name
the most catalogue fields, or the first.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from app.excel.fields import normalised, recognise
from app.importing.source import (
    Progress,
    ReadOptions,
    Sheet,
    Source,
    SourceError,
    sheet_from_rows,
)
from models.rules import QT_TRANSLATE_NOOP

# A workbook's parts, uncompressed, as its zip directory declares them (reading stops at
# the declared size): a customer list of 100 000 rows is some hundred megabytes of XML, a
# zip bomb many gigabytes. Checked before openpyxl reads anything.
MAX_UNCOMPRESSED = 1024 * 1024 * 1024
MAX_PARTS = 10_000
CUSTOMER_SHEETS = {"customers", "asiakkaat"}
CONTACT_SHEETS = {"contacts", "yhteyshenkilöt", "yhteyshenkilot"}
_HEADER_ROWS = 5  # rows looked at for a sheet's header when choosing sheets


def damaged(error: object) -> SourceError:
    return SourceError(
        QT_TRANSLATE_NOOP(
            "importing",
            "The workbook is damaged or incomplete (was it copied only in part?): {error}",
        ),
        error=error,
    )


def check_archive(path: Path) -> None:
    """Refuse a zip that is not a workbook (a .zip, a .docx, whatever its name says) or
    that would unpack to more than MAX_UNCOMPRESSED, by its directory alone."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise damaged(error) from None
    names = {part.filename for part in parts}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "importing",
                "The file is a zip archive but not an Excel workbook. Import the .xlsx or "
                ".csv file itself.",
            )
        )
    unpacked = sum(part.file_size for part in parts)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNCOMPRESSED:
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "importing",
                "The workbook would unpack to {size} MB; a customer list can be at most "
                "{max} MB unpacked. Save the list alone in a new workbook and import that.",
            ),
            size=unpacked // (1024 * 1024),
            max=MAX_UNCOMPRESSED // (1024 * 1024),
        )


def read_workbook(path: Path, options: ReadOptions, report: Progress) -> Source:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_archive(path)
    try:
        # A handle, not the path: openpyxl judges a path by its name's ending, and the
        # file's first bytes have already shown it is a zip.
        handle = path.open("rb")
    except OSError as error:
        raise damaged(error.strerror or error) from None
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
    except (
        zipfile.BadZipFile, KeyError, ParseError, OSError, ValueError, EOFError,
        InvalidFileException,
    ) as error:  # fmt: skip
        handle.close()
        raise damaged(error) from None
    try:
        names = list(book.sheetnames)
        customers_name, contacts_name = choose_sheets(book, options.sheet)
        # Each sheet gets half the bar when there are two.
        parts = 2 if contacts_name else 1
        customers = _read_sheet(book, customers_name, report, 0, parts)
        contacts = _read_sheet(book, contacts_name, report, 1, parts) if contacts_name else None
    except (zipfile.BadZipFile, KeyError, ParseError, EOFError, zipfile.LargeZipFile) as error:
        raise damaged(error) from None
    finally:
        book.close()
        handle.close()
    return Source(path, "xlsx", customers, contacts, sheet_names=names)


def _header(sheet: Any) -> list[str]:
    for row in sheet.iter_rows(max_row=_HEADER_ROWS, values_only=True):
        if any(v is not None and str(v).strip() for v in row):
            return [str(v).strip() if v is not None else "" for v in row]
    return []


def choose_sheets(book: Any, wanted: str | None) -> tuple[str, str | None]:
    """The customers sheet and, for an export-shaped workbook, the contacts sheet."""
    names: list[str] = list(book.sheetnames)
    if wanted is not None:
        if wanted not in names:
            raise SourceError(
                QT_TRANSLATE_NOOP("importing", "The workbook has no sheet called {name}."),
                name=wanted,
            )
        customers = wanted
    else:
        customers = _customers_sheet(book, names)
    contacts = next(
        (n for n in names if n != customers and normalised(n) in CONTACT_SHEETS), None
    ) or next(
        (
            n
            for n in names
            if n != customers
            and "customer_uuid" in {recognise("contacts", h) for h in _header(book[n])}
        ),
        None,
    )
    return customers, contacts


def _customers_sheet(book: Any, names: list[str]) -> str:
    named = next((n for n in names if normalised(n) in CUSTOMER_SHEETS), None)
    if named is not None:
        return named
    best, best_count = names[0], 0
    for name in names:
        count = len({recognise("customers", h) for h in _header(book[name])} - {None})
        if count > best_count:
            best, best_count = name, count
    return best


def _read_sheet(book: Any, name: str, report: Progress, part: int, parts: int) -> Sheet:
    sheet = book[name]
    total = max(sheet.max_row or 0, 1)  # from the sheet's dimension: may be missing
    seen = 0

    def rows() -> Any:
        nonlocal seen
        for row in sheet.iter_rows(values_only=True):
            seen += 1
            yield row

    return sheet_from_rows(
        name, rows(), report, lambda: (part * 100 + min(seen * 99 // total, 99)) // parts
    )
