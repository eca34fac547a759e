"""The Summary sheet: team and period, key figures, the chosen metrics against their
targets, the ladder, the dots and governance compliance, each beside a native chart."""

from __future__ import annotations

from datetime import date

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel import charts, styles
from app.excel.figures import Figures
from app.excel.governance_sheet import by_meeting_type
from app.excel.labels import Labels
from app.excel.summary_writer import ReportWriter
from app.excel.texts import Texts
from app.segments.performance import Curve
from models.ladder import LEVELS
from models.rules import QT_TRANSLATE_NOOP

MONTH = "m/yyyy"
LEVELS_DOWN = tuple(reversed(LEVELS))  # A1, A2, A3: key accounts first
CHART_COL = 10  # J: tables on the left, charts on the right


def _total(curve: Curve) -> float:
    """The period's figure of a metric: the sum of its months (a level: its last month)."""
    if curve.stock:
        return curve.team[-1] if curve.team else 0.0
    return sum(curve.team)


def _number(unit: str) -> str:
    return styles.EURO if unit == "euro" else styles.WHOLE


def write_summary(sheet: WriteOnlyWorksheet, figures: Figures, texts: Texts, made_on: date) -> None:
    out = ReportWriter(sheet, [34, 14, 14, 14, 14, 14, 14, 14, 14], CHART_COL)
    out.title(
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Summary: {team}")).format(team=figures.team_name)
    )
    out.line(texts(QT_TRANSLATE_NOOP("ExcelExport", "Team company")), figures.team_name)
    period = figures.period
    out.line(
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Period")),
        (period.start, styles.DATE),
        (period.end, styles.DATE),
    )
    out.line(texts(QT_TRANSLATE_NOOP("ExcelExport", "Made on")), (made_on, styles.DATE))
    _key_figures(out, figures, texts)
    _metrics(out, figures, texts)
    _ladder(out, figures, texts)
    _dots(out, figures, texts)
    _compliance(out, figures, texts)


def _key_figures(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Key figures")))
    curves = {curve.key: curve for curve in figures.key.curves}
    ladder, rocket, year = figures.ladder, figures.rocket, figures.compliance.total
    overdue = sum(1 for action in figures.actions if action.overdue(figures.as_of))
    rows: list[tuple[str, object]] = [
        (
            QT_TRANSLATE_NOOP("ExcelExport", "Customers at the end of the period"),
            sum(ladder.now.values()),
        ),
        (QT_TRANSLATE_NOOP("ExcelExport", "Key accounts (A1)"), ladder.now["A1"]),
        (QT_TRANSLATE_NOOP("ExcelExport", "New customers"), _total(curves["new_customers"])),
        (QT_TRANSLATE_NOOP("ExcelExport", "Interactions"), _total(curves["interactions"])),
        (QT_TRANSLATE_NOOP("ExcelExport", "Sales closed"), _total(curves["sales"])),
        (QT_TRANSLATE_NOOP("ExcelExport", "Moves up the ladder"), _total(curves["upward_moves"])),
        (QT_TRANSLATE_NOOP("ExcelExport", "Rocket dots"), rocket.total[-1] if rocket.total else 0),
        (QT_TRANSLATE_NOOP("ExcelExport", "Meetings held this year"), year.held),
        (
            QT_TRANSLATE_NOOP("ExcelExport", "Meetings planned so far this year"),
            year.planned_so_far,
        ),
        (QT_TRANSLATE_NOOP("ExcelExport", "Open action items"), len(figures.actions)),
        (QT_TRANSLATE_NOOP("ExcelExport", "Overdue action items"), overdue),
    ]
    headers = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Figure")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Value")),
    ]
    out.table(headers, [(texts(label), (value, styles.WHOLE)) for label, value in rows])
    # Beside them, the activity behind the sums month by month.
    months = figures.key.months
    order = ("new_customers", "interactions", "sales", "upward_moves")
    headers = [texts(QT_TRANSLATE_NOOP("ExcelExport", "Month"))] + [
        texts(_KEY_LABELS[key]) for key in order
    ]
    table = [
        [(month, MONTH)] + [(curves[key].team[i], styles.WHOLE) for key in order]
        for i, month in enumerate(months)
    ]
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Activity per month")))
    block = out.table(headers, table)
    chart = charts.bars(
        out.sheet,
        block,
        [2, 3, 4, 5],
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Activity per month")),
    )
    out.chart(chart, block.header)


