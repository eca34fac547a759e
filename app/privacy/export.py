"""A person's data as a file they can read: a workbook (.xlsx) or JSON (.json).

The workbook's first sheet says who, when and what this is; then one sheet per section
(app/privacy/gather.py), its header in the chosen language, set up to print: fit to the
page's width, the header row repeated on every page. The JSON holds the same sections
with stable English keys (UTF-8, not escaped; dates in ISO 8601). Both are written to a
temporary name and moved into place (`atomic_write`).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.excel.cells import set_value
from app.excel.table_file import DATE_FORMAT, DATETIME_FORMAT, sheet_title
from app.excel.texts import Texts
from app.files import ExportError, atomic_write
from app.privacy.gather import C, Person, gather, yes_no
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP

FORMATS = (".xlsx", ".json")
ABOUT = {
    "sheet": QT_TRANSLATE_NOOP("PrivacyExport", "About this file"),
    "title": QT_TRANSLATE_NOOP("PrivacyExport", "Personal data held about {name}"),
    "what": QT_TRANSLATE_NOOP(
        "PrivacyExport",
        "This file lists everything the team company {team} holds about you in Raketti, "
        "its customer-relationship tool: your contact details, the roles you hold, the "
        "meetings and other interactions you took part in, feedback and satisfaction you "
        "gave, your marketing consent with its history, and the changes made to your "
        "record. Each sheet is one part.",
    ),
    "person": QT_TRANSLATE_NOOP("PrivacyExport", "Person"),
    "customer": QT_TRANSLATE_NOOP("PrivacyExport", "Customer"),
    "controller": QT_TRANSLATE_NOOP("PrivacyExport", "Team company (controller)"),
    "uuid": QT_TRANSLATE_NOOP("PrivacyExport", "Identifier"),
    "exported": QT_TRANSLATE_NOOP("PrivacyExport", "Exported"),
    "sheets": QT_TRANSLATE_NOOP("PrivacyExport", "Sheets"),
    "rows": QT_TRANSLATE_NOOP("PrivacyExport", "{count} rows"),
}
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "PrivacyExport", "Save the export as .xlsx or .json (not {suffix})."
)
WIDTH_MIN, WIDTH_MAX = 8, 60


def export_person(store: Store, contact_id: int, path: Path, language: str = "fi") -> Person:
    """Write everything held about the contact to `path` (.xlsx or .json); return it.

    Raises ExportError when the file cannot be written, ValueError for another suffix,
    LookupError when the contact does not exist."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(UNKNOWN_FORMAT.format(suffix=suffix or "…"))
    with store.read() as session:
        person = gather(session, contact_id, language)
    with atomic_write(path) as temporary:
        if suffix == ".json":
            temporary.write_text(person_json(person), encoding="utf-8")
        else:
            _workbook(person).save(temporary)
    return person


# --- JSON --------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def person_json(person: Person) -> str:
    t = Texts(person.language)
    about = {
        "what": t.get(C, ABOUT["what"]).format(team=person.team),
        "person": person.name,
        "customer": person.customer,
        "controller": person.team,
        "uuid": person.uuid,
        "exported": person.exported_at,
        "language": person.language,
    }
    data = {
        "format": "raketti-person-export",
        "version": 1,
        "about": about,
        "sections": {
            s.key: {"title": s.title, "columns": s.columns, "rows": s.rows} for s in person.sections
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain) + "\n"


# --- the workbook ------------------------------------------------------------------------


def _shown(t: Texts, value: Any) -> Any:
    if isinstance(value, bool):
        return yes_no(t, value)
    return "" if value is None else value


def _printable(sheet: Worksheet, widths: list[float], header_row: int) -> None:
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.page_setup.orientation = "landscape" if sum(widths) > 100 else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)


def _about(book: Workbook, person: Person, t: Texts) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title(t.get(C, ABOUT["sheet"]))
    set_value(sheet.cell(1, 1), t.get(C, ABOUT["title"]).format(name=person.name))
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    set_value(sheet.cell(2, 1), t.get(C, ABOUT["what"]).format(team=person.team))
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=2)
    sheet.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[2].height = 90
    facts = [
        ("person", person.name),
        ("customer", person.customer),
        ("controller", person.team),
        ("uuid", person.uuid),
        ("exported", person.exported_at),
    ]
    row = 4
    for key, value in facts:
        set_value(sheet.cell(row, 1), t.get(C, ABOUT[key]))
        sheet.cell(row, 1).font = Font(bold=True)
        set_value(sheet.cell(row, 2), value)
        if isinstance(value, datetime):
            sheet.cell(row, 2).number_format = DATETIME_FORMAT
            sheet.cell(row, 2).alignment = Alignment(horizontal="left")
        row += 1
    row += 1
    set_value(sheet.cell(row, 1), t.get(C, ABOUT["sheets"]))
    sheet.cell(row, 1).font = Font(bold=True)
    for section in person.sections:
        row += 1
        set_value(sheet.cell(row, 1), section.title)
        rows = t.get(C, ABOUT["rows"]).format(count=len(section.rows))
        set_value(sheet.cell(row, 2), rows)
    _printable(sheet, [28, 70], 1)
    sheet.freeze_panes = None


def _workbook(person: Person) -> Workbook:
    t = Texts(person.language)
    book = Workbook()
    _about(book, person, t)
    for section in person.sections:
        sheet = book.create_sheet(sheet_title(section.title))
        keys = list(section.columns)
        widths = [
            float(min(max(len(title) + 2, WIDTH_MIN), WIDTH_MAX))
            for title in section.columns.values()
        ]
        for column, title in enumerate(section.columns.values(), 1):
            set_value(sheet.cell(1, column), title)
            sheet.cell(1, column).font = Font(bold=True)
        for row_number, row in enumerate(section.rows, 2):
            for column, key in enumerate(keys, 1):
                value = _shown(t, row.get(key))
                cell = sheet.cell(row_number, column)
                set_value(cell, value)
                if isinstance(value, datetime):
                    cell.number_format = DATETIME_FORMAT
                elif isinstance(value, date):
                    cell.number_format = DATE_FORMAT
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
                text = str(value) if not isinstance(value, date) else "00.00.0000 00:00"
                widths[column - 1] = min(max(widths[column - 1], len(text) + 2), WIDTH_MAX)
        _printable(sheet, widths, 1)
    return book


__all__ = ["FORMATS", "ExportError", "export_person", "person_json"]
