"""Every figure the summary workbook shows, read once through the areas' own report
functions, so the workbook's numbers are the numbers on screen (a test compares them).
Nothing is counted here: this module only asks and keeps the answers together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.excel.period import Period
from app.governance.actions import ActionRow, open_actions
from app.governance.catalogue import Catalogue, load_catalogue
from app.governance.compliance import Compliance, compliance
from app.ladder import stats
from app.ladder.filters import BoardFilter
from app.rocket import periods
from app.rocket.processes import ProcessInfo, read_processes
from app.rocket.progress import ProgressSeries, progress_series
from app.segments.filters import ChartFilter
from app.segments.levels import SegmentLevels, segment_levels
from app.segments.metrics import Chosen
from app.segments.performance import Performance, performance
from app.segments.records import list_segmentations
from app.segments.value_map import ValueMap, value_map
from app.store import Store
from app.teams import list_teams
from models.rocket import PeriodKind

# The key figures that are sums of registered metrics over the period's months.
KEY_METRICS = ("new_customers", "interactions", "upward_moves", "sales")
ROCKET_PERIOD = PeriodKind.HALF_YEAR.value  # the Rocket model is updated twice a year


@dataclass
class LadderFigures:
    now: dict[str, int]  # customers per level at the period's end
    monthly: stats.Monthly  # per level at each month's end
    upward: stats.Monthly  # moves up out of A3 and A2 per month
    conversions: dict[str, stats.Conversion]  # "A3", "A2" over the period
    median_days: dict[str, float | None]  # of stays that ended in the period


@dataclass
class Figures:
    team_name: str
    period: Period
    as_of: date  # the day stock figures are drawn at
    ladder: LadderFigures
    key: Performance  # KEY_METRICS month by month
    metrics: Performance  # the team's (at most five) chosen metrics against their targets
    rocket: ProgressSeries  # dots per process per half-year touching the period
    processes: list[ProcessInfo]
    compliance: Compliance  # the year of `as_of`, up to `as_of`
    catalogue: Catalogue  # meeting type names in the workbook's language
    actions: list[ActionRow]  # open action items
    segmentations: list[tuple[str, SegmentLevels]]
    values: ValueMap


def ladder_figures(store: Store, team_id: int, period: Period, as_of: date) -> LadderFigures:
    history = stats.load_history(store, BoardFilter(team_id), as_of)
    return LadderFigures(
        now=stats.counts_at(history, as_of),
        monthly=stats.monthly_counts(history, period.start, as_of),
        upward=stats.monthly_upward_moves(history, period.start, as_of),
        conversions={
            lower: stats.conversion(history, period.start, as_of, lower) for lower in ("A3", "A2")
        },
        median_days=stats.median_days_in_level(history, period.start, as_of),
    )


def rocket_figures(store: Store, team_id: int, period: Period, as_of: date) -> ProgressSeries:
    """Dots per half-year from the one the period starts in to the one of `as_of`."""
    series = progress_series(store, team_id, ROCKET_PERIOD, until=as_of)
    first = periods.period_start(ROCKET_PERIOD, min(period.start, as_of))
    keep = [i for i, start in enumerate(series.periods) if start >= first]
    if not keep:
        return series

    def cut(values: list[Any]) -> list[Any]:
        return [values[i] for i in keep]

    return ProgressSeries(
        series.period_kind,
        cut(series.periods),
        cut(series.labels),
        cut(series.total),
        {k: cut(v) for k, v in series.by_level.items()},
        {k: cut(v) for k, v in series.by_process.items()},
        cut(series.target_total),
        {k: cut(v) for k, v in series.target_by_level.items()},
        {k: cut(v) for k, v in series.target_by_process.items()},
        series.levels,
    )


def team_name(store: Store, team_id: int) -> str | None:
    """The team company's name, or None when there is no such team."""
    return next((str(t["name"]) for t in list_teams(store) if t["id"] == team_id), None)


def gather(
    store: Store, team_id: int, period: Period, language: str, today: date | None = None
) -> Figures:
    today = today or date.today()
    as_of = period.as_of(today)
    chart = ChartFilter(team_id, period.start, period.end, today=today)
    segmentations = [
        (str(s["name"]), segment_levels(store, chart, int(s["id"]), as_of))
        for s in list_segmentations(store, team_id)
    ]
    return Figures(
        team_name=team_name(store, team_id) or "",
        period=period,
        as_of=as_of,
        ladder=ladder_figures(store, team_id, period, as_of),
        key=performance(store, chart, [Chosen(key, 0.0) for key in KEY_METRICS]),
        metrics=performance(store, chart),
        rocket=rocket_figures(store, team_id, period, as_of),
        processes=read_processes(store, team_id),
        compliance=compliance(store, team_id, as_of),
        catalogue=load_catalogue(store, team_id, language),
        actions=open_actions(store, team_id),
        segmentations=segmentations,
        values=value_map(store, chart, day=as_of),
    )
