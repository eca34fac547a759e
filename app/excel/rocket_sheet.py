"""The Rocket sheet: every process × half-year, the dots as ●●○ and as a number beside the
target, coloured red below target and green at or above it (conditional formatting, so a
reader who corrects a number sees the colour follow)."""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel import styles
from app.excel.figures import Figures
from app.excel.texts import Texts
from models.rules import QT_TRANSLATE_NOOP

BELOW_FILL = PatternFill("solid", fgColor="F8CBAD")
REACHED_FILL = PatternFill("solid", fgColor="C6EFCE")
FIXED = 3  # code, process, level


def dots_text(dots: int | None) -> str:
    """●●○ for two dots of three; an empty cell for a process not scored yet."""
    if dots is None:
        return ""
    return "●" * dots + "○" * (3 - dots)


def write_rocket(sheet: WriteOnlyWorksheet, figures: Figures, texts: Texts) -> None:
    series = figures.rocket
    headers = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Code")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Process")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Level")),
    ]
    for label in series.labels:
        headers += [
            label,
            texts(QT_TRANSLATE_NOOP("ExcelExport", "{period} dots")).format(period=label),
            texts(QT_TRANSLATE_NOOP("ExcelExport", "{period} target")).format(period=label),
        ]
    widths = [8, 36, 7] + [9, 11, 11] * len(series.labels)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "D2"
    sheet.append(styles.header_cells(sheet, headers))
    processes = [p for p in figures.processes if p.code in series.by_process]
    for process in processes:
        row: list[object] = [
            styles.styled(sheet, process.code),
            styles.styled(sheet, texts.content(process.name_fi, process.name_en)),
            process.level,
        ]
        for i in range(len(series.periods)):
            dots = series.by_process[process.code][i]
            row += [dots_text(dots), dots, series.target_by_process[process.code][i]]
        sheet.append(row)
    total: list[object] = [None, texts(QT_TRANSLATE_NOOP("ExcelExport", "All processes")), None]
    for i in range(len(series.periods)):
        total += [None, series.total[i], series.target_total[i]]
    sheet.append(total)
    last = len(processes) + 1
    _colour(sheet, len(series.periods), last)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last}"


def _colour(sheet: WriteOnlyWorksheet, periods: int, last: int) -> None:
    """Each period's dots red below its target, green at or above (none without target)."""
    for i in range(periods):
        dots = get_column_letter(FIXED + 3 * i + 2)
        target = get_column_letter(FIXED + 3 * i + 3)
        cells = f"{get_column_letter(FIXED + 3 * i + 1)}2:{target}{last + 1}"
        has_target = f"ISNUMBER(${target}2)"
        sheet.conditional_formatting.add(
            cells,
            FormulaRule(formula=[f"AND({has_target},N(${dots}2)<${target}2)"], fill=BELOW_FILL),
        )
        sheet.conditional_formatting.add(
            cells,
            FormulaRule(formula=[f"AND({has_target},N(${dots}2)>=${target}2)"], fill=REACHED_FILL),
        )
