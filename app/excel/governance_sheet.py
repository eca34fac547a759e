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
from models.rules import QT_TRANSLATE_NOOP


def _year(y: YearFigures) -> list[object]:
    return [
        (y.planned_year, styles.WHOLE), (y.planned_so_far, styles.WHOLE),
        (y.held, styles.WHOLE), (y.missed, styles.WHOLE), (y.compliance, styles.PERCENT),
    ]  # fmt: skip


def year_headers(texts: Texts, first: str) -> list[str]:
    return [
        first,
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Planned this year")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Planned so far")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Held")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Missed")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Compliance")),
    ]


def by_meeting_type(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    """Planned, held and missed meetings per type with the total and a chart: the Summary
    sheet's compliance block and the Governance sheet's first table."""
    found = figures.compliance
    rows = [[figures.catalogue.type_label(key), *_year(y)] for key, y in found.by_type]
    block = out.table(
        year_headers(texts, texts(QT_TRANSLATE_NOOP("ExcelExport", "Meeting type"))), rows
    )
    out.line(texts(QT_TRANSLATE_NOOP("ExcelExport", "All meetings")), *_year(found.total))
    chart = charts.bars(
        out.sheet,
        block,
        [3, 4],
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Meetings held against planned")),
    )
    out.chart(chart, block.header)


def write_governance(sheet: WriteOnlyWorksheet, figures: Figures, texts: Texts) -> None:
    found = figures.compliance
    out = ReportWriter(sheet, [34, 18, 14, 28, 22, 14, 12], chart_col=9)
    out.title(texts(QT_TRANSLATE_NOOP("ExcelExport", "Governance {year}")).format(year=found.year))
    out.line(texts(QT_TRANSLATE_NOOP("ExcelExport", "Up to")), (figures.as_of, styles.DATE))
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Planned and held by meeting type")))
    by_meeting_type(out, figures, texts)
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Planned and held by owner")))
    nobody = texts(QT_TRANSLATE_NOOP("ExcelExport", "No owner"))
    rows = [[owner or nobody, *_year(y)] for owner, y in found.by_owner]
    out.table(year_headers(texts, texts(QT_TRANSLATE_NOOP("ExcelExport", "Owner"))), rows)
    _overdue_meetings(out, figures, texts)
    _actions(out, figures, texts)


def _overdue_meetings(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    found = figures.compliance
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Overdue meetings")))
    out.line(
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Planned, day passed, not held")),
        found.overdue_total,
    )
    if found.overdue_total > OVERDUE_LIMIT:
        out.line(
            texts(QT_TRANSLATE_NOOP("ExcelExport", "The {shown} most recent are listed.")).format(
                shown=OVERDUE_LIMIT
            )
        )
    headers = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Meeting")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Date")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Customer")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Owner")),
    ]
    rows = [
        [row.title, (row.held_on, styles.DATE), row.customer, row.owner] for row in found.overdue
    ]
    out.table(headers, rows)


def _actions(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    actions = figures.actions
    overdue = [a.overdue(figures.as_of) for a in actions]
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Open action items")))
    out.line(texts(QT_TRANSLATE_NOOP("ExcelExport", "Open")), len(actions))
    out.line(texts(QT_TRANSLATE_NOOP("ExcelExport", "Overdue")), sum(overdue))
    headers = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Action item")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Owner")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Due")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Customer")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Meeting")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Meeting date")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Overdue")),
    ]
    rows = [
        [a.title, a.owner, (a.due_on, styles.DATE), a.customer, a.meeting,
         (a.meeting_on, styles.DATE), late]
        for a, late in zip(actions, overdue, strict=True)
    ]  # fmt: skip
    block = out.table(headers, rows)
    if rows:
        out.sheet.auto_filter.ref = f"A{block.header}:G{block.last}"
