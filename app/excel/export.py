"""The summary workbook: one entry, `export_summary`, for the File menu and the command line.

The figures are read first through the areas' report functions (app/excel/figures.py); the
big sheets are then streamed from SQL into a write-only workbook, so 100 000 customers and
a million interactions take bounded memory. The file is written to a temporary name beside
the target and moved into place (app/files.py): a failure or a cancel leaves no file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.errors import InvalidRecord
from app.excel import rows
from app.excel.activity_sheets import write_interactions, write_moves
from app.excel.customers_sheet import write_contacts, write_customers
from app.excel.figures import Figures, gather, team_name
from app.excel.governance_sheet import write_governance
from app.excel.period import Period
from app.excel.rocket_sheet import write_rocket
from app.excel.segments_sheet import write_segments
from app.excel.summary import write_summary
from app.excel.texts import Texts
from app.files import atomic_write
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP, ValidationError

Progress = Callable[[int, str], None]  # percent, English stage (context "ExcelExport")

# Sheet keys in workbook order and their names (Excel allows 31 characters).
SHEETS = {
    "summary": QT_TRANSLATE_NOOP("ExcelExport", "Summary"),
    "customers": QT_TRANSLATE_NOOP("ExcelExport", "Customers"),
    "contacts": QT_TRANSLATE_NOOP("ExcelExport", "Contacts"),
    "moves": QT_TRANSLATE_NOOP("ExcelExport", "Ladder moves"),
    "rocket": QT_TRANSLATE_NOOP("ExcelExport", "Rocket"),
    "governance": QT_TRANSLATE_NOOP("ExcelExport", "Governance"),
    "segments": QT_TRANSLATE_NOOP("ExcelExport", "Segments"),
    "interactions": QT_TRANSLATE_NOOP("ExcelExport", "Interactions"),
}
READING = QT_TRANSLATE_NOOP("ExcelExport", "Reading the reports…")
WRITING = {
    "customers": QT_TRANSLATE_NOOP("ExcelExport", "Writing the customers…"),
    "contacts": QT_TRANSLATE_NOOP("ExcelExport", "Writing the contacts…"),
    "moves": QT_TRANSLATE_NOOP("ExcelExport", "Writing the ladder moves…"),
    "reports": QT_TRANSLATE_NOOP("ExcelExport", "Writing the Rocket, governance and segments…"),
    "interactions": QT_TRANSLATE_NOOP("ExcelExport", "Writing the interactions…"),
}
SAVING = QT_TRANSLATE_NOOP("ExcelExport", "Saving the workbook…")


@dataclass
class ExportReport:
    path: Path
    team_name: str
    period: Period
    language: str
    sheets: list[str] = field(default_factory=list)  # names as written, in order
    rows: dict[str, int] = field(default_factory=dict)  # sheet key -> data rows (tables)


def _report(progress: Progress | None, percent: int, stage: str) -> None:
    if progress is not None:
        progress(percent, stage)  # raises when the user cancelled


def export_summary(
    store: Store,
    team_id: int,
    path: Path,
    period: Period,
    language: str,
    progress: Progress | None = None,
    today: date | None = None,
) -> ExportReport:
    """Write the summary workbook of one team and period to `path` in `language`.

    Raises InvalidRecord for a team that does not exist, ExportError when the file cannot
    be written, and whatever `progress` raises to cancel (nothing is left behind then)."""
    texts = Texts(language)
    today = today or date.today()
    _report(progress, 0, READING)
    if team_name(store, team_id) is None:
        raise InvalidRecord(
            [
                ValidationError(
                    "team", QT_TRANSLATE_NOOP("rules", "That team company no longer exists.")
                )
            ]
        )
    figures = gather(store, team_id, period, language, today)
    report = ExportReport(Path(path), figures.team_name, period, language)
    with atomic_write(Path(path)) as temporary:
        workbook = Workbook(write_only=True)
        try:
            _write_sheets(workbook, store, team_id, figures, texts, report, progress, today)
            # The last chance to cancel: once saved, the file is moved into place.
            _report(progress, 97, SAVING)
        except BaseException:
            discard(workbook)
            raise
        workbook.save(temporary)
    return report


def discard(workbook: Workbook) -> None:
    """Close the sheets of an abandoned workbook and remove their temporary files.

    Each write-only sheet streams into a temporary file of its own that only `save`
    collects; left open, its writer would complain when collected and the file stay."""
    for sheet in workbook.worksheets:
        if not isinstance(sheet, WriteOnlyWorksheet):
            continue
        if not sheet.closed:
            with contextlib.suppress(Exception):  # only tidying up after the real error
                sheet.close()
        writer = sheet._writer
        if writer is not None:
            with contextlib.suppress(OSError):
                os.remove(writer.out)


def _write_sheets(
    workbook: Workbook,
    store: Store,
    team_id: int,
    figures: Figures,
    texts: Texts,
    report: ExportReport,
    progress: Progress | None,
    today: date,
) -> None:
    def sheets(key: str) -> Callable[[int], WriteOnlyWorksheet]:
        def nth(number: int) -> WriteOnlyWorksheet:
            name = texts(SHEETS[key]) if number == 1 else f"{texts(SHEETS[key])} ({number})"
            report.sheets.append(name)
            return workbook.create_sheet(name)

        return nth

    def ticker(key: str, first: int, last: int) -> rows.Ticker:
        return rows.Ticker(progress, WRITING[key], first, last)

    period = figures.period
    write_summary(sheets("summary")(1), figures, texts, today)
    report.rows["customers"] = write_customers(
        sheets("customers"), store, team_id, texts.language, ticker("customers", 10, 30)
    )
    report.rows["contacts"] = write_contacts(
        sheets("contacts"), store, team_id, texts.language, ticker("contacts", 30, 40)
    )
    report.rows["moves"] = write_moves(
        sheets("moves"), store, team_id, period, texts, ticker("moves", 40, 45)
    )
    _report(progress, 45, WRITING["reports"])
    write_rocket(sheets("rocket")(1), figures, texts)
    write_governance(sheets("governance")(1), figures, texts)
    write_segments(sheets("segments")(1), figures, texts)
    report.rows["interactions"] = write_interactions(
        sheets("interactions"), store, team_id, period, texts, ticker("interactions", 50, 95)
    )