_KEY_LABELS = {
    "new_customers": QT_TRANSLATE_NOOP("ExcelExport", "New customers"),
    "interactions": QT_TRANSLATE_NOOP("ExcelExport", "Interactions"),
    "sales": QT_TRANSLATE_NOOP("ExcelExport", "Sales closed"),
    "upward_moves": QT_TRANSLATE_NOOP("ExcelExport", "Moves up the ladder"),
}


def _metrics(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Metrics against targets")))
    curves = figures.metrics.curves
    if not curves:
        out.line(
            texts(QT_TRANSLATE_NOOP("ExcelExport", "The team has not chosen its metrics yet."))
        )
        return
    labels = Labels(texts)
    target_word = texts(QT_TRANSLATE_NOOP("ExcelExport", "target"))
    headers = [texts(QT_TRANSLATE_NOOP("ExcelExport", "Month"))]
    for curve in curves:
        name = labels.metric(curve.label)
        headers += [name, f"{name}: {target_word}"]
    rows = []
    for i, month in enumerate(figures.metrics.months):
        row: list[object] = [(month, MONTH)]
        for curve in curves:
            row += [(curve.team[i], _number(curve.unit)), (curve.target, _number(curve.unit))]
        rows.append(row)
    block = out.table(headers, rows)
    reached: list[object] = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Months the target was reached"))
    ]
    for curve in curves:
        reached += [sum(curve.reached()), None]
    out.line(*reached)
    for index, curve in enumerate(curves):
        chart = charts.line(
            out.sheet, block, [2 + 2 * index, 3 + 2 * index], labels.metric(curve.label)
        )
        out.chart(chart, block.header + (index // 2) * charts.ROWS_TALL, slot=index % 2)


def _ladder(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    ladder = figures.ladder
    labels = Labels(texts)
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Customer ladder")))
    headers = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Level")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Customers")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Median days in level")),
    ]
    rows: list[list[object]] = [
        [labels.level(level), (ladder.now[level], styles.WHOLE),
         (ladder.median_days[level], styles.ONE_DECIMAL)]
        for level in LEVELS_DOWN
    ]  # fmt: skip
    levels = out.table(headers, rows)
    out.line()
    headers = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Conversion")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "At the level")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Moved up")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Rate")),
    ]
    rows = [
        [f"{lower} →", (c.base, styles.WHOLE), (c.moved, styles.WHOLE), (c.rate, styles.PERCENT)]
        for lower, c in ladder.conversions.items()
    ]
    conversion = out.table(headers, rows)
    out.chart(
        charts.bars(
            out.sheet, conversion, [4], texts(QT_TRANSLATE_NOOP("ExcelExport", "Conversion rate"))
        ),
        levels.header,
        slot=1,
    )
    out.line()
    headers = [texts(QT_TRANSLATE_NOOP("ExcelExport", "Month")), *LEVELS_DOWN]
    rows = [
        [(day, MONTH), *((ladder.monthly.values[level][i], styles.WHOLE) for level in LEVELS_DOWN)]
        for i, day in enumerate(ladder.monthly.days)
    ]
    monthly = out.table(headers, rows)
    title = texts(QT_TRANSLATE_NOOP("ExcelExport", "Customers per level at each month's end"))
    chart = charts.bars(out.sheet, monthly, [2, 3, 4], title, stacked=True)
    out.chart(chart, levels.header)


def _dots(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    rocket = figures.rocket
    out.section(texts(QT_TRANSLATE_NOOP("ExcelExport", "Rocket dots per half-year")))
    headers = [
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Half-year")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Dots")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Target")),
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Most possible")),
    ]
    rows = [
        [label, (rocket.total[i], styles.WHOLE), (rocket.target_total[i], styles.WHOLE),
         (rocket.max_total, styles.WHOLE)]
        for i, label in enumerate(rocket.labels)
    ]  # fmt: skip
    block = out.table(headers, rows)
    out.chart(
        charts.line(
            out.sheet, block, [2, 3], texts(QT_TRANSLATE_NOOP("ExcelExport", "Dots against target"))
        ),
        block.header,
    )


def _compliance(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    found = figures.compliance
    out.section(
        texts(QT_TRANSLATE_NOOP("ExcelExport", "Governance compliance {year}")).format(
            year=found.year
        )
    )
    by_meeting_type(out, figures, texts)
