"""The Segments sheet: each segmentation as segment × ladder level at the period's end, and
the customers on value × potential by quadrant with the suggested strategies."""

from __future__ import annotations

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel import charts, styles
from app.excel.figures import Figures
from app.excel.labels import Labels
from app.excel.summary_writer import ReportWriter
from app.excel.texts import Texts
from app.segments.value_map import QUADRANTS, SUGGESTED
from models.ladder import LEVELS
from models.rules import QT_TRANSLATE_NOOP

LEVELS_DOWN = tuple(reversed(LEVELS))  # A1, A2, A3: key accounts first, as on the board


def write_segments(sheet: WriteOnlyWorksheet, figures: Figures, texts: Texts) -> None:
    out = ReportWriter(sheet, [34, 12, 12, 12, 12, 30], chart_col=8)
    out.title(texts(QT_TRANSLATE_NOOP("ExcelExport", "Segments")))
    out.line(texts(QT_TRANSLATE_NOOP("ExcelExport", "At")), (figures.as_of, styles.DATE))
    if not figures.segmentations:
        out.line(texts(QT_TRANSLATE_NOOP("ExcelExport", "The team has no segmentations yet.")))
    nobody = texts(QT_TRANSLATE_NOOP("ExcelExport", "No segment"))
    total_word = texts(QT_TRANSLATE_NOOP("ExcelExport", "Total"))
    for name, levels in figures.segmentations:
        out.section(name)
        headers = [texts(QT_TRANSLATE_NOOP("ExcelExport", "Segment")), *LEVELS_DOWN, total_word]
        rows: list[list[object]] = []
        counted: list[list[int]] = []
        for segment_id, segment_name in levels.segments:
            counts = dict(zip(LEVELS, levels.row(segment_id), strict=True))
            values = [counts[level] for level in LEVELS_DOWN]
            counted.append([*values, sum(values)])
            rows.append([segment_name or nobody, *counted[-1]])
        block = out.table(headers, rows)
        totals = [sum(column) for column in zip(*counted, strict=True)] if counted else []
        out.line(total_word, *totals)
        chart = charts.bars(out.sheet, block, [2, 3, 4], name, stacked=True)
        out.chart(chart, block.header)
    _quadrants(out, figures, texts)


def _quadrants(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    found = figures.values
    labels = Labels(texts)
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Value × potential")))
    counts = found.counts()
    headers = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Quadrant")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Customers")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Suggested strategy")),
    ]
    rows = [
        [labels.quadrant(q), (counts[q], styles.WHOLE), labels.strategies(SUGGESTED[q])]
        for q in QUADRANTS
    ]
    block = out.table(headers, rows)
    out.line(
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Without both scores")),
        (found.unscored, styles.WHOLE),
    )
    out.line(
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Value cut")), (found.value_cut, styles.DECIMAL)
    )
    out.line(
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Potential cut")),
        (found.potential_cut, styles.DECIMAL),
    )
    out.chart(
        charts.bars(
            out.sheet, block, [2], texts(QT_TRANSLATE_NOOP("ExcelExport", "Customers per quadrant"))
        ),
        block.header,
    )
