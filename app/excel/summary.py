"""The Summary sheet: team and period, key figures, the chosen metrics against their
targets, the ladder, the dots and governance compliance, each beside a native chart."""

from __future__ import annotations

from datetime import date

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.excel import charts, styles
from app.excel.figures import Figures
from app.excel.labels import Labels
from app.excel.summary_writer import ReportWriter
from app.excel.texts import Texts
from app.governance.governed import YearFigures
from app.segments.performance import Curve
from models.ladder import LEVELS
from models.rules import QT_TRANSLATE_NOOP as N

MONTH = "m/yyyy"
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
    out.title(texts(N("ExcelExport", "Summary: {team}")).format(team=figures.team_name))
    out.line(texts(N("ExcelExport", "Team company")), figures.team_name)
    period = figures.period
    out.line(
        texts(N("ExcelExport", "Period")), (period.start, styles.DATE), (period.end, styles.DATE)
    )
    out.line(texts(N("ExcelExport", "Made on")), (made_on, styles.DATE))
    _key_figures(out, figures, texts)
    _metrics(out, figures, texts)
    _ladder(out, figures, texts)
    _dots(out, figures, texts)
    _compliance(out, figures, texts)


def _key_figures(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    out.section(texts(N("ExcelExport", "Key figures")))
    curves = {curve.key: curve for curve in figures.key.curves}
    ladder, rocket, year = figures.ladder, figures.rocket, figures.compliance.total
    overdue = sum(1 for action in figures.actions if action.overdue(figures.as_of))
    rows: list[tuple[str, object]] = [
        (N("ExcelExport", "Customers at the end of the period"), sum(ladder.now.values())),
        (N("ExcelExport", "Key accounts (A1)"), ladder.now["A1"]),
        (N("ExcelExport", "New customers"), _total(curves["new_customers"])),
        (N("ExcelExport", "Interactions"), _total(curves["interactions"])),
        (N("ExcelExport", "Sales closed"), _total(curves["sales"])),
        (N("ExcelExport", "Moves up the ladder"), _total(curves["upward_moves"])),
        (N("ExcelExport", "Rocket dots"), rocket.total[-1] if rocket.total else 0),
        (N("ExcelExport", "Meetings held this year"), year.held),
        (N("ExcelExport", "Meetings planned so far this year"), year.planned_so_far),
        (N("ExcelExport", "Open action items"), len(figures.actions)),
        (N("ExcelExport", "Overdue action items"), overdue),
    ]
    headers = [texts(N("ExcelExport", "Figure")), texts(N("ExcelExport", "Value"))]
    out.table(headers, [(texts(label), (value, styles.WHOLE)) for label, value in rows])
    # Beside them, the activity behind the sums month by month.
    months = figures.key.months
    order = ("new_customers", "interactions", "sales", "upward_moves")
    headers = [texts(N("ExcelExport", "Month"))] + [texts(_KEY_LABELS[key]) for key in order]
    table = [
        [(month, MONTH)] + [(curves[key].team[i], styles.WHOLE) for key in order]
        for i, month in enumerate(months)
    ]
    out.section(texts(N("ExcelExport", "Activity per month")))
    block = out.table(headers, table)
    chart = charts.bars(
        out.sheet, block, [2, 3, 4, 5], texts(N("ExcelExport", "Activity per month"))
    )
    out.chart(chart, block.header)


_KEY_LABELS = {
    "new_customers": N("ExcelExport", "New customers"),
    "interactions": N("ExcelExport", "Interactions"),
    "sales": N("ExcelExport", "Sales closed"),
    "upward_moves": N("ExcelExport", "Moves up the ladder"),
}


def _metrics(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    out.section(texts(N("ExcelExport", "Metrics against targets")))
    curves = figures.metrics.curves
    if not curves:
        out.line(texts(N("ExcelExport", "The team has not chosen its metrics yet.")))
        return
    labels = Labels(texts)
    target_word = texts(N("ExcelExport", "target"))
    headers = [texts(N("ExcelExport", "Month"))]
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
    reached = [texts(N("ExcelExport", "Months the target was reached"))]
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
    out.section(texts(N("ExcelExport", "Customer ladder")))
    headers = [
        texts(N("ExcelExport", "Level")),
        texts(N("ExcelExport", "Customers")),
        texts(N("ExcelExport", "Median days in level")),
    ]
    rows = [
        [labels.level(level), (ladder.now[level], styles.WHOLE),
         (ladder.median_days[level], styles.ONE_DECIMAL)]
        for level in reversed(LEVELS)
    ]  # fmt: skip
    levels = out.table(headers, rows)
    out.line()
    headers = [
        texts(N("ExcelExport", "Conversion")),
        texts(N("ExcelExport", "At the level")),
        texts(N("ExcelExport", "Moved up")),
        texts(N("ExcelExport", "Rate")),
    ]
    rows = [
        [f"{lower} →", (c.base, styles.WHOLE), (c.moved, styles.WHOLE), (c.rate, styles.PERCENT)]
        for lower, c in ladder.conversions.items()
    ]
    conversion = out.table(headers, rows)
    out.chart(
        charts.bars(out.sheet, conversion, [4], texts(N("ExcelExport", "Conversion rate"))),
        levels.header,
        slot=1,
    )
    out.line()
    headers = [texts(N("ExcelExport", "Month"))] + list(reversed(LEVELS))
    rows = [
        [(day, MONTH)]
        + [(ladder.monthly.values[level][i], styles.WHOLE) for level in reversed(LEVELS)]
        for i, day in enumerate(ladder.monthly.days)
    ]
    monthly = out.table(headers, rows)
    chart = charts.bars(
        out.sheet, monthly, [2, 3, 4],
        texts(N("ExcelExport", "Customers per level at each month's end")), stacked=True,
    )  # fmt: skip
    out.chart(chart, levels.header)


def _dots(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    rocket = figures.rocket
    out.section(texts(N("ExcelExport", "Rocket dots")))
    headers = [
        texts(N("ExcelExport", "Half-year")),
        texts(N("ExcelExport", "Dots")),
        texts(N("ExcelExport", "Target")),
        texts(N("ExcelExport", "Most possible")),
    ]
    rows = [
        [label, (rocket.total[i], styles.WHOLE), (rocket.target_total[i], styles.WHOLE),
         (rocket.max_total, styles.WHOLE)]
        for i, label in enumerate(rocket.labels)
    ]  # fmt: skip
    block = out.table(headers, rows)
    out.chart(
        charts.line(out.sheet, block, [2, 3], texts(N("ExcelExport", "Dots against target"))),
        block.header,
    )


def _compliance(out: ReportWriter, figures: Figures, texts: Texts) -> None:
    found = figures.compliance
    out.section(texts(N("ExcelExport", "Governance compliance {year}")).format(year=found.year))
    headers = [
        texts(N("ExcelExport", "Meeting type")),
        texts(N("ExcelExport", "Planned this year")),
        texts(N("ExcelExport", "Planned so far")),
        texts(N("ExcelExport", "Held")),
        texts(N("ExcelExport", "Missed")),
        texts(N("ExcelExport", "Compliance")),
    ]
    rows = [[figures.catalogue.type_label(key), *_year(y)] for key, y in found.by_type]
    block = out.table(headers, rows)
    out.line(texts(N("ExcelExport", "All meetings")), *_year(found.total))
    chart = charts.bars(
        out.sheet, block, [3, 4], texts(N("ExcelExport", "Meetings held against planned"))
    )
    out.chart(chart, block.header)


def _year(y: YearFigures) -> list[object]:
    return [
        (y.planned_year, styles.WHOLE), (y.planned_so_far, styles.WHOLE),
        (y.held, styles.WHOLE), (y.missed, styles.WHOLE), (y.compliance, styles.PERCENT),
    ]  # fmt: skip
