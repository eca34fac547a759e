"""Progress series computed once here, for the chart now and the Excel export later."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from app.rocket import periods
from app.rocket.processes import read_processes
from app.rocket.scoring import latest_by_code
from app.store import Store
from models.rocket import PeriodKind, RocketScore, RocketTarget


@dataclass
class ProgressSeries:
    """Total dots per period: in all, per level and per process, with the targets beside.

    Lists run parallel to `periods`. A target sum is None for a period with no targets.
    """

    period_kind: str
    periods: list[date]
    labels: list[str]
    total: list[int] = field(default_factory=list)
    by_level: dict[int, list[int]] = field(default_factory=dict)
    by_process: dict[str, list[int | None]] = field(default_factory=dict)
    target_total: list[int | None] = field(default_factory=list)
    target_by_level: dict[int, list[int | None]] = field(default_factory=dict)
    target_by_process: dict[str, list[int | None]] = field(default_factory=dict)
    levels: dict[str, int] = field(default_factory=dict)  # process code -> level

    @property
    def max_total(self) -> int:
        return 3 * len(self.levels)


def _sum(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def progress_series(
    store: Store,
    team_id: int,
    period_kind: str = PeriodKind.HALF_YEAR.value,
    until: date | None = None,
) -> ProgressSeries:
    """Dots at the end of every period from the first score up to the period of `until`."""
    kind = PeriodKind(period_kind).value
    until = until or date.today()
    processes = read_processes(store, team_id)
    levels = {p.code: p.level for p in processes}
    with store.read() as session:
        scores = list(
            session.scalars(select(RocketScore).where(RocketScore.team_id == team_id)).all()
        )
        targets = session.execute(
            select(RocketTarget.process_code, RocketTarget.period_start, RocketTarget.dots).where(
                RocketTarget.team_id == team_id, RocketTarget.period_kind == kind
            )
        )
        target_map = {(code, start): dots for code, start, dots in targets}
    starts = [s.period_start for s in scores] + [start for _c, start in target_map]
    first = min(starts) if starts else periods.period_start(kind, until)
    span = periods.periods_between(kind, first, max(until, first))
    series = ProgressSeries(kind, span, [periods.period_label(kind, p) for p in span])
    series.levels = levels
    for code in levels:
        series.by_process[code] = []
        series.target_by_process[code] = []
    for level in sorted(set(levels.values())):
        series.by_level[level] = []
        series.target_by_level[level] = []
    for start in span:
        latest = latest_by_code(scores, periods.period_end(kind, start))
        for code in levels:
            series.by_process[code].append(latest[code].dots if code in latest else None)
            series.target_by_process[code].append(target_map.get((code, start)))
        for level in series.by_level:
            codes = [c for c, lv in levels.items() if lv == level]
            series.by_level[level].append(sum(series.by_process[c][-1] or 0 for c in codes))
            series.target_by_level[level].append(
                _sum([series.target_by_process[c][-1] for c in codes])
            )
        series.total.append(sum(v[-1] or 0 for v in series.by_process.values()))
        series.target_total.append(_sum([v[-1] for v in series.target_by_process.values()]))
    return series
