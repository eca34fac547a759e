"""The metrics a team can follow: a registry other areas extend, and the team's choice.

The source (seed 000 l. 899–910): at most five metrics; everyone sees their monthly
performance curve; measure the individual and the team company; celebrate every goal
reached. A metric is data plus one function that aggregates in SQL per month, for the team
and per member. Another area adds its own with `register(Metric(...))` when its package is
imported (governance: "meetings held as planned").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, select

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.segments.columns import team_and_member_counts
from app.segments.filters import ChartFilter, fetch
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.segment import MAX_METRICS, TeamMetric


@dataclass
class MetricSeries:
    """Per month key ("2026-03"): the team's value, and each member's (None: nobody)."""

    team: dict[str, float] = field(default_factory=dict)
    members: dict[int | None, dict[str, float]] = field(default_factory=dict)


Compute = Callable[[Connection, ChartFilter], MetricSeries]


@dataclass(frozen=True)
class Metric:
    key: str
    label: str  # English, marked with QT_TRANSLATE_NOOP("metrics", …)
    unit: str  # "count", "euro" or "dots"
    compute: Compute
    stock: bool = False  # a level at each month's end rather than a sum over the month
    note: str = ""  # how it is counted, for the metrics dialog


_REGISTRY: dict[str, Metric] = {}


def register(metric: Metric) -> None:
    """Add a metric (or replace one with the same key) to the list teams choose from."""
    _REGISTRY[metric.key] = metric


def _builtins() -> None:
    """The segments area's own metrics, and every area's `metrics` module, register
    themselves on first import (governance: meetings held as planned)."""
    import importlib
    import importlib.util

    import app.segments.metric_catalogue  # noqa: F401
    from app.areas import areas

    for area in areas():
        name = f"app.{area.key}.metrics"
        if area.key != "segments" and importlib.util.find_spec(name) is not None:
            importlib.import_module(name)


def available() -> list[Metric]:
    _builtins()
    return list(_REGISTRY.values())


def metric(key: str) -> Metric | None:
    _builtins()
    return _REGISTRY.get(key)


def sql_metric(team_sql: str, member_sql: str) -> Compute:
    """A metric from two SELECTs of (month, value) and (month, member, value); each may use
    {scope} (a condition on `customer c`), :team, :start and :end."""

    def compute(conn: Connection, filt: ChartFilter) -> MetricSeries:
        condition, params = filt.scope(include_archived=True)
        params = {**params, **filt.period_params()}
        series = MetricSeries()
        for month, value in fetch(conn, team_sql.format(scope=condition), params):
            series.team[month] = float(value or 0)
        for month, member, value in fetch(conn, member_sql.format(scope=condition), params):
            series.members.setdefault(member, {})[month] = float(value or 0)
        return series

    return compute


def count_metric(sql: str) -> Compute:
    """A metric that counts records per month for the team and per member present, from
    one statement in the form of `columns.team_and_member_counts`; it may use {scope},
    :team, :start and :end. Faster than sql_metric's two GROUP BYs where the records are
    many (interactions): one pass, and numpy counts instead of SQLite's sorter."""

    def compute(conn: Connection, filt: ChartFilter) -> MetricSeries:
        condition, params = filt.scope(include_archived=True)
        params = {**params, **filt.period_params()}
        team, members = team_and_member_counts(conn, sql.format(scope=condition), params)
        series = MetricSeries({month: float(n) for month, n in team.items()})
        for (month, member), count in members.items():
            series.members.setdefault(member, {})[month] = float(count)
        return series

    return compute


# --- the team's choice --------------------------------------------------------------------


@dataclass(frozen=True)
class Chosen:
    metric: str
    target: float
    member_target: float | None = None


def chosen_metrics(store: Store, team_id: int) -> list[Chosen]:
    with store.read() as session:
        rows = session.execute(
            select(TeamMetric.metric, TeamMetric.target, TeamMetric.member_target)
            .where(TeamMetric.team_id == team_id)
            .order_by(TeamMetric.position, TeamMetric.id)
        ).all()
    return [Chosen(*row) for row in rows]


def _number(raw: Any, key: str, errors: list[ValidationError], optional: bool) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if optional:
            return None
        errors.append(ValidationError(key, QT_TRANSLATE_NOOP("rules", "Give a monthly target.")))
        return None
    try:
        value = float(str(raw).replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        value = float("nan")
    if value != value or value < 0 or value == float("inf"):
        errors.append(
            ValidationError(
                key,
                QT_TRANSLATE_NOOP("rules", "A target is a number, zero or more: {value}"),
                value=raw,
            )
        )
        return None
    return value


def check_metrics(choices: list[dict[str, Any]]) -> list[Chosen]:
    """At most five known metrics, each once, with number targets."""
    errors: list[ValidationError] = []
    if len(choices) > MAX_METRICS:
        errors.append(
            ValidationError(
                "metrics",
                QT_TRANSLATE_NOOP(
                    "rules", "Choose at most {max} metrics: keep the few that matter."
                ),
                max=MAX_METRICS,
            )
        )
    _builtins()
    keys = [str(c.get("metric", "")) for c in choices]
    if any(k not in _REGISTRY for k in keys):
        errors.append(ValidationError("metrics", QT_TRANSLATE_NOOP("rules", "Unknown metric.")))
    if len(set(keys)) != len(keys):
        errors.append(
            ValidationError("metrics", QT_TRANSLATE_NOOP("rules", "A metric is chosen twice."))
        )
    clean: list[Chosen] = []
    for choice in choices:
        target = _number(choice.get("target"), "target", errors, optional=False)
        member = _number(choice.get("member_target"), "member_target", errors, optional=True)
        clean.append(Chosen(str(choice.get("metric", "")), target or 0.0, member))
    if errors:
        raise InvalidRecord(errors)
    return clean


def set_metrics(store: Store, team_id: int, choices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace the team's metrics and targets; return the previous ones in the same form
    (undo and redo are both set_metrics)."""
    clean = check_metrics(choices)
    with store.write(Changes.of(Kind.METRIC)) as session:
        previous = [
            {"metric": r.metric, "target": r.target, "member_target": r.member_target}
            for r in session.execute(
                select(TeamMetric)
                .where(TeamMetric.team_id == team_id)
                .order_by(TeamMetric.position, TeamMetric.id)
            ).scalars()
        ]
        session.execute(delete(TeamMetric).where(TeamMetric.team_id == team_id))
        session.flush()
        for position, chosen in enumerate(clean):
            session.add(
                TeamMetric(
                    team_id=team_id,
                    metric=chosen.metric,
                    position=position,
                    target=chosen.target,
                    member_target=chosen.member_target,
                )
            )
        return previous
