"""The Governance sheet: meetings planned against held (by type and by owner), the overdue
meetings, and the open action items with the overdue ones marked."""

from __future__ import annotations

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel import charts, styles
from app.excel.figures import Figures
from app.excel.summary_writer import ReportWriter
from app.excel.texts import Texts
from app.governance.compliance import OVERDUE_LIMIT
from app.governance.governed import YearFigures
from models.rules import QT_TRANSLATE_NOOP as N


def _year(y: YearFigures) -> list[object]:
    return [
        (y.planned_year, styles.WHOLE), (y.planned_so_far, styles.WHOLE),
        (y.held, styles.WHOLE), (y.missed, styles.WHOLE), (y.compliance, styles.PERCENT),
    ]  # fmt: skip


def year_headers(texts: Texts, first: str) -> list[str]:
    return [
        first,
        texts(N("ExcelExport", "Planned this year")),
        texts(N("ExcelExport", "Planned so far")),
        texts(N("ExcelExport", "Held")),
        texts(N("ExcelExport", "Missed")),
        texts(N("ExcelExport", "Compliance")),
    ]


def write_governance(sheet: WriteOnlyWorksheet, figures: Figures, texts: Texts) -> None:
    found = figures.compliance
    out = ReportWriter(sheet, [34, 18, 14, 28, 22, 14, 12], chart_col=9)
    out.title(texts(N("ExcelExport", "Governance {year}")).format(year=found.year))
    out.line(texts(N("ExcelExport", "Up to")), (figures.as_of, styles.DATE))
    out.section(texts(N("ExcelExport", "Planned and held by meeting type")))
    rows = [[figures.catalogue.type_label(key), *_year(y)] for key, y in found.by_type]
    block = out.table(year_headers(texts, texts(N("ExcelExport", "Meeting type"))), rows)
    out.line(texts(N("ExcelExport", "All meetings")), *_year(found.total))
    chart = charts.bars(
        out.sheet, block, [3, 4], texts(N("ExcelExport", "Meetings held against planned"))
    )
    out.chart(chart, block.header)
    out.section(texts(N("ExcelExport", "Planned and held by owner")))
    nobody = texts(N("ExcelExport", "No owner"))
    rows = [[owner or nobody, *_year(y)] for owner, y in found.by_owner]
    out.table(year_headers(texts, texts(N("ExcelExport", "Owner"))), rows)
    _overdue_meetings(out, figures, texts)
    _actions(out, figures, texts)


def _overdue_meetings(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    found = figures.compliance
    out.section(texts(N("ExcelExport", "Overdue meetings")))
    out.line(texts(N("ExcelExport", "Planned, day passed, not held")), found.overdue_total)
    if found.overdue_total > OVERDUE_LIMIT:
        out.line(
            texts(N("ExcelExport", "The {shown} most recent are listed.")).format(
                shown=OVERDUE_LIMIT
            )
        )
    headers = [
        texts(N("ExcelExport", "Meeting")),
        texts(N("ExcelExport", "Date")),
        texts(N("ExcelExport", "Customer")),
        texts(N("ExcelExport", "Owner")),
    ]
    rows = [
        [row.title, (row.held_on, styles.DATE), row.customer, row.owner] for row in found.overdue
    ]
    out.table(headers, rows)


def _actions(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    actions = figures.actions
    overdue = [a.overdue(figures.as_of) for a in actions]
    out.section(texts(N("ExcelExport", "Open action items")))
    out.line(texts(N("ExcelExport", "Open")), len(actions))
    out.line(texts(N("ExcelExport", "Overdue")), sum(overdue))
    headers = [
        texts(N("ExcelExport", "Action item")),
        texts(N("ExcelExport", "Owner")),
        texts(N("ExcelExport", "Due")),
        texts(N("ExcelExport", "Customer")),
        texts(N("ExcelExport", "Meeting")),
        texts(N("ExcelExport", "Meeting date")),
        texts(N("ExcelExport", "Overdue")),
    ]
    rows = [
        [a.title, a.owner, (a.due_on, styles.DATE), a.customer, a.meeting,
         (a.meeting_on, styles.DATE), late]
        for a, late in zip(actions, overdue, strict=True)
    ]  # fmt: skip
    block = out.table(headers, rows)
    if rows:
        out.sheet.auto_filter.ref = f"A{block.header}:G{block.last}"
